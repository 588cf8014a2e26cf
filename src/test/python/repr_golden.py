#!/usr/bin/env python3
"""Regenerates the CPython golden fixtures of py.Repr, the given repr() every kata prints with.

Run from the repository root with CPython 3.11:  python3 src/test/python/repr_golden.py
Writes src/test/resources/golden/py/{float_repr,str_repr}.json. Deterministic (fixed seed).

A float travels as the hex of its 64 IEEE bits, so that inf, nan, -0.0 and every last bit arrive
exactly; a str travels as its list of code points, so that lone surrogates survive JSON.
"""
import json
import math
import platform
import random
import struct
import sys
from pathlib import Path

assert sys.version_info[:2] == (3, 11), "the fixtures are recorded from CPython 3.11"
OUT = Path(__file__).resolve().parents[1] / "resources" / "golden" / "py"
GENERATOR = "src/test/python/repr_golden.py"
rng = random.Random(20261207)


def bits(x):
    return struct.pack(">d", x).hex()


def from_bits(pattern):
    return struct.unpack(">d", pattern.to_bytes(8, "big"))[0]


def write(name, cases):
    doc = {"python": platform.python_version(), "generator": GENERATOR, "cases": cases}
    (OUT / name).write_text(json.dumps(doc, ensure_ascii=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{name}: {len(cases)} cases", file=sys.stderr)


# ---------------------------------------------------------------- floats
def with_neighbours(x, steps=2):
    """x and the doubles a few ulps either side: where shortest digits and the notation switch."""
    around = [x]
    below = above = x
    for _ in range(steps):
        below, above = math.nextafter(below, -math.inf), math.nextafter(above, math.inf)
        around += [below, above]
    return around


def landmarks():
    """Powers of ten and of two (asymmetric rounding intervals), the notation thresholds, the extremes."""
    values = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, 2.2250738585072014e-308,
              2.225073858507201e-308, 1.7976931348623157e308, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1.5e300,
              9007199254740992.0, 9007199254740993.0, 2.0 ** 63, 123456789012345680.0, 2e23, 1e23]
    for exponent in range(-325, 309):
        values += with_neighbours(float(f"1e{exponent}"), 1)
    for exponent in range(-1074, 1024, 7):
        values += with_neighbours(2.0 ** exponent, 1)
    for threshold in (1e-4, 1e-5, 1e15, 1e16, 1e17, 9999999999999998.0, 0.00009999999999999999):
        values += with_neighbours(threshold, 3)
    return values


def random_doubles(count):
    values = []
    for _ in range(count):
        kind = rng.randrange(6)
        if kind == 0:
            values.append(from_bits(rng.getrandbits(64)))                        # any bit pattern
        elif kind == 1:
            values.append(from_bits(rng.getrandbits(52) | rng.getrandbits(1) << 63))   # subnormal
        elif kind == 2:
            digits = rng.randint(1, 17)                                          # a short decimal
            values.append(float(f"{rng.randrange(10 ** digits)}e{rng.randint(-330, 310)}"))
        elif kind == 3:
            values.append(rng.uniform(-1e6, 1e6))
        elif kind == 4:
            values.append(float(rng.randint(-2 ** 64, 2 ** 64)))                  # big integers
        else:
            values.append(round(rng.uniform(-100, 100), rng.randint(0, 6)) * 10.0 ** rng.randint(-20, 20))
    return values


def float_cases():
    values = landmarks() + random_doubles(3000)
    values += [-v for v in rng.sample(values, 500)]
    seen, cases = set(), []
    for x in values:
        key = bits(x)
        if key not in seen:
            seen.add(key)
            cases.append({"bits": key, "repr": repr(x)})
    return cases


# ---------------------------------------------------------------- strings
# Characters whose printability is the same in Python's Unicode 14 and in the Unicode of JDK 17 to 25.
ALPHABET = (list(range(0x20, 0x7f)) + list(range(0x00, 0x20)) + [0x7f] + list(range(0x80, 0x100))
            + [0x2028, 0x2029, 0x200b, 0x200e, 0xfeff, 0x3000, 0x1680, 0x2000, 0x202f, 0xe000, 0xf8ff,
               0xd800, 0xdbff, 0xdc00, 0xdfff, 0x4e2d, 0x00e9, 0x0416, 0x20ac, 0x1f600, 0x1f40d, 0xe0001,
               0xf0000, 0x10fffd, 0x0300, 0x0627, 0x05d0, 0xfffd, 0xfffe, 0xffff, 0x10ffff, 0x0378])


def random_text():
    chooser = rng.random()
    length = rng.randint(0, 8)
    if chooser < 0.3:
        pool = [ord(c) for c in "ab'\"\\ "]                                      # the quote choice
    elif chooser < 0.6:
        pool = ALPHABET[:95] + [0x27, 0x22, 0x5c, 0x0a, 0x09, 0x0d]
    else:
        pool = ALPHABET
    text = [rng.choice(pool) for _ in range(length)]
    # A Java String cannot tell a high surrogate followed by a low one from the character they encode.
    paired = any(0xd800 <= a <= 0xdbff and 0xdc00 <= b <= 0xdfff for a, b in zip(text, text[1:]))
    return random_text() if paired else text


def str_cases():
    texts = [[], [0x27], [0x22], [0x27, 0x22], [0x5c], [0x0a, 0x0d, 0x09]] + [[c] for c in ALPHABET]
    texts += [random_text() for _ in range(1500)]
    return [{"codePoints": t, "repr": repr("".join(map(chr, t)))} for t in texts]


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    write("float_repr.json", float_cases())
    write("str_repr.json", str_cases())
