#!/usr/bin/env python3
"""Fails when a screenshot is blank: decodes a PNG (stdlib only: zlib + struct) and counts its pixels.

    python3 scripts/png-nonblank.py FILE.png [--min-ink N] [--min-dark N] [--min-colours N]

The background is the most common colour. "ink" is every pixel of another colour, "dark" every pixel
much darker than the background (text and lines), "colours" the distinct colours (anti-aliased text
alone gives dozens). Prints the counts; exit 0 when each reaches its minimum, 1 when not, 2 when the
file is not a PNG this script can read (8-bit, not interlaced: what Chromium writes).
"""
import argparse
import struct
import sys
import zlib
from collections import Counter

CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # colour type -> bytes per pixel at bit depth 8


def decode(data):
    """(width, height, channels, rows as bytes, palette or None) of an 8-bit, non-interlaced PNG."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, palette, header = 8, [], None, None
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"PLTE":
            palette = [body[i:i + 3] for i in range(0, len(body), 3)]
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    if header is None:
        raise ValueError("no IHDR chunk")
    width, height, depth, ctype, _, _, interlace = header
    if depth != 8 or ctype not in CHANNELS or interlace:
        raise ValueError(f"unsupported PNG: bit depth {depth}, colour type {ctype}, interlace {interlace}")
    bpp = CHANNELS[ctype]
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    if len(raw) != height * (stride + 1):
        raise ValueError(f"truncated image data: {len(raw)} bytes for {width}x{height}")
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        ftype, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if ftype == 1:    # Sub
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif ftype == 2:  # Up
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev))
        elif ftype == 3:  # Average
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif ftype == 4:  # Paeth
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        elif ftype != 0:
            raise ValueError(f"row {y}: unknown filter type {ftype}")
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows, (palette if ctype == 3 else None)


def counts(width, height, bpp, rows, palette):
    """Pixel counts: {colour bytes: count} over the whole image."""
    colours = Counter()
    for row in rows:
        colours.update(row[i:i + bpp] for i in range(0, len(row), bpp))
    if palette is not None:
        merged = Counter()
        for index, n in colours.items():
            merged[palette[index[0]] if index[0] < len(palette) else index] += n
        colours = merged
    return colours


def luminance(colour):
    if len(colour) <= 2:  # grey, grey + alpha
        return colour[0]
    r, g, b = colour[0], colour[1], colour[2]
    return (299 * r + 587 * g + 114 * b) // 1000


def main():
    ap = argparse.ArgumentParser(description="Fail when a PNG screenshot is blank.")
    ap.add_argument("png")
    ap.add_argument("--min-ink", type=int, default=500, help="pixels not of the background colour (default 500; one person drawn alone: ~1200)")
    ap.add_argument("--min-dark", type=int, default=200, help="pixels much darker than the background: text, lines (default 200)")
    ap.add_argument("--min-colours", type=int, default=16, help="distinct colours (default 16)")
    args = ap.parse_args()
    try:
        with open(args.png, "rb") as f:
            width, height, bpp, rows, palette = decode(f.read())
    except (OSError, ValueError, zlib.error) as e:
        print(f"{args.png}: {e}", file=sys.stderr)
        return 2
    colours = counts(width, height, bpp, rows, palette)
    background, bg_count = colours.most_common(1)[0]
    total = width * height
    ink = total - bg_count
    bg_lum = luminance(background)
    dark = sum(n for c, n in colours.items() if luminance(c) < bg_lum - 96)
    print(f"   {args.png}: {width}x{height}, {ink} ink pixels ({100.0 * ink / total:.1f}%), "
          f"{dark} dark, {len(colours)} colours, background #{background[:3].hex()}")
    short = [f"{name} {got} < {want}" for name, got, want in
             (("ink", ink, args.min_ink), ("dark", dark, args.min_dark), ("colours", len(colours), args.min_colours))
             if got < want]
    if short:
        print(f"{args.png} looks blank: " + ", ".join(short), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
