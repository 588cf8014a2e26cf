#!/usr/bin/env python3
"""Regenerates the CPython golden fixtures of the `sequences` kata.

Run from the repository root with CPython 3.11:  python3 src/test/python/sequences_golden.py
Every case is drawn from a seeded random generator, so a rerun writes the same files.

Python values travel tagged (1, 1.0 and True stay apart), as golden_values.py writes them.
"""
import array
import bisect
import collections
import collections.abc
import copy
import json
import os
import platform
import random
import sys

from golden_values import decode_float, encode

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "golden", "sequences")
SCRIPT = "src/test/python/sequences_golden.py"


def outcome(action):
    """Run action(); return {"value": ...} or {"error": type, "message": str(exc)}."""
    try:
        return {"value": action()}
    except Exception as exc:  # the fixture records exactly what CPython raised
        return {"error": type(exc).__name__, "message": str(exc)}


def write(name, cases):
    document = {"python": platform.python_version(), "generator": SCRIPT, "cases": cases}
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as out:
        json.dump(document, out, ensure_ascii=False, indent=None, separators=(",", ":"))
        out.write("\n")
    print(f"{name}: {len(cases)} cases", file=sys.stderr)


def maybe(rng, low, high, none_chance=0.2):
    return None if rng.random() < none_chance else rng.randint(low, high)


SPECIAL_FLOATS = [0.0, -0.0, 0.5, 1.5, 0.1, 1e16, 1e-05, 1e22, 1.5e300, 2.5e-07, 123456789.125,
                  9007199254740993.0, float("inf"), float("-inf")]
TEXTS = ["", "a", "ab", "it's", 'say "hi"', "\n"]


def number(rng):
    """An int, a bool (an int too) or a float, many of them needing an exponent."""
    kind = rng.random()
    if kind < 0.4:
        return rng.choice([0, 1, -1, 2, 7, 1000, rng.randint(-2 ** 40, 2 ** 40)])
    if kind < 0.6:
        return rng.random() < 0.5
    return rng.choice(SPECIAL_FLOATS + [float("nan"), rng.uniform(-1e6, 1e6)])


def scalar(rng):
    """A number, a str or None."""
    kind = rng.random()
    if kind < 0.75:
        return number(rng)
    return rng.choice(TEXTS) if kind < 0.92 else None


def operand(rng):
    """A scalar, or a list or tuple of scalars (empty ones included)."""
    kind = rng.random()
    if kind < 0.35:
        return scalar(rng)
    items = [scalar(rng) for _ in range(rng.randint(0, 3))]
    return items if kind < 0.7 else tuple(items)


def slice_cases(rng, count):
    cases = []
    for _ in range(count):
        n = rng.randint(0, 12)
        start, stop = maybe(rng, -16, 16), maybe(rng, -16, 16)
        step = None if rng.random() < 0.25 else rng.choice([-4, -3, -2, -1, 0, 1, 1, 2, 3, 4])
        sl = slice(start, stop, step)
        base = list(range(n))
        size = len(base[sl]) if step != 0 else 0
        # Half the time the replacement fits an extended slice; the rest probes the size check.
        value_len = size if rng.random() < 0.5 else rng.randint(0, 5)
        value = [100 + i for i in range(value_len)]

        def assign():
            target = list(base)
            target[sl] = value
            return target

        def delete():
            target = list(base)
            del target[sl]
            return target

        cases.append({
            "len": n, "start": start, "stop": stop, "step": step, "valueLen": value_len,
            "indices": outcome(lambda: list(sl.indices(n))),
            "get": outcome(lambda: base[sl]),
            "set": outcome(assign),
            "del": outcome(delete),
        })
    return cases


def bisect_cases(rng, count):
    cases = []
    for _ in range(count):
        a = sorted(rng.randint(0, 9) for _ in range(rng.randint(0, 10)))
        x = rng.randint(-1, 10)
        lo = rng.choice([0, 0, 0, rng.randint(-2, len(a) + 2)])
        hi = rng.choice([None, None, -1, rng.randint(-2, len(a) + 3)])
        kwargs = {"lo": lo} if hi is None else {"lo": lo, "hi": hi}

        def insort(fn):
            target = list(a)
            fn(target, x, **kwargs)
            return target

        cases.append({
            "a": a, "x": x, "lo": lo, "hi": hi,
            "left": outcome(lambda: bisect.bisect_left(a, x, **kwargs)),
            "right": outcome(lambda: bisect.bisect_right(a, x, **kwargs)),
            "insortLeft": outcome(lambda: insort(bisect.insort_left)),
            "insortRight": outcome(lambda: insort(bisect.insort_right)),
        })
    return cases


TYPECODES = "bBhHiIlLqQfd"
BOUNDARIES = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
              2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**63 - 1, -2**63]


def array_value(rng):
    kind = rng.random()
    if kind < 0.55:
        return {"int": rng.choice(BOUNDARIES) + rng.choice([0, 0, -1, 1])}
    if kind < 0.7:
        return {"int": rng.randint(-2**40, 2**40)}
    if kind < 0.8:
        return encode(rng.choice([0.5, -2.25, 0.1, 1e10, 3.0, 3.5e38, float("nan")] + SPECIAL_FLOATS))
    if kind < 0.87:
        return {"bool": rng.random() < 0.5}
    if kind < 0.94:
        return {"str": rng.choice(["a", "7", ""])}
    return {"none": None}


def python_value(encoded):
    (kind, value), = encoded.items()
    if kind == "float":
        return decode_float(value)
    return None if kind == "none" else value


def array_cases(rng, count):
    cases = []
    while len(cases) < count:
        code = rng.choice(TYPECODES)
        values = [array_value(rng) for _ in range(rng.randint(1, 4))]
        # Java longs cannot hold the rest; the kata models Python ints as Integer/Long.
        if any("int" in v and not -2**63 <= v["int"] < 2**63 for v in values):
            continue

        def build():
            arr = array.array(code, [python_value(v) for v in values])
            # repr() of each item, so that inf, nan and -0.0 come through JSON and are printed as Python does.
            return {"items": [repr(item) for item in arr.tolist()], "bytes": arr.tobytes().hex(), "itemsize": arr.itemsize}

        cases.append({"typecode": code, "values": values, "result": outcome(build)})
    return cases


def deque_cases(rng, count):
    cases = []
    for _ in range(count):
        maxlen = rng.choice([None, None, 0, 1, 2, 3, 5])
        d = collections.deque(maxlen=maxlen)
        steps = []
        for i in range(rng.randint(1, 25)):
            op = rng.choice(["append", "append", "appendleft", "appendleft", "pop", "popleft"])
            if op.startswith("append"):
                getattr(d, op)(i)
                steps.append({"op": op, "arg": i, "after": list(d)})
            else:
                steps.append({"op": op, "result": outcome(getattr(d, op)), "after": list(d)})
        cases.append({"maxlen": maxlen, "steps": steps})
    return cases


class Letters(collections.abc.Sequence):
    """The smallest Sequence: __getitem__ and __len__; index() and count() come from the ABC."""

    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


EQUALITY_POOL = [1, 1.0, True, 0, 0.0, -0.0, False, 2, 1e16, 10 ** 16, "a", None]


def index_cases(rng, count):
    """Sequence.index and count: half over letters, half over values that are equal across types."""
    cases = []
    for n in range(count):
        nan = float("nan")
        pool = list("abc") if n % 2 == 0 else EQUALITY_POOL + [nan]
        items = [rng.choice(pool) for _ in range(rng.randint(0, 8))]
        # Another nan object is equal to nothing, not even to itself, so it is never found.
        value = rng.choice(pool + ["d", float("nan")] if n % 2 else pool + ["d"])
        start = rng.choice([0, rng.randint(-10, 10)])
        stop = rng.choice([None, rng.randint(-10, 10)])
        seq = Letters(items)
        nans = {}
        cases.append({"items": encode(items, nans)["list"], "value": encode(value, nans), "start": start, "stop": stop,
                      "index": outcome(lambda: seq.index(value, start, stop)),
                      "count": seq.count(value)})
    return cases


def concat_cases(rng, count):
    """a + b (for a list or tuple a) and a += b over random operands of every kind."""
    cases = []
    for _ in range(count):
        # A third of the cases add two numbers: bool is an int, and a float on either side wins.
        a, b = (number(rng), number(rng)) if rng.random() < 0.33 else (operand(rng), operand(rng))
        if isinstance(a, str) and rng.random() < 0.5:
            b = rng.choice(TEXTS)

        def plus():
            return repr(a + b)

        def inplace():
            target = copy.copy(a)
            alias = target
            target += b
            result = {"repr": repr(target), "alias": repr(alias)}
            if isinstance(alias, list):
                # Whether an immutable result is a new object is CPython's business (it caches
                # small ints and returns t for t + ()); for a list it is the whole point.
                result["same"] = target is alias
            return result

        case = {"a": encode(a), "b": encode(b), "iadd": outcome(inplace)}
        if isinstance(a, (list, tuple)):
            case["plus"] = outcome(plus)
        cases.append(case)
    return cases


INDEX_KEYS = [True, False, 0, 1, -1, 2, -3, 5, 2 ** 32, -2 ** 40, 1.0, 1.5, -0.0, None, "a"]


def getitem_cases(rng, count):
    """lst[key] for int, bool, float, str and None keys, on lists short enough to run off (empty ones too)."""
    cases = []
    for _ in range(count):
        items = [scalar(rng) for _ in range(rng.randint(0, 4))]
        key = rng.choice(INDEX_KEYS)
        cases.append({"items": encode(items), "key": encode(key), "get": outcome(lambda: repr(items[key]))})
    return cases


def main():
    rng = random.Random(20261124)
    os.makedirs(OUT, exist_ok=True)
    write("slices.json", slice_cases(rng, 2400))
    write("index.json", index_cases(rng, 600))
    write("bisect.json", bisect_cases(rng, 800))
    write("array.json", array_cases(rng, 800))
    write("deque.json", deque_cases(rng, 300))
    write("concat.json", concat_cases(rng, 700))
    write("getitem.json", getitem_cases(rng, 400))


if __name__ == "__main__":
    main()
