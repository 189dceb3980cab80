"""Makes the committed benchmark data in bench/data/ (issue 11) with the Python reference.

    python3 scripts/bench/make_bench_data.py            # from the project root; writes both files

- bench/data/collaboration-10k.json: the reference's own 10k collaboration workload, built by
  `_generate_10k_events()` of reference-py/2.1.0/tests/benchmark/test_collaboration_perf.py
  (imported, not copied) with a deterministic stand-in for `ulid` (python-ulid is not installed:
  `str(ULID())` gives a seeded 26-character Crockford string, first character 0-7, so the file is
  the same on every run). Holds the roster, the events (`model_dump(mode="json")`) and what the
  2.1.0 reference's `reduce_collaboration_events(events, mode="permissive", roster=roster)`
  gives (event_count, anomaly count, participant count).
- bench/data/validate-corpus.json: mixed valid and invalid payloads for `validate_event` of both
  contract versions: every conformance fixture payload of the 2.1.0 and 6.1.0 references
  (manifest entries whose event type `validate_event` knows) plus deliberately broken variants
  of each (a top-level field removed, given a value of the wrong type, emptied, an unknown key
  added), sampled (seeded) to about 3,500 items. Each item is {"v": version, "t": event type,
  "p": payload, "ok": the reference's verdict `validate_event(p, t).valid`}.

Compact JSON (no spaces). Each version runs in its own python process (both packages are named
spec_kitty_events); REFERENCE_PY overrides the reference directory (default ../shared/reference-py).
"""
import json
import os
import random
import subprocess
import sys
import types

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REFERENCE = os.environ.get("REFERENCE_PY", os.path.join(ROOT, "..", "shared", "reference-py"))
OUT_DIR = os.path.join(ROOT, "bench", "data")
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CORPUS_SIZE = 3500


def dump(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, sort_keys=False)


def install_ulid_standin(seed):
    rng = random.Random(seed)

    class ULID:
        def __init__(self):
            self._text = rng.choice("01234567") + "".join(rng.choice(CROCKFORD) for _ in range(25))

        def __str__(self):
            return self._text

    module = types.ModuleType("ulid")
    module.ULID = ULID
    sys.modules["ulid"] = module


def collaboration_part():
    install_ulid_standin(20260101)
    sys.path.insert(0, os.path.join(REFERENCE, "2.1.0", "tests", "benchmark"))
    import test_collaboration_perf as perf  # the reference's own generator
    from spec_kitty_events.collaboration import reduce_collaboration_events

    events, roster = perf._generate_10k_events()
    state = reduce_collaboration_events(events, mode="permissive", roster=roster)
    return {
        "source": "reference-py/2.1.0/tests/benchmark/test_collaboration_perf.py _generate_10k_events(), ulid stand-in seeded 20260101",
        "reduce": {"mode": "permissive"},
        "expected": {
            "event_count": state.event_count,
            "anomalies": len(state.anomalies),
            "participants": len(state.participants),
        },
        "roster": {pid: identity.model_dump(mode="json", exclude_defaults=True) for pid, identity in roster.items()},
        "events": [e.model_dump(mode="json", exclude_defaults=True) for e in events],
    }


def wrong_type(value):
    if isinstance(value, bool):
        return "yes"
    if isinstance(value, (int, float)):
        return "not-a-number"
    if isinstance(value, str):
        return 12345
    if isinstance(value, list):
        return "not-a-list"
    if isinstance(value, dict):
        return ["not", "an", "object"]
    return 1.5


def variants(payload):
    """Deliberately broken copies of a payload (some may still be valid: the reference decides)."""
    out = []
    for key in list(payload.keys()):
        out.append({k: v for k, v in payload.items() if k != key})
        out.append({**payload, key: wrong_type(payload[key])})
        if isinstance(payload[key], str):
            out.append({**payload, key: ""})
        if isinstance(payload[key], dict) and payload[key]:
            inner = next(iter(payload[key]))
            out.append({**payload, key: {k: v for k, v in payload[key].items() if k != inner}})
    out.append({**payload, "unexpected_field_x": True})
    return out


def corpus_part(version):
    from spec_kitty_events.conformance import validate_event
    from spec_kitty_events.conformance import validators

    known = set(validators._EVENT_TYPE_TO_MODEL)
    base_dir = os.path.join(REFERENCE, version, "src", "spec_kitty_events", "conformance", "fixtures")
    with open(os.path.join(base_dir, "manifest.json"), encoding="utf-8") as handle:
        manifest = json.load(handle)
    items = []
    for entry in manifest["fixtures"]:
        if entry.get("event_type") not in known or not entry["path"].endswith(".json"):
            continue
        with open(os.path.join(base_dir, entry["path"]), encoding="utf-8") as handle:
            payload = json.load(handle)
        if not isinstance(payload, dict):
            continue
        items.append((entry["event_type"], payload, True))
        items.extend((entry["event_type"], v, False) for v in variants(payload))
    out = []
    for event_type, payload, base in items:
        result = validate_event(payload, event_type)
        out.append({"v": version, "t": event_type, "p": payload, "ok": bool(result.valid), "base": base})
    return out


def run_part(part, version):
    env = {**os.environ, "PYTHONPATH": os.path.join(REFERENCE, version, "src"), "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run([sys.executable, os.path.abspath(__file__), "--part", part], env=env, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--part":
        part = sys.argv[2]
        if part == "collaboration":
            print(dump(collaboration_part()))
        else:
            print(dump(corpus_part(part)))
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    collaboration = run_part("collaboration", "2.1.0")
    with open(os.path.join(OUT_DIR, "collaboration-10k.json"), "w", encoding="utf-8") as handle:
        handle.write(dump(collaboration) + "\n")
    parts = {v: run_part(v, v) for v in ("2.1.0", "6.1.0")}
    # Every fixture payload is kept; the broken variants are sampled (seeded) to the corpus size.
    items = parts["2.1.0"] + parts["6.1.0"]
    broken = [i for i, item in enumerate(items) if not item["base"]]
    drop = len(items) - CORPUS_SIZE
    dropped = set(random.Random(11).sample(broken, drop)) if drop > 0 else set()
    corpus = [{k: v for k, v in item.items() if k != "base"} for i, item in enumerate(items) if i not in dropped]
    valid = sum(1 for item in corpus if item["ok"])
    doc = {
        "source": "scripts/bench/make_bench_data.py: conformance fixtures of reference-py 2.1.0 and 6.1.0 and broken variants; ok = reference validate_event(p, t).valid",
        "counts": {v: sum(1 for item in corpus if item["v"] == v) for v in ("2.1.0", "6.1.0")},
        "valid": valid,
        "items": corpus,
    }
    with open(os.path.join(OUT_DIR, "validate-corpus.json"), "w", encoding="utf-8") as handle:
        handle.write(dump(doc) + "\n")
    print(f"collaboration: {collaboration['expected']}; corpus: {len(corpus)} items, {valid} valid, {doc['counts']}", file=sys.stderr)


if __name__ == "__main__":
    main()
