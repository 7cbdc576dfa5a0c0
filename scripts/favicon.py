#!/usr/bin/env python3
"""Writes the favicon that index.html inlines: static/icon.svg redrawn on a 32 px grid as a
4-colour palette PNG (about 120 bytes), printed as a data: URL. Run by hand when the icon
changes; no dependencies beyond the standard library."""
import base64
import struct
import zlib

SIZE, RADIUS = 32, 6
# Palette: transparent, the icon's blue, white, vermillion (colours of static/icon.svg).
PALETTE = [(0, 0, 0), (0x0B, 0x5F, 0x8A), (0xFF, 0xFF, 0xFF), (0xF0, 0xA3, 0x5E)]
# The three bars of icon.svg (x, top, width), scaled from its 512 px viewBox; all end at y 25.
BARS = [(7, 17, 4, 2), (14, 12, 4, 2), (21, 6, 4, 3)]


def pixel(x, y):
    for left, top, width, colour in BARS:
        if left <= x < left + width and top <= y < 26:
            return colour
    # Rounded corners: outside the quarter circles is transparent.
    cx = min(max(x, RADIUS - 0.5), SIZE - RADIUS - 0.5)
    cy = min(max(y, RADIUS - 0.5), SIZE - RADIUS - 0.5)
    return 1 if (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS**2 else 0


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


rows = b""
for y in range(SIZE):
    bits = 0
    row = b"\x00"  # filter: none
    for x in range(SIZE):
        bits = (bits << 2) | pixel(x, y)
        if x % 4 == 3:
            row += bytes([bits])
            bits = 0
    rows += row
png = (
    b"\x89PNG\r\n\x1a\n"
    + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 2, 3, 0, 0, 0))
    + chunk(b"PLTE", b"".join(bytes(c) for c in PALETTE))
    + chunk(b"tRNS", b"\x00")
    + chunk(b"IDAT", zlib.compress(rows, 9))
    + chunk(b"IEND", b"")
)
print("data:image/png;base64," + base64.b64encode(png).decode())
