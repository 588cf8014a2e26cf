#!/usr/bin/env python3
"""Generates the golden fixtures of the `selectors` kata from CPython itself.

    python3 src/test/python/selectors_golden.py

nonblocking_scripts.json: random scripts of operations on a non-blocking socket
(connect, send, recv, getsockopt(SO_ERROR), wait for writability) against four loopback
situations, and what CPython returns or raises for each step:
  refused     - connect to a port nobody listens on
  unconnected - no connect at all
  silent      - a server that accepts and never sends
  hello       - a server that accepts, sends b"hello" and closes (no sends: those race the peer's RST)
Every step's outcome is "ok <value>" or "<ExceptionType> <str(exception)>".
Deterministic: a fixed seed; loopback only.
"""
import json
import pathlib
import platform
import random
import selectors
import socket
import time

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "golden" / "selectors"
GENERATOR = "src/test/python/selectors_golden.py"
SCENARIOS = ["refused", "unconnected", "silent", "hello"]
OPS = ["send", "recv", "soerror", "wait"]


def closed_port():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


def outcome(action):
    try:
        value = action()
    except OSError as e:
        return f"{type(e).__name__} {e}"
    if isinstance(value, bytes):
        return "ok " + value.decode("latin-1")
    return f"ok {value}"


def run(scenario, steps):
    server = None
    if scenario in ("silent", "hello"):
        server = socket.socket()
        server.bind(("127.0.0.1", 0))
        server.listen()
        address = server.getsockname()
    else:
        address = ("127.0.0.1", closed_port())
    sock = socket.socket()
    sock.setblocking(False)
    results = []
    peer = None
    if scenario != "unconnected":
        results.append(outcome(lambda: sock.connect(address)))
        if server is not None:
            peer, _ = server.accept()
            if scenario == "hello":
                peer.sendall(b"hello")
                peer.close()
            time.sleep(0.05)  # let the loopback deliver what the peer sent
    selector = selectors.DefaultSelector()
    for op, size in steps:
        if op == "send":
            results.append(outcome(lambda: sock.send(b"x" * size)))
        elif op == "recv":
            results.append(outcome(lambda: sock.recv(size)))
        elif op == "soerror":
            results.append(outcome(lambda: sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)))
        else:
            selector.register(sock, selectors.EVENT_WRITE)
            ready = selector.select(timeout=0.5)
            selector.unregister(sock)
            results.append("ok writable" if ready else "ok not writable")
    selector.close()
    sock.close()
    if peer is not None and scenario == "silent":
        peer.close()
    if server is not None:
        server.close()
    return results


def main():
    rng = random.Random(20260708)
    cases = []
    for i in range(240):
        scenario = SCENARIOS[i % len(SCENARIOS)]
        steps = [(rng.choice(OPS), rng.randrange(1, 8)) for _ in range(rng.randrange(1, 6))]
        if scenario == "hello":
            steps = [s for s in steps if s[0] != "send"] or [("recv", 5)]  # sending to a closed peer races with its RST
        if scenario == "unconnected":
            steps = [s for s in steps if s[0] != "wait"] or [("soerror", 1)]  # an unconnected socket's writability is not interesting
        cases.append({"scenario": scenario, "steps": [[op, size] for op, size in steps], "results": run(scenario, steps)})
    OUT.mkdir(parents=True, exist_ok=True)
    doc = {"python": platform.python_version(), "generator": GENERATOR, "cases": cases}
    (OUT / "nonblocking_scripts.json").write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
