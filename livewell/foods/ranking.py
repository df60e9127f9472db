"""Ranking of search candidates: the food a person means comes first (pure Python).

Both database backends only *find* candidates; this module orders them, so
SQLite and PostgreSQL rank the same rows the same way.  A higher score is
better.  The weights were tuned on the everyday query set in
``tests/foods/search_quality.json`` (top-3 precision is tested there).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from livewell.foods.text import words

# Food categories whose rows are rarely what a plain word means (SR Legacy groups).
SIDELINED_CATEGORIES = frozenset(
    {
        "baby foods",
        "fast foods",
        "restaurant foods",
        "meals, entrees, and side dishes",
        "american indian/alaska native foods",
        "snacks",
        "sweets",
    }
)
# Words that mark the plain, unprocessed form of a food.
PLAIN_WORDS = frozenset({"raw", "plain", "whole", "fresh", "fluid"})
# Words that mark a prepared or special form when the query did not ask for it.
SPECIAL_WORDS = frozenset(
    {
        "babyfood",
        "infant",
        "formula",
        "imitation",
        "substitute",
        "dehydrated",
        "powder",
        "powdered",
        "canned",
        "frozen",
        "prepared",
        "mix",
        "industrial",
        "commercial",
        "flavored",
        "sweetened",
        "dry",
        "toddler",
        "alaska",
        "native",
    }
)


@dataclass(frozen=True, slots=True)
class Candidate:
    food_id: int
    fdc_id: int | None
    description: str
    data_type: str
    category: str
    brand: str
    kcal: float | None
    is_generic: bool
    is_custom: bool = False
    use_count: int = 0
    last_used: datetime | None = None


def score(candidate: Candidate, terms: list[str], *, now: datetime | None = None) -> float:
    """How well ``candidate`` answers the folded query ``terms`` (higher is better)."""
    segments = [words(part) for part in candidate.description.split(",")]
    all_words = [w for seg in segments for w in seg]
    first = segments[0] if segments else []
    brand_words = set(words(candidate.brand))
    term_set = set(terms)
    value = 0.0

    matched_brand = any(any(b.startswith(t) for b in brand_words) for t in terms)
    if candidate.is_generic:
        value += 30.0
    elif matched_brand:
        value += 22.0

    exact = sum(1 for t in terms if t in all_words or t in brand_words)
    value += 5.0 * exact
    in_first = sum(1 for t in terms if any(w.startswith(t) for w in first))
    value += 20.0 * in_first / max(len(terms), 1)
    if first and terms and (first[0] == terms[0] or first[0].rstrip("s") == terms[0].rstrip("s")):
        value += 12.0
    if first and first[0] in term_set:
        value += 4.0

    # Query words in the same order as in the description.
    positions = [next((i for i, w in enumerate(all_words) if w.startswith(t)), -1) for t in terms]
    if len(terms) > 1 and all(p >= 0 for p in positions) and positions == sorted(positions):
        value += 2.0

    unasked = [w for w in all_words if not any(w.startswith(t) for t in terms)]
    if any(w in PLAIN_WORDS for w in unasked):
        value += 6.0
    value -= 4.0 * sum(1 for w in set(unasked) if w in SPECIAL_WORDS)
    value -= 1.2 * min(len(unasked), 15)
    value -= 1.5 * max(len(segments) - 1, 0)
    if candidate.category.casefold() in SIDELINED_CATEGORIES:
        value -= 10.0
    if candidate.kcal is None:
        value -= 5.0

    if candidate.use_count:
        value += 3.0 * min(candidate.use_count, 10)
    if candidate.last_used is not None and now is not None:
        days = (now - candidate.last_used).total_seconds() / 86400
        if days <= 7:
            value += 15.0
        elif days <= 30:
            value += 8.0
    if candidate.is_custom:
        value += 4.0
    return value


def rank(candidates: list[Candidate], terms: list[str], *, now: datetime | None = None) -> list[Candidate]:
    """Best first; ties broken by shorter description, then by id, so the order is stable."""
    scored = [(score(c, terms, now=now), c) for c in candidates]
    scored.sort(key=lambda pair: (-pair[0], len(pair[1].description), pair[1].food_id))
    return [c for _, c in scored]
