"""Generates the asyncio fixtures with CPython's own event loop and StreamReader.

timer_order.json: random schedules of call_soon/call_later/call_at and when CPython fired them.
stream_reader.json: random scripts for a StreamReader: chunks fed one per second, then EOF, while
one coroutine calls readline/read/readexactly/readuntil/at_eof (and waits until just after a given
chunk); every result or exception is recorded with the loop time at which the call returned.

The loop gets a virtual clock: time() reads a counter and the selector, instead of sleeping,
adds its timeout to the counter. So CPython decides the firing order and the firing times, and
between two chunks the reader runs until it waits again.
Run: python3 src/test/python/asyncio_golden.py
"""
import asyncio
import json
import platform
import random

OUT = "src/test/resources/golden/asyncio/timer_order.json"
STREAMS_OUT = "src/test/resources/golden/asyncio/stream_reader.json"


class VirtualSelector:
    def __init__(self, clock):
        self.clock = clock

    def select(self, timeout=None):
        assert timeout is not None, "the generated schedule must never leave the loop idle"
        self.clock[0] += timeout
        return []

    def close(self):
        pass


def random_schedule(rng):
    count = rng.randint(1, 25)
    callbacks = []
    for ident in range(count):
        kind = rng.choice(["soon", "later", "at"])
        value = rng.choice([-1.0, 0.0, 0.5, 1.0, 1.5, 2.0, 3.0]) if kind != "soon" else 0.0
        parent = rng.randrange(-1, ident) if ident else -1  # -1: scheduled before the loop starts
        callbacks.append({"id": ident, "kind": kind, "value": value, "parent": parent})
    return callbacks


def virtual_loop():
    """A new loop on a virtual clock; returns it and a function that restores and closes it."""
    loop = asyncio.new_event_loop()
    clock = [0.0]
    real_selector = loop._selector
    loop._selector = VirtualSelector(clock)
    loop.time = lambda: clock[0]

    def close():
        loop._selector = real_selector
        loop.close()
    return loop, close


def run(callbacks):
    loop, close = virtual_loop()
    fired = []

    def schedule(cb):
        if cb["kind"] == "soon":
            loop.call_soon(fire, cb)
        elif cb["kind"] == "later":
            loop.call_later(cb["value"], fire, cb)
        else:
            loop.call_at(loop.time() + cb["value"], fire, cb)

    def fire(cb):
        fired.append([cb["id"], loop.time()])
        for child in callbacks:
            if child["parent"] == cb["id"]:
                schedule(child)
        if len(fired) == len(callbacks):
            loop.stop()

    for cb in callbacks:
        if cb["parent"] == -1:
            schedule(cb)
    loop.run_forever()
    close()
    return fired


# Bytes travel as latin-1 strings in the JSON: the alphabet is plain ASCII, newlines included.
ALPHABET = b"aab\n\n-x"
SEPARATORS = [b"\n", b"\n", b"-", b"ab", b"--x"]


def random_script(rng):
    chunks = [bytes(rng.choice(ALPHABET) for _ in range(rng.randint(1, 9))) for _ in range(rng.randint(0, 7))]
    ops = []
    for _ in range(rng.randint(1, 14)):
        kind = rng.choice(["readline", "readline", "read", "readexactly", "readuntil", "at_eof", "wait"])
        if kind == "read":
            ops.append([kind, rng.choice([-1, 0, 1, 2, 3, 5, 8, 100])])
        elif kind == "readexactly":
            ops.append([kind, rng.choice([-1, 0, 1, 2, 3, 5, 8, 13]) if rng.random() < 0.1 else rng.randint(0, 13)])
        elif kind == "readuntil":
            ops.append([kind, (b"" if rng.random() < 0.04 else rng.choice(SEPARATORS)).decode("latin-1")])
        elif kind == "wait":
            ops.append([kind, rng.randint(0, len(chunks) + 1)])  # until just after chunk k (k + 0.5 s)
        else:
            ops.append([kind])
    return {"limit": rng.choice([1, 2, 3, 4, 6, 10, 64, 65536]),
            "chunks": [c.decode("latin-1") for c in chunks], "ops": ops}


async def call(reader, loop, op):
    kind = op[0]
    if kind == "readline":
        return await reader.readline()
    if kind == "read":
        return await reader.read(op[1])
    if kind == "readexactly":
        return await reader.readexactly(op[1])
    if kind == "readuntil":
        return await reader.readuntil(op[1].encode("latin-1"))
    if kind == "at_eof":
        return reader.at_eof()
    await asyncio.sleep(max(0.0, op[1] + 0.5 - loop.time()))
    return None


def outcome(value_or_error):
    if isinstance(value_or_error, BaseException):
        e = value_or_error
        error = {"type": type(e).__name__, "message": str(e)}
        if isinstance(e, asyncio.IncompleteReadError):
            error.update(partial=e.partial.decode("latin-1"), expected=e.expected)
        if isinstance(e, asyncio.LimitOverrunError):
            error["consumed"] = e.consumed
        return {"error": error}
    if isinstance(value_or_error, bytes):
        return {"bytes": value_or_error.decode("latin-1")}
    return {"value": value_or_error}


def replay(script):
    loop, close = virtual_loop()
    reader = asyncio.StreamReader(limit=script["limit"], loop=loop)
    chunks = script["chunks"]
    for i, chunk in enumerate(chunks):
        loop.call_at(i + 1.0, reader.feed_data, chunk.encode("latin-1"))
    loop.call_at(len(chunks) + 1.0, reader.feed_eof)
    results = []

    async def drive():
        for op in script["ops"]:
            try:
                result = outcome(await call(reader, loop, op))
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as e:
                result = outcome(e)
            result["at"] = loop.time()
            results.append(result)

    loop.run_until_complete(drive())
    close()
    return results


def write(path, cases):
    doc = {"python": platform.python_version(), "generator": "src/test/python/asyncio_golden.py", "cases": cases}
    with open(path, "w") as f:
        json.dump(doc, f, indent=None, separators=(",", ":"))
        f.write("\n")


def main():
    rng = random.Random(20261124)
    cases = []
    for _ in range(400):
        callbacks = random_schedule(rng)
        cases.append({"callbacks": callbacks, "fired": run(callbacks)})
    write(OUT, cases)
    rng = random.Random(20261201)
    scripts = []
    for _ in range(500):
        script = random_script(rng)
        script["results"] = replay(script)
        scripts.append(script)
    write(STREAMS_OUT, scripts)


if __name__ == "__main__":
    main()
