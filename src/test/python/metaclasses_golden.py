#!/usr/bin/env python3
"""Generates the CPython golden fixtures for the `metaclasses` kata.

Run from the repository root:  python3 src/test/python/metaclasses_golden.py
Writes src/test/resources/golden/metaclasses/{descriptor_matrix,class_traces,metaclass_conflicts,mro}.json.
Deterministic: fixed seeds, and no object ids or hashes in the output.
"""
import itertools
import json
import pathlib
import platform
import random

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "golden" / "metaclasses"
GENERATOR = "src/test/python/metaclasses_golden.py"

# Where `x` can live on a class: nothing, a plain value, or a descriptor defining some of
# __get__ (g), __set__ (s), __delete__ (d); "graise" is a __get__ that raises AttributeError.
KINDS = ["none", "plain", "g", "s", "d", "gs", "gd", "sd", "gsd", "graise"]


def make_descriptor(kind, label, log):
    ns = {"label": label}
    if "g" in kind:
        if kind == "graise":
            def __get__(self, instance, owner):
                log.append(f"{self.label}.get")
                raise AttributeError(f"{self.label} refuses")
        else:
            def __get__(self, instance, owner):
                log.append(f"{self.label}.get")
                return f"{self.label}.value"
        ns["__get__"] = __get__
    if "s" in kind and kind != "graise":
        def __set__(self, instance, value):
            log.append(f"{self.label}.set {value}")
        ns["__set__"] = __set__
    if "d" in kind:
        def __delete__(self, instance):
            log.append(f"{self.label}.delete")
        ns["__delete__"] = __delete__
    return type("Descr_" + kind, (), ns)()


def class_slot(kind, owner, log):
    if kind == "none":
        return {}
    if kind == "plain":
        return {"x": f"plain@{owner}"}
    return {"x": make_descriptor(kind, f"{kind}@{owner}", log)}


def show(value):
    return f"<{value.label}>" if hasattr(value, "label") else value


def run_matrix_case(base_kind, cls_kind, in_dict, has_getattr, has_getattribute, ops):
    log = []
    base = type("B", (), class_slot(base_kind, "B", log))
    ns = class_slot(cls_kind, "C", log)
    if has_getattr:
        def __getattr__(self, name):
            log.append(f"__getattr__ {name}")
            return f"getattr:{name}"
        ns["__getattr__"] = __getattr__
    if has_getattribute:
        def __getattribute__(self, name):
            log.append(f"__getattribute__ {name}")
            return object.__getattribute__(self, name)
        ns["__getattribute__"] = __getattribute__
    cls = type("C", (base,), ns)
    obj = cls()
    if in_dict:
        object.__getattribute__(obj, "__dict__")["x"] = "inst"  # not through the logging hook
    steps = []
    for index, op in enumerate(ops):
        step = {"op": op}
        try:
            if op == "get":
                step["outcome"] = "value " + str(show(obj.x))
            elif op == "set":
                step["value"] = f"v{index}"
                obj.x = f"v{index}"
                step["outcome"] = "ok"
            else:
                del obj.x
                step["outcome"] = "ok"
        except AttributeError as error:
            step["outcome"] = f"AttributeError: {error}"
        step["dict"] = dict(object.__getattribute__(obj, "__dict__"))
        steps.append(step)
    return {"base": base_kind, "cls": cls_kind, "in_dict": in_dict, "getattr": has_getattr,
            "getattribute": has_getattribute, "steps": steps, "log": log}


def descriptor_matrix(rng):
    cases = []
    for base_kind, cls_kind, in_dict, has_getattr in itertools.product(KINDS, KINDS, [False, True], [False, True]):
        ops = [rng.choice(["get", "set", "del"]) for _ in range(rng.randint(3, 6))]
        cases.append(run_matrix_case(base_kind, cls_kind, in_dict, has_getattr, rng.random() < 0.3, ops))
    return cases


class Named:
    """A descriptor that only records its __set_name__ call."""

    def __init__(self, log):
        self.log = log

    def __set_name__(self, owner, name):
        self.log.append(f"__set_name__ {owner.__name__}.{name}")


def run_trace_case(cfg):
    log = []
    meta = type
    if cfg["meta"]:
        mns = {}
        if cfg["meta_new"]:
            def __new__(mcs, name, bases, namespace, **kwargs):
                log.append(f"Meta.__new__ {name}")
                return super(Meta, mcs).__new__(mcs, name, bases, namespace, **kwargs)
            mns["__new__"] = __new__
        if cfg["meta_init"]:
            def __init__(cls, name, bases, namespace, **kwargs):
                log.append(f"Meta.__init__ {name}")
            mns["__init__"] = __init__
        if cfg["meta_call"] != "none":
            def __call__(cls, *args):
                log.append(f"Meta.__call__ {cls.__name__}")
                if cfg["meta_call"] == "bypass":
                    return "bypassed"
                return super(Meta, cls).__call__(*args)
            mns["__call__"] = __call__
        Meta = type("Meta", (type,), mns)
        meta = Meta

    bns = {}
    if cfg["init_subclass"]:
        def __init_subclass__(cls, **kwargs):
            log.append(f"Base.__init_subclass__ {cls.__name__} {sorted(kwargs.items())}")
        bns["__init_subclass__"] = classmethod(__init_subclass__)
    outcome = {}
    try:
        base = meta("Base", (), bns)
        cns = {}
        for attr in cfg["named"]:
            cns[attr] = Named(log)
        holder = {}
        if cfg["new"] != "none":
            def __new__(cls, *args):
                log.append(f"C.__new__ {cls.__name__} {len(args)}")
                kind = cfg["new"]
                if kind == "super":
                    return object.__new__(cls)
                if kind == "sub":
                    return object.__new__(holder["Sub"])
                if kind == "other":
                    return object.__new__(holder["Other"])
                if kind == "int":
                    return 42
                return None
            cns["__new__"] = __new__
        if cfg["init"] != "none":
            def __init__(self, *args):
                log.append(f"C.__init__ {type(self).__name__} {len(args)}")
                return 1 if cfg["init"] == "returns1" else None
            cns["__init__"] = __init__
        cls = meta("C", (base,), cns, **cfg["kwargs"]) if cfg["kwargs"] else meta("C", (base,), cns)
        sns = {}
        if cfg["sub_init"]:
            def sub_init(self, *args):
                log.append(f"Sub.__init__ {len(args)}")
            sns["__init__"] = sub_init
        holder["Sub"] = meta("Sub", (cls,), sns)

        class Other:
            def __init__(self, *args):
                log.append("Other.__init__")
        holder["Other"] = Other
        log.append("--- call")
        result = cls(*cfg["args"])
        outcome["result"] = result if isinstance(result, (str, int)) or result is None else type(result).__name__
    except TypeError as error:
        outcome["error"] = f"TypeError: {error}"
    return dict(cfg, log=log, **outcome)


def class_traces(rng):
    cases = []
    for _ in range(400):
        has_meta = rng.random() < 0.7
        cfg = {
            "meta": has_meta,
            "meta_new": has_meta and rng.random() < 0.6,
            "meta_init": has_meta and rng.random() < 0.6,
            "meta_call": rng.choice(["none", "delegate", "delegate", "bypass"]) if has_meta else "none",
            "init_subclass": rng.random() < 0.5,
            "kwargs": rng.choice([{}, {}, {"tag": "t"}]),
            "named": rng.sample(["a", "b", "c"], rng.randint(0, 3)),
            "new": rng.choice(["none", "super", "sub", "other", "int", "none_result"]),
            "init": rng.choice(["none", "ok", "ok", "returns1"]),
            "sub_init": rng.random() < 0.5,
            "args": rng.choice([[], [], [1], [1, 2]]),
        }
        cases.append(run_trace_case(cfg))
    return cases


def metaclass_conflicts(rng):
    cases = []
    for _ in range(300):
        # metaclasses M0..M3, each deriving from type or from an earlier one
        parents = {}
        metas = {"type": type}
        for index in range(4):
            parent = rng.choice(["type"] + [f"M{j}" for j in range(index)])
            parents[f"M{index}"] = parent
            metas[f"M{index}"] = type(f"M{index}", (metas[parent],), {})
        base_metas = [rng.choice(list(metas)) for _ in range(rng.randint(0, 3))]
        bases = tuple(metas[m](f"B{i}", (), {}) for i, m in enumerate(base_metas))
        explicit = rng.choice([None, None] + list(metas))
        case = {"parents": parents, "base_metas": base_metas, "explicit": explicit}
        try:
            kwargs = {} if explicit is None else {"metaclass": metas[explicit]}
            cls = types_new_class("X", bases, kwargs)
            case["winner"] = type(cls).__name__
        except TypeError as error:
            case["error"] = f"TypeError: {error}"
        cases.append(case)
    return cases


def mro_hierarchy(rng):
    """Class statements K0, K1, ... each with random bases among the classes made so far (and object).

    The bases come in random order, so many merges are impossible; some name one or two bases twice, and a few
    name object next to other bases. CPython answers each statement with the __mro__ or the TypeError.
    """
    made = {"object": object}
    steps = []
    for index in range(rng.randint(3, 9)):
        name = f"K{index}"
        pool = [n for n in made if n != "object"]
        bases = rng.sample(pool, min(len(pool), rng.choice([0, 1, 2, 2, 3, 3, 4])))
        if bases and rng.random() < 0.2:
            for _ in range(rng.choice([1, 1, 2])):  # repeated bases: CPython names the first that comes again
                bases.insert(rng.randint(0, len(bases)), rng.choice(bases))
        if rng.random() < 0.1:
            bases.insert(rng.randint(0, len(bases)), "object")
        steps.append({"name": name, "bases": bases, **cpython_answer(name, bases, made)})
    return {"steps": steps}


def cpython_answer(name, bases, made):
    """What `class name(*bases): pass` gives: {"mro": [names]}, or {"error": "TypeError: ..."}."""
    try:
        made[name] = type(name, tuple(made[base] for base in bases), {})
    except TypeError as error:
        return {"error": f"TypeError: {error}"}
    return {"mro": [klass.__name__ for klass in made[name].__mro__]}


def mro_hierarchies():
    # Its own seed: adding this fixture left the other three byte-for-byte the same.
    rng = random.Random(20240517)
    hierarchies = [mro_hierarchy(rng) for _ in range(400)]
    steps = [step for hierarchy in hierarchies for step in hierarchy["steps"]]
    for kind in ("duplicate base class", "consistent method resolution"):
        print(f"  {sum(kind in step.get('error', '') for step in steps)} of {len(steps)} class statements: {kind}")
    return hierarchies


def types_new_class(name, bases, kwargs):
    import types
    return types.new_class(name, bases, kwargs)


def write(name, cases, one_case_a_line=False):
    document = {"python": platform.python_version(), "generator": GENERATOR, "cases": cases}
    if one_case_a_line:  # small cases, many of them: a line each keeps the file short and its diffs readable
        lines = ",\n".join(json.dumps(case, separators=(",", ":")) for case in cases)
        head = json.dumps({key: value for key, value in document.items() if key != "cases"})[:-1]
        text = f'{head}, "cases": [\n{lines}\n]}}'
    else:
        text = json.dumps(document, indent=1, ensure_ascii=False)
    (OUT / name).write_text(text + "\n", encoding="utf-8")
    print(f"{name}: {len(cases)} cases")


def main():
    rng = random.Random(20231111)
    OUT.mkdir(parents=True, exist_ok=True)
    write("descriptor_matrix.json", descriptor_matrix(rng))
    write("class_traces.json", class_traces(rng))
    write("metaclass_conflicts.json", metaclass_conflicts(rng))
    write("mro.json", mro_hierarchies(), one_case_a_line=True)


if __name__ == "__main__":
    main()
