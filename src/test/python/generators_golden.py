#!/usr/bin/env python3
"""Generates the CPython golden fixtures for the `generators` kata.

Run from the repository root with CPython 3.11:  python3 src/test/python/generators_golden.py
Writes src/test/resources/golden/generators/{iteration,frames,records,decode_errors}.json. Deterministic (fixed seed).
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


# ---- decode_errors.json: invalid UTF-8 somewhere in a file, and the UnicodeDecodeError CPython raises ----

VALID_CHARACTERS = ["a", "z", " ", "é", "ß", "中", "€", "😀", "𐍈"]  # 1 to 4 bytes each
CONTINUATION = list(range(0x80, 0xC0))


def complete(lead):
    """A valid character that starts with `lead`, for leads 0xC2..0xF4 (the second byte respects the lead's range)."""
    second = {0xE0: 0xA0, 0xF0: 0x90}.get(lead, 0x80)
    length = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
    return bytes([lead, second] + [0x80] * (length - 2))


def highest(lead):
    """The valid character that starts with `lead` and has the highest bytes its lead allows (ED: 0x9F, F4: 0x8F, else 0xBF)."""
    second = {0xED: 0x9F, 0xF4: 0x8F}.get(lead, 0xBF)
    length = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
    return bytes([lead, second] + [0xBF] * (length - 2))


def invalid_sequences(rng):
    """(kind, bytes) pairs covering every way UTF-8 goes wrong; `cut` ones are the valid start of a character."""
    for byte in range(0x80, 0x100):  # every non-ASCII byte on its own: continuation bytes, C0/C1, leads, F5..FF
        yield "lone byte", bytes([byte])
    for overlong in ["c0af", "c180", "c1bf", "e080af", "e09fbf", "f08080af", "f08fbfbf"]:
        yield "overlong", bytes.fromhex(overlong)
    for second in [0xA0, 0xAD, 0xB0, 0xBF]:  # D800..DFFF encoded: surrogates are not valid UTF-8
        yield "surrogate", bytes([0xED, second, rng.choice(CONTINUATION)])
        yield "surrogate, cut", bytes([0xED, second])
    for above in ["f4908080", "f4bfbfbf", "f5808080", "f7bfbfbf", "f888808080", "fc8480808080"]:
        yield "above U+10FFFF", bytes.fromhex(above)
    for lead in [0xC2, 0xC3, 0xDF, 0xE0, 0xE1, 0xE2, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4]:
        char = complete(lead)
        for cut in range(1, len(char)):  # a valid start of a character, cut short
            yield "cut", char[:cut]
        for bad_at in range(1, len(char)):  # a valid start, then a byte that cannot continue it
            yield "bad continuation", char[:bad_at] + bytes([rng.choice([0x41, 0x0A, 0xC3, 0xE2, 0xF0, 0xFF, 0x7F])])
    for bad_second in [(0xE0, 0x9F), (0xED, 0xA0), (0xF0, 0x8F), (0xF4, 0x90)]:  # out of the lead's own second-byte range
        yield "second byte out of range", bytes(bad_second)
    for lead in [0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF3, 0xF4]:  # the top of each lead's range is valid too
        char = highest(lead)
        for end in range(2, len(char)):  # a lead and the highest bytes it allows, then the end or a bad byte
            yield "cut after the highest valid bytes", char[:end]
            yield "bad continuation after the highest valid bytes", char[:end] + bytes([rng.choice([0x41, 0x0A, 0xC3, 0xE2, 0xF0, 0xFF, 0x7F])])


def valid_text(rng, delimiter):
    parts = [rng.choice(VALID_CHARACTERS + [delimiter]) for _ in range(rng.randint(0, 8))]
    return "".join(parts).encode("utf-8")


def escaped(data):
    """The body of a Python bytes literal: printable ASCII as itself, everything else (and the backslash) as \\xNN."""
    return "".join(chr(b) if 0x20 <= b < 0x7F and b not in b"\\'" else f"\\x{b:02x}" for b in data)


def decode_error_cases(rng):
    cases = []
    for kind, bad in invalid_sequences(rng):
        for where in ["at the end", "in the middle"]:
            delimiter = rng.choice(["\n", "|", "{|}", "中"])
            data = valid_text(rng, delimiter) + bad  # anything after bad never completes it: no continuation byte follows
            if where == "in the middle":
                data += rng.choice([b"a", delimiter.encode("utf-8"), "é".encode("utf-8"), b"\xc3", b"\xff"]) + valid_text(rng, delimiter)
            try:
                data.decode("utf-8")
            except UnicodeDecodeError as error:
                cases.append({"kind": kind + ", " + where, "bytes": escaped(data), "delimiter": delimiter,
                              "error": type(error).__name__, "message": str(error)})
            else:
                raise AssertionError(f"{data!r} decoded, but {kind} should not")
    return cases


if __name__ == "__main__":
    rng = random.Random(20260706)
    save("iteration.json", iteration_cases(rng))
    save("frames.json", frames_cases(rng))
    save("records.json", records_cases(rng))
    save("decode_errors.json", decode_error_cases(rng))
