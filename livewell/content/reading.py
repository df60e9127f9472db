"""Reading time of an article: pure Python, no Django."""

from __future__ import annotations

import math
import re

# Plain-language health text read on screen: 200 words a minute is a common,
# deliberately unhurried estimate for adult readers (a product choice, not a
# clinical figure), so older readers are not told they "should" be faster.
WORDS_PER_MINUTE = 200

_WORD = re.compile(r"[\w'\u2019-]+", re.UNICODE)
_TAG = re.compile(r"<[^>]+>")


def word_count(text: str) -> int:
    """Words in plain text or in HTML (tags are ignored)."""
    return len(_WORD.findall(_TAG.sub(" ", text)))


def reading_minutes(words: int) -> int:
    """Whole minutes to read ``words`` words: rounded up, never less than one."""
    if words < 0:
        raise ValueError("A word count cannot be negative.")
    return max(1, math.ceil(words / WORDS_PER_MINUTE))
