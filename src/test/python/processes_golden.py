#!/usr/bin/env python3
"""Generates the golden fixtures of the `processes` kata: the exact bytes that CPython's
multiprocessing.connection writes for a few messages (send_bytes), read back from a real OS pipe.

Run from the repository root:  python3 src/test/python/processes_golden.py
"""
import json
import os
import random
import sys
import threading
from multiprocessing.connection import Connection

SEED = 31415
CASES = 400
OUT = "src/test/resources/golden/processes/frames.json"


def wire_bytes(payloads):
    """Sends the payloads through a Connection over os.pipe() and returns every byte written."""
    read_fd, write_fd = os.pipe()
    chunks = []

    def drain():
        while True:
            chunk = os.read(read_fd, 65536)
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    conn = Connection(write_fd, readable=False)
    for payload in payloads:
        conn.send_bytes(payload)
    conn.close()
    reader.join()
    os.close(read_fd)
    return b"".join(chunks)


def main():
    rng = random.Random(SEED)
    cases = []
    for _ in range(CASES):
        count = rng.randint(1, 3)
        payloads = []
        for _ in range(count):
            size = rng.choice([0, 1, 2, 3, 4, 5, rng.randint(0, 300), rng.randint(250, 70000)])
            payloads.append(bytes(rng.randrange(256) for _ in range(size)))
        wire = wire_bytes(payloads)
        # Big payloads are kept as sizes only: the header bytes and total length are what framing decides.
        small = all(len(p) <= 300 for p in payloads)
        cases.append({"payloads": [p.hex() for p in payloads] if small else None,
                      "sizes": [len(p) for p in payloads],
                      "headers": [wire[i:i + 4].hex() for i in header_offsets(payloads)],
                      "wire_length": len(wire),
                      "wire": wire.hex() if small and len(wire) <= 1000 else None})
    doc = {"python": "%d.%d.%d" % sys.version_info[:3], "generator": "src/test/python/processes_golden.py"}
    with open(OUT, "w", encoding="utf-8") as f:
        head = json.dumps(doc)[:-1]
        f.write(head + ', "cases": [\n')
        f.write(",\n".join(json.dumps(case, separators=(",", ":")) for case in cases))
        f.write("\n]}\n")
    print("wrote %d cases to %s" % (len(cases), OUT))


def header_offsets(payloads):
    offset = 0
    for payload in payloads:
        yield offset
        offset += 4 + len(payload)


if __name__ == "__main__":
    main()
