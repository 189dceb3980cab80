"""Golden corpus for the 6.1.0 envelope, cutover rules and forbidden-key walker.

Runs the reference (spec-kitty-events 6.1.0) on a seeded set of inputs and writes its
model-layer verdicts to test/golden/6.1.0/envelope.json:
- event: Event.model_validate(input) -> model_dump(mode="json") or errors (type, loc, msg);
- normalize_event_id: the canonical id or the ValueError text;
- cutover: every cutover function of an envelope (value, or exception class and text);
- forbidden_keys: find_forbidden_keys(input) as dumped records, and validate_no_forbidden_keys;
- conflict_resolution: TypeAdapter(ConflictResolution).validate_python(input) (dump or errors).

Run from the project root:
  PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=/work/shared/reference-py/6.1.0/src \
    python3 scripts/golden/envelope_6_1_0.py
Inputs are JSON values whose objects have no integer-like keys (JavaScript orders those first).
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pydantic
from spec_kitty_events import (
    ConflictResolution,
    Event,
    normalize_event_id,
    read_cutover_signal,
    accepted_major_matches,
    required_cutover_value_matches,
    forbidden_legacy_keys,
    forbidden_legacy_event_names,
    forbidden_legacy_aggregate_names,
    is_pre_cutover_payload,
    assert_canonical_cutover_signal,
)
from spec_kitty_events.forbidden_keys import find_forbidden_keys, validate_no_forbidden_keys

OUT = Path(__file__).resolve().parents[2] / "test" / "golden" / "6.1.0" / "envelope.json"
rng = random.Random(61_0)

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
HEX = "0123456789abcdef"


def ulid(lower=False):
    s = "".join(rng.choice(CROCKFORD) for _ in range(26))
    return s.lower() if lower else s


def uuid_hex():
    return "".join(rng.choice(HEX) for _ in range(32))


def hyphenate(h):
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def mixed_case(s):
    return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in s)


def replace_at(s, i, c):
    return s[:i] + c + s[i + 1:]


def id_variants():
    """Event ids in every accepted form and near misses."""
    u = ulid()
    h = uuid_hex()
    out = [
        u, u.lower(), mixed_case(u), "01ARZ3NDEKTSV4RRFFQ69G5FAV", "01arz3ndektsv4rrffq69g5fav",
        "0" * 26, "Z" * 26, "z" * 26, u[:25], u + "0", u[:24], u + "00",
        hyphenate(h), hyphenate(h).upper(), mixed_case(hyphenate(h)), h, h.upper(), mixed_case(h),
        h[:31], h + "0", hyphenate(h)[:35], hyphenate(h) + "0", "{" + hyphenate(h) + "}",
        "urn:uuid:" + hyphenate(h), h[:8] + "-" + h[8:], hyphenate(h).replace("-", "_"),
        replace_at(hyphenate(h), 8, "x"), replace_at(hyphenate(h), 0, "g"), replace_at(h, 5, "g"),
        h[:12] + "-" + h[12:], " " + u[:25], u[:25] + " ", u[:25] + "\n", "\n" + u[:25],
        " " + hyphenate(h)[:35], hyphenate(h)[:35] + "\n", "", "x", "not-an-id",
        # Crockford exclusions and Unicode case folding
        replace_at(u, 3, "I"), replace_at(u, 3, "i"), replace_at(u, 3, "L"), replace_at(u, 3, "l"),
        replace_at(u, 3, "O"), replace_at(u, 3, "o"), replace_at(u, 3, "U"), replace_at(u, 3, "u"),
        replace_at(u, 3, "\u017f"), replace_at(u, 3, "\u212a"), replace_at(u, 3, "\u0131"),
        replace_at(u, 3, "\u0130"), replace_at(u, 3, "\u00e9"), replace_at(u, 3, "\u0661"),
        replace_at(u, 3, "\U0001f600"), replace_at(u, 3, "\ud800"), replace_at(u, 3, "-"),
        replace_at(u, 25, "\u212a"), replace_at(hyphenate(h), 3, "\u212a"), replace_at(h, 3, "\uff21"),
        replace_at(hyphenate(h), 3, "\u0661"), "\U0001f600" * 26, "\U0001f600" * 32, "\U0001f600" * 36,
        u[:13] + "\U0001f600" * 13,
        # non-strings
        None, 0, 12345678901234567890123456, 1.5, True, False, [], [u], {}, {"id": u},
    ]
    for _ in range(60):
        base = rng.choice([ulid(), ulid(True), hyphenate(uuid_hex()), uuid_hex(), uuid_hex().upper()])
        op = rng.randrange(5)
        if op == 0:
            base = replace_at(base, rng.randrange(len(base)), rng.choice("ILOUilou-_ g.\u017f\u212a"))
        elif op == 1:
            base = base[: rng.randrange(len(base))]
        elif op == 2:
            base = base + rng.choice(["0", "a", "-", " ", "Z"])
        elif op == 3:
            base = mixed_case(base)
        out.append(base)
    return out


BASE = {
    "event_id": "01ARZ3NDEKTSV4RRFFQ69G5FAV",
    "event_type": "WPStatusChanged",
    "aggregate_id": "WP01",
    "payload": {"k": "v"},
    "timestamp": "2026-01-01T12:00:00+00:00",
    "build_id": "build-1",
    "node_id": "node-1",
    "lamport_clock": 3,
    "project_uuid": "12345678-1234-5678-1234-567812345678",
    "correlation_id": "01ARZ3NDEKTSV4RRFFQ69G5FAW",
}

SCHEMA_VERSIONS = [
    "3.0.0", "3.0.1", "3.1.0", "4.0.0", "2.1.0", "1.0.0", "0.0.0", "03.0.0", "3", "3.0", "3.0.0.0",
    "", "v3.0.0", ".3.0", "3.", "3..0", " 3.0.0", "3.0.0 ", "3.0.0\n", "\u0663.0.0", "\u0663.\u0660.\u0660",
    "\u00b3.0.0", "3\u00b2.0.0", "\uff13.0.0", "10.0.0", "99999999999999999999.0.0", "3-rc.0.0",
    "3.0.0-rc1", "+3.0.0", "-3.0.0", "3_0.0.0", "\u0033\u0663.0.0", "9" * 4301 + ".0.0",
    "3" * 4301, "\u00b2" * 250 + ".0", "3" * 4300 + "\u00b2", None, 3, 3.5, True, [], {},
]


def dump_errors(exc):
    return [{"type": e["type"], "loc": list(e["loc"]), "msg": e["msg"]} for e in exc.errors()]


def event_case(data):
    try:
        ev = Event.model_validate(data)
    except pydantic.ValidationError as exc:
        return {"input": data, "valid": False, "violations": dump_errors(exc)}
    return {"input": data, "valid": True, "output": ev.model_dump(mode="json"), "repr": repr(ev)}


def event_cases():
    cases = [event_case(dict(BASE))]
    for field in ["event_id", "correlation_id", "causation_id"]:
        for value in id_variants():
            cases.append(event_case({**BASE, field: value}))
    for value in ["b", "", " ", "\t", "x" * 300, None, 5, 1.5, True, [], {}, "\ud800", "\U0001f600", "build/é"]:
        cases.append(event_case({**BASE, "build_id": value}))
    no_build = dict(BASE)
    del no_build["build_id"]
    cases.append(event_case(no_build))
    for value in SCHEMA_VERSIONS:
        if isinstance(value, str) and len(value) > 300:
            continue
        cases.append(event_case({**BASE, "schema_version": value}))
    lax = {
        "lamport_clock": [0, -1, "7", " 7 ", "7.0", 7.0, 7.5, True, None, "x", [], 2**53],
        "data_tier": [0, 4, 5, -1, "2", 2.0, False, None],
        "node_id": ["", "n", 5, None],
        "event_type": ["", "FeatureCreated", 5, None],
        "aggregate_id": ["", "feature/1", 5, None],
        "payload": [{}, [], "x", None, {"feature_slug": "x"}],
        "project_uuid": ["12345678123456781234567812345678", "{12345678-1234-5678-1234-567812345678}",
                         "urn:uuid:12345678-1234-5678-1234-567812345678", "nope", 5, None],
        "project_slug": [None, "", "slug", 5],
        "timestamp": ["2026-01-01T12:00:00Z", "2026-01-01", "2026-01-01T12:00:00.123456+02:00", 1700000000,
                      "nope", None, "2026-13-01T00:00:00Z"],
    }
    for field, values in lax.items():
        for value in values:
            cases.append(event_case({**BASE, field: value}))
    for field in BASE:
        data = dict(BASE)
        del data[field]
        cases.append(event_case(data))
    cases.append(event_case({**BASE, "unknown_extra": 1, "feature_slug": "x"}))
    for bad in [None, [], "x", 5]:
        cases.append(event_case(bad))
    # random combinations
    fields = list(lax)
    ids = id_variants()
    for _ in range(600):
        data = dict(BASE)
        for field in rng.sample(fields, rng.randrange(0, 3)):
            data[field] = rng.choice(lax[field])
        for field in rng.sample(["event_id", "correlation_id", "causation_id"], rng.randrange(0, 3)):
            data[field] = rng.choice(ids)
        if rng.random() < 0.2:
            data["schema_version"] = rng.choice([v for v in SCHEMA_VERSIONS if not (isinstance(v, str) and len(v) > 300)])
        if rng.random() < 0.1:
            data.pop("build_id")
        if rng.random() < 0.1:
            data["build_id"] = rng.choice(["", None, 5, "b2"])
        cases.append(event_case(data))
    return cases


def normalize_cases():
    out = []
    for value in id_variants() + id_variants():
        try:
            out.append({"input": value, "ok": True, "output": normalize_event_id(value)})
        except ValueError as exc:
            out.append({"input": value, "ok": False, "error": str(exc)})
    return out


def call(fn, arg):
    try:
        value = fn(arg)
    except (TypeError, ValueError, RuntimeError) as exc:
        return {"error": {"class": type(exc).__name__, "message": str(exc)}}
    if isinstance(value, set):
        value = sorted(value)
    return {"value": value}


KEY_POOL = ["a", "b", "payload", "items", "meta", "feature_slug", "feature_number", "mission_key",
            "legacy_aggregate_id", "work_package_id", "Feature_Slug", "feature_slug ", "featureSlug",
            "mission_slug", "x"]
VALUE_POOL = ["feature_slug", "mission_key", "x", 1, 2.5, True, None, "", "legacy_aggregate_id"]


def random_json(depth):
    r = rng.random()
    if depth <= 0 or r < 0.3:
        return rng.choice(VALUE_POOL)
    if r < 0.65:
        obj = {}
        for _ in range(rng.randrange(0, 4)):
            obj[rng.choice(KEY_POOL)] = random_json(depth - 1)
        return obj
    return [random_json(depth - 1) for _ in range(rng.randrange(0, 4))]


def envelope_for_cutover():
    env = {k: v for k, v in BASE.items()}
    env["payload"] = {"k": "v"}
    r = rng.random()
    if r < 0.6:
        env["schema_version"] = "3.0.0"
    elif r < 0.9:
        env["schema_version"] = rng.choice(SCHEMA_VERSIONS)
    if rng.random() < 0.3:
        env["event_type"] = rng.choice(["FeatureCreated", "FeatureClosed", "featurecreated", "FeatureCreated ",
                                        "WPStatusChanged", None, 5])
    if rng.random() < 0.3:
        env["aggregate_id"] = rng.choice(["feature/1", "feature", "feature_catalog/x/y", "features/1", "/feature",
                                          "Feature/1", "mission/feature", "feature_catalog", "", 5, None,
                                          "feature\\1", "feature /1"])
    if rng.random() < 0.35:
        env["payload"] = random_json(4)
    if rng.random() < 0.15:
        env[rng.choice(["feature_slug", "mission_key", "legacy_aggregate_id", "work_package_id"])] = "x"
    if rng.random() < 0.1:
        env.pop(rng.choice(list(env)))
    return env


CUTOVER_FUNCS = {
    "read_cutover_signal": read_cutover_signal,
    "forbidden_legacy_keys": forbidden_legacy_keys,
    "forbidden_legacy_event_names": forbidden_legacy_event_names,
    "forbidden_legacy_aggregate_names": forbidden_legacy_aggregate_names,
    "is_pre_cutover_payload": is_pre_cutover_payload,
    "assert_canonical_cutover_signal": assert_canonical_cutover_signal,
}


def cutover_case(env):
    results = {name: call(fn, env) for name, fn in CUTOVER_FUNCS.items()}
    return {"input": env, "results": results}


def cutover_cases():
    out = []
    for value in SCHEMA_VERSIONS:
        env = {**BASE, "schema_version": value}
        out.append(cutover_case(env))
    out.append(cutover_case(dict(BASE)))
    for _ in range(700):
        out.append(cutover_case(envelope_for_cutover()))
    signals = [v for v in SCHEMA_VERSIONS if isinstance(v, str)]
    signal_cases = []
    for value in signals:
        signal_cases.append({
            "input": value,
            "accepted_major_matches": call(accepted_major_matches, value),
            "required_cutover_value_matches": call(required_cutover_value_matches, value),
        })
    return out, signal_cases


def dump_walk(data, forbidden=None):
    kwargs = {} if forbidden is None else {"forbidden": frozenset(forbidden)}
    errors = [e.model_dump(mode="json") for e in find_forbidden_keys(data, **kwargs)]
    first = validate_no_forbidden_keys(data, **kwargs)
    return {"input": data, **({} if forbidden is None else {"forbidden": sorted(forbidden)}),
            "errors": errors, "first": None if first is None else first.model_dump(mode="json")}


def walker_cases():
    out = [
        dump_walk({"feature_slug": "x"}),
        dump_walk({"description": "see feature_slug docs"}),
        dump_walk({"a": [{"b": [{"mission_key": 1}]}]}),
        dump_walk([{"feature_number": {"feature_slug": {"legacy_aggregate_id": []}}}]),
        dump_walk({"work_package_id": "WP01"}),
        dump_walk("feature_slug"), dump_walk(None), dump_walk(5), dump_walk([]), dump_walk({}),
        dump_walk({"x": {"a": 1}}, forbidden=["a", "x"]),
        dump_walk({"feature_slug": 1}, forbidden=[]),
    ]
    deep = {"feature_slug": 1}
    for i in range(200):
        deep = {"a": deep} if i % 2 else [deep, {"mission_key": i}]
    out.append(dump_walk(deep))
    for _ in range(800):
        data = random_json(rng.randrange(1, 7))
        if rng.random() < 0.1:
            out.append(dump_walk(data, forbidden=rng.sample(KEY_POOL, rng.randrange(0, 4))))
        else:
            out.append(dump_walk(data))
    return out


def conflict_resolution_cases():
    adapter = pydantic.TypeAdapter(ConflictResolution)
    ids = id_variants()
    out = []
    for i in range(120):
        merged = {**BASE, "event_id": rng.choice(ids[:20])}
        if rng.random() < 0.2:
            merged.pop(rng.choice(list(merged)))
        data = {
            "merged_event": merged,
            "resolution_note": rng.choice(["n", "n", "", 5]),
            "requires_manual_review": rng.choice([False, True, False, True, "yes", "no", 0, 2, None]),
            "conflicting_events": [rng.choice([merged, merged, {**BASE, "correlation_id": rng.choice(ids[:20])}, 5])
                                   for _ in range(rng.randrange(0, 3))],
        }
        if i % 10 == 0:
            data.pop(rng.choice(list(data)))
        try:
            value = adapter.validate_python(data)
        except pydantic.ValidationError as exc:
            out.append({"input": data, "valid": False, "violations": dump_errors(exc)})
            continue
        out.append({"input": data, "valid": True, "output": adapter.dump_python(value, mode="json"), "repr": repr(value)})
    for bad in [None, 5, "x", []]:
        try:
            adapter.validate_python(bad)
        except pydantic.ValidationError as exc:
            out.append({"input": bad, "valid": False, "violations": dump_errors(exc)})
    return out


def main():
    cutover, signals = cutover_cases()
    corpus = {
        "generator": "scripts/golden/envelope_6_1_0.py",
        "reference": "spec-kitty-events 6.1.0",
        "python": sys.version.split()[0],
        "pydantic": pydantic.VERSION,
        "event": event_cases(),
        "normalize_event_id": normalize_cases(),
        "cutover": cutover,
        "cutover_signals": signals,
        "forbidden_keys": walker_cases(),
        "conflict_resolution": conflict_resolution_cases(),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(corpus, ensure_ascii=True, separators=(",", ":"))
    OUT.write_text(text + "\n")
    counts = {k: len(v) for k, v in corpus.items() if isinstance(v, list)}
    print(f"wrote {OUT} ({len(text)} bytes): {counts}, total {sum(counts.values())}")


if __name__ == "__main__":
    main()
