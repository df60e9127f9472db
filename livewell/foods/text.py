"""Text folding shared by indexing and querying (pure Python, no Django).

Search compares folded text on both database backends: lower case, accents
removed ("Jalapeño" -> "jalapeno"), every run of characters that is not a
letter or digit turned into one space.  Folding in Python (not with a database
extension) is what makes SQLite and PostgreSQL see the same words.
"""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower-case ASCII words separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", stripped).strip()


def words(text: str) -> list[str]:
    """The folded words of ``text`` in order."""
    folded = fold(text)
    return folded.split(" ") if folded else []
