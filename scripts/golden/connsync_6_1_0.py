"""Golden data for the 6.1.0 sync (and connector) families, made with the reference.

Run from the project root:
    PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=/work/shared/reference-py/6.1.0/src \
        python3 scripts/golden/connsync_6_1_0.py

Writes into test/golden/6.1.0/:
- connsync-payloads.json: every sync/connector payload model (by event type, as the reference's
  validate_event maps them): a valid base (the reference fixture's payload) and seeded mutations,
  each with its verdict (violations type/loc/msg, or model_dump(mode="json")).
- connector-reducer.json: random logs (binding-level events in and out of the allowed
  transitions, user connects/disconnects, malformed payloads, other families' events,
  duplicates, equal clocks) reduced by reduce_connector_events.
- sync-reducer.json: random logs (sync events, malformed payloads, repeated delivery pairs,
  other families' events, duplicates, equal clocks) reduced by reduce_sync_events.
Frozensets are dumped sorted (Python's own order is hash order). Deterministic (seeded).
"""
import copy
import json
import random
from pathlib import Path

import pydantic
import spec_kitty_events as ske
from spec_kitty_events import connector as cn
from spec_kitty_events import sync as sy
from spec_kitty_events.conformance import validators
from golden_6 import envelope as envelope_of, finish_log as finish_log_of, outcome, violations, write

assert ske.__version__ == "6.1.0", ske.__version__
FIXTURES = Path("src/conformance/fixtures")
rng = random.Random(6262)

MODULES = ("spec_kitty_events.sync", "spec_kitty_events.connector")
MODEL_OF = {t: m for t, m in validators._EVENT_TYPE_TO_MODEL.items() if getattr(m, "__module__", "") in MODULES}
MODEL_OF.setdefault("UserConnected", __import__("spec_kitty_events.connector").connector.UserConnectedPayload)
MODEL_OF.setdefault("UserDisconnected", __import__("spec_kitty_events.connector").connector.UserDisconnectedPayload)
ODD = [None, "", " ", 0, 1, -1, 2, 0.5, True, False, "x", "1", " 1 ", "1e3", [], ["a"], {}, {"a": 1},
       "2026-01-01T00:00:00Z", "2026-01-01T00:00:00+05:30", "2026-13-01", "1700000000", 1700000000,
       "https://example.com/x", "ftp://example.com", "http://", "not a url", "https://münchen.de/a",
       "healthy", "degraded", "unhealthy", "automatic", "manual", "github", "jira", "١", "\u00a0x"]


HAND_BASES = {
    "ConnectorRevoked": {"connector_id": "conn-github-001", "connector_type": "github", "provider": "github",
                         "mission_id": "mission-001", "project_uuid": "550e8400-e29b-41d4-a716-446655440000",
                         "actor_id": "alice", "actor_type": "human", "endpoint_url": "https://api.github.com",
                         "recorded_at": "2026-01-01T00:00:00Z", "revocation_reason": "credentials rotated"},
}
_BINDING = {k: v for k, v in HAND_BASES["ConnectorRevoked"].items() if k != "revocation_reason"}
HAND_BASES["UserConnected"] = {**_BINDING, "user_id": "u-1"}
HAND_BASES["UserDisconnected"] = {**_BINDING, "user_id": "u-1", "reason": "left"}


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
    return None


def sorted_sets(dump):
    if isinstance(dump, dict) and isinstance(dump.get("seen_delivery_pairs"), list):
        dump = {**dump, "seen_delivery_pairs": sorted(dump["seen_delivery_pairs"])}
    return dump


def payload_cases(per_model=70):
    out = []
    for etype in sorted(MODEL_OF):
        model = MODEL_OF[etype]
        base = base_payload(etype)
        if base is None:
            print(f"no valid fixture for {etype}; skipped")
            continue
        fields = list(model.model_fields)
        cases = [copy.deepcopy(base)]
        for _ in range(per_model):
            data = copy.deepcopy(base)
            for _ in range(rng.randint(1, 2)):
                r = rng.random()
                if r < 0.12:
                    data.pop(rng.choice(fields), None)
                elif r < 0.2:
                    data[rng.choice(["zz", "extra_key"])] = rng.choice(ODD)
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


TIMES = ["2026-01-01T00:00:00+00:00", "2026-01-01T00:00:01+00:00", "2026-01-02T00:00:00+00:00"]


SYNC_TYPES = sorted(sy.SYNC_EVENT_TYPES)
OTHER = ["ExternalReferenceLinked", "ConnectorProvisioned", "MissionStarted", "WPStatusChanged"]


def sync_payload(etype):
    p = copy.deepcopy(base_payload(etype))
    p["delivery_id"] = rng.choice(["del-1", "del-2", "del-3", "del-4"])
    p["source_event_fingerprint"] = rng.choice(["fp-a", "fp-b"])
    p["connector_id"] = rng.choice(["conn-1", "conn-2"])
    if rng.random() < 0.06:
        key = rng.choice(list(p))
        if rng.random() < 0.4:
            p.pop(key)
        else:
            p[key] = rng.choice(ODD)
    return p


def sync_log(i):
    n = 250 if i % 40 == 39 else rng.choice([0, 1, 2, 5, 10, 20, 40])
    events, clock = [], 0
    for k in range(n):
        etype = rng.choice(OTHER) if rng.random() < 0.08 else rng.choice(SYNC_TYPES)
        payload = sync_payload(etype) if etype in sy.SYNC_EVENT_TYPES else {"x": k}
        if rng.random() < 0.7:
            clock += 1
        events.append(envelope_of(rng, TIMES, i, k, etype, payload, clock, "sync"))
    return finish_log_of(rng, events)


CONN_TYPES = sorted(cn.CONNECTOR_EVENT_TYPES)
CONN_OTHER = ["SyncIngestAccepted", "MissionStarted", "connectorProvisioned"]


def connector_payload(etype):
    p = copy.deepcopy(base_payload(etype))
    p["connector_id"] = rng.choice(["conn-1", "conn-1", "conn-2"])
    p["provider"] = rng.choice(["github", "jira"])
    p["recorded_at"] = rng.choice(TIMES)
    if "user_id" in cn.ConnectorProvisionedPayload.model_fields and rng.random() < 0.5:
        p["user_id"] = rng.choice(["u-1", "u-2", "U-0", "é", "", None])
    if etype in (cn.USER_CONNECTED, cn.USER_DISCONNECTED):
        p["user_id"] = rng.choice(["u-1", "u-2", "U-0", "é"])
    if rng.random() < 0.06:
        key = rng.choice(list(p))
        if rng.random() < 0.4:
            p.pop(key)
        else:
            p[key] = rng.choice(ODD)
    return p


def connector_log(i):
    n = 250 if i % 40 == 39 else rng.choice([0, 1, 2, 5, 10, 20, 40])
    events, clock = [], 0
    for k in range(n):
        if k == 0 and rng.random() < 0.8:
            etype = cn.CONNECTOR_PROVISIONED
        else:
            etype = rng.choice(CONN_OTHER) if rng.random() < 0.06 else rng.choice(CONN_TYPES)
        payload = connector_payload(etype) if etype in cn.CONNECTOR_EVENT_TYPES else {"x": k}
        if rng.random() < 0.7:
            clock += 1
        events.append(envelope_of(rng, TIMES, i, k, etype, payload, clock, "sync"))
    return finish_log_of(rng, events)


if __name__ == "__main__":
    write("connsync-payloads.json", payload_cases())
    write("connector-reducer.json", [{"events": (ev := connector_log(i)), "result": outcome(cn.reduce_connector_events, ev)} for i in range(250)])
    write("sync-reducer.json", [{"events": (ev := sync_log(i)), "result": outcome(sy.reduce_sync_events, ev, fix=sorted_sets)} for i in range(250)])
