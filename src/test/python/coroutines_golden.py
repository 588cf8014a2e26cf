#!/usr/bin/env python3
"""Generates the CPython golden traces for the `coroutines` kata.

Run from the repository root with CPython 3.11:  python3 src/test/python/coroutines_golden.py
Writes src/test/resources/golden/coroutines/traces.json. Deterministic (fixed seed).

Each trace creates one generator (or coroutine) from a fixed set of programs, then applies a random
sequence of next/send/throw/close and records, after every operation, what came out (the yielded
value, or the exception's type and message, and StopIteration's value) and the state. The Java
specs rebuild the same programs as state machines (src/test/java/coroutines/Programs.java).
"""
import inspect
import json
import platform
import random
import sys
from pathlib import Path

OUT = Path("src/test/resources/golden/coroutines")
SCRIPT = "src/test/python/coroutines_golden.py"


# ---- the programs (keep in step with Programs.java) ----

def simple():
    yield 1
    yield 2
    return "done"


def echo():
    received = None
    while True:
        try:
            received = yield received
        except ValueError as exc:
            received = "caught " + str(exc)


def stubborn():
    n = 0
    while True:
        try:
            yield n
        except GeneratorExit:
            n += 100
        n += 1


def cleanup():
    try:
        x = yield 1
        yield x
    finally:
        yield "cleanup"


def leaky():
    yield 1
    raise StopIteration("leak")


def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def delegator():
    try:
        result = yield from accumulator()
    except ValueError:
        result = "sub failed"
    yield ["sub returned", result]
    return "end"


def delegate_echo():
    result = yield from echo()
    return result


def list_delegate():
    result = yield from [10, 20, 30]
    yield result
    return "end"


def catch_and_return():
    try:
        yield 1
    except KeyError:
        return "caught"
    yield 2


class Pause:
    """An awaitable whose __await__ is a generator: it yields once and returns what it was sent."""
    def __await__(self):
        sent = yield "paused"
        return sent


async def awaiter():
    a = await Pause()
    b = await Pause()
    return [a, b]


async def inner():
    x = await Pause()
    return ["inner", x]


async def outer():
    try:
        r = await inner()
    except KeyError:
        r = "inner failed"
    return ["outer", r]


PROGRAMS = {
    "simple": simple, "echo": echo, "stubborn": stubborn, "cleanup": cleanup, "leaky": leaky,
    "accumulator": accumulator, "delegator": delegator, "delegate_echo": delegate_echo,
    "list_delegate": list_delegate, "catch_and_return": catch_and_return,
    "awaiter": awaiter, "outer": outer,
}

EXCEPTIONS = {
    "ValueError": lambda: ValueError("boom"),
    "KeyError": lambda: KeyError("k"),
    "GeneratorExit": lambda: GeneratorExit("bye"),
    "StopIteration": lambda: StopIteration("s"),
}


def state_of(obj):
    if inspect.iscoroutine(obj):
        return inspect.getcoroutinestate(obj)
    return inspect.getgeneratorstate(obj)


def frame_of(obj):
    return obj.cr_frame if inspect.iscoroutine(obj) else obj.gi_frame


def apply(obj, op):
    kind = op["op"]
    try:
        if kind == "next":
            out = next(obj)
        elif kind == "send":
            out = obj.send(op["arg"])
        elif kind == "throw":
            out = obj.throw(EXCEPTIONS[op["arg"]]())
        else:
            out = obj.close()
        return {"yielded": repr(out)}
    except BaseException as exc:  # the fixture records Python's exact type, message and StopIteration value
        result = {"error": type(exc).__name__, "message": str(exc)}
        if isinstance(exc, StopIteration):
            result["value"] = repr(exc.value)
        if exc.__cause__ is not None:
            result["cause"] = type(exc.__cause__).__name__
        return result


def random_op(rng, coroutine):
    roll = rng.random()
    if roll < 0.25 and not coroutine:
        return {"op": "next"}
    if roll < 0.55:
        return {"op": "send", "arg": None if rng.random() < 0.4 else rng.randint(1, 9)}
    if roll < 0.85:
        return {"op": "throw", "arg": rng.choice(list(EXCEPTIONS))}
    return {"op": "close"}


def traces(rng):
    cases = []
    names = list(PROGRAMS)
    for i in range(480):
        name = names[i % len(names)]
        obj = PROGRAMS[name]()
        coroutine = inspect.iscoroutine(obj)
        steps = []
        # Mostly start with a priming send(None) so that the interesting states get visited.
        ops = ([{"op": "send", "arg": None}] if rng.random() < 0.8 else []) + \
              [random_op(rng, coroutine) for _ in range(rng.randint(1, 9))]
        for op in ops:
            step = dict(op)
            step["result"] = apply(obj, op)
            step["state"] = state_of(obj)
            step["frameIsNone"] = frame_of(obj) is None
            steps.append(step)
        cases.append({"program": name, "steps": steps})
    return cases


def main():
    import warnings
    warnings.simplefilter("ignore")  # "coroutine was never awaited" and friends are irrelevant here
    sys.unraisablehook = lambda unraisable: None  # so is "generator ignored GeneratorExit" at garbage collection
    rng = random.Random(20260707)
    OUT.mkdir(parents=True, exist_ok=True)
    doc = {"python": platform.python_version(), "generator": SCRIPT, "cases": traces(rng)}
    (OUT / "traces.json").write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    print(f"traces.json: {len(doc['cases'])} traces, {sum(len(c['steps']) for c in doc['cases'])} operations")


if __name__ == "__main__":
    main()
