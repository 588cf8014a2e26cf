#!/usr/bin/env python3
"""Generates the CPython golden fixtures for the `orm` kata.

Run from the repository root:  python3 src/test/python/orm_golden.py
Writes src/test/resources/golden/orm/char_lengths.json: random strings (ASCII, accented, CJK,
emoji outside the BMP, combining marks) with CPython's len(), and whether a CharField(max_length)
accepts them. The point: a "character" in a Python model is a code point, not a Java char.
"""
import json
import pathlib
import platform
import random

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "golden" / "orm"
GENERATOR = "src/test/python/orm_golden.py"

POOLS = [
    "abcxyzABC019 _-'\";",            # ASCII, with SQL-ish punctuation
    "éüñçøÅß",                       # Latin-1 supplement
    "中文字符測試",                    # CJK (BMP)
    "\u0301\u0308\u20dd",            # combining marks: each is its own code point
    "😀🎉🐍𝄞𐍈",                       # outside the BMP: two Java chars each
]


def random_text(rng):
    length = rng.randint(0, 12)
    pools = rng.sample(POOLS, rng.randint(1, len(POOLS)))
    return "".join(rng.choice(rng.choice(pools)) for _ in range(length))


def main():
    rng = random.Random(5150)
    cases = []
    for _ in range(400):
        text = random_text(rng)
        max_length = rng.randint(1, 10)
        cases.append({"text": text, "max_length": max_length, "len": len(text),
                      "accepted": len(text) <= max_length,
                      "utf16_units": len(text.encode("utf-16-le")) // 2})
    OUT.mkdir(parents=True, exist_ok=True)
    document = {"python": platform.python_version(), "generator": GENERATOR, "cases": cases}
    (OUT / "char_lengths.json").write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    differing = sum(1 for case in cases if case["len"] != case["utf16_units"])
    print(f"char_lengths.json: {len(cases)} cases, {differing} where len() differs from Java's length()")


if __name__ == "__main__":
    main()
