"""The reference side of scripts/bench/reducers-6.js: reads a job file
{"runs": N, "jobs": [{"name", "path", "module", "function", "kwargs"}]}, loads each JSON log into
reference Events (not timed), times the reducer over it (median of N runs after one warm-up) and
prints {"<name>": median_ms} as JSON. Needs PYTHONPATH pointing at the 6.1.0 reference's src."""
import importlib
import json
import statistics
import sys
import time

from spec_kitty_events import Event


def main(spec_path):
    spec = json.load(open(spec_path, encoding="utf-8"))
    out = {}
    for job in spec["jobs"]:
        with open(job["path"], encoding="utf-8") as handle:
            events = [Event.model_validate(d) for d in json.load(handle)]
        reduce = getattr(importlib.import_module(f"spec_kitty_events.{job['module']}"), job["function"])
        kwargs = job.get("kwargs") or {}
        reduce(events, **kwargs)
        times = []
        for _ in range(spec["runs"]):
            t0 = time.perf_counter()
            reduce(events, **kwargs)
            times.append((time.perf_counter() - t0) * 1000)
        out[job["name"]] = statistics.median(times)
        print(f"reference {job['name']}: {out[job['name']]:.1f} ms", file=sys.stderr)
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1])
