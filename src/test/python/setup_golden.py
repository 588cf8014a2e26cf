#!/usr/bin/env python3
"""Generates the golden fixtures of the `setup` kata into src/test/resources/golden/setup/.

Run from the repository root with CPython 3.11 on Linux:  python3 src/test/python/setup_golden.py

* versions.json: version strings and what they mean. The valid spellings follow the grammar of
  CPython's own version strings (PY_VERSION in Include/patchlevel.h, as `python3 --version` prints
  it); the meaning of each is the sys.version_info tuple, the canonical spelling and sys.hexversion.
* order.json: pairs of versions compared the way CPython compares sys.version_info tuples,
  next to the naive string comparison that gets 3.9 vs 3.10 wrong.
* paths.json: random directory trees with files, executable bits and symlinks (absolute, relative,
  dangling, looping, chains around Linux's 40-link limit) built in a real temporary directory.
  The answers come from shutil.which, os.stat and os.path.realpath on the real kernel.

The random seed is fixed, so the output only changes when this script does.
"""
import json
import os
import random
import re
import shutil
import stat
import sys
import tempfile

OUT = os.path.abspath(os.path.join("src", "test", "resources", "golden", "setup"))
HEADER = {"python": "%d.%d.%d" % sys.version_info[:3], "generator": "src/test/python/setup_golden.py"}
LEVELS = ["alpha", "beta", "candidate", "final"]
SUFFIX = {"alpha": "a", "beta": "b", "candidate": "rc", "final": ""}
NIBBLE = {"alpha": 0xA, "beta": 0xB, "candidate": 0xC, "final": 0xF}


def write(name, cases):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as out:
        json.dump(dict(HEADER, cases=cases), out, indent=1, ensure_ascii=False)
        out.write("\n")
    print(f"{name}: {len(cases)} cases")


# ---------------------------------------------------------------- versions

def random_info(rng):
    major = rng.choice([0, 1, 2, 3, 3, 3, 3, 4, rng.randint(0, 300)])
    minor = rng.choice([rng.randint(0, 15), rng.randint(0, 15), rng.randint(0, 300)])
    micro = rng.choice([0, rng.randint(0, 20), rng.randint(0, 300)])
    level = rng.choice(LEVELS)
    serial = 0 if level == "final" else rng.choice([rng.randint(0, 5), rng.randint(0, 20)])
    return (major, minor, micro, level, serial)


def canonical(info, plus):
    major, minor, micro, level, serial = info
    text = f"{major}.{minor}.{micro}"
    if level != "final":
        text += SUFFIX[level] + str(serial)
    return text + ("+" if plus else "")


def hexversion(info):
    major, minor, micro, level, serial = info
    if max(major, minor, micro) > 0xFF or serial > 0xF:
        return None  # does not fit: OverflowError in the kata
    return major << 24 | minor << 16 | micro << 8 | NIBBLE[level] << 4 | serial


def spellings(rng, info, plus):
    text = canonical(info, plus)
    yield text
    if rng.random() < 0.3:
        yield "Python " + text
    if rng.random() < 0.2:
        yield rng.choice([" ", "\n", "\t", "  "]) + text + rng.choice(["\n", " ", ""])
    if info[2] == 0:  # old releases such as "3.0rc1" or "2.7" left out the micro number
        major, minor, _, level, serial = info
        short = f"{major}.{minor}" + (SUFFIX[level] + str(serial) if level != "final" else "") + ("+" if plus else "")
        yield short


GRAMMAR = re.compile(r"(?:Python )?(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*))?(?:(a|b|rc)(0|[1-9][0-9]*))?(\+)?")
INT_MAX = 2**31 - 1


def grammar_parse(text):
    """The version_info and '+' a CPython version string spells, or None when it is not one."""
    match = GRAMMAR.fullmatch(text.strip())
    if not match:
        return None
    major, minor, micro, suffix, serial, plus = match.groups()
    numbers = [int(major), int(minor), int(micro or 0), int(serial or 0)]
    if max(numbers) > INT_MAX:  # the kata stores ints; CPython's own numbers are tiny
        return None
    level = {"a": "alpha", "b": "beta", "rc": "candidate", None: "final"}[suffix]
    return (numbers[0], numbers[1], numbers[2], level, numbers[3]), plus is not None


def malformed(rng, good):
    edits = [
        lambda s: s.replace(".", "", 1),
        lambda s: s + ".",
        lambda s: "." + s,
        lambda s: s.replace(".", "..", 1),
        lambda s: s + ".0",
        lambda s: s + "c1",
        lambda s: s + "rc",
        lambda s: s + "a",
        lambda s: s + "-1",
        lambda s: s + "++",
        lambda s: s + "+1",
        lambda s: "v" + s,
        lambda s: "python " + s,
        lambda s: "Python  " + s,
        lambda s: "Python" + s,
        lambda s: s.replace("1", "01", 1) if "1" in s else "0" + s,
        lambda s: s.replace(".", ",", 1),
        lambda s: s.replace("3", "x", 1) if "3" in s else "x" + s,
        lambda s: s.replace("3", "\uff13", 1) if "3" in s else "\uff13." + s,
        lambda s: s.replace("rc", "c") if "rc" in s else s + "rc1rc1",
        lambda s: s.split(".")[0],
        lambda s: s + " final",
        lambda s: s.replace(".", " .", 1),
    ]
    return rng.choice(edits)(good)


def versions(rng):
    cases = []
    seen = set()

    def add_valid(text, info, plus):
        assert grammar_parse(text) == (info, plus), text
        if text in seen:
            return
        seen.add(text)
        cases.append({"text": text, "version_info": list(info), "plus": plus,
                      "canonical": canonical(info, plus), "hexversion": hexversion(info)})

    for text, info, plus in [("3.11.7", (3, 11, 7, "final", 0), False), ("3.12.0rc1", (3, 12, 0, "candidate", 1), False),
                             ("3.13.0a2", (3, 13, 0, "alpha", 2), False), ("3.10.4+", (3, 10, 4, "final", 0), True),
                             ("Python 3.9.18", (3, 9, 18, "final", 0), False)]:
        add_valid(text, info, plus)
    # This interpreter itself: its version_info, its hexversion and what `python3 --version` prints.
    me = tuple(sys.version_info)
    add_valid("Python " + sys.version.split()[0], me, sys.version.split()[0].endswith("+"))
    assert hexversion(me) == sys.hexversion

    good = []
    while len(good) < 600:
        info, plus = random_info(rng), rng.random() < 0.15
        for text in spellings(rng, info, plus):
            add_valid(text, info, plus)
        good.append(canonical(info, plus))
    bad = 0
    while bad < 300:
        text = malformed(rng, rng.choice(good))
        if text in seen:
            continue
        if grammar_parse(text):  # some edits still spell a version, e.g. 3.11.7 -> 311.7
            add_valid(text, *grammar_parse(text))
            continue
        seen.add(text)
        cases.append({"text": text, "error": "ValueError", "message": "invalid Python version: " + repr(text)})
        bad += 1
    for text in ["", " ", "3", "3.", "3.11.", "3.11.7.1", "3.11.7rc", "3.11.7final", "3.11.7 rc1", "3.11.7RC1",
                 "3.11.7c1", "3.11.7alpha1", "3.11.7-rc1", "3.11.07", "03.11.7", "3.11.7+dev", "+3.11.7", "-3.11.7",
                 "3.-1.0", "3.11.7a-1", "Python", "Python 3", "PYTHON 3.11.7", "3.99999999999.0", "3.11.99999999999",
                 "3.12.0rc99999999999", "99999999999.0.0", "3.11.7\n3.11.8", "3 .11.7", "3.11 .7", "٣.١١.٧"]:
        if text not in seen:
            assert grammar_parse(text) is None, text
            seen.add(text)
            cases.append({"text": text, "error": "ValueError", "message": "invalid Python version: " + repr(text)})
    return cases


def order(rng):
    """Pairs of versions and how CPython orders their version_info tuples (the '+' is left out: it is
    not part of version_info). Biased towards pairs that share a prefix, where the traps are."""
    cases = []
    for _ in range(1200):
        a = random_info(rng)
        b = list(a)
        shared = rng.randint(0, 5)
        fresh = random_info(rng)
        b[shared:] = fresh[shared:]
        if b[3] == "final":
            b[4] = 0
        elif rng.random() < 0.3:
            b[4] = 10 + b[4]
        if shared <= 2 and rng.random() < 0.5:  # the two-digit trap: 3.9 vs 3.10, 3.11.9 vs 3.11.10
            digits = rng.randint(1, 2)
            b[digits] = a[digits] + 1 if a[digits] == 9 else 10 + rng.randint(0, 9)
        b = tuple(b)
        sa, sb = canonical(a, False), canonical(b, False)
        cases.append({"a": sa, "b": sb, "cmp": (a > b) - (a < b), "string_cmp": (sa > sb) - (sa < sb)})
    return cases


# ---------------------------------------------------------------- paths

DIRS = ["/usr", "/usr/bin", "/usr/local/bin", "/opt/python/3.11/bin", "/home/me/.local/bin", "/bin", "/srv"]
NAMES = ["python3", "python3.11", "python3.10", "pip3", "pip3.11", "python", "py", "tool"]


def physical(root, path):
    return os.path.realpath(root + path)


def build_tree(rng, root):
    """Creates a random tree under root; returns nothing, the tree is read back by describe()."""
    for _ in range(rng.randint(2, 6)):
        os.makedirs(root + rng.choice(DIRS), exist_ok=True)
    for _ in range(rng.randint(8, 22)):
        kind = rng.random()
        where = rng.choice(DIRS) + "/" + rng.choice(NAMES + ["lib", "bin"])
        if os.path.lexists(root + where):
            continue
        try:
            parent = physical(root, os.path.dirname(where))
            if parent.startswith(root + "/") and not os.path.lexists(parent):
                os.makedirs(parent)
            if not parent.startswith(root + "/") or not os.path.isdir(parent):
                continue
            target_of = os.path.join(parent, os.path.basename(where))
            if kind < 0.45:
                with open(target_of, "w") as out:
                    out.write(where)
                os.chmod(target_of, 0o755 if rng.random() < 0.7 else 0o644)
            elif kind < 0.55:
                os.makedirs(target_of, exist_ok=True)
            else:
                os.symlink(link_target(rng, root, parent), target_of)
        except OSError:
            continue
    if rng.random() < 0.5:  # a loop: a link to itself, or two links pointing at each other
        base = physical(root, rng.choice(DIRS))
        first, second = rng.sample(NAMES, 2)
        if os.path.isdir(base) and not os.path.lexists(f"{base}/{first}") and not os.path.lexists(f"{base}/{second}"):
            os.symlink(second, f"{base}/{first}")
            os.symlink(rng.choice([first, base + "/" + first]), f"{base}/{second}")
    if rng.random() < 0.4:  # a chain around MAXSYMLINKS (40)
        length = rng.randint(36, 44)
        base = physical(root, rng.choice(["/usr/bin", "/usr/bin", rng.choice(DIRS)]))
        if not base.startswith(root + "/") or os.path.lexists(base) and not os.path.isdir(base):
            return
        os.makedirs(base, exist_ok=True)
        if os.path.lexists(base + "/chain0"):
            return
        end = base + "/chain0"
        with open(end, "w") as out:
            out.write("end of the chain")
        os.chmod(end, 0o755)
        for i in range(1, length + 1):
            os.symlink(f"chain{i - 1}", f"{base}/chain{i}")
        os.symlink(f"chain{length}", f"{base}/python3") if not os.path.lexists(f"{base}/python3") else None


def link_target(rng, root, parent):
    choice = rng.random()
    goal = rng.choice(DIRS + [d + "/" + n for d in DIRS for n in NAMES])
    if choice < 0.35:  # absolute
        return root + goal
    if choice < 0.7:  # relative to the physical directory the link lives in
        return os.path.relpath(root + goal, parent)
    if choice < 0.85:  # a neighbour, possibly itself or a loop partner
        return rng.choice(NAMES)
    return rng.choice(["../bin/" + rng.choice(NAMES), "./" + rng.choice(NAMES), "nowhere", "../bin/"])


def describe(root):
    """The tree as it really is on disk, in an order that can be replayed: dirs, files, links."""
    dirs, files, links = [], [], []
    for here, subdirs, names in os.walk(root):
        for name in sorted(subdirs + names):
            full = os.path.join(here, name)
            path = full[len(root):]
            info = os.lstat(full)
            if stat.S_ISLNK(info.st_mode):
                target = os.readlink(full)
                links.append({"link": path, "target": target[len(root):] if target.startswith(root + "/") else target})
            elif stat.S_ISDIR(info.st_mode):
                dirs.append(path)
            else:
                files.append({"file": path, "executable": bool(info.st_mode & 0o111)})
        subdirs.sort()
    return {"dirs": sorted(dirs), "files": files, "links": links}


def random_path_entry(rng):
    roll = rng.random()
    if roll < 0.6:
        return rng.choice(DIRS)
    if roll < 0.7:
        return rng.choice(DIRS) + "/"
    if roll < 0.8:
        return rng.choice(DIRS).lstrip("/")  # relative to the working directory, which is the root
    if roll < 0.88:
        return ""  # an empty entry also means the working directory
    return rng.choice(["/nowhere", "/usr/bin/python3", "/usr//bin", "/usr/local/../bin", "/srv/lib"])


def random_query_path(rng, existing):
    roll = rng.random()
    base = rng.choice(existing)
    if roll < 0.55:
        return base
    if roll < 0.65:
        return rng.choice(DIRS) + "/" + rng.choice(NAMES)
    if roll < 0.75:
        return base.lstrip("/") or "."
    if roll < 0.8:
        return base + "/"
    if roll < 0.85:
        return base + "/" + rng.choice(NAMES)
    if roll < 0.9:
        return "/usr/bin/" + rng.choice(["chain39", "chain40", "chain41"])
    return base.replace("/bin/", rng.choice(["/bin/../bin/", "/./bin/", "//bin/", "/bin/./"]), 1)


def outside(root, result):
    """A result of the real run, as a path of the modelled tree (relative results stay relative)."""
    if result is None or not result.startswith("/"):
        return result
    assert result.startswith(root + "/"), f"{result} escaped the tree at {root}"
    return result[len(root):]


def paths(rng):
    cases = []
    for _ in range(80):
        root = os.path.realpath(tempfile.mkdtemp(prefix="setup_golden_"))
        try:
            build_tree(rng, root)
            tree = describe(root)
            existing = tree["dirs"] + [f["file"] for f in tree["files"]] + [l["link"] for l in tree["links"]]
            os.chdir(root)
            which, realpath = [], []
            for _ in range(12):
                holders = [os.path.dirname(e) for e in existing if os.path.dirname(e) in DIRS]
                command = rng.choice(NAMES) if rng.random() < 0.85 else rng.choice(
                    ["/usr/bin/python3", "usr/bin/python3", "/usr/local/bin/pip3", "./python3", "/srv/tool"])
                entries = [random_path_entry(rng) for _ in range(rng.randint(0, 5))]
                if holders and rng.random() < 0.7:  # make a hit likely: a directory that holds this name
                    named = [e for e in existing if os.path.basename(e) == command and os.path.dirname(e) in DIRS]
                    entries.insert(rng.randint(0, len(entries)), os.path.dirname(rng.choice(named or existing)))
                path = ":".join(entries)
                real_path = ":".join(root + e if e.startswith("/") else e for e in entries)
                real_command = root + command if command.startswith("/") else command
                which.append({"command": command, "path": path,
                              "result": outside(root, shutil.which(real_command, path=real_path))})
            for _ in range(12):
                query = random_query_path(rng, existing)
                real = root + query if query.startswith("/") else query
                try:
                    os.stat(real)
                except OSError as error:
                    realpath.append({"path": query, "error": type(error).__name__,
                                     "message": f"[Errno {error.errno}] {error.strerror}: {query!r}"})
                    continue
                result = outside(root, os.path.realpath(real))
                assert result.startswith("/"), result
                realpath.append({"path": query, "result": result,
                                 "executable": os.path.isfile(real) and os.access(real, os.X_OK)})
            cases.append({"tree": tree, "which": which, "realpath": realpath})
        finally:
            os.chdir("/")
            shutil.rmtree(root)
    return cases


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(20261124)
    write("versions.json", versions(rng))
    write("order.json", order(rng))
    write("paths.json", paths(rng))


if __name__ == "__main__":
    main()
