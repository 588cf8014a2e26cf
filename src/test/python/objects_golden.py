"""Generates the golden fixtures of the `objects` kata with CPython 3.11.

Random class hierarchies are built with type(name, bases, {}); for every class CPython records which
names issubclass() and isinstance() accept. Run from the repository root:

    python3 src/test/python/objects_golden.py
"""
import json
import platform
import random

SEED = 3_2024
HIERARCHIES = 300
OUT = "src/test/resources/golden/objects/isinstance.json"


def random_hierarchy(rng):
    classes = {}
    order = []
    for i in range(rng.randint(1, 7)):
        name = f"C{i}"
        bases = rng.sample(order, rng.randint(0, min(3, len(order))))
        try:
            classes[name] = type(name, tuple(classes[b] for b in bases), {})
        except TypeError:
            continue  # an inconsistent MRO: that is the classes kata's business
        order.append(name)
    return order, classes


def case(order, classes):
    universe = {"object": object, "type": type, "int": int, "bool": bool, **classes}
    rows = []
    for name in order:
        cls = classes[name]
        rows.append({
            "name": name,
            "bases": [b.__name__ for b in cls.__bases__],
            "subclassOf": [u for u, t in universe.items() if issubclass(cls, t)],
            "instanceOf": [u for u, t in universe.items() if isinstance(cls(), t)],
            "classIsInstanceOf": [u for u, t in universe.items() if isinstance(cls, t)],
        })
    return {"classes": rows}


def main():
    rng = random.Random(SEED)
    cases = [case(*random_hierarchy(rng)) for _ in range(HIERARCHIES)]
    with open(OUT, "w", encoding="utf-8") as out:
        json.dump({"python": platform.python_version(), "generator": "src/test/python/objects_golden.py",
                   "cases": cases}, out, indent=None, separators=(",", ":"))
        out.write("\n")


if __name__ == "__main__":
    main()
