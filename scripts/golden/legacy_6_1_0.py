"""Golden data for the 6.1.0 legacy_envelope_v1 normaliser, made with the reference.

Run from the project root:
    PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=/work/shared/reference-py/6.1.0/src \
        python3 scripts/golden/legacy_6_1_0.py

Writes test/golden/6.1.0/legacy-normalizer.json: random legacy candidates (pre-3.0 envelopes
with and without identity, feature_* keys at top level and in the payload, mission_* keys
already present, the 'awaiting-review' synonym, canonical envelopes, junk) each with the
normaliser's result: {"kind": class name, "dump": model_dump(mode="json")}. Deterministic (seeded).
"""
import json
import random
from pathlib import Path

import spec_kitty_events as ske
from spec_kitty_events.legacy import LegacyEnvelopeNormalizer

assert ske.__version__ == "6.1.0", ske.__version__
OUT = Path("test/golden/6.1.0")
rng = random.Random(6110)

MAYBE = object()


def pick(options):
    return rng.choice(options)


def payload():
    p = {}
    if rng.random() < 0.4:
        p["feature_slug"] = pick(["001-x", "feat", ""])
    if rng.random() < 0.3:
        p["feature_number"] = pick([1, "7", None])
    if rng.random() < 0.3:
        p["mission_slug"] = pick(["m-1", "other"])
    if rng.random() < 0.2:
        p["mission_number"] = 3
    if rng.random() < 0.4:
        p["to_lane"] = pick(["awaiting-review", "awaiting-review", "in_review", "for_review", "done", 3])
    if rng.random() < 0.3:
        p["from_lane"] = pick(["planned", "awaiting-review"])
    if rng.random() < 0.2:
        p["__proto__"] = {"x": 1}
    return p


def candidate():
    e = {}
    if rng.random() < 0.85:
        e["event_type"] = pick(["WPStatusChanged", "MissionCreated", "X", 5])
    if rng.random() < 0.85:
        e["payload"] = pick([payload(), payload(), "not-a-dict", None, []])
    if rng.random() < 0.4:
        e["project_uuid"] = "11111111-1111-4111-8111-111111111111"
    if rng.random() < 0.7:
        e["node_id"] = pick(["node-a", "node-b", "nödé", "", None, 7])
    if rng.random() < 0.7:
        e["build_id"] = pick(["build-1", "b/2", "build-1", "", None])
    if rng.random() < 0.5:
        e["event_id"] = pick(["01J0000000000000000000F001", 12])
    if rng.random() < 0.3:
        e["correlation_id"] = "01J0000000000000000000C001"
    if rng.random() < 0.3:
        e["schema_version"] = pick(["2.0.0", "3.0.0"])
    if rng.random() < 0.2:
        e["feature_slug"] = pick(["001-top", ""])
    if rng.random() < 0.15:
        e["feature_number"] = pick([2, None])
    if rng.random() < 0.2:
        e["mission_slug"] = "already"
    if rng.random() < 0.2:
        e["lamport_clock"] = rng.randint(0, 9)
    if rng.random() < 0.1:
        e["zzz"] = 1
        e["Aaa"] = 2
    keys = list(e)
    rng.shuffle(keys)
    return {k: e[k] for k in keys}


normalizer = LegacyEnvelopeNormalizer()
cases = []
for _ in range(400):
    raw = candidate()
    result = normalizer.normalize(raw)
    cases.append({"input": raw, "kind": type(result).__name__, "dump": result.model_dump(mode="json")})

OUT.mkdir(parents=True, exist_ok=True)
(OUT / "legacy-normalizer.json").write_text(json.dumps({"version": ske.__version__, "cases": cases}, indent=1, ensure_ascii=False) + "\n")
print(len(cases), "cases;", {k: sum(1 for c in cases if c["kind"] == k) for k in {c["kind"] for c in cases}})
