#!/usr/bin/env python3
"""Golden corpus of the reference's datetime parser (pydantic-core / speedate) for
src/validation/parsers/py-datetime.ts (issue 9 item 19).

    python3 scripts/golden/datetime_corpus.py   # writes test/golden/datetime.json

Two parts, both through the reference's own `Event.timestamp` field:
- `positions`: a template string with one position replaced by every code point
  (surrogates excluded); outcomes compressed into runs of equal outcome.
- `cases`: hand-picked edge strings (offset signs, i64 bounds of numeric strings, fractions).
Outcome: ["ok", isoformat()] or [error type, message].
"""
import random

from reference_runner import run, runs


def probe():
    from pydantic import TypeAdapter, ValidationError
    from spec_kitty_events import Event

    ta = TypeAdapter(Event.model_fields["timestamp"].annotation)

    def outcome(x):
        try:
            return ["ok", ta.validate_python(x).isoformat()]
        except ValidationError as e:
            err = e.errors(include_url=False)[0]
            return [err["type"], err["msg"]]

    templates = [
        # (template, index of the replaced character)
        ("2026-01-15T10:00:00-01:00", 19),   # offset sign
        ("2026-01-15T10:00:00+0100", 19),    # offset sign, no colon
        ("2026-01-15T10:00:00Z", 19),        # zulu
        ("2026-01-15T10:00:00+01:00", 22),   # offset colon
        ("2026-01-15T10:00:00.5+01:00", 19), # fraction separator
        ("2026-01-15T10:00:00+01:00", 10),   # date/time separator
        ("2026-01-15T10:00:00+01:00", 13),   # time colon
        ("2026-01-15T10:00:00+01:00", 4),    # date separator
        ("2026-01-15T10:00:00+01:00", 0),    # first year digit
        ("1700000000", 0),                   # numeric string sign
    ]
    positions = []
    for template, index in templates:
        table = {}
        values = []
        for cp in range(0x110000):
            if 0xD800 <= cp <= 0xDFFF:
                values.append(-1)
                continue
            key = outcome(template[:index] + chr(cp) + template[index + 1:])
            k = repr(key)
            if k not in table:
                table[k] = [len(table), key]
            values.append(table[k][0])
        outcomes = [None] * len(table)
        for idx, key in table.values():
            outcomes[idx] = key
        positions.append({"template": template, "index": index, "outcomes": outcomes,
                          "runs": [r for r in runs(values) if r[2] >= 0]})

    i64 = 9223372036854775807
    cases = []
    for sign in ("", "+", "-"):
        for n in (i64 - 1, i64, i64 + 1, i64 + 2, 10 ** 19, 10 ** 18, 20000000000, 20000000001,
                  62135596800, 62167219200, 62135596800000, 62167219200000, 253402300799,
                  253402300800, 253402300799999, 253402300800000, 0):
            cases.append(f"{sign}{n}")
            cases.append(f"{sign}0{n}")
            cases.append(f"{sign}{n}.5")
    cases += [
        "2026-01-15T10:00:00\u221201:00", "2026-01-15T10:00:00\u22120100", "2026-01-15T10:00:00\u221201",
        "2026-01-15T10:00:00\u2212", "2026-01-15T10:00:00\u221223:59", "2026-01-15T10:00:00\u221224:00",
        "2026-01-15T10:00:00\u221200:00", "2026-01-15T10:00\u221201:00", "2026-01-15T10:00:00.123\u221201:00",
        "2026-01-15\u221201:00", "\u22121700000000", "\u22121700000000.5", "2026\u221201\u221215",
        "2026-01-15T10:00:00-00:00", "2026-01-15T10:00:00+23:59", "2026-01-15T10:00:00+24:00",
        "2026-01-15T10:00:00-23:60", "2026-01-15T10:00:00.1234567Z", "2026-01-15T10:00:00.1234565Z",
        "2026-01-15T10:00:00.9999995Z", "2026-01-15T10:00:00." + "9" * 40 + "Z",
        "2026-01-15T10:00:00,5Z", "2026-01-15T10:00:60Z", "2026-01-15T24:00:00Z", "0000-01-01T00:00:00Z",
        "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "9999-12-31T23:59:59.999999Z",
        "2026-01-15t10:00:00z", "2026-01-15 10:00:00", "2026-01-15_10:00:00", "2026-01-15T10:00Z",
        "2026-01-15T10Z", "2026-01-15T10:00:00 Z", "2026-01-15T10:00:00+01:00:00", "2026-01-15T10:00:00+1:00",
        "1e10", "1.5e3", "-1.5", ".5", "5.", "-.5", "+.5", " 1700000000", "1700000000 ", "1_700_000_000",
        "\u0661\u0667\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660", "2026-02-29T00:00:00Z",
        "2024-02-29T00:00:00Z", "-0", "+0", "-0.0", "00", "0" * 30, "1" * 30, "-" + "1" * 30,
    ]
    # 20+ digit integer strings (the reference's accumulator wraps) and long decimals.
    two64 = 2 ** 64
    cases += [str(two64), str(two64 + 1), str(two64 + 1700000000), "-" + str(two64 + 1700000000),
              str(2 * two64 + 5), str(two64 - 1), str(two64 + 2 ** 63), str(two64 + 2 ** 63 - 1),
              "9" * 20, "1" * 21, str(10 ** 20), "0" + str(two64), str(two64) * 3, "1" * 30 + ".5"]
    rng = random.Random(20260115)
    for _ in range(300):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.choice([16, 19, 20, 21, 25, 40])))
        if rng.random() < 0.3:
            digits = "1844674407370955161" + digits
        tail = rng.choice(["", "", "", ".5", "." + digits[:7]])
        cases.append(rng.choice(["", "-", "+"]) + digits + tail)
    return {"positions": positions,
            "cases": [[c, outcome(c)] for c in cases]}


if __name__ == "__main__":
    run(probe, "datetime.json")
