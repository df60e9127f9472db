"""Draw the starter articles' hero illustrations (original, simple diagrams, no text).

For maintainers: writes PNG files into livewell/content/starter_media/, which the
starter loader imports as Wagtail images (served in several sizes as renditions).
Text is left out of the pictures on purpose: the alt text and the caption on the
page say what each one shows, so screen readers and translations get it too.

    .venv/bin/python scripts/content_make_illustrations.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT_DIR = Path(__file__).resolve().parent.parent / "livewell" / "content" / "starter_media"
WIDTH, HEIGHT = 1200, 675  # 16:9
SKY = (232, 240, 248)
BONE = (246, 238, 220)
OUTLINE = (60, 60, 60)
DISC = (120, 160, 200)
CRACK = (164, 22, 26)
BRAND = (11, 79, 138)


def _vertebra(draw: ImageDraw.ImageDraw, left: int, top: int, width: int, front: int, back: int) -> None:
    """A vertebral body seen from the side: front edge on the left, back edge on the right."""
    bottom = top + max(front, back)
    draw.polygon(
        [(left, bottom - front), (left + width, bottom - back), (left + width, bottom), (left, bottom)],
        fill=BONE,
        outline=OUTLINE,
        width=4,
    )


def spine_columns() -> Image.Image:
    """Two short stacks of vertebrae: even on the left; on the right the middle one is a wedge."""
    image = Image.new("RGB", (WIDTH, HEIGHT), SKY)
    draw = ImageDraw.Draw(image)
    for column, left in enumerate((170, 700)):
        y = 90
        for level in range(3):
            wedge = column == 1 and level == 1
            front, back = (70, 140) if wedge else (140, 140)
            _vertebra(draw, left, y, 330, front, back)
            if wedge:
                for offset in (0, 26):
                    draw.line([(left + 40 + offset, y + 80), (left + 90 + offset, y + 110)], fill=CRACK, width=5)
            y += 140
            if level < 2:
                draw.rounded_rectangle((left + 10, y + 8, left + 320, y + 32), radius=10, fill=DISC)
                y += 40
    # Arrows pressing down on the healthy stack, as everyday loads do.
    for x in (300, 370):
        draw.line([(x, 20), (x, 75)], fill=BRAND, width=8)
        draw.polygon([(x - 14, 65), (x + 14, 65), (x, 85)], fill=BRAND)
    return image


def prone_extension() -> Image.Image:
    """A person lying face down on a mat lifting head and shoulders a little."""
    image = Image.new("RGB", (WIDTH, HEIGHT), SKY)
    draw = ImageDraw.Draw(image)
    mat_top = 520
    draw.rounded_rectangle((120, mat_top, 1080, mat_top + 30), radius=14, fill=(255, 191, 71))
    draw.ellipse((470, mat_top - 50, 640, mat_top + 4), fill=(200, 220, 240), outline=OUTLINE, width=3)
    body = [(330, mat_top - 95), (560, mat_top - 60), (900, mat_top - 35)]
    draw.line(body, fill=BRAND, width=46, joint="curve")
    draw.line([(900, mat_top - 35), (1010, mat_top - 25)], fill=BRAND, width=34)
    head = (270, mat_top - 120)
    draw.ellipse((head[0] - 46, head[1] - 46, head[0] + 46, head[1] + 46), fill=BRAND)
    draw.line([(370, mat_top - 62), (560, mat_top - 28)], fill=(40, 110, 170), width=24)  # arm along the side
    # A small curved arrow shows the gentle lift.
    draw.arc((180, mat_top - 260, 380, mat_top - 80), start=200, end=290, fill=CRACK, width=8)
    return image


ILLUSTRATIONS = {
    "hero-wedge-fracture.png": spine_columns,
    "hero-back-extension.png": prone_extension,
}


def main() -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name, draw in ILLUSTRATIONS.items():
        path = OUT_DIR / name
        draw().quantize(colors=32).save(path, optimize=True)
        print(f"Wrote {path.name} ({path.stat().st_size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
