"""Shared plumbing of the golden-corpus scripts (scripts/golden/*.py).

Each script defines `probe() -> JSON value`, computed with the reference. `run(probe, out)`
runs the probe once under each reference version (../shared/reference-py/2.1.0/src and
6.1.0/src, in fresh interpreters), checks that both give the same data (they share
pydantic-core, so verdicts must agree) and writes it as compact JSON to `out`.
Nothing at build, run or test time needs Python: the output is committed under test/golden/.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REFERENCE = os.environ.get(
    "REFERENCE_PY", os.path.join(os.path.dirname(ROOT), "shared", "reference-py")
)
VERSIONS = ("2.1.0", "6.1.0")


def run(probe, out_name):
    if len(sys.argv) > 1 and sys.argv[1] == "--probe":
        json.dump(probe(), sys.stdout, ensure_ascii=True, separators=(",", ":"))
        return
    results = {}
    for version in VERSIONS:
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1",
                   PYTHONPATH=os.path.join(REFERENCE, version, "src"))
        proc = subprocess.run([sys.executable, sys.argv[0], "--probe"], env=env,
                              check=True, capture_output=True, text=True)
        results[version] = json.loads(proc.stdout)
    if results[VERSIONS[0]] != results[VERSIONS[1]]:
        sys.exit(f"the reference versions disagree on {out_name}; split the corpus per version")
    data = {"generator": "scripts/golden/" + os.path.basename(sys.argv[0]),
            "reference_versions": list(VERSIONS), "data": results[VERSIONS[0]]}
    path = os.path.join(ROOT, "test", "golden", out_name)
    with open(path, "w", encoding="ascii") as f:
        json.dump(data, f, ensure_ascii=True, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {path} ({os.path.getsize(path)} bytes)")


def runs(values):
    """[v0, v1, ...] over consecutive code points → [[start, end, v], ...] (inclusive)."""
    out = []
    for cp, v in enumerate(values):
        if out and out[-1][2] == v and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp, v])
    return out
