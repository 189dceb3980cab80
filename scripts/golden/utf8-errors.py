"""Golden data for the JSON Lines reader's strict UTF-8 check (test/jsonl/golden/utf8-errors.json).

The reference reads its JSON files with Python's strict ``utf-8`` codec
(``Path.read_text(encoding="utf-8")``); this records, for curated and seeded random byte
strings, whether that codec accepts them and, if not, the start offset, the byte and the
reason of the first error. Run from the repository root:

    python3 scripts/golden/utf8-errors.py > test/jsonl/golden/utf8-errors.json
"""
import json
import random

CURATED = [
    b"", b"ascii", "caf\u00e9 \U0001F600".encode(), b"\xff", b"\x80", b"\xc0\xaf", b"\xc1\xbf", b"\xc2",
    b"\xc2\x41", b"\xe0\x80\x80", b"\xe0\xa0", b"\xed\xa0\x80", b"\xed\x9f\xbf", b"\xef\xbb\xbf{}",
    b"\xf0\x8f\xbf\xbf", b"\xf0\x90\x80\x80", b"\xf4\x8f\xbf\xbf", b"\xf4\x90\x80\x80", b"\xf5\x80\x80\x80",
    b"\xf8\x88\x80\x80\x80", b"a\xe2\x82", b'{"a":"\xe2\x28\xa1"}', b"\xe2\x82\xac\xe2\x82",
]


def verdict(data: bytes) -> dict:
    try:
        data.decode("utf-8")
        return {"hex": data.hex(), "error": None}
    except UnicodeDecodeError as e:
        return {"hex": data.hex(), "error": {"offset": e.start, "byte": data[e.start], "reason": e.reason}}


def main() -> None:
    rng = random.Random(20261202)
    alphabet = [0x22, 0x41, 0x7B, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
    cases = list(CURATED)
    for _ in range(400):
        cases.append(bytes(rng.choice(alphabet) for _ in range(rng.randint(1, 8))))
    print(json.dumps({"python_codec": "utf-8 (strict)", "cases": [verdict(c) for c in cases]}, indent=1))


if __name__ == "__main__":
    main()
