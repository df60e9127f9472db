"""Ranking of search candidates: the food a person means comes first (pure Python).

Both database backends only *find* candidates; this module orders them, so
SQLite and PostgreSQL rank the same rows the same way.  A higher score is
better.  Signals, strongest first:

- generic foods over branded ones, unless the query names the brand;
- where the query words sit: in the first comma-separated part of a USDA
  description ("Milk, whole") beats a later part ("Candies, milk chocolate");
  a leading class word ("Cheese, cheddar", "Fish, salmon") does not count against;
- whole-word matches over prefix-only matches ("egg" vs "eggplant");
- the plain form: "raw"/"plain"/"whole" and few, common extra words — a rare
  extra word ("sheep", "babyfood") marks a special food;
- the member's own recent and frequent foods.

The weights were tuned on ``tests/foods/search_quality.json`` (top-3 precision
is tested there).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from livewell.foods.text import alternatives, fold

# SR Legacy groups whose foods are rarely what a plain word means.
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
# Leading parts of USDA descriptions that name a class rather than the food
# ("Cheese, cheddar", "Pork, cured, bacon"); they do not push the food back.
CLASS_WORDS = frozenset(
    {
        "alcoholic beverage",
        "beef",
        "beverages",
        "cereals",
        "cheese",
        "chicken",
        "crustaceans",
        "cured",
        "fish",
        "fresh",
        "lamb",
        "mollusks",
        "nuts",
        "oil",
        "pork",
        "seeds",
        "spices",
        "sugars",
        "turkey",
        "veal",
    }
)
# Parts that only say which kind of a basic food it is ("broilers or fryers").
FILLER_SEGMENTS = frozenset(
    {"broilers or fryers", "broiler or fryers", "mature seeds", "all commercial varieties", "year round average"}
)
PLAIN_WORDS = frozenset({"raw", "plain", "whole", "fluid", "regular", "brewed", "all"})
# Processing the query did not ask for ("Tofu, fried" for "tofu").
PROCESSED_WORDS = frozenset(
    {
        "fried",
        "dried",
        "dry",
        "evaporated",
        "condensed",
        "frozen",
        "powder",
        "canned",
        "mixture",
        "dehydrated",
        "imitation",
        "substitute",
        "mix",
        "babyfood",
        "industrial",
        "roll",
        "sliced",
        "breaded",
        "sandwich",
    }
)
_PARENTHESES = re.compile(r"\([^)]*\)")
RARE_DOC_FREQUENCY = 400


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


_rarity_cache: dict[tuple[int, str], float] = {}


def _rarity(word: str, frequency: Mapping[str, int]) -> float:
    key = (id(frequency), word)
    found = _rarity_cache.get(key)
    if found is None:
        if len(_rarity_cache) > 500_000:
            _rarity_cache.clear()
        found = _rarity_cache[key] = rarity(word, frequency)
    return found


def rarity(word: str, frequency: Mapping[str, int]) -> float:
    """0 for a word in many food descriptions, up to 1 for one that is almost never used."""
    if word.isdigit() or len(word) < 2:
        return 0.0
    count = frequency.get(word, 0)
    return max(0.0, 1.0 - math.log1p(count) / math.log1p(RARE_DOC_FREQUENCY))


@lru_cache(maxsize=200_000)
def _parse(description: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...], int]:
    """Comma-separated parts of a description (folded, fillers dropped) and where the food's own name starts."""
    text = _PARENTHESES.sub(" ", description)
    segments = tuple(
        s for s in (" ".join(fold(part).split()) for part in text.split(",")) if s and s not in FILLER_SEGMENTS
    )
    segments = segments or ("",)
    start = 0
    while start < min(2, len(segments) - 1) and segments[start] in CLASS_WORDS:
        start += 1
    return segments, tuple(tuple(seg.split()) for seg in segments), start


@dataclass(frozen=True, slots=True)
class Query:
    """A folded query prepared once for scoring many candidates."""

    terms: tuple[str, ...]
    options: tuple[tuple[str, ...], ...]
    every_option: tuple[str, ...]
    plural_heads: frozenset[str]

    @classmethod
    def of(cls, terms: list[str]) -> Query:
        options = tuple(alternatives(t) for t in terms)
        heads = frozenset(h for t in terms for h in (t, f"{t}s", f"{t}es"))
        return cls(tuple(terms), options, tuple(o for opts in options for o in opts), heads)


def score(
    candidate: Candidate,
    terms: list[str] | Query,
    *,
    frequency: Mapping[str, int] | None = None,
    now: datetime | None = None,
) -> float:
    """How well ``candidate`` answers the folded query ``terms`` (higher is better)."""
    query = terms if isinstance(terms, Query) else Query.of(terms)
    frequency = frequency or {}
    segments, parts, start = _parse(candidate.description)
    brand_words = fold(candidate.brand).split() if candidate.brand else []
    value = 0.0

    matched_brand = any(b.startswith(query.every_option) for b in brand_words)
    for opts in query.options:
        for where, seg in enumerate(parts):
            if any(w.startswith(opts) for w in seg):
                value += 14.0 if where <= start else max(10.0 - 3.0 * (where - start), 1.0)
                break
        else:
            continue
        if any(w in opts for seg in parts for w in seg) or any(b in opts for b in brand_words):
            value += 5.0  # a whole word, not only a prefix
    head = parts[start]
    if head and any(head[0] in opts for opts in query.options):
        value += 8.0
    # USDA names a basic food by its plural headword ("Oranges, raw", "Sugars, granulated")
    # and products by the singular ("Orange juice"): the plural head is the food itself.
    if any(seg in query.plural_heads for seg in segments[: start + 1]):
        value += 10.0

    if candidate.is_generic:
        value += 45.0
    elif matched_brand:
        value += 20.0

    unasked = [w for seg in parts[start:] for w in seg if not w.startswith(query.every_option)]
    if any(w in PLAIN_WORDS for w in unasked[:6]):
        value += 6.0
    distinct = set(unasked)
    value -= 4.0 * min(len(distinct & PROCESSED_WORDS), 2)
    value -= 7.0 * sum(_rarity(w, frequency) for w in distinct)
    value -= 0.6 * min(len(unasked), 20)
    if candidate.category and candidate.category.casefold() in SIDELINED_CATEGORIES:
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


def rank(
    candidates: list[Candidate],
    terms: list[str],
    *,
    frequency: Mapping[str, int] | None = None,
    now: datetime | None = None,
) -> list[Candidate]:
    """Best first; ties broken by shorter description, then by id, so the order is stable."""
    query = Query.of(terms)
    scored = [(score(c, query, frequency=frequency, now=now), c) for c in candidates]
    scored.sort(key=lambda pair: (-pair[0], len(pair[1].description), pair[1].food_id))
    return [c for _, c in scored]
