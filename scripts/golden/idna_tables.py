#!/usr/bin/env python3
"""The reference's international host names (issue 9 item 21): per-code-point UTS #46 table,
property tables and a corpus of whole URLs, all measured on the reference.

    python3 scripts/golden/idna_tables.py
      # writes test/golden/idna.json and src/validation/parsers/idna-tables.ts

pydantic-core validates `AnyHttpUrl` (the reference's `check_run_url`) with the Rust `url`
crate, which maps hosts through UTS #46 (crate `idna`) with its own Unicode tables. Node's
`URL` uses ICU's. So the mapping is measured: each non-ASCII code point c is put into a host
label in the contexts of PREFIXES (after a Latin letter, alone, after a Hebrew letter, after a
virama: the Bidi and joiner rules refuse some valid code points in some contexts); the host the
reference returns in the first accepted context (punycode decoded) gives c's mapping:
  "v" valid (kept), "i" ignored (removed), "d" disallowed (refused in every context),
  ["m", text] mapped to text.
Property tables come from CPython 3.11's unicodedata (Unicode 14): general category M
(a label must not start with a combining mark), canonical combining class 9 (virama, for the
joiner rule) and the bidi classes the Bidi rule reads. Joining types (for the ZWNJ rule) are
measured on the reference: c joins to the left when `c ZWNJ partner` is accepted, to the right
when `partner ZWNJ c` is, and is transparent when `partner c ZWNJ partner` is (and c does not
join to the left).
"""
import os
import random

from reference_runner import ROOT, run, runs


# Contexts a code point is probed in, first accepted wins: after a Latin letter, alone, after a
# Hebrew letter (digits of the AN/EN classes need a right-to-left label), after a virama (joiners).
PREFIXES = ("q", "", "\u05d0", "\u0915\u094d")


def probe():
    from pydantic import TypeAdapter, ValidationError
    from spec_kitty_events.gates import GatePassedPayload

    ta = TypeAdapter(GatePassedPayload.model_fields["check_run_url"].annotation)

    def host_of(url):
        try:
            return ta.validate_python(url).host
        except ValidationError:
            return None

    def unicode_host(host):
        labels = host.split(".")
        return ".".join(l[4:].encode("ascii").decode("punycode") if l.startswith("xn--") else l
                        for l in labels)

    values = []
    for cp in range(0x80, 0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            values.append("d")
            continue
        c = chr(cp)
        mapped = None
        for prefix in PREFIXES:
            h = host_of(f"https://{prefix}{c}/")
            if h is not None:
                u = unicode_host(h)
                assert u.startswith(prefix), (hex(cp), u)
                mapped = u[len(prefix):]
                break
        if mapped is None:
            values.append("d")
            continue
        values.append("v" if mapped == c else "i" if mapped == "" else "m:" + mapped)
    table = [[a + 0x80, b + 0x80, v if len(v) == 1 else ["m", v[2:]]] for a, b, v in runs(values)]

    # Joining types for the ZWNJ rule (CONTEXTJ): measured on the valid code points, with a
    # dual-joining partner of each direction (ARABIC LETTER BEH, MONGOLIAN LETTER A).
    zwnj = "\u200c"
    partners = ("\u0628", "\u1820")

    def accepted(*labels):
        return any(host_of(f"https://{label}/") is not None for label in labels)

    left, right, transparent = [], [], []
    for cp in range(0x80, 0x110000):
        if values[cp - 0x80] != "v" or cp in (0x200C, 0x200D):
            left.append(0), right.append(0), transparent.append(0)
            continue
        c = chr(cp)
        joins_left = accepted(*(c + zwnj + p for p in partners))
        joins_right = accepted(*(p + zwnj + c for p in partners))
        left.append(1 if joins_left else 0)
        right.append(1 if joins_right else 0)
        transparent.append(1 if not joins_left and accepted(*(p + c + zwnj + p for p in partners)) else 0)

    def ranges(flags):
        return [[a + 0x80, b + 0x80] for a, b, v in runs(flags) if v == 1]

    joining = {"left_or_dual": ranges(left), "right_or_dual": ranges(right), "transparent": ranges(transparent)}

    def outcome(url):
        try:
            return ["ok", str(ta.validate_python(url))]
        except ValidationError as e:
            err = e.errors(include_url=False)[0]
            return [err["type"], err["msg"]]

    cases = [
        "https://m\u00fcnchen.de/", "https://stra\u00dfe.de/", "https://\u1e9e.de/", "https://\u1e9e/",
        "https://caf\u00e9.fr/x", "https://a\u00adb.com/", "https://\u00ad/", "https://\u00ad.\u00ad/",
        "https://\uff11\uff12\uff17.\uff10.\uff10.\uff11/", "https://\uff11\uff12\uff17.0.0.300/",
        "https://0x7f.0.0.\uff11/", "https://\u0661.com/", "https://\u05d0\u05d1.com/", "https://\u05d0\u05d11/",
        "https://\u05d0a.com/", "https://a\u05d0.com/", "https://\u05d0.a/", "https://1\u05d0/",
        "https://\u05d0\u0661/", "https://\u0627\u0661/", "https://\u0627\u06f1/", "https://\u0627\u0661\u06f1/",
        "https://\u05d0\u0301/", "https://\u0301a/", "https://a\u0301/", "https://a.\u0301b/",
        "https://\U00031350.com/", "https://\U0002ebf0.com/", "https://\U0002a700.cn/", "https://\u4e2d\u6587.cn/",
        "https://xn--zca/", "https://XN--ZCA/", "https://xn--mnchen-3ya.de/", "https://xn--/", "https://xn--a/",
        "https://xn--abc-/", "https://xn--ls8h/", "https://xn--a-ecp.ru/", "https://xn--ss-/",
        "https://xn--zca.xn--zca/", "https://xn--q-xbb/", "https://xn--4db.xn--5db/", "https://xn--mnchen-3ya/",
        "https://xn--Mnchen-3ya.de/", "https://xn--mnchen-3yA.de/", "https://xn--ab/", "https://xn--a1/",
        "https://a\u200db/", "https://a\u200cb/", "https://\u0915\u094d\u200d/", "https://\u0915\u094d\u200c/",
        "https://\U0001f600.com/", "https://\u2603.net/", "https://a\u3002b/", "https://a\uff0eb/",
        "https://a\uff61b/", "https://\u3002/", "https://a../", "https://.a/", "https://a./",
        "https://-a-.com/", "https://ab--cd.com/", "https://a_b.com/", "https://a%C3%BCb.com/",
        "https://a%C3b.com/", "https://%E2%80%8B/", "https://%C2%AD/", "https://\u200b/", "https://a\u200bb/",
        "https://user@m\u00fcnchen.de:8080/x", "https://m\u00fcnchen.de:99999/", "https://m\u00fcnchen.de:x/",
        "http://\u00e9/", "https://\u0130.com/", "https://\u03c2.com/", "https://\u03a3.com/",
        "https://\u2488.com/", "https://\u2474/", "https://\uff21\uff22\uff23/", "https://\u2160/",
        "https://a\ufe0fb/", "https://\u1100\u1161/", "https://\u00c5/", "https://A\u030a/", "https://\u212b/",
        "https://\u0667\u0668/", "https://\u05d0-\u05d1/", "https://\u05d0.1/", "https://1.\u05d0/",
        "https://\u05d0\u05b0/", "https://\u05b0\u05d0/", "https://a.b.\u05d0/", "https://\u05d0\u05d1.a1/",
        "https://\u05d0\u05d1.1a/", "https://a\u0660/", "https://\u0660a/", "https://\u06f0\u0660/",
        "https://xn--ab-fsf/", "https://a\u00b7l/", "https://l\u00b7l/", "https://\u0375\u03b1/",
        "https://\u30fb/", "https://\u30a2\u30fb/", "https://\u05f3/", "https://\u05d0\u05f3/",
        "https://" + "\u00e9" * 100 + ".com/", "https://" + "a" * 70 + "\u00e9.com/",
        "https://xn--" + "a" * 100 + "/", "https://1.2.3.\uff14/", "https://1.2.3.4\u3002/",
        "https://\u00ad1.2.3.4/", "https://1.2.3.4\u00ad/", "https://[::1]\u00ad/",
    ]
    rng = random.Random(46)
    pool = ([0x61, 0x62, 0x31, 0x2d, 0x2e, 0x5f, 0xe9, 0xdf, 0xad, 0x301, 0x308, 0x5d0, 0x5d1, 0x5b0, 0x627,
             0x661, 0x6f1, 0x31, 0x200c, 0x200d, 0x94d, 0x915, 0x1e9e, 0x3002, 0xff0e, 0xff41, 0xff11, 0x3b1,
             0x3c2, 0x130, 0x4e2d, 0x31350, 0x1f600, 0x200b, 0xfe0f, 0x2488, 0x7f, 0x2010, 0x0f0b]
            + [rng.randrange(0x80, 0x30000) for _ in range(200)])
    for _ in range(3000):
        n = rng.randrange(1, 9)
        chars = "".join(chr(rng.choice(pool)) for _ in range(n))
        if any(0xD800 <= ord(ch) <= 0xDFFF for ch in chars):
            continue
        cases.append(f"https://{chars}/")
    cases += ["https://\u0628\u200c\u0628/", "https://\u0628\u064b\u200c\u0628/", "https://\u1820\u200c\u1820/",
              "https://\ua840\u200c\ua840/", "https://\u0627\u200c\u0628/", "https://\u0628\u200c\u0627/",
              "https://\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645/", "https://\u0628\u200c\u064b\u0628/",
              "https://\u0628\u200c\u200c\u0628/", "https://\u0628\u064b\u064b\u200c\u064b\u0627/"]
    return {"table": table, "joining": joining, "cases": [[c, outcome(c)] for c in cases]}


def write_tables(data):
    import unicodedata

    def ranges_where(pred):
        return [[a, b] for a, b, v in runs([1 if pred(chr(cp)) else 0 for cp in range(0x110000)]) if v == 1]

    bidi_classes = ["L", "R", "AL", "AN", "EN", "ES", "CS", "ET", "ON", "BN", "NSM"]
    bidi = {k: [] for k in bidi_classes}
    current = None
    for cp in range(0x110000):
        k = unicodedata.bidirectional(chr(cp))
        k = k if k in bidi else None
        if current is not None and current[0] == k and current[2] == cp - 1:
            current[2] = cp
        else:
            if current is not None and current[0] is not None:
                bidi[current[0]].append([current[1], current[2]])
            current = [k, cp, cp]
    if current[0] is not None:
        bidi[current[0]].append([current[1], current[2]])

    def flat(rs):
        return "[" + ",".join(f"{a},{b}" for a, b in rs) + "]"

    def status(v):
        if isinstance(v, list):
            return "[" + ",".join(str(ord(ch)) for ch in v[1]) + "]"
        return {"v": "0", "i": "1", "d": "2"}[v]

    path = os.path.join(ROOT, "src", "validation", "parsers", "idna-tables.ts")
    with open(path, "w", encoding="ascii") as f:
        f.write("// Generated by scripts/golden/idna_tables.py from the reference (2.1.0 and 6.1.0 agree) and\n"
                "// CPython 3.11's unicodedata; do not edit (issue 9 item 21).\n\n")
        f.write("/**\n * UTS #46 as the reference applies it to non-ASCII code points: runs `start, end, status`\n"
                " * flattened; status 0 valid, 1 ignored, 2 disallowed, or an array: mapped to those code\n"
                " * points. Code points below U+0080 are not listed (the WHATWG host parser handles them).\n */\n")
        rows = ",".join(f"{a},{b},{status(v)}" for a, b, v in data["table"])
        f.write(f"export const UTS46_RUNS: ReadonlyArray<number | readonly number[]> = [{rows}];\n\n")
        f.write("/** General category M (combining marks), flattened inclusive ranges. */\n")
        f.write(f"export const COMBINING_MARKS: readonly number[] = {flat(ranges_where(lambda c: unicodedata.category(c).startswith('M')))};\n\n")
        f.write("/** Canonical combining class 9 (virama): a joiner after one is allowed (CONTEXTJ). */\n")
        f.write(f"export const VIRAMAS: readonly number[] = {flat(ranges_where(lambda c: unicodedata.combining(c) == 9))};\n\n")
        f.write("/** Joining types (measured on the reference) for the ZWNJ rule of CONTEXTJ. */\n")
        for key, name in (("left_or_dual", "JOINS_LEFT"), ("right_or_dual", "JOINS_RIGHT"), ("transparent", "JOIN_TRANSPARENT")):
            f.write(f"export const {name}: readonly number[] = {flat(data['joining'][key])};\n")
        f.write("\n")
        f.write("/** Bidi classes the Bidi rule (RFC 5893) reads, flattened inclusive ranges per class. */\n")
        f.write("export const BIDI_CLASSES: Readonly<Record<string, readonly number[]>> = {\n")
        for k in bidi_classes:
            f.write(f"  {k}: {flat(bidi[k])},\n")
        f.write("};\n")
    print(f"wrote {path} ({os.path.getsize(path)} bytes)")


if __name__ == "__main__":
    import json
    import sys
    run(probe, "idna.json")
    if len(sys.argv) == 1:
        with open(os.path.join(ROOT, "test", "golden", "idna.json"), encoding="ascii") as f:
            write_tables(json.load(f)["data"])
