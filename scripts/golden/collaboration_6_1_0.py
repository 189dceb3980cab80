"""Golden data for the 6.1.0 collaboration payloads (seeded; run from the repo root).

PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=/work/shared/reference-py/6.1.0/src \
    python3 scripts/golden/collaboration_6_1_0.py
Writes test/golden/6.1.0/collaboration-payloads.json: for each payload model a valid base
and mutations (each field dropped / None / "" / 1 / nested garbage, an extra key, identity
external_refs variants), with the reference verdict: dump or violations (type, loc, msg).
Also test/golden/6.1.0/collaboration-reducer.json: random logs (invites before and after
joins, leaves and re-joins, activity of departed / invited / unknown participants, orphan and
repeated acknowledgements, repeated warnings, completions without starts, duplicates, equal
clocks, wrong-shaped payloads, external_refs, long logs) reduced by reduce_collaboration_events
in both modes; each result is model_dump(mode="json") (frozensets sorted), or the error raised (SpecKittyEventsError
and UnknownParticipantError: the message; pydantic ValidationError: type/loc/msg).
"""
import copy
import json
import random

import pydantic
from spec_kitty_events import collaboration as c

random.seed(61013)

IDENT = {"participant_id": "p1", "participant_type": "human", "display_name": "Ann", "session_id": "s1"}
BASES = {
    "ParticipantInvitedPayload": {"participant_id": "p1", "participant_identity": IDENT, "invited_by": "p0", "mission_id": "m1"},
    "ParticipantJoinedPayload": {"participant_id": "p1", "participant_identity": IDENT, "mission_id": "m1", "auth_principal_id": "a1"},
    "ParticipantLeftPayload": {"participant_id": "p1", "mission_id": "m1", "reason": "explicit"},
    "PresenceHeartbeatPayload": {"participant_id": "p1", "mission_id": "m1", "session_id": "s1"},
    "DriveIntentSetPayload": {"participant_id": "p1", "mission_id": "m1", "intent": "active"},
    "FocusChangedPayload": {"participant_id": "p1", "mission_id": "m1", "focus_target": {"target_type": "wp", "target_id": "WP01"}, "previous_focus_target": None},
    "PromptStepExecutionStartedPayload": {"participant_id": "p1", "mission_id": "m1", "step_id": "st1", "wp_id": "WP01", "step_description": "d"},
    "PromptStepExecutionCompletedPayload": {"participant_id": "p1", "mission_id": "m1", "step_id": "st1", "wp_id": None, "outcome": "success"},
    "ConcurrentDriverWarningPayload": {"warning_id": "w1", "mission_id": "m1", "participant_ids": ["p1", "p2"], "focus_target": {"target_type": "step", "target_id": "x"}, "severity": "warning"},
    "PotentialStepCollisionDetectedPayload": {"warning_id": "w2", "mission_id": "m1", "participant_ids": ["p1", "p2"], "step_id": "st1", "wp_id": None, "severity": "info"},
    "WarningAcknowledgedPayload": {"participant_id": "p1", "mission_id": "m1", "warning_id": "w1", "acknowledgement": "continue"},
    "CommentPostedPayload": {"participant_id": "p1", "mission_id": "m1", "comment_id": "c1", "content": "hi", "reply_to": None},
    "DecisionCapturedPayload": {"participant_id": "p1", "mission_id": "m1", "decision_id": "d1", "topic": "t", "chosen_option": "o", "referenced_warning_id": None},
    "SessionLinkedPayload": {"participant_id": "p1", "mission_id": "m1", "primary_session_id": "s1", "linked_session_id": "s2", "link_type": "cli_to_saas"},
}
JUNK = [None, "", 1, True, [], {}, "x" * 3, {"target_type": "wp"}, ["p1"], -0.5]
REFS = [None, {}, {"slack_user_id": "U1"}, {"slack_team_id": ""}, {"teamspace_member_id": "T", "other": 1},
        {"slack_user_id": None, "slack_team_id": None}, "U1", {"slack_user_id": "U1", "slack_team_id": "T1", "teamspace_member_id": "M1"}]


def verdict(model, data):
    try:
        return {"valid": True, "dump": model.model_validate(data).model_dump(mode="json")}
    except pydantic.ValidationError as e:
        return {"valid": False, "violations": [{"type": x["type"], "loc": list(x["loc"]), "msg": x["msg"]} for x in e.errors()]}


def cases():
    out = []
    for name, base in BASES.items():
        model = getattr(c, name)
        inputs = [base]
        for key in base:
            dropped = copy.deepcopy(base)
            del dropped[key]
            inputs.append(dropped)
            for junk in random.sample(JUNK, 4):
                changed = copy.deepcopy(base)
                changed[key] = copy.deepcopy(junk)
                inputs.append(changed)
        extra = copy.deepcopy(base)
        extra["unexpected"] = 1
        inputs.append(extra)
        if "participant_identity" in base:
            for refs in REFS:
                changed = copy.deepcopy(base)
                changed["participant_identity"]["external_refs"] = refs
                inputs.append(changed)
            for key in IDENT:
                changed = copy.deepcopy(base)
                changed["participant_identity"][key] = random.choice(JUNK)
                inputs.append(changed)
        for data in inputs:
            out.append({"model": name, "input": data, **verdict(model, data)})
    return out


# ── reducer logs ─────────────────────────────────────────────────────────────────────

from spec_kitty_events import SpecKittyEventsError  # noqa: E402
from golden_6 import to_event

rr = random.Random(613013)  # separate stream: the payload goldens above stay unchanged
PIDS = ["p1", "p2", "p3", "p4"]
TIMES = ["2026-01-01T00:00:00+00:00", "2026-01-01T00:00:01+00:00", "2026-01-01T00:00:00.500000+00:00",
         "2026-01-02T00:00:00+00:00"]
WIDS = ["w1", "w2", "w3"]
STEPS = ["st1", "st2", "st3"]
ROSTER_TYPES = [c.PARTICIPANT_INVITED, c.PARTICIPANT_JOINED, c.PARTICIPANT_LEFT]
ACTIVITY_TYPES = [t for t in sorted(c.COLLABORATION_EVENT_TYPES) if t not in ROSTER_TYPES]


def identity(pid):
    ident = {"participant_id": pid, "participant_type": rr.choice(["human", "llm_context"]),
             "display_name": rr.choice([None, "Ann", ""]), "session_id": rr.choice([None, "s1"])}
    if rr.random() < 0.3:
        ident["external_refs"] = rr.choice([{"slack_user_id": "U" + pid}, {"teamspace_member_id": "T1", "slack_team_id": "S"}])
    return ident


def payload(etype, pid):
    p = {"participant_id": pid, "mission_id": "m1"}
    if etype == c.PARTICIPANT_INVITED:
        p.update(participant_identity=identity(pid), invited_by="p0")
    elif etype == c.PARTICIPANT_JOINED:
        p.update(participant_identity=identity(pid), auth_principal_id=None)
    elif etype == c.PARTICIPANT_LEFT:
        p.update(reason="explicit")
    elif etype == c.PRESENCE_HEARTBEAT:
        p.update(session_id="s1")
    elif etype == c.DRIVE_INTENT_SET:
        p.update(intent=rr.choice(["active", "inactive", "active"]))
    elif etype == c.FOCUS_CHANGED:
        p.update(focus_target={"target_type": rr.choice(["wp", "step", "file"]), "target_id": rr.choice(["WP01", "x"])})
    elif etype in (c.PROMPT_STEP_EXECUTION_STARTED, c.PROMPT_STEP_EXECUTION_COMPLETED):
        p.update(step_id=rr.choice(STEPS), wp_id=None)
    elif etype in (c.CONCURRENT_DRIVER_WARNING, c.POTENTIAL_STEP_COLLISION_DETECTED):
        del p["participant_id"]
        p.update(warning_id=rr.choice(WIDS), participant_ids=rr.sample(PIDS, rr.randint(1, 2)), severity="warning")
    elif etype == c.WARNING_ACKNOWLEDGED:
        p.update(warning_id=rr.choice(WIDS), acknowledgement=rr.choice(["continue", "hold"]))
    elif etype == c.COMMENT_POSTED:
        p.update(comment_id="c" + str(rr.randint(1, 9)), content="hi", reply_to=rr.choice([None, "c1"]))
    elif etype == c.DECISION_CAPTURED:
        p.update(decision_id="d1", topic="t", chosen_option="o", referenced_warning_id=rr.choice([None, "w1"]))
    elif etype == c.SESSION_LINKED:
        p.update(primary_session_id="s1", linked_session_id=rr.choice(["s2", "s3"]), link_type="cli_to_saas")
    return p


def wrong_shaped(etype, pid):
    p = payload(etype, pid)
    key = rr.choice(sorted(p))
    choice = rr.choice(["drop", None, "", 7, True, {"a": 1}])
    if choice == "drop":
        del p[key]
    elif key in ("participant_ids", "participant_id") and isinstance(choice, dict):
        p[key] = 7  # unhashable values raise TypeError in the reference: not compared
    else:
        p[key] = choice
    return p


def random_log(i, length=None):
    n = length if length is not None else rr.randint(0, 30)
    events = []
    clock = rr.randint(0, 2)
    wrong = rr.choice([0.0, 0.0, 0.1])
    for k in range(n):
        pid = rr.choice(PIDS)
        r = rr.random()
        etype = rr.choice(ROSTER_TYPES) if r < 0.3 else rr.choice(ACTIVITY_TYPES) if r < 0.97 else rr.choice(["Other", "participantjoined"])
        if k < 2 and rr.random() < 0.6:
            etype = rr.choice([c.PARTICIPANT_JOINED, c.PARTICIPANT_INVITED])
        body = wrong_shaped(etype, pid) if rr.random() < wrong else payload(etype, pid)
        if rr.random() < 0.7:
            clock += 1
        events.append({"event_id": "01HV%022d" % (i * 1000 + k), "event_type": etype, "aggregate_id": "mission-m1",
                       "payload": body, "timestamp": rr.choice(TIMES), "build_id": "golden-build", "node_id": "node-1",
                       "lamport_clock": clock, "project_uuid": "12345678-1234-5678-1234-567812345678",
                       "correlation_id": "01HV00000000000000000000CR"})
    if i % 3 == 0:  # everyone joins first: strict mode gets past the roster more often
        for j, pid in enumerate(PIDS):
            events.append({"event_id": "01HV%022d" % (i * 1000 + 900 + j), "event_type": c.PARTICIPANT_JOINED,
                           "aggregate_id": "mission-m1", "payload": payload(c.PARTICIPANT_JOINED, pid),
                           "timestamp": TIMES[0], "build_id": "golden-build", "node_id": "node-1", "lamport_clock": 0,
                           "project_uuid": "12345678-1234-5678-1234-567812345678",
                           "correlation_id": "01HV00000000000000000000CR"})
    for _ in range(rr.randint(0, 3)):
        if events:
            dup = copy.deepcopy(rr.choice(events))
            if rr.random() < 0.5:
                dup["lamport_clock"] = dup["lamport_clock"] + rr.choice([0, 1])
            events.append(dup)
    if rr.random() < 0.5:
        rr.shuffle(events)
    return events


def reduce_outcome(events, mode):
    try:
        state = c.reduce_collaboration_events([to_event(e) for e in events], mode=mode)
    except pydantic.ValidationError as exc:
        return {"error": "ValidationError", "violations": [{"type": x["type"], "loc": list(x["loc"]), "msg": x["msg"]} for x in exc.errors()]}
    except SpecKittyEventsError as exc:
        return {"error": "SpecKittyEventsError", "message": str(exc)}
    return {"dump": sets_sorted(state.model_dump(mode="json"))}


def sets_sorted(dump):
    """Frozensets dump in hash order (varies per run): the golden sorts them (so does the test)."""
    dump["active_drivers"] = sorted(dump["active_drivers"])
    dump["participants_by_focus"] = {k: sorted(v) for k, v in dump["participants_by_focus"].items()}
    return dump


def reducer_cases(n):
    out = []
    for i in range(n):
        events = random_log(i, length=300 if i % 60 == 59 else None)
        out.append({"events": events, "strict": reduce_outcome(events, "strict"),
                    "permissive": reduce_outcome(events, "permissive")})
    return out


if __name__ == "__main__":
    with open("test/golden/6.1.0/collaboration-payloads.json", "w") as f:
        json.dump(cases(), f, indent=1, sort_keys=True)
        f.write("\n")
    reducer = reducer_cases(300)
    with open("test/golden/6.1.0/collaboration-reducer.json", "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(x, ensure_ascii=False) for x in reducer) + "\n]\n")
