"""Golden verdicts of the reference's validate_event at 6.1.0 (committed as test data).

Run from the project root:
  PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=/work/shared/reference-py/6.1.0/src \
    python3 scripts/golden/conformance_6_1_0.py

Writes test/golden/6.1.0/conformance_fixtures.json: for every manifest entry the reference's own
pyargs suite validates (a regular entry whose event type has a model; class-taxonomy wrappers
unwrapped to their `input`), the full result of validate_event; for the lane-mapping entries,
the outcome of assert_lane_mapping per mapping. And test/golden/6.1.0/conformance_envelopes.json:
synthesized cases around the fixtures of ENVELOPE_AREA_TYPES (each payload bare and wrapped in an envelope, the
cutover signal varied, forbidden keys at several depths, legacy event and aggregate names,
mismatched event types), with the same full result. The TypeScript tests read only these files.
"""
from __future__ import annotations

import copy
import json
from pathlib import Path

from spec_kitty_events.conformance import validators
from spec_kitty_events.conformance.pytest_helpers import assert_lane_mapping
from spec_kitty_events.conformance.validators import validate_event
from spec_kitty_events.status import LANE_ALIASES, Lane

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "src" / "conformance" / "fixtures"
OUT = ROOT / "test" / "golden" / "6.1.0"
WRAPPER_KEYS = {"class", "expected", "input", "notes", "expected_error_code", "expected_reason", "legacy_shape"}
SPECIAL = {"replay_stream", "reducer_output", "timestamp_semantics", "legacy_normalization"}


def unwrap(obj):
    if isinstance(obj, dict) and isinstance(obj.get("input"), dict) and obj.keys() <= WRAPPER_KEYS:
        return obj["input"]
    return obj


def outcome(payload, event_type):
    try:
        result = validate_event(copy.deepcopy(payload), event_type)
    except Exception as exc:  # recorded, not raised: the port decides what it does instead
        return {"error": type(exc).__name__, "message": str(exc)}
    return {
        "valid": result.valid,
        "schema_check_skipped": result.schema_check_skipped,
        "model": [[v.field, v.message, v.violation_type] for v in result.model_violations],
        "schema": [[v.json_path, v.validator, v.message] for v in result.schema_violations],
    }


def fixture_cases(manifest):
    cases = []
    for entry in manifest["fixtures"]:
        if entry.get("fixture_type") == "replay_stream":
            # Every line of a replay stream, as an envelope and as its own event type.
            lines = []
            for line in (FIXTURES / entry["path"]).read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                event = json.loads(line)
                typed = event.get("event_type")
                lines.append({
                    "event_type": typed,
                    "as_event": outcome(event, "Event"),
                    "as_type": outcome(event, typed) if typed in validators._EVENT_TYPE_TO_MODEL else None,
                })
            cases.append({"id": entry["id"], "kind": "replay_stream", "expected_result": entry["expected_result"], "lines": lines})
            continue
        if entry.get("fixture_type") in SPECIAL:
            continue
        if entry["event_type"] == "LaneMapping":
            mappings = json.loads((FIXTURES / entry["path"]).read_text(encoding="utf-8"))
            results = []
            # As the reference's suite does: a valid file is checked with assert_lane_mapping,
            # an invalid one by constructing Lane(canonical) (at least one must fail).
            for mapping in mappings:
                try:
                    if "expected_sync" in mapping:
                        assert_lane_mapping(mapping["canonical"], mapping["expected_sync"])
                    else:
                        Lane(mapping["canonical"])
                    results.append({"canonical": mapping["canonical"], "ok": True})
                except (AssertionError, ValueError) as exc:
                    results.append({"canonical": mapping["canonical"], "ok": False, "error": type(exc).__name__, "message": str(exc)})
            cases.append({"id": entry["id"], "kind": "lane_mapping", "expected_result": entry["expected_result"], "mappings": results})
            continue
        if entry["event_type"] == "<lane-mapping>":
            # class_taxonomy/lane_mapping_legacy: a legacy lane resolves to a canonical Lane,
            # directly or through LANE_ALIASES (the reference's class-taxonomy suite).
            data = unwrap(json.loads((FIXTURES / entry["path"]).read_text(encoding="utf-8")))
            legacy = data.get("legacy_lane")
            resolved = None
            if isinstance(legacy, str):
                if legacy in {lane.value for lane in Lane}:
                    resolved = legacy
                elif legacy in LANE_ALIASES:
                    resolved = LANE_ALIASES[legacy].value
            cases.append({"id": entry["id"], "kind": "legacy_lane", "expected_result": entry["expected_result"], "legacy_lane": legacy,
                          "canonical_lane": data.get("canonical_lane"), "resolved": resolved})
            continue
        if entry["event_type"].startswith("<"):
            # Other class-taxonomy sentinels (<missing>, <wrapper-array>, <historical>): raw rows
            # that must be rejected; recorded as validate_event(input, "Event").
            data = unwrap(json.loads((FIXTURES / entry["path"]).read_text(encoding="utf-8")))
            cases.append({"id": entry["id"], "kind": "sentinel", "event_type": "Event", "expected_result": entry["expected_result"],
                          "result": outcome(data, "Event")})
            continue
        if entry["event_type"] not in validators._EVENT_TYPE_TO_MODEL:
            continue
        payload = unwrap(json.loads((FIXTURES / entry["path"]).read_text(encoding="utf-8")))
        cases.append({
            "id": entry["id"],
            "kind": "event",
            "event_type": entry["event_type"],
            "expected_result": entry["expected_result"],
            "result": outcome(payload, entry["event_type"]),
        })
    return cases


BASE = json.loads((FIXTURES / "events" / "valid" / "event.json").read_text(encoding="utf-8"))
SIGNALS = [("missing", None), ("2.1.0", "2.1.0"), ("3.1.0", "3.1.0"), ("4.0.0", "4.0.0"), ("x.0", "x.0"), ("int", 3), ("null", "NULL")]


def envelope_of(event_type, payload, **changes):
    env = copy.deepcopy(BASE)
    env["event_type"] = event_type
    env["payload"] = copy.deepcopy(payload)
    for key, value in changes.items():
        if value == "DROP":
            env.pop(key, None)
        else:
            env[key] = value
    return env


def variants(event_type, payload):
    """(suffix, input, event type) triples around one payload."""
    out = []
    if event_type != "Event":
        out.append(("bare", payload, event_type))
        out.append(("wrapped", envelope_of(event_type, payload), event_type))
        for name, value in SIGNALS:
            change = "DROP" if value is None else (None if value == "NULL" else value)
            out.append((f"wrapped-signal-{name}", envelope_of(event_type, payload, schema_version=change), event_type))
        out.append(("wrapped-feature-slug-top", envelope_of(event_type, payload, feature_slug="x"), event_type))
        out.append(("wrapped-mission-key-deep", envelope_of(event_type, payload, extra={"a": [{"b": {"mission_key": 1}}]}), event_type))
        if isinstance(payload, dict):
            nested = dict(payload, metadata={"feature_number": "001"})
            out.append(("wrapped-forbidden-in-payload", envelope_of(event_type, nested), event_type))
        out.append(("wrapped-legacy-aggregate", envelope_of(event_type, payload, aggregate_id="feature/001"), event_type))
        out.append(("wrapped-other-event-type", envelope_of("SomethingElse", payload), event_type))
        out.append(("wrapped-non-object-payload", envelope_of(event_type, [payload]), event_type))
        out.append(("wrapped-as-event", envelope_of(event_type, payload), "Event"))
    else:
        for name, value in SIGNALS:
            change = "DROP" if value is None else (None if value == "NULL" else value)
            out.append((f"signal-{name}", dict(payload, schema_version=change) if change != "DROP" else {k: v for k, v in payload.items() if k != "schema_version"}, "Event"))
        out.append(("feature-slug-top", dict(payload, feature_slug="x"), "Event"))
        out.append(("legacy-aggregate-id-in-array", dict(payload, payload={"items": [{"legacy_aggregate_id": "a"}]}), "Event"))
        out.append(("forbidden-key-as-value", dict(payload, payload={"note": "feature_slug"}), "Event"))
        out.append(("legacy-event-name", dict(payload, event_type="FeatureCreated"), "Event"))
        out.append(("legacy-aggregate-name", dict(payload, aggregate_id="feature_catalog/2"), "Event"))
        out.append(("aggregate-feature-no-slash", dict(payload, aggregate_id="feature"), "Event"))
        out.append(("aggregate-featurette", dict(payload, aggregate_id="featurette/1"), "Event"))
    return out


# The event types of the areas issue 12 moves to 6.1.0 (envelope, status, gates); the family
# issues add theirs here and regenerate.
ENVELOPE_AREA_TYPES = {"Event", "WPStatusChanged", "GatePassed", "GateFailed"}


def envelope_cases(manifest):
    cases = []
    for entry in manifest["fixtures"]:
        if entry.get("fixture_type") in SPECIAL or entry["event_type"] not in ENVELOPE_AREA_TYPES:
            continue
        payload = unwrap(json.loads((FIXTURES / entry["path"]).read_text(encoding="utf-8")))
        if not isinstance(payload, dict):
            continue
        for suffix, data, event_type in variants(entry["event_type"], payload):
            cases.append({"id": f"{entry['id']}/{suffix}", "event_type": event_type, "input": data, "result": outcome(data, event_type)})
    return cases


def write(name, data):
    """One case per line (compact), so diffs stay readable and the file small."""
    OUT.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(case, ensure_ascii=False, separators=(",", ":")) for case in data["cases"]]  # key order kept: inputs as validated
    head = json.dumps(data["generator"])
    text = '{"generator":' + head + ',"cases":[\n' + ",\n".join(lines) + "\n]}\n"
    (OUT / name).write_text(text, encoding="utf-8")


def main():
    manifest = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))
    fixtures = fixture_cases(manifest)
    envelopes = envelope_cases(manifest)
    write("conformance_fixtures.json", {"generator": "scripts/golden/conformance_6_1_0.py", "cases": fixtures})
    write("conformance_envelopes.json", {"generator": "scripts/golden/conformance_6_1_0.py", "cases": envelopes})
    print(f"{len(fixtures)} fixture cases, {len(envelopes)} envelope cases")


if __name__ == "__main__":
    main()
