#!/usr/bin/env python3
"""Generates the golden fixtures of the `sockets` kata from CPython itself.

    python3 src/test/python/sockets_golden.py

utf8_decode.json  : random byte strings (valid text, text cut mid-character, random bytes)
                    and what bytes.decode("utf-8") returns or raises.
http_responses.json: random raw HTTP responses and what http.client.HTTPResponse makes of
                    them: status, reason, headers, a case-insensitive header lookup, the body,
                    or the exception it raises. Some start with interim "100 Continue" answers
                    (skipped by http.client), some carry a header line that starts with ":"
                    (a header without a name, which http.client drops).
Deterministic: a fixed seed, no network.
"""
import base64
import http.client
import io
import json
import pathlib
import platform
import random

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "golden" / "sockets"
GENERATOR = "src/test/python/sockets_golden.py"
ALPHABET = "abcXYZ 09-é你好世界谢谢😀"


def write(name, cases):
    OUT.mkdir(parents=True, exist_ok=True)
    doc = {"python": platform.python_version(), "generator": GENERATOR, "cases": cases}
    (OUT / name).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def random_bytes(rng):
    kind = rng.randrange(4)
    text = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 12))).encode()
    if kind == 0:
        return text                                   # valid UTF-8
    if kind == 1:
        return text[: rng.randrange(0, len(text) + 1)]  # maybe cut mid-character
    if kind == 2:
        tricky = [0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x9F, 0xA0, 0x8F, 0x90]
        return bytes(rng.choice(tricky + [0x41]) for _ in range(rng.randrange(1, 6)))
    data = bytearray(text)
    for _ in range(rng.randrange(1, 3)):
        data.insert(rng.randrange(len(data) + 1), rng.randrange(256))
    return bytes(data)


def utf8_cases(rng, count):
    cases = []
    for _ in range(count):
        data = random_bytes(rng)
        case = {"bytes": base64.b64encode(data).decode()}
        try:
            case["text"] = data.decode("utf-8")
        except UnicodeDecodeError as e:
            case["error"] = str(e)
        cases.append(case)
    return cases


class FakeSocket:
    def __init__(self, data):
        self.data = data

    def makefile(self, mode):
        return io.BytesIO(self.data)


NAMES = ["Server", "X-Trace", "Content-Type", "Set-Cookie", "X-Empty"]
STATUSES = [(200, "OK"), (201, "Created"), (204, "No Content"), (301, "Moved Permanently"),
            (304, "Not Modified"), (404, "Not Found"), (418, "I'm a teapot"), (500, "Internal Server Error"), (200, "")]


def random_case(name, rng):
    spelled = "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in name)
    return spelled


def random_body(rng):
    pieces = [b"hello", b"\r\n\r\n", b"\r\n", b"0\r\n", b"x" * rng.randrange(1, 40), "你好".encode()]
    return b"".join(rng.choice(pieces) for _ in range(rng.randrange(0, 6)))


def random_response(rng):
    status, reason = rng.choice(STATUSES)
    version = rng.choice(["HTTP/1.1", "HTTP/1.0"])
    status_line = f"{version} {status} {reason}".rstrip() if reason == "" else f"{version} {status} {reason}"
    bad = rng.random()
    if bad < 0.06:
        status_line = rng.choice(["HTTX/1.1 200 OK", "HTTP/1.1 2000 OK", "HTTP/1.1 abc OK", "garbage", "HTTP/1.1 99 Low", "ICY 200 OK",
                                  "HTTP/1.1 100 Continue"])
    body = random_body(rng)
    headers = []
    for _ in range(rng.randrange(0, 4)):
        headers.append((random_case(rng.choice(NAMES), rng), rng.choice(["a", "b c", "1", "", "x=1; Path=/"])))
    if rng.random() < 0.15:
        headers.append(("", rng.choice(["nameless", " x", "", ":"])))  # a line such as ":nameless"
    framing = rng.choice(["length", "chunked", "eof", "bad-length"])
    payload = body
    if framing == "length":
        headers.append((random_case("Content-Length", rng), str(len(body))))
    elif framing == "bad-length":
        headers.append((random_case("Content-Length", rng), rng.choice(["abc", "-1", ""])))
    elif framing == "chunked":
        headers.append((random_case("Transfer-Encoding", rng), rng.choice(["chunked", "Chunked", "CHUNKED"])))
        chunks, at = [], 0
        while at < len(body):
            size = rng.randrange(1, 12)
            chunk = body[at:at + size]
            ext = rng.choice(["", "", ";name=value"])
            chunks.append(f"{len(chunk):x}{ext}\r\n".encode() + chunk + b"\r\n")
            at += size
        trailer = rng.choice([b"", b"", b"X-Trailer: yes\r\n"])
        payload = b"".join(chunks) + b"0\r\n" + trailer + b"\r\n"
    rng.shuffle(headers)
    head = (status_line + "\r\n" + "".join(header_line(k, v) for k, v in headers) + "\r\n").encode("latin-1")
    raw = interim_answers(rng) + head + payload
    cut = rng.random()
    if cut < 0.02:
        raw = b""                                        # closed before a single byte
    elif cut < 0.15:
        raw = raw[: rng.randrange(len(head), len(raw) + 1)]  # the connection dies in the body
    return raw


def header_line(name, value):
    return f"{name}: {value}\r\n" if name else f":{value}\r\n"


def interim_answers(rng):
    """Zero to two "100 Continue" answers, with or without headers, which come before the real one."""
    interim = b""
    for _ in range(rng.choice([0] * 8 + [1, 2])):
        reason = rng.choice(["Continue", "", "Keep Going"])
        extra = rng.choice(["", "X-Trace: interim\r\n", "Content-Length: 5\r\n"])
        interim += f"HTTP/1.1 100 {reason}".rstrip().encode() + b"\r\n" + extra.encode() + b"\r\n"
    return interim


def parse(raw, lookup):
    response = http.client.HTTPResponse(FakeSocket(raw), method="GET")
    try:
        response.begin()
        body = response.read()
    except (http.client.HTTPException, ConnectionError) as e:
        return {"error": type(e).__name__, "message": str(e)}
    return {
        "status": response.status,
        "reason": response.reason,
        "headers": [[k, v] for k, v in response.getheaders()],
        "lookup": lookup,
        "lookupValue": response.getheader(lookup),
        "body": base64.b64encode(body).decode(),
    }


def http_cases(rng, count):
    cases = []
    for _ in range(count):
        raw = random_response(rng)
        lookup = random_case(rng.choice(NAMES + ["Content-Length", "Missing"]), rng)
        case = {"raw": base64.b64encode(raw).decode()}
        case.update(parse(raw, lookup))
        cases.append(case)
    return cases


if __name__ == "__main__":
    rng = random.Random(20260707)
    write("utf8_decode.json", utf8_cases(rng, 600))
    write("http_responses.json", http_cases(rng, 500))
