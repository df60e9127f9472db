"""Limit/offset pagination for every list the API returns.

A list answers ``{"items": [...], "count": N, "limit": L, "offset": O, "next_offset": O + L | null}``:
``count`` is the number of matching rows, ``next_offset`` is where the next page starts (null on
the last page), so a client follows ``next_offset`` until it is null and never loses rows to a
silent cap.  ``limit`` and ``offset`` come from the query string (``?limit=100&offset=200``); a
value out of range is a 422 naming the parameter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from django.db.models import QuerySet
from ninja import Field, Schema

DEFAULT_LIMIT = 100
MAX_LIMIT = 500

Item = TypeVar("Item")


class PageQuery(Schema):
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"Items per page (1 to {MAX_LIMIT}).")
    offset: int = Field(0, ge=0, le=10_000_000, description="How many items to skip.")


class Page(Schema, Generic[Item]):
    items: list[Item]
    count: int = Field(..., description="How many items match, over all pages.")
    limit: int
    offset: int
    next_offset: int | None = Field(..., description="The offset of the next page; null on the last page.")


def paginate(rows: QuerySet[Any] | Sequence[Any], page: PageQuery, to_item: Callable[[Any], Item]) -> Page[Item]:
    """One page of ``rows`` (a queryset is counted and sliced in the database)."""
    count = rows.count() if isinstance(rows, QuerySet) else len(rows)
    end = page.offset + page.limit
    return Page(
        items=[to_item(row) for row in rows[page.offset : end]],
        count=count,
        limit=page.limit,
        offset=page.offset,
        next_offset=end if end < count else None,
    )
