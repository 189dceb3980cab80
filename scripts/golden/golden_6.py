"""Shared helpers of the 6.1.0 golden scripts (scripts/golden/*_6_1_0.py): violation texts,
envelopes and random logs, reducer outcomes and the one-case-per-line writer. Each script
keeps its own seeded `rng` and passes it in, so the data each script makes is unchanged.
Run the scripts from the project root with PYTHONPATH at the 6.1.0 reference's src."""
import json
from datetime import datetime
from pathlib import Path

import pydantic
from spec_kitty_events import Event, SpecKittyEventsError

OUT = Path("test/golden/6.1.0")
PROJECT_UUID = "12345678-1234-5678-1234-567812345678"
CORRELATION_ID = "01HV00000000000000000000CR"


def violations(exc):
    """pydantic's errors as the goldens keep them: type, loc, msg."""
    return [{"type": e["type"], "loc": list(e["loc"]), "msg": e["msg"]} for e in exc.errors()]


def to_event(d, **extra):
    """A reference Event from a golden envelope dict (ISO timestamp parsed)."""
    return Event(**{**d, **extra, "timestamp": datetime.fromisoformat(d["timestamp"])})


def outcome(reduce, events, fix=None, errors=()):
    """What a reducer gives for a log: its dump, or the error it raised (ValidationError or
    the package's own error; `errors` adds exception classes reported as the latter)."""
    try:
        state = reduce([to_event(e) for e in events])
    except pydantic.ValidationError as exc:
        return {"error": "ValidationError", "violations": violations(exc)}
    except (SpecKittyEventsError, *errors) as exc:
        return {"error": "SpecKittyEventsError", "message": str(exc)}
    dump = state.model_dump(mode="json")
    return {"dump": dump if fix is None else fix(dump)}


def envelope(rng, times, i, k, etype, payload, clock, aggregate, nodes=None):
    """The k-th envelope of log i: a random timestamp of `times` (then a random node of
    `nodes`, else node-1)."""
    timestamp = rng.choice(times)
    node = "node-1" if nodes is None else rng.choice(nodes)
    return {"event_id": f"01HV{i:010d}{k:012d}", "event_type": etype, "aggregate_id": aggregate, "payload": payload,
            "timestamp": timestamp, "build_id": "golden-build", "node_id": node,
            "lamport_clock": clock, "project_uuid": PROJECT_UUID, "correlation_id": CORRELATION_ID}


def finish_log(rng, events):
    """Adds up to three duplicates (some with a nudged clock) and shuffles most logs."""
    for _ in range(rng.randint(0, 3)):
        if events:
            dup = dict(rng.choice(events))
            if rng.random() < 0.5:
                dup["lamport_clock"] = dup["lamport_clock"] + rng.choice([0, 1, -1 if dup["lamport_clock"] > 0 else 0])
            events.append(dup)
    if rng.random() < 0.7:
        rng.shuffle(events)
    return events


def write(name, data):
    """Writes test/golden/6.1.0/<name>: a list one case per line (compact, readable diffs)."""
    path = OUT / name
    if isinstance(data, list):
        text = "[\n" + ",\n".join(json.dumps(c, ensure_ascii=False) for c in data) + "\n]\n"
    else:
        text = json.dumps(data, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path} ({len(data) if isinstance(data, list) else 'object'})")
