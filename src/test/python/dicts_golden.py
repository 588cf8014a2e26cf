#!/usr/bin/env python3
"""Generates the CPython 3.11 golden fixtures of the `dicts` kata.

Run from the repository root:  python3 src/test/python/dicts_golden.py
Writes src/test/resources/golden/dicts/{hashes,dict_layout,sets}.json. Deterministic (fixed seed).

Values travel as tagged strings so that 1, 1.0 and True stay distinct: "i:5", "f:2.5", "b:True".
dict_layout.json reads CPython's real index array through ctypes (the PyDictKeysObject layout of
3.11 on a 64-bit build), so the specs compare the learner's table slot by slot with CPython's.
"""
import ctypes
import json
import random
import sys
from pathlib import Path

assert sys.version_info[:2] == (3, 11), "the fixtures are recorded from CPython 3.11"
OUT = Path(__file__).resolve().parents[1] / "resources" / "golden" / "dicts"
GENERATOR = "src/test/python/dicts_golden.py"
rng = random.Random(20261124)


def tag(value):
    if isinstance(value, bool):
        return "b:" + repr(value)
    if isinstance(value, int):
        return "i:" + repr(value)
    if isinstance(value, float):
        return "f:" + repr(value)
    raise TypeError(value)


def write(name, cases):
    doc = {"python": sys.version.split()[0], "generator": GENERATOR, "cases": cases}
    (OUT / name).write_text(json.dumps(doc, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{name}: {len(cases)} cases")


# ---------------------------------------------------------------- hash() of numbers
def random_number():
    kind = rng.randrange(7)
    if kind == 0:
        return rng.randint(-300, 300)
    if kind == 1:
        return rng.randint(-2**63, 2**63 - 1)
    if kind == 2:
        return rng.choice([-1, 1]) * (rng.randint(0, 4) * (2**61 - 1) + rng.randint(-3, 3))
    if kind == 3:
        return rng.randint(-2**200, 2**200)
    if kind == 4:
        return float(rng.randint(-2**70, 2**70)) if rng.random() < 0.5 else float(rng.randint(-1000, 1000))
    if kind == 5:
        return rng.uniform(-1e6, 1e6)
    return rng.choice([0.5, -0.5, 0.1, 1e-300, 1e300, -2.75, float("inf"), float("-inf"), True, False, 0.0, -0.0])


def hash_cases(n):
    return [{"value": tag(v), "hash": hash(v)} for v in (random_number() for _ in range(n))]


# ---------------------------------------------------------------- dict layout
def layout(d):
    """(index array, dk_nentries) of a combined dict, read from PyDictKeysObject."""
    keys = ctypes.c_void_p.from_address(id(d) + 32).value      # PyDictObject.ma_keys
    log2_size = ctypes.c_uint8.from_address(keys + 8).value
    log2_index_bytes = ctypes.c_uint8.from_address(keys + 9).value
    nentries = ctypes.c_ssize_t.from_address(keys + 24).value
    size = 1 << log2_size
    width = (1 << log2_index_bytes) // size
    ctype = {1: ctypes.c_int8, 2: ctypes.c_int16, 4: ctypes.c_int32, 8: ctypes.c_int64}[width]
    return [ctype.from_address(keys + 32 + i * width).value for i in range(size)], nentries


def key_pool():
    step = rng.choice([8, 16, 32, 64])
    pool = [i * step for i in range(rng.randint(3, 14))]             # same low bits: perturbation matters
    pool += [rng.randint(-50, 50) for _ in range(rng.randint(2, 12))]
    pool += rng.sample([-1, -2, 2**61 - 1, 2**61, 2**64 + 3, True, False, 1.0, 0.0, 2.5, -0.5, 2**40], 4)
    return pool


def dict_case():
    d, ops = {}, []
    pool = key_pool()
    for _ in range(rng.randint(5, 45)):
        r = rng.random()
        key = rng.choice(pool)
        value = rng.randint(0, 99)
        if r < 0.5:
            op, result = ["set", tag(key), value], None
            d[key] = value
        elif r < 0.65:
            op = ["del", tag(key)]
            try:
                del d[key]
                result = None
            except KeyError as e:
                result = "KeyError: " + str(e)
        elif r < 0.75:
            op = ["pop", tag(key)]
            try:
                result = repr(d.pop(key))
            except KeyError as e:
                result = "KeyError: " + str(e)
        elif r < 0.83:
            op = ["popitem"]
            try:
                result = repr(d.popitem())
            except KeyError as e:
                result = "KeyError: " + str(e)
        elif r < 0.93:
            op, result = ["setdefault", tag(key), value], repr(d.setdefault(key, value))
        elif r < 0.97:
            op, result = ["get", tag(key)], repr(d.get(key))
        else:
            op, result = ["clear"], None
            d.clear()
        indices, nentries = layout(d)
        ops.append({"op": op, "result": result, "repr": repr(d), "indices": indices, "nentries": nentries})
    return {"ops": ops}


# ---------------------------------------------------------------- set algebra
def random_set():
    base = rng.choice([1, 8, 32])
    return {rng.randint(-3, 12) * base for _ in range(rng.randint(0, 9))}


def set_case():
    a, b = random_set(), random_set()
    return {
        "a": sorted(a), "b": sorted(b),
        "or": sorted(a | b), "and": sorted(a & b), "sub": sorted(a - b), "xor": sorted(a ^ b),
        "issubset": a <= b, "issuperset": a >= b, "eq": a == b,
        "hash_a": hash(frozenset(a)), "hash_b": hash(frozenset(b)),
        "hash_nested": hash(frozenset({frozenset(a), frozenset(b), 7})),
    }


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    write("hashes.json", hash_cases(800))
    write("dict_layout.json", [dict_case() for _ in range(300)])
    write("sets.json", [set_case() for _ in range(400)])
