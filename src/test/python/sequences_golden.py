#!/usr/bin/env python3
"""Regenerates the CPython golden fixtures of the `sequences` kata.

Run from the repository root with CPython 3.11:  python3 src/test/python/sequences_golden.py
Every case is drawn from a seeded random generator, so a rerun writes the same files.
"""
import array
import bisect
import collections
import collections.abc
import json
import os
import platform
import random
import sys

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
        return {"float": rng.choice([0.5, -2.25, 0.1, 1e10, 3.0])}
    if kind < 0.87:
        return {"bool": rng.random() < 0.5}
    if kind < 0.94:
        return {"str": rng.choice(["a", "7", ""])}
    return {"none": None}


def python_value(encoded):
    (kind, value), = encoded.items()
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
            return {"items": arr.tolist(), "bytes": arr.tobytes().hex(), "itemsize": arr.itemsize}

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


def index_cases(rng, count):
    cases = []
    for _ in range(count):
        items = [rng.choice("abc") for _ in range(rng.randint(0, 8))]
        value = rng.choice("abcd")
        start = rng.choice([0, rng.randint(-10, 10)])
        stop = rng.choice([None, rng.randint(-10, 10)])
        seq = Letters(items)
        cases.append({"items": items, "value": value, "start": start, "stop": stop,
                      "index": outcome(lambda: seq.index(value, start, stop)),
                      "count": seq.count(value)})
    return cases


SAMPLES = {
    "list": lambda: [1, 2], "tuple": lambda: (3, 4), "str": lambda: "ab", "int": lambda: 5,
    "None": lambda: None, "float": lambda: 1.5,
}
LEFT = ["list", "tuple", "str", "int"]


def concat_cases():
    cases = []
    for left in LEFT:
        for right in SAMPLES:
            a, b = SAMPLES[left](), SAMPLES[right]()

            def plus():
                return repr(a + b)

            def inplace():
                target = SAMPLES[left]()
                alias = target
                target += b
                return {"repr": repr(target), "same": target is alias, "alias": repr(alias)}

            if left == "int" and right == "float":
                continue  # the kata's Operators models int + int only
            cases.append({"left": left, "right": right, "plus": outcome(plus), "iadd": outcome(inplace)})
    return cases


def main():
    rng = random.Random(20261124)
    os.makedirs(OUT, exist_ok=True)
    write("slices.json", slice_cases(rng, 2400))
    write("index.json", index_cases(rng, 600))
    write("bisect.json", bisect_cases(rng, 800))
    write("array.json", array_cases(rng, 800))
    write("deque.json", deque_cases(rng, 300))
    write("concat.json", concat_cases())


if __name__ == "__main__":
    main()
