"""Make the starter "Video of the Day": gentle back-extension tips.

For maintainers: draws simple original slides with Pillow, encodes them with
ffmpeg (WebM, VP9, no audio, 640 by 360) and writes captions (WebVTT) and a
transcript that match the slides, because both come from the same SLIDES list.

    .venv/bin/python scripts/make_starter_video.py        # needs ffmpeg on PATH

Output (committed, loaded by livewell.content.starter):
    livewell/content/starter_media/back-extension-tips.webm
    livewell/content/starter_media/back-extension-tips.vtt
    livewell/content/starter_media/back-extension-tips.txt
    livewell/content/starter_media/back-extension-tips-poster.png
"""

from __future__ import annotations

import math
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT_DIR = Path(__file__).resolve().parent.parent / "livewell" / "content" / "starter_media"
NAME = "back-extension-tips"
WIDTH, HEIGHT = 640, 360
FPS = 10
# Captions are read at about 2.5 words a second (unhurried); each line shows at least 3 s.
WORDS_PER_SECOND = 2.5
MIN_CUE_SECONDS = 3.0
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
BACKGROUND = (11, 79, 138)
FOREGROUND = (255, 255, 255)
ACCENT = (255, 191, 71)


@dataclass(frozen=True)
class Slide:
    heading: str
    note: str
    figure: str  # "", "prone" or "lift"
    spoken: tuple[str, ...]  # one caption cue per sentence


SLIDES = (
    Slide(
        "Gentle back-extension tips",
        "For people with thin bones or a healed spine fracture",
        "",
        (
            "Here are some general tips for gentle back-extension exercises.",
            "They are information only, not a diagnosis or a treatment plan.",
        ),
    ),
    Slide(
        "Ask first",
        "Your doctor or physical therapist knows your spine",
        "",
        (
            "Before you start, ask your doctor or physical therapist.",
            "This matters most after a spine fracture.",
        ),
    ),
    Slide(
        "Lie face down, supported",
        "A firm bed or mat, a pillow under the hips",
        "prone",
        (
            "One common starting position is lying face down on a firm bed or mat.",
            "A pillow under your hips can make it more comfortable.",
        ),
    ),
    Slide(
        "Lift a little, slowly",
        "Head and shoulders only a few inches",
        "lift",
        (
            "Squeeze your buttocks and lift your head and shoulders a little.",
            "Keep your neck long and look down at the floor.",
        ),
    ),
    Slide(
        "Hold, breathe, lower",
        "Count of three, then rest",
        "prone",
        (
            "Hold for a slow count of three and keep breathing.",
            "Lower gently and rest. Start with just a few.",
        ),
    ),
    Slide(
        "Avoid bending forward under load",
        "No sit-ups, toe touches or heavy lifting with a rounded back",
        "",
        (
            "Avoid sit-ups, toe touches and lifting heavy things with a rounded back.",
            "They press hard on the front of the spine bones.",
        ),
    ),
    Slide(
        "Stop and get advice if…",
        "Sharp pain, pain down the legs, numbness or weakness",
        "",
        (
            "Stop and get advice if the pain turns sharp or spreads down your legs.",
            "Get help at once for numbness, weakness, or bladder or bowel changes.",
        ),
    ),
    Slide(
        "livewell",
        "Information, not medical advice",
        "",
        ("This video is from livewell. It is general information, not medical advice.",),
    ),
)


def cue_seconds(sentence: str) -> float:
    return max(MIN_CUE_SECONDS, math.ceil(len(sentence.split()) / WORDS_PER_SECOND * 2) / 2)


def slide_seconds(slide: Slide) -> float:
    return sum(cue_seconds(sentence) for sentence in slide.spoken)


def timestamp(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def captions() -> str:
    lines = ["WEBVTT", "Kind: captions", "Language: en", ""]
    start = 0.0
    number = 0
    for slide in SLIDES:
        for sentence in slide.spoken:
            number += 1
            end = start + cue_seconds(sentence)
            lines += [str(number), f"{timestamp(start)} --> {timestamp(end)}", sentence, ""]
            start = end
    return "\n".join(lines)


def transcript() -> str:
    parts = ["Gentle back-extension tips (livewell, silent video with captions)", ""]
    for number, slide in enumerate(SLIDES, start=1):
        parts.append(f"Slide {number} shows: {slide.heading.rstrip('.…')}. {slide.note}.")
        parts.append("Caption: " + " ".join(slide.spoken))
        parts.append("")
    return "\n".join(parts)


def total_seconds() -> float:
    return sum(slide_seconds(slide) for slide in SLIDES)


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if draw.textlength(trial, font=font) <= width:
            current = trial
        else:
            lines.append(current)
            current = word
    lines.append(current)
    return lines


def _figure(draw: ImageDraw.ImageDraw, kind: str) -> None:
    """A simple person lying face down on a mat; "lift" raises head and shoulders."""
    mat_y = 300
    draw.rounded_rectangle((90, mat_y, 550, mat_y + 12), radius=6, fill=ACCENT)
    draw.ellipse((250, mat_y - 22, 330, mat_y), fill=(200, 220, 240))  # pillow under the hips
    body = [(170, mat_y - 18), (300, mat_y - 24), (470, mat_y - 12)]
    if kind == "lift":
        body[0] = (185, mat_y - 40)
    draw.line([*body], fill=FOREGROUND, width=14, joint="curve")
    head_x, head_y = body[0][0] - 24, body[0][1] - 6
    draw.ellipse((head_x - 18, head_y - 18, head_x + 18, head_y + 18), fill=FOREGROUND)
    draw.line([(body[0][0] + 20, body[0][1] + 4), (body[0][0] + 40, mat_y)], fill=FOREGROUND, width=8)


def draw_slide(slide: Slide) -> Image.Image:
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    heading_font = _font(38, bold=True)
    note_font = _font(22)
    y = 40 if slide.figure else 90
    for line in _wrap(draw, slide.heading, heading_font, WIDTH - 80):
        draw.text((40, y), line, font=heading_font, fill=FOREGROUND)
        y += 48
    draw.rectangle((40, y + 4, 140, y + 9), fill=ACCENT)
    y += 24
    for line in _wrap(draw, slide.note, note_font, WIDTH - 80):
        draw.text((40, y), line, font=note_font, fill=FOREGROUND)
        y += 30
    if slide.figure:
        _figure(draw, slide.figure)
    return image


def encode(frames_dir: Path, output: Path) -> None:
    concat = frames_dir / "slides.txt"
    entries = []
    for number, slide in enumerate(SLIDES):
        entries += [f"file 'slide{number}.png'", f"duration {slide_seconds(slide)}"]
    entries.append(f"file 'slide{len(SLIDES) - 1}.png'")  # the concat demuxer needs the last file twice
    concat.write_text("\n".join(entries) + "\n", encoding="utf-8")
    subprocess.run(
        [
            "ffmpeg", "-y", "-loglevel", "error", "-f", "concat", "-safe", "0", "-i", str(concat),
            "-vf", f"fps={FPS},format=yuv420p", "-c:v", "libvpx-vp9", "-b:v", "0", "-crf", "40",
            "-row-mt", "1", "-an", "-t", f"{total_seconds():.1f}", str(output),
        ],
        check=True,
    )  # fmt: skip


def main() -> int:
    if shutil.which("ffmpeg") is None:
        print("ffmpeg is needed: apt-get install ffmpeg", file=sys.stderr)
        return 1
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        frames = Path(tmp)
        for number, slide in enumerate(SLIDES):
            draw_slide(slide).save(frames / f"slide{number}.png")
        draw_slide(SLIDES[0]).save(OUT_DIR / f"{NAME}-poster.png", optimize=True)
        encode(frames, OUT_DIR / f"{NAME}.webm")
    (OUT_DIR / f"{NAME}.vtt").write_text(captions(), encoding="utf-8")
    (OUT_DIR / f"{NAME}.txt").write_text(transcript(), encoding="utf-8")
    size = (OUT_DIR / f"{NAME}.webm").stat().st_size
    print(f"Wrote {NAME}.webm ({size / 1024:.0f} KB, {total_seconds():.1f} s), captions, transcript and poster.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
