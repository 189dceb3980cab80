"""The Python reference's side of `npm run bench` (scripts/bench.js). Run with PYTHONPATH pointing at
the reference version's src (2.1.0 or 6.1.0); scripts/bench.js does. Each command prints one JSON
object on stdout (timings in milliseconds); progress goes to stderr.

  reduce SPEC.json      SPEC = {"runs": N, "jobs": [{"name", "path", "module", "function", "kwargs"}]}.
                        `path` is a JSON list of envelopes or {"events": [...], "roster": {...}}
                        (the roster becomes ParticipantIdentity objects, passed as roster=).
                        Loading (Event.model_validate) is not timed; the reducer call is:
                        one warm-up, then the median of N runs. -> {name: median_ms}
  validate CORPUS VERSION BUDGET_MS
                        validate_event(p, t) over the corpus items of VERSION, repeated passes for
                        BUDGET_MS after one warm-up pass. -> {"pass_ms": median, "passes", "items", "valid"}
  validate-once CORPUS VERSION
                        one pass (a cold process: the whole process is what the caller times).
  ingest FILE.jsonl RUNS
                        Event.model_validate_json(line) for every line (lines read first, not timed);
                        one warm-up pass, median of RUNS passes. -> {"pass_ms", "lines"}
  cli-reduce FILE.jsonl
                        what `spec-kitty-events reduce --json` does, the reference having no CLI:
                        read the lines, json.loads and Event.model_validate each (a bad line is
                        skipped), reduce with the status, lifecycle and collaboration (permissive)
                        reducers, print the three states (model_dump(mode="json")) as indented JSON.
  cli-validate FILE.jsonl
                        what `spec-kitty-events validate` does: per line json.loads (a bad line is
                        counted malformed), validate_event(envelope, "Event") and, for a known
                        event type, validate_event(payload, event_type); prints the counts.
"""
import importlib
import json
import statistics
import sys
import time


def now_ms():
    return time.perf_counter() * 1000


def load_events(path):
    from spec_kitty_events import Event

    with open(path, encoding="utf-8") as handle:
        doc = json.load(handle)
    roster = None
    if isinstance(doc, dict):
        if doc.get("roster") is not None:
            from spec_kitty_events.collaboration import ParticipantIdentity

            roster = {pid: ParticipantIdentity.model_validate(v) for pid, v in doc["roster"].items()}
        doc = doc["events"]
    return [Event.model_validate(d) for d in doc], roster


def cmd_reduce(spec_path):
    with open(spec_path, encoding="utf-8") as handle:
        spec = json.load(handle)
    out = {}
    for job in spec["jobs"]:
        events, roster = load_events(job["path"])
        reduce = getattr(importlib.import_module(f"spec_kitty_events.{job['module']}"), job["function"])
        kwargs = dict(job.get("kwargs") or {})
        if roster is not None:
            kwargs["roster"] = roster
        reduce(events, **kwargs)
        times = []
        for _ in range(spec["runs"]):
            t0 = now_ms()
            reduce(events, **kwargs)
            times.append(now_ms() - t0)
        out[job["name"]] = statistics.median(times)
        print(f"reference {job['name']}: {out[job['name']]:.1f} ms", file=sys.stderr)
    return out


def corpus_items(path, version):
    with open(path, encoding="utf-8") as handle:
        doc = json.load(handle)
    return [(item["p"], item["t"]) for item in doc["items"] if item["v"] == version]


def validate_pass(validate_event, items):
    valid = 0
    for payload, event_type in items:
        if validate_event(payload, event_type).valid:
            valid += 1
    return valid


def cmd_validate(path, version, budget_ms):
    from spec_kitty_events.conformance import validate_event

    items = corpus_items(path, version)
    valid = validate_pass(validate_event, items)
    times = []
    start = now_ms()
    while not times or now_ms() - start < float(budget_ms):
        t0 = now_ms()
        validate_pass(validate_event, items)
        times.append(now_ms() - t0)
    return {"pass_ms": statistics.median(times), "passes": len(times), "items": len(items), "valid": valid}


def cmd_validate_once(path, version):
    from spec_kitty_events.conformance import validate_event

    items = corpus_items(path, version)
    return {"items": len(items), "valid": validate_pass(validate_event, items)}


def cmd_ingest(path, runs):
    from spec_kitty_events import Event

    with open(path, encoding="utf-8") as handle:
        lines = [line for line in handle.read().split("\n") if line]
    parse = Event.model_validate_json
    for line in lines:
        parse(line)
    times = []
    for _ in range(int(runs)):
        t0 = now_ms()
        for line in lines:
            parse(line)
        times.append(now_ms() - t0)
    return {"pass_ms": statistics.median(times), "lines": len(lines)}


def read_lines(path):
    with open(path, "rb") as handle:
        for raw in handle:
            line = raw.strip()
            if line:
                yield line


def cmd_cli_reduce(path):
    from pydantic import ValidationError
    from spec_kitty_events import Event
    from spec_kitty_events.collaboration import reduce_collaboration_events
    from spec_kitty_events.lifecycle import reduce_lifecycle_events
    from spec_kitty_events.status import reduce_status_events

    events = []
    skipped = 0
    for line in read_lines(path):
        try:
            events.append(Event.model_validate(json.loads(line)))
        except (ValueError, ValidationError):
            skipped += 1
    states = {
        "status": reduce_status_events(events).model_dump(mode="json"),
        "lifecycle": reduce_lifecycle_events(events).model_dump(mode="json"),
        "collaboration": reduce_collaboration_events(events, mode="permissive").model_dump(mode="json"),
    }
    sys.stdout.write(json.dumps(states, indent=2, ensure_ascii=False) + "\n")
    return {"events": len(events), "skipped": skipped}


def cmd_cli_validate(path):
    from spec_kitty_events.conformance import validate_event
    from spec_kitty_events.conformance import validators

    known = set(validators._EVENT_TYPE_TO_MODEL) - {"Event"}
    counts = {"records": 0, "valid": 0, "invalid": 0, "malformed": 0}
    for line in read_lines(path):
        counts["records"] += 1
        try:
            value = json.loads(line)
        except ValueError:
            counts["malformed"] += 1
            continue
        ok = validate_event(value, "Event").valid
        if isinstance(value, dict) and value.get("event_type") in known and isinstance(value.get("payload", {}), dict):
            ok = validate_event(value.get("payload") or {}, value["event_type"]).valid and ok
        counts["valid" if ok else "invalid"] += 1
    return counts


def main(argv):
    command, args = argv[0], argv[1:]
    handlers = {
        "reduce": cmd_reduce,
        "validate": cmd_validate,
        "validate-once": cmd_validate_once,
        "ingest": cmd_ingest,
        "cli-reduce": cmd_cli_reduce,
        "cli-validate": cmd_cli_validate,
    }
    result = handlers[command](*args)
    if command == "cli-reduce":
        print(json.dumps(result), file=sys.stderr)
    else:
        print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
