"""Golden data for the 6.1.0 status and gates areas, made with the reference.

Run from the project root:
    PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=/work/shared/reference-py/6.1.0/src \
        python3 scripts/golden/status_6_1_0.py

Writes test/golden/6.1.0/status-payloads.json (StatusTransitionPayload verdicts, violations,
dumps, actor_label, validate_transition, is_bootstrap_planned_event),
status-gates.json (gate payload verdicts and map_check_run_conclusion) and
status-reducer.json (reduce_status_events on random logs, model_dump(mode="json")).
Deterministic (seeded).
"""
import json
import random
import logging
from pathlib import Path

import pydantic
import spec_kitty_events as ske
from spec_kitty_events.gates import (
    GateFailedPayload,
    GatePassedPayload,
    UnknownConclusionError,
    map_check_run_conclusion,
)
from spec_kitty_events.status import (
    StatusTransitionPayload,
    is_bootstrap_planned_event,
    reduce_status_events,
    validate_transition,
)
from golden_6 import to_event as event_of, violations, write

assert ske.__version__ == "6.1.0", ske.__version__
rng = random.Random(61)

LANES = ["genesis", "planned", "claimed", "in_progress", "for_review", "in_review",
         "approved", "done", "blocked", "canceled"]
EVIDENCE = {"repos": [{"repo": "org/app", "branch": "main", "commit": "abc123"}],
            "review": {"reviewer": "alice", "verdict": "approved"}}
ACTORS = ["agent", " ", "", "\t\n", {"profile": "impl", "role": "dev"}, {"role": "reviewer"},
          {"display_name": "", "actor_id": "a-1"}, {"tool": "claude", "model": 3},
          {"x": 1}, {}, 5, None, ["a"], True, 1.5, {"profile": "", "zeta": "z"}]
WEIRD = [None, 5, 1.5, True, "", " ", "x", [], {}, "DOING", "Planned", "doing", "genesis"]


def check(model, data):
    try:
        m = model.model_validate(data)
    except pydantic.ValidationError as exc:
        return None, {"valid": False, "violations": violations(exc)}
    return m, {"valid": True, "dump": m.model_dump(mode="json")}


def random_payload():
    p = {}
    if rng.random() < 0.95:
        p["mission_slug"] = rng.choice(["m-1", "m-1", "m-1", "", 7])
    if rng.random() < 0.95:
        p["wp_id"] = rng.choice(["WP01", "WP02", "WP01", "", None])
    r = rng.random()
    if r < 0.75:
        p["from_lane"] = rng.choice(LANES + [None, None, "doing"])
    elif r < 0.85:
        p["from_lane"] = rng.choice(WEIRD)
    if rng.random() < 0.95:
        p["to_lane"] = rng.choice(LANES + ["doing"]) if rng.random() < 0.9 else rng.choice(WEIRD)
    if rng.random() < 0.95:
        p["actor"] = rng.choice(["agent"] * 8 + ACTORS)
    if rng.random() < 0.5:
        p["force"] = rng.choice([True, False, True, "yes", "false", 0, 1, 2, None, "on"])
    if rng.random() < 0.6:
        p["reason"] = rng.choice(["why", "backward rewind: approved -> planned", " ", "", None, 3])
    if rng.random() < 0.95:
        p["execution_mode"] = rng.choice(["worktree", "direct_repo", "worktree", "repo", None])
    if rng.random() < 0.4:
        p["review_ref"] = rng.choice(["PR#1", "feedback://m-1/WP01/x.md", "", " ", None, 9])
    r = rng.random()
    if r < 0.4:
        p["evidence"] = EVIDENCE
    elif r < 0.5:
        p["evidence"] = rng.choice([None, {}, {"repos": [], "review": {"reviewer": "a", "verdict": "b"}},
                                    {"repos": [{"repo": ""}], "review": 1}, "x"])
    if rng.random() < 0.12:
        p[rng.choice(["feature_slug", "zz", "actor_label", "extra", "__proto__", "Wp_id"])] = rng.choice([1, "x", None, {}])
    keys = list(p.keys())
    if rng.random() < 0.3:
        rng.shuffle(keys)
    return {k: p[k] for k in keys}


FIXTURES = Path(ske.__file__).parent / "conformance" / "fixtures"


def payload_cases(n):
    # The reference's own WPStatusChanged payload fixtures first (valid and invalid edge cases).
    cases = [json.loads(f.read_text()) for f in sorted(FIXTURES.glob("edge_cases/*/wp_status_changed_*.json"))]
    assert len(cases) >= 8, len(cases)
    # Exhaustive valid transitions: every (from, to) pair x force x review_ref x reason.
    for frm in [None] + LANES:
        for to in LANES:
            for force in (False, True):
                for extra in ({}, {"review_ref": "PR#1"}, {"reason": "why"}, {"review_ref": " ", "reason": " "}):
                    p = {"mission_slug": "m-1", "wp_id": "WP01", "from_lane": frm, "to_lane": to,
                         "actor": "agent", "force": force, "execution_mode": "worktree",
                         "evidence": EVIDENCE, **extra}
                    if force and "reason" not in extra:
                        p["reason"] = "forced"
                    cases.append(p)
    while len(cases) < n:
        cases.append(random_payload())
    out = []
    for p in cases:
        m, verdict = check(StatusTransitionPayload, p)
        case = {"input": p, **verdict}
        if m is not None:
            case["actor_label"] = m.actor_label
            tv = validate_transition(m)
            case["transition"] = {"valid": tv.valid, "violations": list(tv.violations)}
            case["bootstrap"] = bool(is_bootstrap_planned_event(m))
        out.append(case)
    return out


def gate_cases(n):
    base = {"gate_name": "ci/build", "gate_type": "ci", "conclusion": "success",
            "external_provider": "github", "check_run_id": 1,
            "check_run_url": "https://github.com/o/r/runs/1", "delivery_id": "d-1", "pr_number": None}
    variants = {
        "gate_name": ["ci/lint", "", None, 3],
        "gate_type": ["ci", "CI", "cd", None],
        "conclusion": ["success", "failure", "timed_out", "cancelled", "action_required", "neutral", "Success", ""],
        "external_provider": ["github", "gitlab", None],
        # No integral floats (2.0): JSON.parse cannot tell them from ints (a documented difference).
        "check_run_id": [1, 0, -1, "5", 2.5, True, None, 10**12],
        "check_run_url": ["https://github.com/o/r/runs/1", "http://x", "ftp://x", "not a url", "", None],
        "delivery_id": ["d-2", "", None],
        "pr_number": [None, 1, 0, "2", 3.5, False],
    }
    out = []
    for _ in range(n):
        p = dict(base)
        for key in rng.sample(list(variants), rng.randint(0, 3)):
            p[key] = rng.choice(variants[key])
        if rng.random() < 0.1:
            del p[rng.choice(list(p))]
        if rng.random() < 0.1:
            p["extra_key"] = 1
        event_type = rng.choice(["GatePassed", "GateFailed"])
        model = GatePassedPayload if event_type == "GatePassed" else GateFailedPayload
        _, verdict = check(model, p)
        out.append({"event_type": event_type, "input": p, **verdict})
    conclusions = []
    for c in ["success", "failure", "timed_out", "cancelled", "action_required", "neutral", "skipped",
              "stale", "Success", "", "unknown", " success"]:
        calls = []
        try:
            r = map_check_run_conclusion(c, lambda a, b: calls.append([a, b]))
            conclusions.append({"conclusion": c, "result": r, "ignored_calls": calls})
        except UnknownConclusionError as exc:
            conclusions.append({"conclusion": c, "error": str(exc)})
    return out, conclusions


TIMES = ["2026-01-01T00:00:00+00:00", "2026-01-01T00:00:01+00:00", "2026-01-01T00:00:01.500000+00:00",
         "2026-01-01T01:00:01+01:00", "2026-01-01T00:00:02+00:00"]


def step_payload(wp, frm, to):
    p = {"mission_slug": "m-1", "wp_id": wp, "from_lane": frm, "to_lane": to, "actor": "agent",
         "execution_mode": "worktree"}
    if to in ("approved", "done"):
        p["evidence"] = EVIDENCE
    if frm in ("for_review", "in_review", "approved") and to in ("in_progress", "planned"):
        p["review_ref"] = "PR#1"
    if frm == "in_progress" and to == "planned":
        p["reason"] = "reassign"
    return p


def random_log(i):
    wps = rng.sample(["WP01", "WP02", "WP03"], rng.randint(1, 3))
    lanes = {wp: None for wp in wps}
    specs = []
    clock = 0
    for _ in range(rng.randint(1, 14)):
        wp = rng.choice(wps)
        r = rng.random()
        frm = lanes[wp]
        if r < 0.55:
            # a plausible next step from the current lane
            nexts = {None: ["planned", "planned", "planned", "genesis"], "genesis": ["planned", "canceled"],
                     "planned": ["claimed", "blocked"], "claimed": ["in_progress"],
                     "in_progress": ["for_review", "approved", "planned"],
                     "for_review": ["in_review", "approved", "done", "in_progress", "planned"],
                     "in_review": ["approved", "done", "in_progress", "for_review", "planned"],
                     "approved": ["done", "in_progress", "planned"], "done": ["in_progress"],
                     "blocked": ["in_progress"], "canceled": ["planned"]}[frm]
            to = rng.choice(nexts)
            p = step_payload(wp, frm, to)
            if to == "planned" and frm in ("in_progress", "for_review", "in_review", "approved") and rng.random() < 0.7:
                p["force"] = True
                p["reason"] = f"backward rewind: {frm} -> planned"
                if rng.random() < 0.5:
                    p.pop("review_ref", None)
            if frm in ("done", "canceled"):
                p["force"] = rng.random() < 0.8
                p["reason"] = "reopen"
            lanes[wp] = to
        elif r < 0.65:
            # bootstrap planned (forced, from None or planned)
            p = {"mission_slug": "m-1", "wp_id": wp, "from_lane": rng.choice([None, "planned"]),
                 "to_lane": "planned", "actor": {"profile": "finalize-tasks"}, "force": True,
                 "reason": "seed", "execution_mode": "worktree"}
        elif r < 0.75:
            # forced, with a from_lane that may not match (historical backfill)
            frm2, to2 = rng.choice(LANES), rng.choice(LANES)
            p = step_payload(wp, frm2, to2)
            p["force"] = True
            p["reason"] = "backfill"
        elif r < 0.85:
            p = step_payload(wp, rng.choice(LANES + [None]), rng.choice(LANES + ["doing"]))
            if rng.random() < 0.3:
                p["force"] = True
                p["reason"] = rng.choice(["", "x"])
        elif r < 0.93:
            p = random_payload()
        else:
            p = rng.choice([{"wp_id": wp, "to_lane": "bogus", "from_lane": "doing"},
                            {"wp_id": "", "to_lane": "planned"}, {"wp_id": 3},
                            {**step_payload(wp, None, "planned"), "feature_slug": "old"},
                            {**step_payload(wp, None, "planned"), "actor": ""}])
        r = rng.random()
        if r < 0.6:
            clock += 1
        specs.append({"lamport": clock, "time": rng.choice(TIMES), "payload": p,
                      "type": "WPStatusChanged" if rng.random() < 0.93 else "GatePassed"})
    events = []
    for k, s in enumerate(specs):
        events.append({"event_id": f"01HV{i:010d}{k:012d}", "event_type": s["type"], "aggregate_id": "WP",
                       "payload": s["payload"], "timestamp": s["time"], "node_id": "node-1",
                       "lamport_clock": s["lamport"], "project_uuid": "12345678-1234-5678-1234-567812345678",
                       "correlation_id": "01HV00000000000000000000CR"})
    # duplicates: same id again (same or different content)
    for _ in range(rng.randint(0, 2)):
        if events:
            dup = dict(rng.choice(events))
            if rng.random() < 0.5:
                dup["lamport_clock"] = dup["lamport_clock"] + rng.choice([0, 1])
            events.append(dup)
    rng.shuffle(events)
    return events


def reducer_cases(n):
    out = []
    for i in range(n):
        events = random_log(i)
        result = reduce_status_events([event_of(e, build_id="golden-build") for e in events])
        out.append({"events": events, "expected": result.model_dump(mode="json")})
    return out


if __name__ == "__main__":
    logging.disable(logging.WARNING)  # the reducer warns on every forced from_lane mismatch
    write("status-payloads.json", payload_cases(2500))
    gates, conclusions = gate_cases(600)
    write("status-gates.json", {"payloads": gates, "conclusions": conclusions})
    write("status-reducer.json", reducer_cases(600))
