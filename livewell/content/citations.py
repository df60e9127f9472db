"""In-text citations: turn "[2]" or "[1, 3]" in article HTML into links to the
numbered reference list.  Pure Python (no Django), so it is tested on its own.

Editors type citations as plain text in square brackets; the page shows them as
superscript links to ``#ref-N``, and every citation gets its own id so the
reference list can link back to where it was first cited.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

# "[3]", "[1, 4]", "[2-4]" or 2 to 4 with an en dash; nothing else in brackets is a citation.
CITATION = re.compile(r"\[(\d{1,3}(?:\s*[,\u2013-]\s*\d{1,3})*)\]")
# Never rewrite inside a tag or inside an existing link.
_TAG_OR_LINK = re.compile(r"<a\b[^>]*>.*?</a>|<[^>]+>", re.IGNORECASE | re.DOTALL)


def expand(numbers: str) -> list[int]:
    """ "1, 3-5" → [1, 3, 4, 5] (ranges written with a hyphen or an en dash)."""
    result: list[int] = []
    for part in re.split(r"\s*,\s*", numbers.strip()):
        bounds = re.split(r"\s*[\u2013-]\s*", part)
        if len(bounds) == 2:
            low, high = int(bounds[0]), int(bounds[1])
            if high < low or high - low > 50:
                raise ValueError(f"Citation range [{part}] is not valid.")
            result.extend(range(low, high + 1))
        else:
            result.append(int(bounds[0]))
    return result


def cited_numbers(text: str) -> list[int]:
    """Every reference number cited in ``text``, in order of appearance (repeats kept)."""
    numbers: list[int] = []
    for match in CITATION.finditer(_TAG_OR_LINK.sub(" ", text)):
        try:
            numbers.extend(expand(match.group(1)))
        except ValueError:
            numbers.append(0)  # a malformed range counts as an unknown reference
    return numbers


@dataclass
class CitationLinker:
    """Rewrites citations across several blocks of one article, keeping ids unique.

    ``first_cite`` maps a reference number to the id of its first citation, for
    the "back to text" link in the reference list.
    """

    reference_count: int
    first_cite: dict[int, str] = field(default_factory=dict)
    _serial: int = 0

    def link(self, html: str) -> str:
        pieces: list[str] = []
        position = 0
        for protected in _TAG_OR_LINK.finditer(html):
            pieces.append(self._link_text(html[position : protected.start()]))
            pieces.append(protected.group(0))
            position = protected.end()
        pieces.append(self._link_text(html[position:]))
        return "".join(pieces)

    def _link_text(self, text: str) -> str:
        return CITATION.sub(self._replace, text)

    def _replace(self, match: re.Match[str]) -> str:
        try:
            numbers = expand(match.group(1))
        except ValueError:
            return match.group(0)
        if not numbers or any(n < 1 or n > self.reference_count for n in numbers):
            return match.group(0)  # left as typed; the admin form reports it
        links = []
        for number in numbers:
            self._serial += 1
            cite_id = f"cite-{self._serial}"
            self.first_cite.setdefault(number, cite_id)
            links.append(
                f'<a href="#ref-{number}" id="{cite_id}" class="citation">'
                f'<span class="visually-hidden">reference </span>{number}</a>'
            )
        return f'<sup class="citations">[{", ".join(links)}]</sup>'


def unknown_citations(texts: Iterable[str], reference_count: int) -> list[int]:
    """Cited numbers with no matching reference (sorted, without repeats)."""
    cited = {n for text in texts for n in cited_numbers(text)}
    return sorted(n for n in cited if n < 1 or n > reference_count)
