#!/usr/bin/env python3
"""Share of non-white pixels in a PNG (8-bit RGB or RGBA, not interlaced), standard library only.

    png-ink.py FILE [TOP BOTTOM]   prints the share of the rows TOP..BOTTOM (default: all) as a number.
Used by .ci/report-browser.sh to tell a drawn map from a blank one."""
import struct, sys, zlib

def rows(path):
    data = open(path, 'rb').read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
    pos, idat, width = 8, b'', None
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            width, height, depth, colour, _, _, interlace = struct.unpack('>IIBBBBB', body)
            assert depth == 8 and colour in (2, 6) and interlace == 0, 'unsupported PNG'
            bpp = 3 if colour == 2 else 4
        elif kind == b'IDAT':
            idat += body
        pos += 12 + length
    raw, stride, prev, out = zlib.decompress(idat), width * bpp, bytearray(width * bpp), []
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out.append(bytes(line)); prev = line
    return out, width, bpp

lines, width, bpp = rows(sys.argv[1])
top = int(sys.argv[2]) if len(sys.argv) > 2 else 0
bottom = int(sys.argv[3]) if len(sys.argv) > 3 else len(lines)
ink = total = 0
for line in lines[top:bottom]:
    for x in range(0, width * bpp, bpp):
        total += 1
        ink += min(line[x], line[x + 1], line[x + 2]) < 235
print(f'{ink / max(total, 1):.4f}')
