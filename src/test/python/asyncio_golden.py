"""Generates src/test/resources/golden/asyncio/timer_order.json with CPython's own event loop.

The loop gets a virtual clock: time() reads a counter and the selector, instead of sleeping,
adds its timeout to the counter. So CPython decides the firing order and the firing times.
Run: python3 src/test/python/asyncio_golden.py
"""
import asyncio
import json
import platform
import random

OUT = "src/test/resources/golden/asyncio/timer_order.json"


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


def run(callbacks):
    loop = asyncio.new_event_loop()
    clock = [0.0]
    real_selector = loop._selector
    loop._selector = VirtualSelector(clock)
    loop.time = lambda: clock[0]
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
    loop._selector = real_selector
    loop.close()
    return fired


def main():
    rng = random.Random(20261124)
    cases = []
    for _ in range(400):
        callbacks = random_schedule(rng)
        cases.append({"callbacks": callbacks, "fired": run(callbacks)})
    doc = {"python": platform.python_version(), "generator": "src/test/python/asyncio_golden.py", "cases": cases}
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=None, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
