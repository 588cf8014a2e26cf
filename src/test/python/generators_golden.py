#!/usr/bin/env python3
"""Generates the CPython golden fixtures for the `generators` kata.

Run from the repository root with CPython 3.11:  python3 src/test/python/generators_golden.py
Writes src/test/resources/golden/generators/{iteration,frames,records}.json. Deterministic (fixed seed).
"""
import inspect
import io
import json
import platform
import random
from pathlib import Path

OUT = Path("src/test/resources/golden/generators")
SCRIPT = "src/test/python/generators_golden.py"


def save(name, cases):
    OUT.mkdir(parents=True, exist_ok=True)
    doc = {"python": platform.python_version(), "generator": SCRIPT, "cases": cases}
    (OUT / name).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{name}: {len(cases)} cases")


def outcome(thunk):
    try:
        return {"value": thunk()}
    except Exception as exc:  # the fixture records Python's exact type and message
        return {"error": type(exc).__name__, "message": str(exc)}


# ---- iteration.json: iter()/next()/list() on objects with __iter__, __getitem__, or neither ----

class Seq:
    """Only __getitem__: items 0..limit-1 are i*i, then IndexError or StopIteration."""
    def __init__(self, limit, stop):
        self.limit, self.stop = limit, stop

    def __getitem__(self, i):
        if i < self.limit:
            return i * i
        raise IndexError("seq index out of range") if self.stop == "IndexError" else StopIteration


class ReturnsList:
    def __iter__(self):
        return [1, 2]


class Opaque:
    pass


def make(kind, rng):
    if kind == "seq":
        return {"kind": "seq", "limit": rng.randint(0, 12), "stop": rng.choice(["IndexError", "StopIteration"])}
    if kind == "list":
        return {"kind": "list", "items": [rng.randint(-50, 50) for _ in range(rng.randint(0, 8))]}
    return {"kind": kind}


def build(spec):
    kind = spec["kind"]
    if kind == "seq":
        return Seq(spec["limit"], spec["stop"])
    if kind == "list":
        return list(spec["items"])
    return {"returnsList": ReturnsList(), "opaque": Opaque(), "int": 42, "str": None, "none": None}[kind]


def iteration_cases(rng):
    cases = []
    kinds = ["seq", "seq", "seq", "list", "returnsList", "opaque", "int", "none"]
    for _ in range(300):
        spec = make(rng.choice(kinds), rng)
        op = rng.choice(["list", "next", "iterThenNext", "iterIsSelf"])
        obj = build(spec)
        if op == "list":
            result = outcome(lambda: list(obj))
        elif op == "next":
            result = outcome(lambda: next(obj))
        elif op == "iterThenNext":
            # next() on iter(obj) as many times as there are items, plus two more: the end is sticky.
            def run():
                it = iter(obj)
                seen = []
                for _ in range(14):
                    try:
                        seen.append(next(it))
                    except StopIteration:
                        seen.append("<stop>")
                return seen
            result = outcome(run)
        else:
            def run():
                it = iter(obj)
                return [it is obj, iter(it) is it]
            result = outcome(run)
        cases.append({"object": spec, "op": op, "result": result})
    return cases


# ---- frames.json: the notes' gen_func, a countdown and gen_fib, observed after every next() ----

def gen_func():
    yield 1
    name = "Sancho"
    yield 2
    age = 30
    return "Hello"


def countdown(start):
    n = start
    while n > 0:
        yield n
        n -= 1


def gen_fib(index):
    n, a, b = 0, 0, 1
    while n < index:
        yield b
        a, b = b, a + b
        n += 1


def snapshot(gen):
    frame = gen.gi_frame
    return {"state": inspect.getgeneratorstate(gen),
            "frameIsNone": frame is None,
            "locals": None if frame is None else dict(frame.f_locals)}


def trace(gen, calls):
    steps = [dict(snapshot(gen), call="<created>")]
    for _ in range(calls):
        try:
            step = {"call": "next", "yielded": next(gen)}
        except StopIteration as stop:
            step = {"call": "next", "stopped": True, "returned": stop.value}
        step.update(snapshot(gen))
        steps.append(step)
    return steps


def frames_cases(rng):
    cases = [{"function": "gen_func", "arg": None, "steps": trace(gen_func(), 4)}]
    for _ in range(120):
        start = rng.randint(0, 9)
        cases.append({"function": "countdown", "arg": start, "steps": trace(countdown(start), start + rng.randint(0, 3))})
    for _ in range(120):
        index = rng.randint(0, 40)
        cases.append({"function": "gen_fib", "arg": index, "steps": trace(gen_fib(index), index + rng.randint(0, 3))})
    return cases


# ---- records.json: the large-file reader, on random text, delimiters and chunk sizes ----

def read_records(f, delimiter, chunk_size):
    """The notes' reader with the empty-delimiter loop refused; the reference the Java reader must match."""
    if not delimiter:
        raise ValueError("empty separator")
    buf = ""
    while True:
        while delimiter in buf:
            pos = buf.index(delimiter)
            yield buf[:pos]
            buf = buf[pos + len(delimiter):]
        chunk = f.read(chunk_size)
        if not chunk:
            yield buf
            return
        buf += chunk


ALPHABETS = ["ab|", "ab{|}", "x,\n", "aaab", "\r\n x", "中文字|", "é€😀;", "ab"]


def records_cases(rng):
    cases = []
    for _ in range(400):
        alphabet = rng.choice(ALPHABETS)
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        if rng.random() < 0.3:
            delimiter = rng.choice(["{|}", "|", "\r\n", "aa", "😀", "中文", ",\n"])
        else:
            delimiter = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3)))
        chunk = rng.randint(1, 9)
        records = list(read_records(io.StringIO(text, newline=""), delimiter, chunk))
        assert records == text.split(delimiter)
        cases.append({"text": text, "delimiter": delimiter, "chunk": chunk, "records": records})
    return cases


if __name__ == "__main__":
    rng = random.Random(20260706)
    save("iteration.json", iteration_cases(rng))
    save("frames.json", frames_cases(rng))
    save("records.json", records_cases(rng))
