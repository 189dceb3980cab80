"""Golden data for the 6.1.0 lifecycle, project-lifecycle, build-lifecycle, mission-next, analytics
and profile-invocation
families, made with the reference.

Run from the project root:
    PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=/work/shared/reference-py/6.1.0/src \
        python3 scripts/golden/families_i_6_1_0.py

Writes into test/golden/6.1.0/:
- families-i-payloads.json: for every payload model of those modules (by event type, as the
  reference's validate_event maps them), a valid base (the reference fixture's payload, or a
  hand-written one) and seeded mutations (odd values, missing fields, unknown keys), each
  with the model's verdict: violations (type/loc/msg) or model_dump(mode="json").
- mission-next-reducer.json: random logs reduced by reduce_mission_next_events.
- lifecycle-reducer.json: random logs reduced by reduce_lifecycle_events (mission and
  status events mixed).
Each reducer result is model_dump(mode="json") or the error raised. Deterministic (seeded).
"""
import copy
import json
import random
from pathlib import Path

import pydantic
import spec_kitty_events as ske
from spec_kitty_events import lifecycle as lc
from spec_kitty_events import mission_next as mn
from spec_kitty_events.conformance import validators
from golden_6 import envelope as envelope_of, finish_log as finish_log_of, outcome, violations, write

assert ske.__version__ == "6.1.0", ske.__version__
NODES = ["node-1", "node-2"]
FIXTURES = Path("src/conformance/fixtures")
rng = random.Random(6161)

MODULES = ("spec_kitty_events.lifecycle", "spec_kitty_events.project_lifecycle",
           "spec_kitty_events.build_lifecycle", "spec_kitty_events.mission_next",
           "spec_kitty_events.analytics", "spec_kitty_events.profile_invocation")
MODEL_OF = {t: m for t, m in validators._EVENT_TYPE_TO_MODEL.items()
            if getattr(m, "__module__", "") in MODULES}

HAND_BASES = {
    "MissionReopened": {"mission_id": "01HV0000000000000000000MID", "mission_slug": "m-1", "reason": "regression",
                        "reopened_by": "alice", "reopened_at": "2026-01-01T00:00:00Z",
                        "cleared_merge": {"merged_at": "2026-01-01T00:00:00Z"}},
    "FollowUpRecorded": {"mission_id": "01HV0000000000000000000MID", "mission_slug": "m-1", "follow_up_type": "pr",
                         "pr_number": 12, "recorded_by": "bob", "recorded_at": "2026-01-01T00:00:00Z"},
}

ODD = [None, "", " ", 0, 1, -1, 2, 0.5, 1.5, True, False, "x", "1", " 1 ", "1e3", "nan", "-0", "1_0",
       [], ["a"], [1], {}, {"a": "b"}, {"a": 1}, "commit", "pr", "human", "llm", "service",
       "2026-01-01T00:00:00Z", "2026-13-01", "planned", "done", "in_progress", "running", "completed",
       "specify", "plan", "tasks", "implement", "review", "accept", "WP01", "mission-001",
       {"actor_id": "a", "actor_type": "llm"}, {"actor_id": "", "actor_type": "robot"}, "١", "\u00a0x"]


def base_payload(etype):
    if etype in HAND_BASES:
        return HAND_BASES[etype]
    manifest = json.loads((FIXTURES / "manifest.json").read_text())["fixtures"]
    for entry in manifest:
        if entry.get("fixture_type") is None and entry["event_type"] == etype and entry["expected_result"] == "valid":
            data = json.loads((FIXTURES / entry["path"]).read_text())
            if isinstance(data, dict) and isinstance(data.get("input"), dict):
                data = data["input"]
            if isinstance(data, dict) and "payload" in data and "event_type" in data:
                data = data["payload"]
            return data
    raise SystemExit(f"no base payload for {etype}")


def payload_cases(per_model=70):
    out = []
    for etype in sorted(MODEL_OF):
        model = MODEL_OF[etype]
        base = base_payload(etype)
        fields = list(model.model_fields)
        cases = [copy.deepcopy(base)]
        for _ in range(per_model):
            data = copy.deepcopy(base)
            for _ in range(rng.randint(1, 2)):
                r = rng.random()
                if r < 0.12:
                    data.pop(rng.choice(fields), None)
                elif r < 0.2:
                    data[rng.choice(["zz", "extra_key", "feature_slug"])] = rng.choice(ODD)
                else:
                    data[rng.choice(fields)] = rng.choice(ODD)
            cases.append(data)
        for data in cases:
            try:
                m = model.model_validate(data)
                out.append({"event_type": etype, "model": model.__name__, "input": data, "valid": True,
                            "dump": m.model_dump(mode="json")})
            except pydantic.ValidationError as exc:
                out.append({"event_type": etype, "model": model.__name__, "input": data, "valid": False,
                            "violations": violations(exc)})
    return out


TIMES = ["2026-01-01T00:00:00+00:00", "2026-01-01T00:00:01+00:00", "2026-01-01T00:00:00.500000+00:00",
         "2026-01-02T00:00:00+00:00"]


def mutate(payload):
    data = copy.deepcopy(payload)
    key = rng.choice(list(data) or ["x"])
    if rng.random() < 0.3:
        data.pop(key, None)
    else:
        data[key] = rng.choice(ODD)
    return data


# ── mission-next ──
MN_TYPES = [mn.MISSION_RUN_STARTED] * 2 + [mn.NEXT_STEP_ISSUED] * 5 + [mn.NEXT_STEP_AUTO_COMPLETED] * 4 + \
           [mn.DECISION_INPUT_REQUESTED] * 3 + [mn.DECISION_INPUT_ANSWERED] * 3 + [mn.MISSION_RUN_COMPLETED] + \
           [mn.NEXT_STEP_PLANNED]
MN_UNKNOWN = ["MissionStarted", "WPStatusChanged", "missionRunStarted"]


def mn_payload(etype, runs, steps, decisions):
    run = rng.choice(runs)
    actor = rng.choice([{"actor_id": "agent-1", "actor_type": "llm"},
                        {"actor_id": "h-1", "actor_type": "human", "display_name": "Ann"}])
    step = rng.choice(steps)
    if etype == mn.MISSION_RUN_STARTED:
        return {"run_id": run, "mission_type": rng.choice(["software-dev", "research"]), "actor": actor}
    if etype == mn.NEXT_STEP_ISSUED:
        return {"run_id": run, "step_id": step, "agent_id": "agent-1", "actor": actor}
    if etype == mn.NEXT_STEP_AUTO_COMPLETED:
        return {"run_id": run, "step_id": step, "agent_id": "agent-1",
                "result": rng.choice(["success", "failed", "blocked", "skipped"]), "actor": actor}
    if etype == mn.DECISION_INPUT_REQUESTED:
        return {"run_id": run, "decision_id": rng.choice(decisions), "step_id": step,
                "question": "Which?", "options": rng.choice([[], ["a", "b"]]), "input_key": "k", "actor": actor}
    if etype == mn.DECISION_INPUT_ANSWERED:
        return {"run_id": run, "decision_id": rng.choice(decisions), "answer": "a", "actor": actor}
    if etype == mn.MISSION_RUN_COMPLETED:
        return {"run_id": run, "mission_type": "software-dev", "actor": actor}
    return {"run_id": run}


def mn_log(i):
    n = 250 if i % 40 == 39 else rng.choice([0, 1, 2, 5, 10, 20, 40, 80])
    runs = ["run-1"] * 8 + ["run-2"]
    steps = ["s-1", "s-2", "s-3", "s-4"]
    decisions = ["d-1", "d-2", "d-3"]
    events, clock = [], 0
    wrong = 0.0 if rng.random() < 0.7 else 0.05
    for k in range(n):
        etype = mn.MISSION_RUN_STARTED if k == 0 and rng.random() < 0.7 else (
            rng.choice(MN_UNKNOWN) if rng.random() < 0.04 else rng.choice(MN_TYPES))
        payload = mn_payload(etype, runs, steps, decisions)
        if rng.random() < wrong:
            payload = mutate(payload)
        if rng.random() < 0.7:
            clock += 1
        events.append(envelope_of(rng, TIMES, i, k, etype, payload, clock, "run-1", NODES))
    return finish_log_of(rng, events)


# ── lifecycle (mission events + status events) ──
LC_UNKNOWN = ["MissionRunStarted", "GlossaryScopeActivated", "missionStarted"]
LANES = ["planned", "claimed", "in_progress", "for_review", "in_review", "approved", "done", "blocked", "canceled"]


def lc_payload(etype, state):
    mid = "01HV0000000000000000000MID"
    slug = "m-1"
    actor = rng.choice(["alice", "bob"])
    when = "2026-01-01T00:00:00Z"
    if etype == lc.MISSION_CREATED:
        return copy.deepcopy(base_payload("MissionCreated"))
    if etype == lc.MISSION_STARTED:
        return copy.deepcopy(base_payload("MissionStarted"))
    if etype == lc.MISSION_CLOSED:
        return copy.deepcopy(base_payload("MissionClosed"))
    if etype == lc.MISSION_COMPLETED:
        return copy.deepcopy(base_payload("MissionCompleted"))
    if etype == lc.MISSION_CANCELLED:
        return copy.deepcopy(base_payload("MissionCancelled"))
    if etype == lc.MISSION_ORIGIN_BOUND:
        return copy.deepcopy(base_payload("MissionOriginBound"))
    if etype == lc.PHASE_ENTERED:
        p = copy.deepcopy(base_payload("PhaseEntered"))
        p["phase_name"] = rng.choice(["specify", "plan", "tasks", "implement", "review", "accept"])
        return p
    if etype == lc.REVIEW_ROLLBACK:
        return copy.deepcopy(base_payload("ReviewRollback"))
    if etype == lc.MISSION_REOPENED:
        return {"mission_id": mid, "mission_slug": slug, "reason": "again", "reopened_by": actor, "reopened_at": when,
                "cleared_merge": rng.choice([None, {"merged_at": when}])}
    if etype == lc.FOLLOW_UP_RECORDED:
        if rng.random() < 0.5:
            return {"mission_id": mid, "mission_slug": slug, "follow_up_type": "commit", "commit_sha": "abc123",
                    "recorded_by": actor, "recorded_at": when}
        return {"mission_id": mid, "mission_slug": slug, "follow_up_type": "pr", "pr_number": rng.randint(1, 9),
                "recorded_by": actor, "recorded_at": when}
    # WPStatusChanged
    wp = rng.choice(["WP01", "WP02", "WP03"])
    frm = state.get(wp)
    to = rng.choice(LANES)
    p = {"mission_slug": slug, "wp_id": wp, "from_lane": frm if frm is not None else rng.choice([None, "planned"]),
         "to_lane": to, "actor": actor, "execution_mode": rng.choice(["worktree", "direct_repo"])}
    if rng.random() < 0.2:
        p["force"] = True
        p["reason"] = "forced"
    if to in ("done", "approved"):
        p["evidence"] = {"review": {"reviewer": "r", "verdict": "approved", "reference": "PR#1"}}
    state[wp] = to
    return p


LC_TYPES = [lc.MISSION_CREATED, lc.MISSION_STARTED, lc.PHASE_ENTERED, lc.PHASE_ENTERED, lc.REVIEW_ROLLBACK,
            lc.MISSION_COMPLETED, lc.MISSION_CANCELLED, lc.MISSION_CLOSED, lc.MISSION_ORIGIN_BOUND,
            lc.MISSION_REOPENED, lc.FOLLOW_UP_RECORDED] + ["WPStatusChanged"] * 6


def lc_log(i):
    n = 250 if i % 40 == 39 else rng.choice([0, 1, 2, 5, 10, 20, 40])
    events, clock, lanes = [], 0, {}
    wrong = 0.0 if rng.random() < 0.7 else 0.05
    for k in range(n):
        etype = rng.choice([lc.MISSION_CREATED, lc.MISSION_STARTED]) if k == 0 and rng.random() < 0.7 else (
            rng.choice(LC_UNKNOWN) if rng.random() < 0.04 else rng.choice(LC_TYPES))
        payload = lc_payload(etype, lanes) if etype in LC_TYPES else {"x": 1}
        if rng.random() < wrong:
            payload = mutate(payload)
        if rng.random() < 0.7:
            clock += 1
        events.append(envelope_of(rng, TIMES, i, k, etype, payload, clock, "mission-001", NODES))
    return finish_log_of(rng, events)


if __name__ == "__main__":
    write("families-i-payloads.json", payload_cases())
    write("mission-next-reducer.json", [{"events": (ev := mn_log(i)), "result": outcome(mn.reduce_mission_next_events, ev)} for i in range(250)])
    write("lifecycle-reducer.json", [{"events": (ev := lc_log(i)), "result": outcome(lc.reduce_lifecycle_events, ev)} for i in range(250)])
