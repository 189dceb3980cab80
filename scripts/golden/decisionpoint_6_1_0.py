"""Golden data for the 6.1.0 DecisionPoint family, made with the reference.

Run from the project root:
    PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=/work/shared/reference-py/6.1.0/src \
        python3 scripts/golden/decisionpoint_6_1_0.py

Writes test/golden/6.1.0/decisionpoint-payloads.json: payload verdicts (violations type/loc/msg,
or the dump) of each event type's payload model as conformance validates it (the union
factories' model_validate, origin_surface defaulting to adr), every variant, mutated; and
decisionpoint-reducer.json: random logs (long logs, duplicates, equal clocks, both origins,
every anomaly kind, wrong-shaped payloads, unknown types) reduced by
reduce_decision_point_events (its model_dump(mode="json")). Deterministic (seeded).
"""
import random

import pydantic
import spec_kitty_events as ske
from spec_kitty_events import decisionpoint as d
from golden_6 import outcome, violations, write

assert ske.__version__ == "6.1.0", ske.__version__
rng = random.Random(6161)

TIMES = ["2026-01-01T00:00:00+00:00", "2026-01-01T00:00:01+00:00", "2026-01-01T00:00:00.500000+00:00",
         "2026-01-02T00:00:00Z"]
UNKNOWN = ["MissionStarted", "DecisionPoint", "decisionPointOpened", "GlossaryScopeActivated"]
MODEL_OF = {
    d.DECISION_POINT_OPENED: d.DecisionPointOpenedPayload,
    d.DECISION_POINT_WIDENED: d.DecisionPointWidenedPayload,
    d.DECISION_POINT_DISCUSSING: d.DecisionPointDiscussingPayload,
    d.DECISION_POINT_RESOLVED: d.DecisionPointResolvedPayload,
    d.DECISION_POINT_OVERRIDDEN: d.DecisionPointOverriddenPayload,
}
TYPES = list(MODEL_OF)


def ident(dp="dp-1"):
    return {"decision_point_id": dp, "mission_id": "m-1", "run_id": "run-1", "mission_slug": "slug",
            "mission_type": "software-dev"}


def participant():
    p = {"participant_id": rng.choice(["p-1", "p-2"]), "participant_type": rng.choice(["human", "llm_context"])}
    if rng.random() < 0.3:
        p["external_refs"] = {"slack_user_id": "U1"}
    return p


def adr(dp="dp-1"):
    actor = rng.choice(["human"] * 5 + ["llm", "service"])
    role = rng.choice(["mission_owner"] * 4 + ["advisory", "informed"])
    p = {**ident(dp), "phase": rng.choice(["P0", "P1"]), "actor_id": "a-1", "actor_type": actor,
         "authority_role": role, "mission_owner_authority_flag": rng.random() < 0.75,
         "mission_owner_authority_path": "/owner", "rationale": "because",
         "alternatives_considered": rng.choice([["A"], ["A", "B"]]), "evidence_refs": ["ref-1"],
         "state_entered_at": rng.choice(TIMES), "recorded_at": rng.choice(TIMES)}
    r = rng.random()
    if r < 0.6:
        p["origin_surface"] = "adr"
    return p


def interview_base(dp="dp-1"):
    return {"origin_surface": "planning_interview", **ident(dp)}


def payload_for(etype, dp="dp-1", surface=None):
    surface = surface or rng.choice(["adr", "planning_interview"])
    if etype == d.DECISION_POINT_WIDENED:
        p = {**interview_base(dp), "channel": "slack", "teamspace_ref": {"teamspace_id": "T1"},
             "default_channel_ref": {"channel_id": "C1", "name": "general"},
             "thread_ref": {"channel_id": "C1", "thread_ts": "1.2", "slack_team_id": rng.choice([None, "T9"])},
             "widened_by": "owner", "widened_at": rng.choice(TIMES), "recorded_at": rng.choice(TIMES)}
        if rng.random() < 0.6:
            p["invited_participants"] = [participant() for _ in range(rng.randint(0, 2))]
        return p
    if etype == d.DECISION_POINT_OVERRIDDEN:
        p = adr(dp)
        p["origin_surface"] = rng.choice(["adr", "planning_interview", None, "drop"])
        if p["origin_surface"] == "drop":
            del p["origin_surface"]
        return p
    if surface == "adr":
        return adr(dp)
    p = interview_base(dp)
    if etype == d.DECISION_POINT_OPENED:
        p.update({"phase": "P1", "origin_flow": rng.choice(["charter", "specify", "plan"]), "question": "Which?",
                  "options": rng.choice([[], ["a", "b"]]), "input_key": "k", "step_id": "s-1",
                  "actor_id": "a-1", "actor_type": rng.choice(["human", "llm", "service"]),
                  "state_entered_at": rng.choice(TIMES), "recorded_at": rng.choice(TIMES)})
    elif etype == d.DECISION_POINT_DISCUSSING:
        p.update({"snapshot_kind": rng.choice(["participant_contribution", "digest", "owner_note"]),
                  "actor_id": "a-2", "actor_type": "human",
                  "state_entered_at": rng.choice(TIMES), "recorded_at": rng.choice(TIMES)})
        if rng.random() < 0.5:
            p["contributions"] = ["c1", "c2"]
    else:
        outcome = rng.choice(["resolved", "resolved", "deferred", "canceled"])
        p.update({"terminal_outcome": outcome, "resolved_by": "owner",
                  "state_entered_at": rng.choice(TIMES), "recorded_at": rng.choice(TIMES)})
        if outcome == "resolved":
            p["final_answer"] = rng.choice(["yes", "oauth2"])
            if rng.random() < 0.3:
                p["other_answer"] = True
        else:
            p["rationale"] = "later"
        if rng.random() < 0.5:
            p["summary"] = {"text": "sum", "source": rng.choice(["slack_extraction", "manual", "mission_owner_override"]),
                            "extracted_at": rng.choice([None, TIMES[0]])}
        if rng.random() < 0.3:
            p["closed_locally_while_widened"] = True
        if rng.random() < 0.3:
            p["closure_message"] = {"channel_id": "C1", "thread_ts": "1.2", "message_ts": "1.3"}
        if rng.random() < 0.3:
            p["actual_participants"] = [participant()]
    return p


ODD = [None, "", " ", 0, 1, 0.5, True, False, "x", "bogus", "adr", "planning_interview", "ADR", [], ["a"],
       [1], {}, {"a": "b"}, "resolved", "deferred", "slack", "human", "llm", "mission_owner", "P0",
       "2026-01-01T00:00:00+00:00", "2026-13-01", 5, "digest", "plan", [{"participant_id": "p", "participant_type": "human"}],
       {"text": "", "source": "manual"}, {"channel_id": "C"}, "\u00e9"]


def verdict(etype, data):
    model = MODEL_OF[etype]
    try:
        m = model.model_validate(data)
        return {"event_type": etype, "model": type(m).__name__, "input": data, "valid": True, "dump": m.model_dump(mode="json")}
    except pydantic.ValidationError as exc:
        return {"event_type": etype, "model": etype + "Payload", "input": data, "valid": False, "violations": violations(exc)}


def payload_cases():
    out = []
    for etype in TYPES:
        for surface in ["adr", "planning_interview"]:
            base = payload_for(etype, surface=surface)
            cases = [base, {**base, "extra_key": 1}, 5, "x", [], None, {}, {k: v for k, v in base.items() if k != "origin_surface"}]
            fields = list(base) + ["origin_surface", "final_answer", "rationale", "other_answer", "summary"]
            for _ in range(70):
                data = dict(base)
                for _ in range(rng.randint(1, 2)):
                    f = rng.choice(fields)
                    if rng.random() < 0.15:
                        data.pop(f, None)
                    else:
                        data[f] = rng.choice(ODD)
                cases.append(data)
            out.extend(verdict(etype, c) for c in cases)
    return out


def wrong_shaped(etype):
    p = payload_for(etype)
    choice = rng.choice(["drop", "type", "notdict", "tag"])
    if choice == "drop":
        p.pop(rng.choice(list(p)), None)
    elif choice == "type":
        p[rng.choice(list(p))] = rng.choice([7, None, ["a"], {"x": 1}, ""])
    elif choice == "tag":
        p["origin_surface"] = rng.choice(["bogus", 3, None])
    else:
        return rng.choice([{}, {"origin_surface": "adr"}])
    return p


FLOW = [d.DECISION_POINT_OPENED, d.DECISION_POINT_WIDENED, d.DECISION_POINT_WIDENED, d.DECISION_POINT_DISCUSSING,
        d.DECISION_POINT_DISCUSSING, d.DECISION_POINT_RESOLVED, d.DECISION_POINT_OVERRIDDEN]


def random_log(i, length=None):
    n = length or rng.randint(0, 14)
    events = []
    clock = rng.randint(0, 2)
    surface = rng.choice(["adr", "planning_interview"])
    wrong = rng.choice([0, 0.05, 0.2])
    for k in range(n):
        eid = f"01HV{i:04d}{k:05d}{rng.randint(0, 99999):05d}XYZABCDE"
        r = rng.random()
        if r < 0.05:
            etype = rng.choice(UNKNOWN)
            payload = {"x": 1}
        else:
            etype = FLOW[min(k, len(FLOW) - 1)] if rng.random() < 0.6 else rng.choice(TYPES)
            s = surface if rng.random() < 0.9 else rng.choice(["adr", "planning_interview"])
            payload = wrong_shaped(etype) if rng.random() < wrong else payload_for(etype, surface=s)
        if rng.random() < 0.7:
            clock += 1
        events.append({"event_id": eid, "event_type": etype, "aggregate_id": "dp-1", "payload": payload,
                       "timestamp": rng.choice(TIMES), "build_id": "golden-build", "node_id": "node-1",
                       "lamport_clock": clock, "project_uuid": "12345678-1234-5678-1234-567812345678",
                       "correlation_id": "01HV00000000000000000000CR"})
    for _ in range(rng.randint(0, 3)):
        if events:
            dup = dict(rng.choice(events))
            if rng.random() < 0.5:
                dup["lamport_clock"] = dup["lamport_clock"] + rng.choice([0, 1])
            events.append(dup)
    if rng.random() < 0.5:
        rng.shuffle(events)
    return events


def reducer_cases(n):
    out = []
    for i in range(n):
        events = random_log(i, length=200 if i % 50 == 49 else None)
        out.append({"events": events, "result": outcome(d.reduce_decision_point_events, events)})
    return out


if __name__ == "__main__":
    write("decisionpoint-payloads.json", payload_cases())
    write("decisionpoint-reducer.json", reducer_cases(300))
