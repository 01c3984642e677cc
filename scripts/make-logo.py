#!/usr/bin/env python3
"""Write assets/logo.png: the 160 x 48 logo that Herald embeds in emails (cid:logo@...).

A two-colour PNG (a white "H" and bar on the brand blue), built with zlib and struct only, so it
is byte-for-byte reproducible and tiny (well under a kilobyte):

    python3 scripts/make-logo.py [--out assets/logo.png]
"""
import argparse
import struct
import zlib
from pathlib import Path

WIDTH, HEIGHT = 160, 48
BLUE, WHITE = (0x0F, 0x3D, 0x5E), (0xFF, 0xFF, 0xFF)


def is_white(x, y):
    """The mark: an "H" at the left, a bar standing for the name beside it."""
    in_band = 10 <= y < 38
    left_post = 12 <= x < 18 and in_band
    right_post = 30 <= x < 36 and in_band
    crossbar = 18 <= x < 30 and 21 <= y < 27
    name_bar = 48 <= x < 148 and 20 <= y < 28
    return left_post or right_post or crossbar or name_bar


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def png():
    rows = bytearray()
    for y in range(HEIGHT):
        rows.append(0)  # filter: none
        bits = [1 if is_white(x, y) else 0 for x in range(WIDTH)]
        for i in range(0, WIDTH, 8):
            byte = 0
            for bit in bits[i:i + 8]:
                byte = (byte << 1) | bit
            rows.append(byte)
    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 1, 3, 0, 0, 0)  # 1 bit, palette
    palette = bytes(BLUE + WHITE)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"PLTE", palette)
            + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    project = Path(__file__).resolve().parent.parent
    parser.add_argument("--out", default=str(project / "assets" / "logo.png"))
    out = Path(parser.parse_args().out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(png())


if __name__ == "__main__":
    main()
