"""The reference side of scripts/bench/ingest.js: times pydantic's
`Event.model_validate_json(line)` over every line of a JSONL file (median of N runs after one
warm-up) and prints {"median_ms": ...} as JSON. Needs PYTHONPATH pointing at the 6.1.0
reference's src. Usage: ingest_reference.py <file.jsonl> <runs>"""
import json
import statistics
import sys
import time

from spec_kitty_events import Event


def main(path, runs):
    with open(path, encoding="utf-8") as handle:
        lines = [line for line in handle.read().split("\n") if line]
    validate = Event.model_validate_json

    def run():
        for line in lines:
            validate(line)

    run()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        run()
        times.append((time.perf_counter() - t0) * 1000)
    print(json.dumps({"median_ms": statistics.median(times), "lines": len(lines)}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
