"""The reference side of scripts/bench/cli-paths.js (needs PYTHONPATH pointing at a reference's src).

  validate-event CASES.json SECONDS   warm validate_event(payload, event_type, strict=True) over the
                                      cases [{"payload", "eventType"}] for SECONDS after a warm-up;
                                      prints {"calls", "seconds", "valid"} as JSON.
  validate LOG.jsonl                  what the CLI's `validate` does: per line json.loads, the
                                      envelope checked as "Event", the payload against its event
                                      type when the type is known; prints the counts.
  reduce LOG.jsonl                    what the CLI's `reduce --json` does: per line
                                      Event.model_validate_json (bad lines skipped), the status,
                                      lifecycle and collaboration (permissive) reducers, the
                                      model_dump(mode="json") of each printed as indented JSON.
"""
import json
import sys
import time

from spec_kitty_events import Event
from spec_kitty_events.conformance import validate_event


def bench_validate_event(cases_path, seconds):
    cases = json.load(open(cases_path, encoding="utf-8"))
    for _ in range(3):
        for c in cases:
            validate_event(c["payload"], c["eventType"], strict=True)
    calls = 0
    valid = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        valid = 0
        for c in cases:
            if validate_event(c["payload"], c["eventType"], strict=True).valid:
                valid += 1
        calls += len(cases)
    print(json.dumps({"calls": calls, "seconds": time.perf_counter() - t0, "valid": valid}))


def known_types():
    from spec_kitty_events.conformance.validators import _EVENT_TYPE_TO_MODEL  # noqa: PLC2701

    return {t for t in _EVENT_TYPE_TO_MODEL if t != "Event"}


def cli_validate(log_path):
    known = known_types()
    events = valid = malformed = 0
    with open(log_path, "rb") as handle:
        for raw in handle:
            if not raw.strip():
                continue
            try:
                value = json.loads(raw)
            except ValueError:
                malformed += 1
                continue
            events += 1
            ok = validate_event(value, "Event", strict=True).valid
            if isinstance(value, dict) and value.get("event_type") in known and isinstance(value.get("payload", {}), dict):
                ok = validate_event(value.get("payload", {}), value["event_type"], strict=True).valid and ok
            valid += ok
    print(f"{events} events, {valid} valid, {malformed} malformed")


def cli_reduce(log_path):
    from spec_kitty_events import reduce_collaboration_events, reduce_lifecycle_events, reduce_status_events

    events = []
    with open(log_path, "rb") as handle:
        for raw in handle:
            if not raw.strip():
                continue
            try:
                events.append(Event.model_validate_json(raw))
            except ValueError:
                pass
    out = {
        "status": reduce_status_events(events).model_dump(mode="json"),
        "lifecycle": reduce_lifecycle_events(events).model_dump(mode="json"),
        "collaboration": reduce_collaboration_events(events, mode="permissive").model_dump(mode="json"),
    }
    sys.stdout.write(json.dumps(out, indent=2))
    sys.stdout.write("\n")


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "validate-event":
        bench_validate_event(sys.argv[2], float(sys.argv[3]))
    elif command == "validate":
        cli_validate(sys.argv[2])
    elif command == "reduce":
        cli_reduce(sys.argv[2])
    else:
        raise SystemExit(f"unknown command {command}")
