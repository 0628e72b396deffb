"""Canvas size and frame count of an image, read from its container headers without decoding.

An animated GIF of 25 one-pixel frames on a 6320 x 6320 canvas is 1.4 KB on disk and, decoded,
a gigabyte: Pillow composites every frame onto a full canvas. So the decoded size (width x
height x frames) is checked before Pillow decodes anything. GIF blocks are walked by their
length bytes (at most a few thousand steps for a 10 MB file, and the walk stops once the
frame limit is passed); PNG (APNG) and WebP keep the frame count in a chunk that is found
by hopping over chunk lengths. JPEG has one frame, and its size comes from Pillow's cheap
header read.
"""

import struct
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Measure:
    width: int
    height: int
    frames: int

    @property
    def total_pixels(self) -> int:
        return self.width * self.height * self.frames


def measure(data: bytes, pil_format: str, *, stop_after_frames: int) -> Measure | None:
    """What decoding `data` would produce, or None when the headers do not say (then
    Pillow's own checks apply). Frame counting stops past `stop_after_frames`."""
    try:
        if pil_format == "GIF":
            return _gif(data, stop_after_frames)
        if pil_format == "PNG":
            return _png(data)
        if pil_format == "WEBP":
            return _webp(data, stop_after_frames)
    except (IndexError, struct.error):
        return None  # truncated headers: Pillow refuses the file as invalid
    return None


def _gif(data: bytes, stop: int) -> Measure:
    width, height, flags = struct.unpack_from("<HHB", data, 6)
    position = 13 + (3 << ((flags & 7) + 1) if flags & 0x80 else 0)
    frames = 0
    while position < len(data) and frames <= stop:
        block = data[position]
        if block == 0x2C:  # image descriptor: one frame, which may widen the canvas
            left, top, frame_width, frame_height, packed = struct.unpack_from(
                "<HHHHB", data, position + 1
            )
            frames += 1
            width, height = max(width, left + frame_width), max(height, top + frame_height)
            position += 10 + (3 << ((packed & 7) + 1) if packed & 0x80 else 0) + 1
            position = _skip_sub_blocks(data, position)
        elif block == 0x21:  # extension: label, then data sub-blocks
            position = _skip_sub_blocks(data, position + 2)
        else:  # 0x3B trailer, or garbage Pillow will judge
            break
    return Measure(width=width, height=height, frames=max(frames, 1))


def _skip_sub_blocks(data: bytes, position: int) -> int:
    while position < len(data):
        size = data[position]
        position += 1 + size
        if size == 0:
            break
    return position


def _png(data: bytes) -> Measure | None:
    if data[12:16] != b"IHDR":
        return None  # not a PNG after all: Pillow refuses it
    width, height = struct.unpack_from(">II", data, 16)
    frames = 1
    position = 8
    while position + 8 <= len(data):
        length, kind = struct.unpack_from(">I4s", data, position)
        if kind == b"acTL":  # animation control: comes before the first IDAT
            frames = max(1, struct.unpack_from(">I", data, position + 8)[0])
            break
        if kind == b"IDAT":
            break
        position += 12 + length
    return Measure(width=width, height=height, frames=frames)


def _webp(data: bytes, stop: int) -> Measure | None:
    position, frames, canvas = 12, 0, None
    while position + 8 <= len(data) and frames <= stop:
        kind, length = struct.unpack_from("<4sI", data, position)
        if kind == b"VP8X":
            w, h = data[position + 12 : position + 15], data[position + 15 : position + 18]
            canvas = (1 + int.from_bytes(w, "little"), 1 + int.from_bytes(h, "little"))
        elif kind == b"ANMF":
            frames += 1
        position += 8 + length + (length & 1)
    if canvas is None:
        return None  # a simple (still) WebP: Pillow reads its size from the frame header
    return Measure(width=canvas[0], height=canvas[1], frames=max(frames, 1))
