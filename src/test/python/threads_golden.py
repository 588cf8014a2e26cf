#!/usr/bin/env python3
"""Generates the golden fixtures of the `threads` kata by running random single-thread scripts
of non-blocking operations on CPython's own Lock, RLock, Semaphore, BoundedSemaphore and Queue.

Run from the repository root:  python3 src/test/python/threads_golden.py
"""
import json
import queue
import random
import sys
import threading

SEED = 20260711
CASES_PER_KIND = 300
OUT = "src/test/resources/golden/threads/scripts.json"


def outcome(call):
    """What one operation did, as a string: its value, or 'ExcType: message'."""
    try:
        value = call()
    except (queue.Empty, queue.Full) as e:
        return type(e).__name__
    except Exception as e:  # noqa: BLE001 - the fixture records whatever Python raised
        return "%s: %s" % (type(e).__name__, e)
    return "None" if value is None else str(value).lower() if isinstance(value, bool) else str(value)


def lock_script(rng, make):
    lock = make()
    steps = []
    for _ in range(rng.randint(1, 12)):
        op = rng.choice(["acquire_nb", "acquire_nb", "release", "release", "locked"])
        if op == "locked" and not hasattr(lock, "locked"):
            op = "acquire_nb"
        call = {"acquire_nb": lambda: lock.acquire(False), "release": lock.release,
                "locked": lambda: lock.locked()}[op]
        steps.append({"op": op, "out": outcome(call)})
    return {"init": 0, "steps": steps}


def semaphore_script(rng, make):
    value = rng.choice([-2, -1, 0, 1, 1, 2, 3])
    created = outcome(lambda: make(value))
    if created != "None" and "Error" in created:
        return {"init": value, "create": created, "steps": []}
    sem = make(value)
    steps = []
    for _ in range(rng.randint(1, 12)):
        if rng.random() < 0.5:
            steps.append({"op": "acquire_nb", "out": outcome(lambda: sem.acquire(False))})
        else:
            n = rng.choice([0, 1, 1, 1, 2, 3])
            steps.append({"op": "release", "arg": n, "out": outcome(lambda: sem.release(n))})
    return {"init": value, "create": "None", "steps": steps}


def queue_script(rng):
    maxsize = rng.choice([-1, 0, 1, 2, 3])
    q = queue.Queue(maxsize)
    steps = []
    for i in range(rng.randint(1, 16)):
        op = rng.choice(["put_nowait", "put_nowait", "get_nowait", "get_nowait", "task_done", "qsize", "empty", "full"])
        if op == "put_nowait":
            steps.append({"op": op, "arg": i, "out": outcome(lambda: q.put_nowait(i))})
        else:
            steps.append({"op": op, "out": outcome(getattr(q, op))})
    return {"init": maxsize, "steps": steps}


def main():
    rng = random.Random(SEED)
    cases = []
    for _ in range(CASES_PER_KIND):
        cases.append(dict(kind="Lock", **lock_script(rng, threading.Lock)))
        cases.append(dict(kind="RLock", **lock_script(rng, threading.RLock)))
        cases.append(dict(kind="Semaphore", **semaphore_script(rng, threading.Semaphore)))
        cases.append(dict(kind="BoundedSemaphore", **semaphore_script(rng, threading.BoundedSemaphore)))
        cases.append(dict(kind="Queue", **queue_script(rng)))
    doc = {"python": "%d.%d.%d" % sys.version_info[:3], "generator": "src/test/python/threads_golden.py", "cases": cases}
    with open(OUT, "w", encoding="utf-8") as f:
        # One case per line keeps the file small and its diffs readable.
        head = json.dumps({k: v for k, v in doc.items() if k != "cases"}, ensure_ascii=False)[:-1]
        f.write(head + ', "cases": [\n')
        f.write(",\n".join(json.dumps(case, ensure_ascii=False, separators=(",", ":")) for case in cases))
        f.write("\n]}\n")
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()
