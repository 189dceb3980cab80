"""Golden data for the 6.1.0 glossary family, made with the reference.

Run from the project root:
    PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=/work/shared/reference-py/6.1.0/src \
        python3 scripts/golden/glossary_6_1_0.py

Writes test/golden/6.1.0/glossary-reducer.json: random logs (long logs, duplicates, equal
clocks, every anomaly, wrong-shaped payloads, unknown types) reduced by reduce_glossary_events
in both modes; each result is model_dump(mode="json"), or the error the reducer raised
(SpecKittyEventsError: its message; pydantic ValidationError: its errors as type/loc/msg).
Also glossary-payloads.json: payload verdicts (violations or dump) for each payload model.
Deterministic (seeded).
"""
import random

import pydantic
import spec_kitty_events as ske
from spec_kitty_events import glossary as g
from golden_6 import envelope, finish_log, outcome, violations, write

assert ske.__version__ == "6.1.0", ske.__version__
rng = random.Random(613)

TIMES = ["2026-01-01T00:00:00+00:00", "2026-01-01T00:00:01+00:00", "2026-01-01T00:00:00.500000+00:00",
         "2026-01-02T00:00:00+00:00"]
SCOPES = ["s-core", "s-team", "s-local", "s-z"]
TERMS = ["lane", "work package", "mission", "Lane", "é-term"]
STRICT = ["off", "medium", "max"]
LEVELS = ["low", "medium", "high"]
UNKNOWN = ["MissionStarted", "WPStatusChanged", "Glossary", "glossaryScopeActivated"]


def meta():
    return rng.choice([{}, {"primitive": "specify"}, {"b": "2", "a": "1"}])


def payload_for(etype, ids):
    mission = rng.choice(["m-1"] * 12 + ["m-2"])
    scope = rng.choice(SCOPES)
    term = rng.choice(TERMS)
    if etype == g.GLOSSARY_SCOPE_ACTIVATED:
        return {"mission_id": mission, "scope_id": scope,
                "scope_type": rng.choice(["spec_kitty_core", "team_domain", "audience_domain", "mission_local"]),
                "glossary_version_id": rng.choice(["v1", "v2"])}
    if etype == g.GLOSSARY_STRICTNESS_SET:
        return {"mission_id": mission, "new_strictness": rng.choice(STRICT),
                "previous_strictness": rng.choice(STRICT + [None]), "actor": "alice"}
    if etype == g.TERM_CANDIDATE_OBSERVED:
        p = {"mission_id": mission, "scope_id": scope, "step_id": "step-1", "term_surface": term,
             "confidence": rng.choice([0, 0.25, 1, 0.5, "0.75", True]), "actor": "agent"}
        if rng.random() < 0.5:
            p["step_metadata"] = meta()
        return p
    if etype == g.GLOSSARY_SENSE_UPDATED:
        return {"mission_id": mission, "scope_id": scope, "term_surface": term,
                "before_sense": rng.choice([None, "old"]), "after_sense": "new sense", "reason": rng.choice(["", "clarified"]),
                "actor": "bob"}
    if etype == g.SEMANTIC_CHECK_EVALUATED:
        conflicts = [{"term": rng.choice(TERMS), "nature": rng.choice(["overloaded", "drift", "ambiguous"]),
                      "severity": rng.choice(LEVELS), "description": "d"} for _ in range(rng.randint(0, 2))]
        p = {"mission_id": mission, "scope_id": scope, "step_id": "step-2", "conflicts": conflicts,
             "severity": rng.choice(LEVELS), "confidence": rng.choice([0.9, 0.1, 1.0]),
             "recommended_action": rng.choice(["block", "warn", "pass"]), "effective_strictness": rng.choice(STRICT)}
        if rng.random() < 0.3:
            p["step_metadata"] = meta()
        return p
    if etype == g.GLOSSARY_CLARIFICATION_REQUESTED:
        checks = ids.get("checks") or ["01HVNOSUCHCHECK00000000000"]
        check = rng.choice(checks) if rng.random() < 0.9 else "01HVUNKNOWNCHECK0000000000"
        return {"mission_id": mission, "scope_id": scope, "step_id": "step-3", "semantic_check_event_id": check,
                "term": term, "question": "Which?", "options": rng.choice([[], ["a", "b"]]),
                "urgency": rng.choice(LEVELS), "actor": "agent"}
    if etype == g.GLOSSARY_CLARIFICATION_RESOLVED:
        reqs = ids.get("requests") or ["01HVNOSUCHREQUEST000000000"]
        req = rng.choice(reqs) if rng.random() < 0.9 else "01HVUNKNOWNREQUEST00000000"
        return {"mission_id": mission, "clarification_event_id": req, "selected_meaning": "meaning", "actor": "carol"}
    if etype == g.GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT:
        p = {"mission_id": mission, "step_id": "step-4",
             "conflict_event_ids": [rng.choice(ids.get("checks") or ["01HVX"])],
             "blocking_strictness": rng.choice(["medium", "max"])}
        if rng.random() < 0.3:
            p["step_metadata"] = meta()
        return p
    return {"mission_id": mission}


WEIGHTS = [
    (g.GLOSSARY_SCOPE_ACTIVATED, 4), (g.GLOSSARY_STRICTNESS_SET, 2), (g.TERM_CANDIDATE_OBSERVED, 6),
    (g.GLOSSARY_SENSE_UPDATED, 3), (g.SEMANTIC_CHECK_EVALUATED, 3), (g.GLOSSARY_CLARIFICATION_REQUESTED, 6),
    (g.GLOSSARY_CLARIFICATION_RESOLVED, 3), (g.GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT, 1),
]
TYPES = [t for t, w in WEIGHTS for _ in range(w)]


def wrong_shaped(etype):
    return rng.choice([{}, {"mission_id": ""}, {"mission_id": "m-1", "scope_id": 5},
                       {"mission_id": "m-1", "confidence": 2, "new_strictness": "loud"}])


def random_log(i, length=None, wrong_rate=None, first_mission=True):
    n = length if length is not None else rng.choice([0, 1, 2, 5, 10, 20, 40, 80])
    wrong = wrong_rate if wrong_rate is not None else (0.0 if rng.random() < 0.75 else 0.03)
    ids = {"checks": [], "requests": []}
    events = []
    clock = 0
    for k in range(n):
        eid = f"01HV{i:010d}{k:012d}"
        if k == 0 and rng.random() < 0.6:
            etype = g.GLOSSARY_SCOPE_ACTIVATED
        elif rng.random() < 0.05:
            etype = rng.choice(UNKNOWN)
        else:
            etype = rng.choice(TYPES)
        if rng.random() < wrong and etype in g.GLOSSARY_EVENT_TYPES:
            payload = wrong_shaped(etype)
        else:
            payload = payload_for(etype, ids)
        if k == 0 and not first_mission:
            payload = dict(payload)
            choice = rng.choice(["drop", 7, None, ["a", 1], {"x": 1.5}, True])
            if choice == "drop":
                payload.pop("mission_id", None)
            else:
                payload["mission_id"] = choice
        if etype == g.SEMANTIC_CHECK_EVALUATED:
            ids["checks"].append(eid)
        if etype == g.GLOSSARY_CLARIFICATION_REQUESTED:
            ids["requests"].append(eid)
        if rng.random() < 0.7:
            clock += 1
        events.append(envelope(rng, TIMES, i, k, etype, payload, clock, "glossary"))
    return finish_log(rng, events)


def reducer(mode):
    return lambda events: g.reduce_glossary_events(events, mode=mode)


def reducer_cases(n):
    out = []
    for i in range(n):
        long = i % 50 == 49
        events = random_log(i, length=250 if long else None, first_mission=rng.random() < 0.9)
        out.append({"events": events, "strict": outcome(reducer("strict"), events), "permissive": outcome(reducer("permissive"), events)})
    return out


MODELS = [g.SemanticConflictEntry, g.GlossaryScopeActivatedPayload, g.TermCandidateObservedPayload,
          g.GlossarySenseUpdatedPayload, g.GlossaryStrictnessSetPayload, g.SemanticCheckEvaluatedPayload,
          g.GlossaryClarificationRequestedPayload, g.GlossaryClarificationResolvedPayload,
          g.GenerationBlockedBySemanticConflictPayload]
ODD = [None, "", " ", 0, 1, -1, 0.5, 1.5, True, False, "x", "0.5", " 1 ", "1e-1", "nan", "inf", "-0", "1_0",
       "abc", [], ["a"], [1], {}, {"a": "b"}, {"a": 1}, "medium", "max", "off", "low", "high", "block",
       "drift", "team_domain", [{"term": "t", "nature": "drift", "severity": "low", "description": ""}],
       [{"term": "", "nature": "x"}], "\u00a00.25", "+.5", "5.", "1__0", "_1", "0x1", "١"]


def payload_cases():
    out = []
    for model in MODELS:
        fields = list(model.model_fields)
        etype = next((t for t in g.GLOSSARY_EVENT_TYPES if t + "Payload" == model.__name__), None)
        base = None
        for _ in range(50):
            cand = payload_for(etype, {"checks": ["c"], "requests": ["r"]}) if etype else {
                "term": "t", "nature": "drift", "severity": "low", "description": "d"}
            base = cand
            break
        cases = [base]
        for _ in range(160):
            data = dict(base)
            for _ in range(rng.randint(1, 2)):
                f = rng.choice(fields)
                if rng.random() < 0.15:
                    data.pop(f, None)
                else:
                    data[f] = rng.choice(ODD)
            cases.append(data)
        for data in cases:
            try:
                m = model.model_validate(data)
                out.append({"model": model.__name__, "input": data, "valid": True, "dump": m.model_dump(mode="json")})
            except pydantic.ValidationError as exc:
                out.append({"model": model.__name__, "input": data, "valid": False, "violations": violations(exc)})
    return out


if __name__ == "__main__":
    write("glossary-reducer.json", reducer_cases(300))
    write("glossary-payloads.json", payload_cases())
