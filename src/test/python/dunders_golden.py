"""Generates the golden fixtures of the `dunders` kata with CPython 3.11.

For a matrix of small classes (which dunders exist, what they return, how the classes are related)
CPython runs an implicit call (a + b, a == b, len(a), x in a, ...) and records every dunder it
invoked, in order, plus the outcome. Run from the repository root:

    python3 src/test/python/dunders_golden.py
"""
import itertools
import json
import platform

OUT = "src/test/resources/golden/dunders/"
RELATIONS = ["unrelated", "B(A)", "A(B)", "same"]


def behaviour(spec, trace, owner, method):
    """A dunder body that records '<owner>.<method>(<self>, <args>)' and then does what spec says."""
    def body(self, *args):
        trace.append(f"{owner}.{method}({', '.join(label(x) for x in (self, *args))})")
        if spec == "value":
            return f"{owner}.{method}"
        if spec == "NI":
            return NotImplemented
        if "seq" in spec:
            return spec["seq"][args[0]]          # IndexError past the end ends the old protocol
        if "iter" in spec:
            return iter(spec["iter"])
        return spec["const"]
    return body


LABELS = {}


def label(x):
    return LABELS[id(x)] if id(x) in LABELS else repr(x)


def build(classes, trace):
    made = {}
    for cls in classes:
        bases = (made[cls["base"]],) if cls["base"] else ()
        namespace = {m: behaviour(s, trace, cls["name"], m) for m, s in cls["methods"].items()}
        made[cls["name"]] = type(cls["name"], bases, namespace)
    return made


def outcome(thunk):
    try:
        return {"value": thunk()}
    except Exception as exc:  # noqa: BLE001 - the fixture records whatever CPython raised
        return {"error": type(exc).__name__, "message": str(exc)}


def two_classes(relation, a_methods, b_methods):
    if relation == "same":
        return [{"name": "A", "base": None, "methods": a_methods}], "A", "A"
    if relation == "A(B)":
        return [{"name": "B", "base": None, "methods": b_methods},
                {"name": "A", "base": "B", "methods": a_methods}], "A", "B"
    base = "A" if relation == "B(A)" else None
    return [{"name": "A", "base": None, "methods": a_methods},
            {"name": "B", "base": base, "methods": b_methods}], "A", "B"


def run(op, classes, left, right, action, item=None):
    trace = []
    made = build(classes, trace)
    a = made[left]()
    b = made[right]()
    LABELS.clear()
    LABELS.update({id(a): "a", id(b): "b"})
    result = outcome(lambda: action(a, b))
    case = {"op": op, "classes": classes, "left": left, "right": right, "trace": trace, "result": result}
    if item is not None:
        case["item"] = item
    return case


def options(method, choices):
    return [{}] + [{method: choice} for choice in choices]


def merge(*dicts):
    out = {}
    for d in dicts:
        out.update(d)
    return out


def add_cases():
    cases, seen = [], set()
    returns = ["value", "NI"]
    for relation in RELATIONS:
        for a_add, a_radd, b_add, b_radd in itertools.product(options("__add__", returns), options("__radd__", returns),
                                                              options("__add__", returns), options("__radd__", returns)):
            classes, left, right = two_classes(relation, merge(a_add, a_radd), merge(b_add, b_radd))
            key = json.dumps(classes, sort_keys=True)
            if key not in seen:
                seen.add(key)
                cases.append(run("add", classes, left, right, lambda a, b: a + b))
    return cases


def equality_cases():
    cases, seen = [], set()
    eqs = [{"const": True}, {"const": False}, "NI"]
    nes = [{"const": True}, "NI"]
    for relation in RELATIONS:
        for a_eq, a_ne, b_eq, b_ne in itertools.product(options("__eq__", eqs), options("__ne__", nes),
                                                        options("__eq__", eqs), options("__ne__", nes)):
            classes, left, right = two_classes(relation, merge(a_eq, a_ne), merge(b_eq, b_ne))
            key = json.dumps(classes, sort_keys=True)
            if key not in seen:
                seen.add(key)
                cases.append(run("eq", classes, left, right, lambda a, b: a == b))
                cases.append(run("ne", classes, left, right, lambda a, b: a != b))
    return cases


def truth_cases():
    cases = []
    bools = [{"const": True}, {"const": False}, {"const": 1}, "NI"]
    lens = [{"const": 0}, {"const": 3}, {"const": -1}, {"const": "x"}, {"const": True}]
    for on_base in (False, True):
        for b, n in itertools.product(options("__bool__", bools), options("__len__", lens)):
            methods = merge(b, n)
            classes = [{"name": "A", "base": None, "methods": methods if on_base else {}},
                       {"name": "B", "base": "A", "methods": {} if on_base else methods}]
            cases.append(run("bool", classes, "B", "A", lambda a, _: bool(a)))
            cases.append(run("len", classes, "B", "A", lambda a, _: len(a)))
    return cases


def contains_cases():
    cases = []
    contains = [{"const": True}, {"const": False}, {"const": 0}, {"const": 2}]
    iters = [{"iter": [1, 2, 3]}, {"iter": [4]}, {"const": [1, 2]}]
    getitems = [{"seq": [1, 2, 3]}, {"seq": []}]
    for c, i, g in itertools.product(options("__contains__", contains), options("__iter__", iters),
                                     options("__getitem__", getitems)):
        for item in (2, 9):
            classes = [{"name": "A", "base": None, "methods": merge(c, i, g)}]
            cases.append(run("contains", classes, "A", "A", lambda a, _, item=item: item in a, item))
    return cases


def hash_cases():
    cases = []
    for a_eq, a_hash, b_eq, b_hash in itertools.product(options("__eq__", [{"const": False}]),
                                                        options("__hash__", [{"const": 42}, {"const": "x"}]),
                                                        options("__eq__", [{"const": False}]),
                                                        options("__hash__", [{"const": 7}])):
        classes = [{"name": "A", "base": None, "methods": merge(a_eq, a_hash)},
                   {"name": "B", "base": "A", "methods": merge(b_eq, b_hash)}]
        for target in ("A", "B"):
            case = run("hash", classes, target, "A", lambda a, _: hash(a))
            if "value" in case["result"] and not case["trace"]:
                case["result"] = {"value": "identity"}   # object.__hash__: depends on the address
            cases.append(case)
    return cases


def text_cases():
    cases = []
    for s, r in itertools.product(options("__str__", [{"const": "s"}, {"const": 5}]),
                                  options("__repr__", [{"const": "r"}, {"const": 5}])):
        classes = [{"name": "A", "base": None, "methods": merge(s, r)}]
        for op, fn in (("str", str), ("repr", repr)):
            case = run(op, classes, "A", "A", lambda a, _, fn=fn: fn(a))
            if "value" in case["result"] and " object at 0x" in case["result"]["value"]:
                case["result"] = {"value": "default"}   # <__main__.A object at 0x...>: the address varies
            cases.append(case)
    return cases


# Built-in values the Java model stands for: Integer is int, Boolean bool, Double float, String str,
# List list and null None. Each value is tagged with its type so that 1, True and 1.0 stay apart in JSON.
BUILTIN_VALUES = [0, 1, -1, 7, -40, 1000, True, False, 0.0, 2.5, -0.5, None, "", "a", "héllo", "😀!", "it's", "say \"hi\"",
                  [], [0], [1, "b"], [None, [2]], [""]]
ADDENDS = [3, -1, 0, True, False, 2.5, None, "ab", "", [1], [], ["x", None]]


def tagged(value):
    if value is None:
        return {"None": None}
    if isinstance(value, list):
        return {"list": [tagged(item) for item in value]}
    return {type(value).__name__: value}


def builtin_case(op, thunk, *values):
    result = outcome(thunk)
    if "value" in result:
        result["value"] = tagged(result["value"])
    return {"op": op, "args": [tagged(v) for v in values], "result": result}


def builtin_cases():
    cases = []
    for value in BUILTIN_VALUES:
        for op, fn in (("len", len), ("bool", bool), ("str", str), ("repr", repr)):
            cases.append(builtin_case(op, lambda fn=fn, value=value: fn(value), value))
        if isinstance(value, (int, list)):       # hash(str) is salted per process, hash(None) is address-based
            cases.append(builtin_case("hash", lambda value=value: hash(value), value))
    for left, right in itertools.product(ADDENDS, ADDENDS):
        cases.append(builtin_case("add", lambda left=left, right=right: left + right, left, right))
    return cases


def main():
    for name, cases in (("add.json", add_cases()), ("builtins.json", builtin_cases()), ("equality.json", equality_cases()), ("truth.json", truth_cases()),
                        ("contains.json", contains_cases()), ("hash.json", hash_cases()), ("text.json", text_cases())):
        with open(OUT + name, "w", encoding="utf-8") as out:
            json.dump({"python": platform.python_version(), "generator": "src/test/python/dunders_golden.py",
                       "cases": cases}, out, separators=(",", ":"))
            out.write("\n")
        print(name, len(cases))


if __name__ == "__main__":
    main()
