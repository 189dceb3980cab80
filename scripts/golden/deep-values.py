"""Golden data for deeply nested values (issue 9 item 8), made with the Python reference.

Run from the project root:
    PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=../shared/reference-py/2.1.0/src python3 scripts/golden/deep-values.py

Writes test/golden/deep-values.json:
- "dump": for payloads {"x": <n nested lists>} (leaf 1 or []), whether
  Event.model_dump(mode="json") succeeds, and the error text when it does not;
- "status_reasons": the status reducer's anomaly reason for a WPStatusChanged payload whose
  wp_id is n nested lists, around the depth where Python's repr() gives up
  (`<unprintable list object>`). Called from this script's top level, i.e. a shallow stack.
"""
import json
import pathlib
import sys

from spec_kitty_events import Event
from spec_kitty_events.status import reduce_status_events

BASE = dict(
    event_id="01ARZ3NDEKTSV4RRFFQ69G5FAV",
    event_type="T",
    aggregate_id="a",
    timestamp="2026-01-01T00:00:00Z",
    node_id="n",
    lamport_clock=1,
    project_uuid="12345678-1234-1234-1234-123456789abc",
    correlation_id="01ARZ3NDEKTSV4RRFFQ69G5FAV",
)


def nested(n, leaf):
    value = leaf
    for _ in range(n):
        value = [value]
    return value


def dump_case(n, leaf):
    event = Event.model_validate({**BASE, "payload": {"x": nested(n, leaf)}})
    try:
        event.model_dump(mode="json")
        return {"lists": n, "leaf": leaf, "ok": True}
    except Exception as error:  # the reference raises ValueError
        return {"lists": n, "leaf": leaf, "ok": False, "error": f"{type(error).__name__}: {error}"}


def status_reason(n):
    payload = {
        "wp_id": nested(n, 1),
        "from_lane": "planned",
        "to_lane": "claimed",
        "actor": "a",
        "execution_mode": "worktree",
    }
    event = Event.model_validate({**BASE, "event_type": "WPStatusChanged", "payload": payload})
    return {"lists": n, "reason": reduce_status_events([event]).anomalies[0].reason}


# Module level on purpose: Python's repr() limit counts the caller's frames too, so the
# status cases run with the shallowest stack a script has (one helper frame), as a service
# calling reduce_status_events from its top level would.
dump = []
for n in (1, 200, 253, 254, 255, 256, 3000):
    for leaf in (1, []):
        dump.append(dump_case(n, leaf))
status_reasons = []
for n in (10, 993, 994, 995, 3000):
    status_reasons.append(status_reason(n))
target = pathlib.Path(__file__).resolve().parents[2] / "test" / "golden" / "deep-values.json"
out = {"reference": "spec-kitty-events 2.1.0", "dump": dump, "status_reasons": status_reasons}
target.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"wrote {target}", file=sys.stderr)
