#!/usr/bin/env python3
"""Round the name tagger's i8 weights to multiples of STEP (a smaller download, issue 17).

    scripts/train/requantize-ner.py IN.bin OUT.bin [STEP]

Format (src/engine/typing/weights.rs, `Tagger::from_bytes`): the 8-byte magic, a u32 LE count
n, n ascending feature hashes stored as u32 LE differences, then n rows of 9 i8 weights. Each
weight becomes the multiple of STEP nearest to it (halves away from zero), at most 127 in size;
rows left all zero are dropped with their hashes. Deterministic: the same input gives the same
bytes. See data/models/SOURCES.md for what was measured.
"""
import struct
import sys

TAGS = 9


def requantize(b: bytes, step: int) -> bytes:
    if b[:8] != b"ANNER\x00\x02\x09":
        sys.exit("not a name tagger weight file")
    (n,) = struct.unpack_from("<I", b, 8)
    deltas = struct.unpack_from(f"<{n}I", b, 12)
    weights = b[12 + 4 * n :]
    if len(weights) != n * TAGS:
        sys.exit("weight file truncated")
    top = 127 // step * step
    keys, rows, key = [], [], 0
    for k in range(n):
        key += deltas[k]
        row = []
        for x in weights[k * TAGS : (k + 1) * TAGS]:
            v = x - 256 if x > 127 else x
            q = (abs(v) * 2 + step) // (2 * step) * step
            row.append(min(q, top) * (1 if v >= 0 else -1))
        if any(row):
            keys.append(key)
            rows.append(row)
    out = bytearray(b[:8]) + struct.pack("<I", len(keys))
    prev = 0
    for key in keys:
        out += struct.pack("<I", key - prev)
        prev = key
    for row in rows:
        out += bytes(v & 0xFF for v in row)
    return bytes(out)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    step = int(sys.argv[3]) if len(sys.argv) > 3 else 12
    if not 1 <= step <= 127:
        sys.exit(f"STEP must be 1 to 127 (an i8 weight), not {step}")
    data = open(sys.argv[1], "rb").read()
    out = requantize(data, step)
    open(sys.argv[2], "wb").write(out)
    print(f"{sys.argv[2]}: {(len(out) - 12) // (4 + TAGS)} features, {len(out)} bytes")
