"""How the golden generators write Python values into JSON; support.PyJson reads them back.

Values travel tagged, so that 1, 1.0 and True stay apart: {"int": 5}, {"bool": true},
{"float": "<hex of the 64 IEEE bits>"} (exact, and inf, nan and -0.0 survive JSON), {"str": "a"},
{"none": null}, {"list": [...]}, {"tuple": [...]}, {"set": [...]}, {"frozenset": [...]}.
{"nan": 1} is one particular nan object: the same number means the same object, which matters
because `x in seq` and dict lookups test identity before equality.
"""
import struct


def encode(value, nans=None):
    """The tagged JSON form of a value; nans, if given, numbers the nan objects by id()."""
    if isinstance(value, bool):
        return {"bool": value}
    if isinstance(value, int):
        return {"int": value}
    if isinstance(value, float):
        if value != value and nans is not None:
            return {"nan": nans.setdefault(id(value), len(nans) + 1)}
        return {"float": struct.pack(">d", value).hex()}
    if isinstance(value, str):
        return {"str": value}
    if value is None:
        return {"none": None}
    for kind, container in (("list", list), ("tuple", tuple), ("set", set), ("frozenset", frozenset)):
        if type(value) is container:
            return {kind: [encode(item, nans) for item in value]}
    raise TypeError(f"no golden form for {value!r}")


def decode_float(bits):
    return struct.unpack(">d", bytes.fromhex(bits))[0]
