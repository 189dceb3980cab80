"""Golden data for the 6.1.0 collaboration payloads (seeded; run from the repo root).

PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=/work/shared/reference-py/6.1.0/src \
    python3 scripts/golden/collaboration_6_1_0.py
Writes test/golden/6.1.0/collaboration-payloads.json: for each payload model a valid base
and mutations (each field dropped / None / "" / 1 / nested garbage, an extra key, identity
external_refs variants), with the reference verdict: dump or violations (type, loc, msg).
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


if __name__ == "__main__":
    with open("test/golden/6.1.0/collaboration-payloads.json", "w") as f:
        json.dump(cases(), f, indent=1, sort_keys=True)
        f.write("\n")
