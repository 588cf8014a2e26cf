#!/usr/bin/env python3
"""Generates the CPython 3.11 golden fixtures of the `dicts` kata.

Run from the repository root:  python3 src/test/python/dicts_golden.py
Writes src/test/resources/golden/dicts/{hashes,dict_layout,dict_api_layout,sets,set_lookups}.json. Deterministic (fixed seed).

Values travel tagged (1, 1.0 and True stay apart), as golden_values.py writes them. dict_layout.json
reads CPython's real index array through ctypes (the PyDictKeysObject layout of 3.11 on a 64-bit
build), so the specs compare the learner's table slot by slot with CPython's. No nan is ever a
dict key here: CPython hashes a nan by its address, which changes from run to run.
"""
import ctypes
import json
import random
import sys
from pathlib import Path

from golden_values import encode

assert sys.version_info[:2] == (3, 11), "the fixtures are recorded from CPython 3.11"
OUT = Path(__file__).resolve().parents[1] / "resources" / "golden" / "dicts"
GENERATOR = "src/test/python/dicts_golden.py"
rng = random.Random(20261124)

# Floats that need an exponent, signed zeros and infinities, and values equal across types.
SPECIAL_KEYS = [-1, -2, 2**61 - 1, 2**61, 2**64 + 3, True, False, 1.0, 0.0, -0.0, 2.5, -0.5, 2**40,
                1e16, 10**16, 1e-05, 1e300, float("inf"), float("-inf"), 1, 0]
# Lists stand for the unhashable keys: the dict specs run before sets exist (task 5).
UNHASHABLE = [[1], [], [1.0, True]]


def write(name, cases):
    doc = {"python": sys.version.split()[0], "generator": GENERATOR, "cases": cases}
    (OUT / name).write_text(json.dumps(doc, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{name}: {len(cases)} cases")


def attempt(action):
    """repr() of what action returns, or 'Error: message' for what it raises."""
    try:
        return repr(action())
    except (KeyError, TypeError) as e:
        return f"{type(e).__name__}: {e}"


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
    return rng.choice([0.5, -0.5, 0.1, 1e-300, 1e300, -2.75, float("inf"), float("-inf"), True, False, 0.0, -0.0,
                       1e16, 1e-05, 5e-324, 1.7976931348623157e308])


def hash_cases(n):
    return [{"value": encode(v), "hash": hash(v)} for v in (random_number() for _ in range(n))]


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
    pool += rng.sample(SPECIAL_KEYS, 6)
    return pool


def other_dict(pool):
    """A dict built by its own short script, so that update() and copy() meet fresh, holey and oversized tables."""
    d, script = {}, []
    for _ in range(rng.choice([0, 1, 3, 5, 6, 10, 11, rng.randint(0, 30)])):
        key = rng.choice(pool)
        d[key] = rng.randint(0, 99)
        script.append(["set", encode(key), d[key]])
    for _ in range(rng.choice([0, 0, 1, 3, rng.randint(0, 12)])):
        if d and rng.random() < 0.5:
            d.popitem()
            script.append(["popitem"])
        elif d:
            key = rng.choice(list(d))
            del d[key]
            script.append(["del", encode(key)])
    return d, script


TABLE_LOOKUPS = ["del", "getitem", "in"]
API_LOOKUPS = TABLE_LOOKUPS + ["pop", "pop", "popdefault", "setdefault", "get"]


def keyed_op(d, pool, kinds):
    """One lookup-style operation; now and then with an unhashable key, more often on an empty dict,
    where d.pop(key) answers without hashing (KeyError([1]), not TypeError)."""
    key = rng.choice(UNHASHABLE) if rng.random() < (0.4 if not d else 0.08) else rng.choice(pool)
    value = rng.randint(0, 99)
    kind = rng.choice(kinds)

    def delete():
        del d[key]

    action = {"del": delete, "getitem": lambda: d[key], "pop": lambda: d.pop(key), "popdefault": lambda: d.pop(key, value),
              "setdefault": lambda: d.setdefault(key, value), "get": lambda: d.get(key), "in": lambda: key in d}[kind]
    result = attempt(action)
    op = [kind, encode(key)] + ([value] if kind in ("popdefault", "setdefault") else [])
    return op, (None if kind == "del" and not result.startswith(("KeyError", "TypeError")) else result)


def dict_case(api):
    """A script of table operations (task 2: d[k] = v, del d[k], d[k], k in d), or of the whole
    mapping API (task 3) when api is true, with update, copy and fromkeys laid out as CPython does."""
    d, ops = {}, []
    pool = key_pool()
    for _ in range(rng.randint(5, 45)):
        r = rng.random()
        result = None
        if r < 0.42:
            key = rng.choice(pool)
            op = ["set", encode(key), rng.randint(0, 99)]
            d[key] = op[2]
        elif r < 0.72:
            op, result = keyed_op(d, pool, API_LOOKUPS if api else TABLE_LOOKUPS)
        elif not api:
            continue
        elif r < 0.78:
            op, result = ["popitem"], attempt(d.popitem)
        elif r < 0.86:
            other, script = other_dict(pool)
            op = ["update", script]
            d.update(other)
        elif r < 0.9:
            op = ["copy"]
            d = d.copy()
        elif r < 0.95:
            source, script = other_dict(pool)
            if rng.random() < 0.5:
                op = ["fromkeys", "dict", script]
            else:
                source = [rng.choice(pool) for _ in range(rng.randint(0, 25))]
                op = ["fromkeys", "list", [encode(k) for k in source]]
            d = dict.fromkeys(source, 0)
        else:
            op = ["clear"]
            d.clear()
        indices, nentries = layout(d)
        ops.append({"op": op, "result": result, "repr": repr(d), "indices": indices, "nentries": nentries})
    return {"ops": ops}


# ---------------------------------------------------------------- set algebra
# Equal values of different types: which operand's object survives an operation is CPython's rule.
MIXED = [0, 1, 2, 8, -1, 0.0, -0.0, 1.0, 2.0, 8.0, True, False, 1e16, 10**16, 2.5, float("inf")]


def random_elements():
    """The elements in insertion order: the first of equal elements is the one a set keeps."""
    if rng.random() < 0.5:
        base = rng.choice([1, 8, 32])
        return [rng.randint(-3, 12) * base for _ in range(rng.randint(0, 9))]
    return [rng.choice(MIXED) for _ in range(rng.randint(0, 7))]


def elements(s):
    return [encode(x) for x in s]


def set_case():
    a_items, b_items = random_elements(), random_elements()
    a, b = set(a_items), set(b_items)
    return {
        "a": elements(a_items), "b": elements(b_items),
        "or": elements(a | b), "and": elements(a & b), "sub": elements(a - b), "xor": elements(a ^ b),
        "issubset": a <= b, "issuperset": a >= b, "eq": a == b,
        "hash_a": hash(frozenset(a)), "hash_b": hash(frozenset(b)),
        "hash_nested": hash(frozenset({frozenset(a), frozenset(b), 7})),
    }


def lookup_case():
    """x in s, s.remove(x), s.discard(x) and s.add(x), with unhashable and set-valued x, on empty sets too."""
    items = random_elements() if rng.random() < 0.7 else []
    s = set(items)
    key = rng.choice(MIXED + [[1], [], {1}, set(), {1.0, 2}, frozenset({1}), frozenset()])
    if rng.random() < 0.3 and items:
        s.add(frozenset(items[:2]))
        items = items + [frozenset(items[:2])]
        key = set(items[:2])
    op = rng.choice(["in", "remove", "discard", "add"])
    action = {"in": lambda: key in s, "remove": lambda: s.remove(key), "discard": lambda: s.discard(key),
              "add": lambda: s.add(key)}[op]
    return {"items": elements(items), "op": op, "key": encode(key), "result": attempt(action), "after": elements(s)}


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    write("hashes.json", hash_cases(800))
    write("dict_layout.json", [dict_case(api=False) for _ in range(300)])
    write("dict_api_layout.json", [dict_case(api=True) for _ in range(400)])
    write("sets.json", [set_case() for _ in range(500)])
    write("set_lookups.json", [lookup_case() for _ in range(400)])
