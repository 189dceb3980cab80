"""Golden data for the dossier, mission-audit and retrospective families (contract 6.1.0).

Run from the repository root:
  PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=/work/shared/reference-py/6.1.0/src:scripts/golden python3 scripts/golden/dossier_6_1_0.py

Writes test/golden/6.1.0/{dossier,mission-audit,retrospective}-payloads.json (payload verdicts:
violations type/loc/msg or the dump, by event type) and {dossier,mission-audit}-reducer.json
(reducer results on seeded random logs: long logs, duplicates, equal clocks, shuffles,
wrong-shaped payloads, unknown types, namespace mixes). Reuses the envelope/log helpers of
families_i_6_1_0.py, reseeded here.
"""
import copy

import pydantic
from spec_kitty_events import dossier as ds
from spec_kitty_events import mission_audit as ma
from spec_kitty_events.conformance import validators

import families_i_6_1_0 as fi
from golden_6 import envelope, finish_log, outcome, violations, write

fi.rng.seed(1361)
rng = fi.rng
# The dossier reducer's own error for a log mixing namespaces, reported as the package's error.
MIXED = (ds.NamespaceMixedStreamError,)

FAMILY_OF = {"dossier": "dossier", "mission_audit": "mission-audit", "retrospective": "retrospective"}
MODELS = {}
for etype, model in validators._EVENT_TYPE_TO_MODEL.items():
    family = FAMILY_OF.get(model.__module__.split(".")[-1])
    if family is not None:
        MODELS.setdefault(family, {})[etype] = model

ODD = fi.ODD + ["sha256", "md5", "sha1", "input", "INVALID_CLASS", "artifact_added", "manual", "post_merge",
                "advisory", "blocking", "info", "critical", "pass", "fail", "runtime", "operator", "agent",
                "autonomous", "2026-01-01", "2026-01-01T10:00:00Z", "20260101T1000", "2026-W01-2",
                "2026-02-30T00:00:00Z", "2026-01-01T25:00:00Z", "yesterday", "2026-01-01 10:00",
                {"kind": "human", "id": "u1"}, {"kind": "robot", "id": ""},
                {"hash": "abc", "algorithm": "sha256"}, {"hash": "", "algorithm": "crc"},
                {"project_uuid": "p", "mission_slug": "m", "target_branch": "main", "mission_type": "sd", "manifest_version": "1"},
                {"mission_type": "sd", "path": "a.md", "artifact_class": "output"}, ["a", 1], {"k": "v", "n": 2}]


def nested_mutate(data):
    """Mutates a random key of a random nested object (one level down) or the top level."""
    holders = [data] + [v for v in data.values() if isinstance(v, dict)]
    target = rng.choice(holders)
    keys = list(target) or ["x"]
    r = rng.random()
    if r < 0.15:
        target.pop(rng.choice(keys), None)
    elif r < 0.25:
        target[rng.choice(["zz", "extra_key"])] = copy.deepcopy(rng.choice(ODD))
    else:
        target[rng.choice(keys)] = copy.deepcopy(rng.choice(ODD))


def payload_cases(family, per_model=80):
    out = []
    for etype in sorted(MODELS[family]):
        model = MODELS[family][etype]
        base = fi.base_payload(etype)
        cases = [copy.deepcopy(base)]
        for _ in range(per_model):
            data = copy.deepcopy(base)
            for _ in range(rng.randint(1, 2)):
                nested_mutate(data)
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


TIMESTAMPS = ["", "Z", "2026-01-01T25:00:00Z", "20260101T1000", "2026-W01-2", "2026-W53-1", "2020-W53-1",
              "2026-01-01T10:00:00.1234567Z", "2026-01-01T10:00+05", "2026-01-01T10:00:00+24:00",
              "2026-01-01T10:00Z", "2026-01-01T10Z", "2026-01-01T10:00:00,5", "2026-1-01", "0000-01-01",
              "2026-13-01", "2026-01-01T10:60", "2026-01-01T10:00:60", "2026-01-01T24:00:00", "2026-01-01\u00fc10:00",
              " 2026-01-01", "2026-01-01 ", "2026-01-01TZ", "2026-01-01T10:00:00+05:30:15.123456",
              "2026-01-01T10:00:00-0530", "2026-01-01T10:00:00+5:30", "2026-01-01T1000", "2026-01-01T100000",
              "2026-01-01T10:0000", "2026-01-01T10:00:00.", "2026-01-01T10:00:00.Z", "2026W012", "2026W01",
              "2026-W01", "202601", "2026-01", "2026-01-01T10:00:00+00:00Z", "2026-01-01T10:00:00ZZ", "2026-02-29",
              "2024-02-29T00:00:00Z", "\u0662\u0660\u0662\u0666-01-01", "2026-01-01T10:00:00.123+01:00",
              "2026-01-01T10:00:00+01:00:60", "2026-01-01T10:00:00.1234567+01:00:00.1234567", "2026-01-01+00:00",
              "2026-01-01T10:00:00-00:00", "2026-01-01T10:00:00+0000", "2026-01-01T10:00:00+00", "2026-01-01T10:00:00+",
              "2026-01-01T10:00:00 +00:00", "2026-01-01T1", "2026-01-01T", "2026-0101", "202601-01", "2026-01-01T10:00:00.000000000Z",
              "2026-01-01T10:00:00+01:00\n", "\U0001F600026-01-01", "2026-01-01\U0001F60010:00", 20260101, None, ["2026-01-01"],
              "2026-01-01T10:00:00 ", "2026-01-01T10:00:00x+00:00", "2026-01-01T10:00 +00:00", "2026-01-01T10 +00:00",
              "2026-01-01T10:00:00.+00:00", "2026-01-01T10:00:00+01:60", "2026-01-01T10:00:00+01:00:99",
              "2026-01-01T10:00:00-24:00", "2026-01-01T10:00:00+23:59:60", "2026-01-01T10:00:00+30",
              "2026-01-01T10:00:00+01:00.5", "2026-01-01T10:00:00+0100.5", "2026-01-01T100000.5",
              "2026-01-01T10:00:00.12345678901", "2026-01-01T10:00:00 x", "2026-01-01T10:00:00  +00:00",
              "2026-01-01T10:00:00x", "2026-01-01T10:00:00.5 +00:00", "2026-01-01T10:00:00-00:00:00.000001",
              "2026-01-01T10:00:00+24:00:00.5", "2026-01-01T10:00:00-24:00:00.5", "0050-02-29", "0048-02-29",
              "0001-01-01", "9999-12-31T23:59:59.999999Z", "0004-W53-1", "2026-00-10", "2026-01-00", "2026-01-32",
              "2026-01-01T10:00:00+01:0000", "2026-01-01T1000:00", "2026-01-01T10:00:00:00"]


def timestamp_cases():
    out = []
    for etype, field in (("RetrospectiveCompleted", "completed_at"), ("RetrospectiveSkipped", "skipped_at")):
        model = MODELS["retrospective"][etype]
        for ts in TIMESTAMPS:
            data = {**fi.base_payload(etype), field: ts}
            try:
                m = model.model_validate(data)
                out.append({"event_type": etype, "model": model.__name__, "input": data, "valid": True, "dump": m.model_dump(mode="json")})
            except pydantic.ValidationError as exc:
                out.append({"event_type": etype, "model": model.__name__, "input": data, "valid": False, "violations": violations(exc)})
    return out


def validate_event_cases(payload_cases_of_family, every=4):
    """validate_event verdicts (model and schema layers) on the first case of each type and every `every`-th one."""
    from spec_kitty_events.conformance import validate_event
    out = []
    seen = set()
    for i, case in enumerate(payload_cases_of_family):
        first = case["event_type"] not in seen
        seen.add(case["event_type"])
        if not first and i % every:
            continue
        r = validate_event(case["input"], case["event_type"])
        out.append({"event_type": case["event_type"], "payload": case["input"], "valid": r.valid,
                    "model": [[v.field, v.violation_type, v.message] for v in r.model_violations],
                    "schema": sorted([v.json_path, v.validator] for v in r.schema_violations)})
    return out


# ── dossier ──
DS_TYPES = [ds.MISSION_DOSSIER_ARTIFACT_INDEXED] * 6 + [ds.MISSION_DOSSIER_ARTIFACT_MISSING] * 2 + \
           [ds.MISSION_DOSSIER_SNAPSHOT_COMPUTED] * 2 + [ds.MISSION_DOSSIER_PARITY_DRIFT_DETECTED]
UNKNOWN = ["MissionStarted", "WPStatusChanged", "missionAuditRequested", "retrospective.requested"]
PATHS = ["spec.md", "plan.md", "tasks.md", "a/b.md", "x.json"]


def ds_namespace(i, mixed):
    ns = {"project_uuid": "p-1", "mission_slug": "m-1", "target_branch": "main", "mission_type": "software-dev",
          "manifest_version": "1.0.0"}
    if rng.random() < 0.3:
        ns["step_id"] = rng.choice(["plan", "implement", None])
    if mixed and rng.random() < 0.05:
        ns[rng.choice(["mission_slug", "manifest_version"])] = "other"
    return ns


def ds_payload(etype, i, mixed):
    ns = ds_namespace(i, mixed)
    ident = {"mission_type": "software-dev", "path": rng.choice(PATHS), "artifact_class": rng.choice(["input", "output", "evidence"])}
    if etype == ds.MISSION_DOSSIER_ARTIFACT_INDEXED:
        p = {"namespace": ns, "artifact_id": ident, "content_ref": {"hash": f"h{rng.randint(0, 99)}", "algorithm": "sha256"},
             "indexed_at": "2026-01-01T00:00:00Z"}
        if rng.random() < 0.3:
            p["supersedes"] = {"mission_type": "software-dev", "path": rng.choice(PATHS), "artifact_class": "input"}
        if rng.random() < 0.2:
            p["provenance"] = {"git_sha": "abc", "actor_kind": "llm", "source_event_ids": ["e1", "e2"]}
        if rng.random() < 0.2:
            p["step_id"] = rng.choice(["plan", "implement"])
        return p
    if etype == ds.MISSION_DOSSIER_ARTIFACT_MISSING:
        return {"namespace": ns, "expected_identity": ident, "manifest_step": rng.choice(["required_always", "plan"]),
                "checked_at": "2026-01-01T00:00:00Z", "remediation_hint": rng.choice([None, "run plan"])}
    if etype == ds.MISSION_DOSSIER_SNAPSHOT_COMPUTED:
        p = {"namespace": ns, "snapshot_hash": f"s{rng.randint(0, 9)}", "artifact_count": rng.randint(0, 5),
             "anomaly_count": rng.randint(0, 2), "computed_at": "2026-01-01T00:00:00Z"}
        if rng.random() < 0.4:
            p["algorithm"] = rng.choice(["sha512", "md5"])
        return p
    return {"namespace": ns, "expected_hash": "e1", "actual_hash": "a1",
            "drift_kind": rng.choice(["artifact_added", "artifact_mutated"]), "detected_at": "2026-01-01T00:00:00Z"}


def ds_log(i):
    n = rng.choice([0, 1, 3, 8, 20, 40]) if i % 25 else 220
    mixed = i % 3 == 0
    events = []
    clock = 0
    for k in range(n):
        clock += rng.choice([0, 1, 1, 2])
        if rng.random() < 0.06:
            etype = rng.choice(UNKNOWN)
            payload = {"x": 1}
        else:
            etype = rng.choice(DS_TYPES)
            payload = ds_payload(etype, i, mixed)
            if rng.random() < 0.08:
                payload = fi.mutate(payload)
        events.append(envelope(rng, fi.TIMES, i, k, etype, payload, clock, "mission-001", fi.NODES))
    return finish_log(rng, events)


# ── mission-audit ──
MA_TYPES = [ma.MISSION_AUDIT_REQUESTED] * 2 + [ma.MISSION_AUDIT_STARTED] * 2 + [ma.MISSION_AUDIT_DECISION_REQUESTED] * 4 + \
           [ma.MISSION_AUDIT_COMPLETED, ma.MISSION_AUDIT_FAILED]
MA_BASE = {t: fi.base_payload(t) for t in ma.MISSION_AUDIT_EVENT_TYPES}


def ma_payload(etype):
    p = copy.deepcopy(MA_BASE[etype])
    if rng.random() < 0.3:
        p["mission_id"] = rng.choice(["m-1", "m-2"])
    if etype == ma.MISSION_AUDIT_DECISION_REQUESTED:
        p["decision_id"] = rng.choice(["d1", "d2", "d3", "d4"])
        p["severity"] = rng.choice(["info", "warning", "error", "critical"])
    return p


def ma_log(i):
    n = rng.choice([0, 1, 2, 4, 8, 16]) if i % 25 else 200
    events = []
    clock = 0
    invalid = i % 10 == 0
    for k in range(n):
        clock += rng.choice([0, 1, 1, 2])
        if rng.random() < 0.08:
            etype, payload = rng.choice(UNKNOWN), {"x": 1}
        else:
            etype = rng.choice(MA_TYPES)
            payload = ma_payload(etype)
            if invalid and rng.random() < 0.2:
                payload = fi.mutate(payload)
        events.append(envelope(rng, fi.TIMES, i, k, etype, payload, clock, "mission-001", fi.NODES))
    return finish_log(rng, events)


if __name__ == "__main__":
    for family in ("dossier", "mission-audit", "retrospective"):
        cases = payload_cases(family) + (timestamp_cases() if family == "retrospective" else [])
        write(f"{family}-payloads.json", cases)
        if family == "retrospective":
            write("retrospective-validate-event.json", validate_event_cases(cases))
    write("dossier-reducer.json", [{"events": (ev := ds_log(i)), "result": outcome(ds.reduce_mission_dossier, ev, errors=MIXED)} for i in range(200)])
    write("mission-audit-reducer.json", [{"events": (ev := ma_log(i)), "result": outcome(ma.reduce_mission_audit_events, ev, errors=MIXED)} for i in range(200)])
