#!/usr/bin/env python3
"""Generates the CPython 3.11 golden fixtures of the `references` kata.

Run from the repository root:  python3 src/test/python/references_golden.py
Writes src/test/resources/golden/references/{heap,calls,iadd}.json. Deterministic (fixed seed).

heap.json     random scripts of `o = Obj()`, `b = a`, `del a`, `a.x = b`, `del a.x` and gc.collect(),
              with the automatic collector off; after each step: the refcount of every bound object
              (sys.getrefcount minus its own argument) and which objects' __del__ has run so far.
calls.json    random signatures `def f(p0, p1=..., ...)` called with too few or too many arguments:
              CPython's exact TypeError message.
iadd.json     `def add(a, b): a += b; return a` on ints, lists, tuples, strs and None: the result,
              whether the caller's object changed, or the TypeError message.
"""
import gc
import json
import random
import sys
from pathlib import Path

assert sys.version_info[:2] == (3, 11), "the fixtures are recorded from CPython 3.11"
OUT = Path(__file__).resolve().parents[1] / "resources" / "golden" / "references"
GENERATOR = "src/test/python/references_golden.py"
rng = random.Random(442)


def write(name, cases):
    doc = {"python": sys.version.split()[0], "generator": GENERATOR, "cases": cases}
    (OUT / name).write_text(json.dumps(doc, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{name}: {len(cases)} cases")


# ---------------------------------------------------------------- reference counting and gc
finalized = []


class Obj:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        finalized.append(self.label)


ATTRS = ["x", "y", "z"]


def heap_case():
    finalized.clear()
    ns = {}
    steps = []
    created = 0
    for _ in range(rng.randint(4, 40)):
        names = list(ns)
        r = rng.random()
        error = None
        if r < 0.25 or not names:
            op = ["new", f"o{created}"]
            created += 1
            ns[op[1]] = Obj(op[1])
        elif r < 0.4:
            op = ["bind", rng.choice(names + [f"n{i}" for i in range(3)]), rng.choice(names)]
            ns[op[1]] = ns[op[2]]
        elif r < 0.6:
            op = ["del", rng.choice(names + ["ghost"])]
            try:
                del ns[op[1]]
            except KeyError:
                error = f"name '{op[1]}' is not defined"
        elif r < 0.8:
            op = ["setattr", rng.choice(names), rng.choice(ATTRS), rng.choice(names)]
            setattr(ns[op[1]], op[2], ns[op[3]])
        elif r < 0.92:
            op = ["delattr", rng.choice(names), rng.choice(ATTRS)]
            try:
                delattr(ns[op[1]], op[2])
            except AttributeError as e:
                error = str(e)
        else:
            op = ["collect"]
            error = gc.collect()      # recorded as the step's result
        refcounts = {name: sys.getrefcount(ns[name]) - 1 for name in ns}
        steps.append({"op": op, "result": error, "refcounts": refcounts, "finalized": sorted(finalized)})
    ns.clear()
    gc.collect()
    return {"steps": steps}


# ---------------------------------------------------------------- call-time argument errors
def call_case():
    n = rng.randint(0, 5)
    k = rng.randint(0, n)
    params = [f"p{i}" for i in range(n)]
    required = params[: n - k]
    source = "def f(" + ", ".join(required + [f"{p}=None" for p in params[n - k:]]) + "): pass"
    scope = {}
    exec(source, scope)
    given = rng.choice([rng.randint(0, max(0, len(required) - 1)), n + rng.randint(1, 3)])
    try:
        scope["f"](*range(given))
        message = None
    except TypeError as e:
        message = str(e)
    return {"name": "f", "params": params, "defaults": k, "given": given, "message": message}


# ---------------------------------------------------------------- a += b inside a function
def add(a, b):
    a += b
    return a


def random_operand():
    return rng.choice([
        lambda: rng.randint(-9, 9),
        lambda: [rng.randint(0, 9) for _ in range(rng.randint(0, 3))],
        lambda: tuple(rng.randint(0, 9) for _ in range(rng.randint(0, 3))),
        lambda: "".join(rng.choice("abc") for _ in range(rng.randint(0, 3))),
        lambda: None,
    ])()


def encode(value):
    if value is None:
        return {"none": True}
    if isinstance(value, int):
        return {"int": value}
    if isinstance(value, str):
        return {"str": value}
    return {"list" if isinstance(value, list) else "tuple": [encode(v) for v in value]}


def iadd_case():
    a, b = random_operand(), random_operand()
    case = {"a": encode(a), "b": encode(b)}
    before = repr(a)
    try:
        result = add(a, b)
        case.update(result=repr(result), same=result is a, a_after=repr(a), a_changed=repr(a) != before)
    except TypeError as e:
        case["error"] = str(e)
    return case


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    gc.disable()
    write("heap.json", [heap_case() for _ in range(300)])
    write("calls.json", [call_case() for _ in range(300)])
    write("iadd.json", [iadd_case() for _ in range(400)])
