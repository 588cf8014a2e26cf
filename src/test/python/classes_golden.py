"""Generates the golden fixtures of the `classes` kata with CPython 3.11.

mro.json: random class hierarchies built one class statement at a time (random bases, sometimes a
duplicate base or an explicit object); CPython answers each class's __mro__ or the TypeError.
mangling.json: private-name mangling, read from the __dict__ of real class statements.
Run from the repository root:

    python3 src/test/python/classes_golden.py
"""
import json
import platform
import random

SEED = 20231103
OUT = "src/test/resources/golden/classes/"
NAMES = "ABCDEFGHIJ"


def hierarchy(rng):
    made = {"object": object}
    steps = []
    for name in NAMES[:rng.randint(2, 10)]:
        pool = list(made)
        count = rng.choice([0, 1, 1, 2, 2, 2, 3, 3, 4])
        bases = [rng.choice(pool) for _ in range(count)]
        if rng.random() > 0.15:  # mostly no duplicates, sometimes on purpose
            bases = list(dict.fromkeys(bases))
        if rng.random() > 0.1:
            bases = [b for b in bases if b != "object"] or ([] if rng.random() < 0.8 else ["object"])
        step = {"name": name, "bases": bases}
        try:
            cls = type(name, tuple(made[b] for b in bases), {})
            step["mro"] = [c.__name__ for c in cls.__mro__]
            made[name] = cls
        except TypeError as error:
            step["error"] = str(error)
        steps.append(step)
    return {"steps": steps}


def mangling_cases(rng):
    classes = ["Foo", "_Foo", "__Foo", "___Foo_", "Foo__", "_", "___", "a", "_a_b", "Foo_Bar"]
    stems = ["x", "value", "_x", "x_", "x__", "x___", "y1", "__", ""]
    cases = []
    seen = set()
    while len(cases) < 300:
        cls = rng.choice(classes) + rng.choice(["", "", "2", "Q"])
        name = rng.choice(["", "_", "__", "___"]) + rng.choice(stems) + rng.choice(["", "", "_", "__", "___"])
        if not name.isidentifier() or (cls, name) in seen:
            if len(seen) > 5000:
                break
            continue
        seen.add((cls, name))
        namespace = {}
        exec(f"class {cls}:\n    {name} = 1\n", namespace)
        stored = [k for k in vars(namespace[cls]) if k not in ("__module__", "__dict__", "__weakref__", "__doc__",
                                                               "__qualname__")]
        if len(stored) != 1:
            continue   # a name such as __doc__ collides with what Python puts in every class
        cases.append({"class": cls, "name": name, "mangled": stored[0]})
    return cases


def dump(name, cases):
    with open(OUT + name, "w", encoding="utf-8") as out:
        json.dump({"python": platform.python_version(), "generator": "src/test/python/classes_golden.py",
                   "cases": cases}, out, separators=(",", ":"))
        out.write("\n")


def main():
    rng = random.Random(SEED)
    hierarchies = [hierarchy(rng) for _ in range(600)]
    errors = sum("error" in s for h in hierarchies for s in h["steps"])
    inconsistent = sum("consistent" in s.get("error", "") for h in hierarchies for s in h["steps"])
    dump("mro.json", hierarchies)
    dump("mangling.json", mangling_cases(rng))
    print(len(hierarchies), "hierarchies,", errors, "errors,", inconsistent, "inconsistent")


if __name__ == "__main__":
    main()
