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
    if text.isascii():
        return _NON_WORD.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", stripped).strip()


def words(text: str) -> list[str]:
    """The folded words of ``text`` in order."""
    folded = fold(text)
    return folded.split(" ") if folded else []


# Everyday words USDA descriptions spell another way (British/American, common names).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "oatmeal": ("oats",),
    "porridge": ("oats",),
    "courgette": ("zucchini",),
    "aubergine": ("eggplant",),
    "prawn": ("shrimp",),
    "prawns": ("shrimp",),
    "garbanzo": ("chickpeas",),
    "coriander": ("cilantro",),
    "rocket": ("arugula",),
    "mince": ("ground",),
    "minced": ("ground",),
    "crisps": ("chips",),
    "soda": ("carbonated",),
    "scallion": ("onions",),
    "scallions": ("onions",),
}


def singular(term: str) -> str | None:
    """A plural's singular stem, as a word prefix ("eggs" -> "egg", "berries" -> "berr")."""
    if len(term) <= 3 or not term.endswith("s") or term.endswith("ss"):
        return None
    if term.endswith("ies"):
        return term[:-3]
    if term.endswith(("oes", "shes", "ches", "xes")):
        return term[:-2]
    return term[:-1]


def word_forms(term: str) -> tuple[str, ...]:
    """Whole words a finished query word stands for: itself, singular/plural forms and synonyms."""
    forms = [term, f"{term}s", f"{term}es"]
    if term.endswith("ies") and len(term) > 4:
        forms.append(term[:-3] + "y")
    elif term.endswith("y") and len(term) > 3:
        forms.append(term[:-1] + "ies")
    stem = singular(term)
    if stem is not None and not term.endswith("ies"):
        forms.append(stem)
    for synonym in SYNONYMS.get(term, ()):
        forms.extend([synonym, f"{synonym}s"])
    return tuple(dict.fromkeys(forms))


def alternatives(term: str) -> tuple[str, ...]:
    """The term, its singular, and words that mean the same to a person searching for food."""
    found = [term]
    stem = singular(term)
    if stem is not None:
        found.append(stem)
    found.extend(SYNONYMS.get(term, ()))
    return tuple(dict.fromkeys(found))
