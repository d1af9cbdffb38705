#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 SSPI Lens developers
# SPDX-License-Identifier: MIT
"""Builds a larger .evtx file by repeating the chunks of a small one N times behind its header.

The header's last-chunk number (offset 16), chunk count (offset 42) and CRC32 of its first 120
bytes (offset 124) are updated; without that libevtx reads only the first chunks as live records
and the rest as recovered ones, a different and slower path. Record IDs repeat, which libevtx
does not mind. Usage: repeat_evtx_chunks.py IN.evtx OUT.evtx N
"""
import struct
import sys
import zlib

HEADER = 4096
CHUNK = 65536


def main() -> int:
    if len(sys.argv) != 4:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    source, target, times = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(source, "rb") as f:
        data = f.read()
    if not data.startswith(b"ElfFile\0") or (len(data) - HEADER) % CHUNK:
        print(f"{source}: not a whole .evtx file", file=sys.stderr)
        return 1
    chunks = data[HEADER:]
    count = len(chunks) // CHUNK * times
    if count > 0xFFFF:
        print("too many chunks for the header's 16-bit count", file=sys.stderr)
        return 1
    header = bytearray(data[:HEADER])
    struct.pack_into("<Q", header, 8, 0)
    struct.pack_into("<Q", header, 16, count - 1)
    struct.pack_into("<H", header, 42, count)
    struct.pack_into("<I", header, 124, zlib.crc32(bytes(header[:120])) & 0xFFFFFFFF)
    with open(target, "wb") as f:
        f.write(header)
        for _ in range(times):
            f.write(chunks)
    return 0


if __name__ == "__main__":
    sys.exit(main())
