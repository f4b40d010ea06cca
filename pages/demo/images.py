"""Illustrations drawn locally with Pillow: landscapes in CCPCR's colours. No people, so no faces."""

import io
import random

from PIL import Image, ImageDraw

PALETTES = [
    ((11, 79, 138), (255, 191, 71), (46, 125, 50)),
    ((7, 53, 97), (230, 126, 34), (104, 159, 56)),
    ((33, 97, 140), (244, 208, 63), (39, 174, 96)),
    ((52, 73, 94), (235, 152, 78), (22, 160, 133)),
]


def landscape_jpeg(seed, width=1600, height=900):
    """A JPEG of sky, sun, hills and a house, different for every seed and the same every run."""
    rng = random.Random(seed)  # noqa: S311 - decoration, not security  # nosec B311
    sky, sun, land = rng.choice(PALETTES)
    image = Image.new("RGB", (width, height), sky)
    draw = ImageDraw.Draw(image)
    for row in range(height // 2):
        shade = tuple(min(255, channel + row // 6) for channel in sky)
        draw.line([(0, row), (width, row)], fill=shade)
    radius = rng.randint(60, 120)
    cx, cy = rng.randint(radius, width - radius), rng.randint(radius, height // 3)
    draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=sun)
    for layer in range(3):
        base = height // 2 + layer * height // 8
        points = [(0, height)]
        for x in range(0, width + 100, 100):
            points.append((x, base + rng.randint(-40, 40)))
        points.append((width, height))
        draw.polygon(points, fill=tuple(max(0, channel - layer * 25) for channel in land))
    hx, hy = rng.randint(width // 5, width * 3 // 5), height * 3 // 4
    draw.rectangle([hx, hy, hx + 160, hy + 110], fill=(250, 240, 220))
    draw.polygon([(hx - 20, hy), (hx + 80, hy - 80), (hx + 180, hy)], fill=(150, 60, 30))
    draw.rectangle([hx + 65, hy + 50, hx + 95, hy + 110], fill=(90, 60, 40))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()
