"""Reads of foods: search, one food, barcode look-up.

Other apps rely on ``food_search`` and ``food_get``; keep their signatures.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from livewell.accounts.models import User
from livewell.foods import search
from livewell.foods.gtin import lookup_forms
from livewell.foods.models import GENERIC_TYPES, DataType, Food, FoodUsage
from livewell.foods.ranking import Candidate, rank
from livewell.foods.text import words

MAX_QUERY_LENGTH = 200


class QueryError(ValueError):
    """A search query that cannot be run (empty, too long); the message is for people."""


@dataclass(frozen=True, slots=True)
class FoodHit:
    food_id: int
    fdc_id: int | None
    description: str
    data_type: str
    kcal_per_100g: float | None
    brand: str
    category: str = ""
    is_custom: bool = False

    def as_json(self) -> dict[str, object]:
        return {
            "food_id": self.food_id,
            "fdc_id": self.fdc_id,
            "description": self.description,
            "data_type": self.data_type,
            "kcal_per_100g": self.kcal_per_100g,
            "brand": self.brand,
            "category": self.category,
            "is_custom": self.is_custom,
        }


def query_terms(query: str) -> list[str]:
    """The folded, de-duplicated words of a query; raises QueryError for unusable input."""
    if len(query) > MAX_QUERY_LENGTH:
        raise QueryError(f"Search text can be at most {MAX_QUERY_LENGTH} characters long.")
    terms = list(dict.fromkeys(words(query)))[: search.MAX_TERMS]
    if not terms:
        raise QueryError("Type a food to search for, for example “milk” or “apple”.")
    return terms


def _find(terms: list[str], user_id: int | None) -> tuple[list[search.Row], list[str]]:
    rows = search.candidates(terms, user_id=user_id)
    if rows:
        return rows, terms
    # Typo fallback: correct the words that match nothing anywhere.
    speller = search.speller()
    corrected = []
    for term in terms:
        if term in speller or search.any_match(term):
            corrected.append(term)
        else:
            corrected.append(speller.correct(term) or term)
    if corrected != terms:
        rows = search.candidates(corrected, user_id=user_id)
        if rows:
            return rows, corrected
    # Inside words ("berries" in "Strawberries").
    rows = search.substring_candidates(corrected, user_id=user_id)
    if rows:
        return rows, corrected
    # Still nothing: drop words that match nothing at all ("apple xyzzy" finds apples).
    useful = [t for t in corrected if search.any_match(t)]
    if useful and useful != corrected:
        return search.candidates(useful, user_id=user_id), useful
    return [], corrected


def food_search(*, query: str, user: User | None, limit: int = 10) -> list[FoodHit]:
    """Foods for ``query``, best first: public foods plus ``user``'s own custom foods.

    Raises QueryError for an empty or over-long query.
    """
    terms = query_terms(query)
    user_id = user.pk if user is not None and user.is_authenticated else None
    rows, used_terms = _find(terms, user_id)
    usage: dict[int, FoodUsage] = {}
    if user_id is not None and rows:
        usage = {u.food_id: u for u in FoodUsage.objects.filter(user_id=user_id, food_id__in=[r.food_id for r in rows])}
    candidates = [
        Candidate(
            food_id=r.food_id,
            fdc_id=r.fdc_id,
            description=r.description,
            data_type=r.data_type,
            category=r.category,
            brand=r.brand_name or r.brand_owner,
            kcal=r.kcal,
            is_generic=r.data_type in GENERIC_TYPES,
            is_custom=r.owner_id is not None,
            use_count=usage[r.food_id].count if r.food_id in usage else 0,
            last_used=usage[r.food_id].last_used if r.food_id in usage else None,
        )
        for r in rows
    ]
    frequency = search.speller().frequency
    ranked = rank(candidates, used_terms, frequency=frequency, now=timezone.now())[: max(1, min(limit, 100))]
    return [
        FoodHit(
            food_id=c.food_id,
            fdc_id=c.fdc_id,
            description=c.description,
            data_type=c.data_type,
            kcal_per_100g=c.kcal,
            brand=c.brand,
            category=c.category,
            is_custom=c.is_custom,
        )
        for c in ranked
    ]


def visible_foods(user: User | None) -> Q:
    if user is not None and user.is_authenticated:
        return Q(owner__isnull=True) | Q(owner=user)
    return Q(owner__isnull=True)


def food_get(*, food_id: int, user: User | None) -> Food:
    """One food by its ``id``; another member's custom food is as unknown as a missing one."""
    return Food.objects.filter(visible_foods(user)).prefetch_related("portions").get(pk=food_id)


def food_get_by_fdc_id(*, fdc_id: int) -> Food:
    return Food.objects.prefetch_related("portions").get(fdc_id=fdc_id)


def food_by_barcode(*, barcode: str) -> Food:
    """The branded food with this GTIN/UPC/EAN (UPC-E too); raises GtinError for a malformed code."""
    forms = lookup_forms(barcode)
    found = {
        f.gtin14: f for f in Food.objects.filter(gtin14__in=forms, owner__isnull=True).prefetch_related("portions")
    }
    for gtin14 in forms:
        if gtin14 in found:
            return found[gtin14]
    shown = forms[0].lstrip("0") or forms[0]
    raise Food.DoesNotExist(f"No food has the barcode {shown}.")


def recent_foods(*, user: User, limit: int = 10) -> list[Food]:
    usages = FoodUsage.objects.filter(user=user).select_related("food").order_by("-last_used")[:limit]
    return [u.food for u in usages]


__all__ = ["DataType", "FoodHit", "QueryError", "food_get", "food_search"]
