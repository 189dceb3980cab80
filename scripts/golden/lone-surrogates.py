"""Golden data for lone surrogates in dict keys (issue 9 item 22), made with the Python reference.

Run from the project root, once per contract version:
    PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=../shared/reference-py/2.1.0/src python3 scripts/golden/lone-surrogates.py 2.1.0
    PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=../shared/reference-py/6.1.0/src python3 scripts/golden/lone-surrogates.py 6.1.0

Writes test/golden/lone-surrogates-<version>.json (ASCII JSON: lone surrogates as \\uXXXX
escapes, which JSON.parse reads back as lone surrogates). Each case holds the input events (as
dicts), what the reference does with them, and the model_dump(mode="json") output or the
error type when the dump fails.
"""
import json
import pathlib
import sys

from spec_kitty_events import Event
from spec_kitty_events.collaboration import reduce_collaboration_events

VERSION = sys.argv[1] if len(sys.argv) > 1 else "2.1.0"
BASE = dict(
    aggregate_id="a",
    timestamp="2026-01-01T00:00:00Z",
    node_id="n",
    project_uuid="12345678-1234-1234-1234-123456789abc",
    correlation_id="01ARZ3NDEKTSV4RRFFQ69G5FAV",
)
if VERSION != "2.1.0":
    BASE["build_id"] = "golden-build"  # required from 3.0.0 envelopes on
KEYS = ["p\ud800x", "\udc00", "x\udc00\ud800y", "ok\U0001F600"]


def event(n, event_type, payload):
    return {**BASE, "event_id": "01ARZ3NDEKTSV4RRFFQ69G5F%02d" % n, "lamport_clock": n, "event_type": event_type, "payload": payload}


def dump(build):
    try:
        return {"ok": True, "dump": build()}
    except Exception as error:
        return {"ok": False, "error": type(error).__name__}


cases = []
for key in KEYS:
    top = event(1, "T", {key: 1, "v": key})
    cases.append({"kind": "event", "name": "payload key", "key": key, "events": [top],
                  **dump(lambda: Event.model_validate(top).model_dump(mode="json"))})
    nested = event(1, "T", {"a": {key: 1}})
    cases.append({"kind": "event", "name": "nested payload key", "key": key, "events": [nested],
                  **dump(lambda: Event.model_validate(nested).model_dump(mode="json"))})
    identity = {"participant_id": "ok", "participant_type": "human"}
    log = [
        event(1, "ParticipantJoined", {"participant_id": key, "participant_identity": identity, "mission_id": "m"}),
        event(2, "DriveIntentSet", {"participant_id": key, "intent": "active"}),
        event(3, "PresenceHeartbeat", {"participant_id": key}),
        event(4, "FocusChanged", {"participant_id": key, "focus_target": {"target_type": "wp", "target_id": "WP01"}}),
        event(5, "ConcurrentDriverWarning", {"warning_id": "w", "participant_ids": [key]}),
        event(6, "WarningAcknowledged", {"participant_id": key, "warning_id": "w", "acknowledgement": "ok"}),
        event(7, "PromptStepExecutionStarted", {"participant_id": key, "step_id": "s"}),
        event(8, "SessionLinked", {"participant_id": key, "linked_session_id": "s2"}),
    ]
    cases.append({"kind": "collaboration", "name": "participant id key", "key": key, "events": log,
                  **dump(lambda: reduce_collaboration_events([Event.model_validate(e) for e in log]).model_dump(mode="json"))})

target = pathlib.Path(__file__).resolve().parents[2] / "test" / "golden" / f"lone-surrogates-{VERSION}.json"
out = {"reference": f"spec-kitty-events {VERSION}", "cases": cases}
target.write_text(json.dumps(out, indent=2, ensure_ascii=True) + "\n", encoding="ascii")
print(f"wrote {target}", file=sys.stderr)
