"""WebVTT captions: the checks an editor's upload must pass.  Pure Python.

The WebVTT standard (W3C) says a file starts with an optional byte-order mark,
then the word ``WEBVTT``, then a space, a tab or a line break (or the end of the
file).  Cues have a timing line ``00:00:01.000 --> 00:00:04.000``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TIMESTAMP = r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
_TIMING = re.compile(rf"^{_TIMESTAMP}\s+-->\s+{_TIMESTAMP}(?:\s.*)?$")


class CaptionsError(ValueError):
    """The text is not a usable WebVTT captions file."""


@dataclass(frozen=True)
class Cue:
    start_seconds: float
    end_seconds: float
    text: str


def has_webvtt_header(text: str) -> bool:
    body = text.removeprefix("\ufeff")
    if not body.startswith("WEBVTT"):
        return False
    rest = body[len("WEBVTT") :]
    return rest == "" or rest[0] in " \t\r\n"


def _seconds(hours: str | None, minutes: str, seconds: str, millis: str) -> float:
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(millis) / 1000


def parse_cues(text: str) -> list[Cue]:
    """The cues of a WebVTT file, in order.  Raises CaptionsError with a clear reason."""
    if not has_webvtt_header(text):
        raise CaptionsError('A captions file must be WebVTT: its first line must start with "WEBVTT".')
    cues: list[Cue] = []
    blocks = re.split(r"\r?\n\s*\r?\n", text.removeprefix("\ufeff").replace("\r\n", "\n"))
    for block in blocks[1:]:
        lines = [line for line in block.split("\n") if line.strip()]
        timing_at = next((i for i, line in enumerate(lines) if "-->" in line), None)
        if timing_at is None:
            continue  # NOTE, STYLE and REGION blocks carry no cue
        match = _TIMING.match(lines[timing_at].strip())
        if match is None:
            raise CaptionsError(f"This cue timing line is not valid WebVTT: {lines[timing_at].strip()!r}.")
        groups = match.groups()
        start = _seconds(*groups[0:4])
        end = _seconds(*groups[4:8])
        if end <= start:
            raise CaptionsError(f"A cue must end after it starts: {lines[timing_at].strip()!r}.")
        cues.append(Cue(start, end, "\n".join(lines[timing_at + 1 :])))
    return cues
