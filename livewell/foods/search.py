"""Finding search candidates in the database, per backend.

SQLite uses the FTS5 table from migration 0002; PostgreSQL the 'simple'
text-search vector of ``search_text`` (GIN index).  Both look for every query
word as a word prefix ("egg boil" finds "Egg, whole, cooked, hard-boiled"
... and "boiled egg"), in two tiers: generic foods (every match, nearest to
the shortest description first, up to GENERIC_LIMIT) and branded foods (best
text-rank matches, up to BRANDED_LIMIT).  The ordering people see is decided
afterwards in ``livewell.foods.ranking``.

Typo fallback (both backends): words that match nothing are corrected against
the vocabulary of generic foods and brands (``livewell.foods.spelling``).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

from django.db import connection

from livewell.foods.models import GENERIC_TYPES
from livewell.foods.spelling import Speller
from livewell.foods.text import alternatives, fold, word_forms

GENERIC_LIMIT = 100
BRANDED_LIMIT = 40
BRANDED_SCAN = 500
_GENERIC_SQL = ", ".join(f"'{t}'" for t in sorted(GENERIC_TYPES))
# Enough generic candidates to fill a results page.
PAGE = 20
MAX_TERMS = 8

_COLUMNS = "f.id, f.fdc_id, f.description, f.data_type, f.category, f.brand_owner, f.brand_name, f.kcal, f.owner_id"


@dataclass(frozen=True, slots=True)
class Row:
    food_id: int
    fdc_id: int | None
    description: str
    data_type: str
    category: str
    brand_owner: str
    brand_name: str
    kcal: float | None
    owner_id: int | None


def _rows(sql: str, params: list[Any]) -> list[Row]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [Row(*r) for r in cursor.fetchall()]


def candidates(terms: list[str], *, user_id: int | None) -> list[Row]:
    """Foods whose folded text has every term as a word prefix, public or ``user_id``'s own."""
    if not terms:
        return []
    if connection.vendor == "postgresql":
        return _postgres(terms, user_id)
    return _sqlite(terms, user_id)


def substring_candidates(terms: list[str], *, user_id: int | None) -> list[Row]:
    """Generic foods containing every term anywhere in a word ("berries" finds "Strawberries").

    The last resort when word-start matching found nothing.  Same SQL on both
    backends; on PostgreSQL the pg_trgm index on search_text serves the LIKEs.
    """
    usable = [t for t in terms if len(t) >= 3]
    if not usable:
        return []
    owner_sql, owner_params = _owner_clause(user_id)
    likes = " AND ".join("f.search_text LIKE %s" for _ in usable)
    return _rows(
        f"SELECT {_COLUMNS} FROM foods_food f WHERE f.data_type IN ({_GENERIC_SQL}) AND {owner_sql} "  # noqa: S608 -- fixed SQL text, values are parameters
        f"AND {likes} ORDER BY length(f.search_text), f.id LIMIT %s",
        [*owner_params, *(f"%{t}%" for t in usable), GENERIC_LIMIT],
    )


def any_match(term: str) -> bool:
    """Does any food (in any tier) have a word starting with ``term``?"""
    if connection.vendor == "postgresql":
        sql = "SELECT 1 FROM foods_food WHERE to_tsvector('simple', search_text) @@ to_tsquery('simple', %s) LIMIT 1"
        params: list[Any] = [f"{term}:*"]
    else:
        sql = "SELECT 1 FROM foods_food_fts WHERE foods_food_fts MATCH %s LIMIT 1"
        params = [f'search_text:"{term}"*']
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone() is not None


def _with_last(terms: list[str]) -> list[tuple[str, bool]]:
    """Terms with a flag for the last one: only the word being typed matches as a prefix.

    Finished words match whole words (with their singular/plural forms), which
    keeps FTS from merging the doclists of every word that starts alike
    ("food" would otherwise also pull in "foods", "foodservice", ...).
    """
    return [(t, i == len(terms) - 1) for i, t in enumerate(terms)]


def _owner_clause(user_id: int | None) -> tuple[str, list[Any]]:
    if user_id is None:
        return "f.owner_id IS NULL", []
    return "(f.owner_id IS NULL OR f.owner_id = %s)", [user_id]


def _sqlite(terms: list[str], user_id: int | None) -> list[Row]:
    # Terms are folded to [0-9a-z]+, so quoting them is enough to keep FTS5 syntax out.
    words = " AND ".join(
        "(" + " OR ".join(f'"{a}"*' for a in alternatives(t)) + ")"
        if last
        else "(" + " OR ".join(f'"{a}"' for a in word_forms(t)) + ")"
        for t, last in _with_last(terms)
    )
    owner_sql, owner_params = _owner_clause(user_id)
    generic = _rows(
        f"SELECT {_COLUMNS} FROM foods_food_fts JOIN foods_food f ON f.id = foods_food_fts.rowid "  # noqa: S608 -- fixed SQL text, values are parameters
        f"WHERE foods_food_fts MATCH %s AND {owner_sql} "
        "ORDER BY length(f.search_text), f.id LIMIT %s",
        [f"tier:g AND search_text:({words})", *owner_params, GENERIC_LIMIT],
    )
    # Branded rows are the bulk of a big database.  Their tier token "b" would
    # make FTS5 walk a doclist as long as the table, so the branded query
    # matches the words only and drops generic rows by a join.  When generic
    # foods already fill a page, branded rows can only rank below them: take
    # the first matches without computing bm25 for every one.
    if len(generic) >= PAGE:
        branded = _rows(
            f"SELECT {_COLUMNS} FROM foods_food_fts JOIN foods_food f ON f.id = foods_food_fts.rowid "  # noqa: S608 -- fixed SQL text, values are parameters
            "WHERE foods_food_fts MATCH %s AND f.data_type = 'branded_food' LIMIT %s",
            [f"search_text:({words})", BRANDED_LIMIT],
        )
    else:
        # bm25 over at most BRANDED_SCAN matches, so a word found in tens of
        # thousands of products costs the same as a rarer one.
        branded = _rows(
            f"SELECT {_COLUMNS} FROM (SELECT hit FROM (SELECT rowid AS hit, bm25(foods_food_fts, 1.0, 0.0) AS score "  # noqa: S608 -- fixed SQL text, values are parameters
            "FROM foods_food_fts WHERE foods_food_fts MATCH %s LIMIT %s) ORDER BY score LIMIT %s) AS hits "
            "JOIN foods_food f ON f.id = hits.hit WHERE f.data_type = 'branded_food'",
            [f"search_text:({words})", BRANDED_SCAN, BRANDED_LIMIT + len(generic)],
        )
    return generic + branded


def _postgres(terms: list[str], user_id: int | None) -> list[Row]:
    tsquery = " & ".join(
        "(" + " | ".join(f"{a}:*" for a in alternatives(t)) + ")" if last else "(" + " | ".join(word_forms(t)) + ")"
        for t, last in _with_last(terms)
    )
    owner_sql, owner_params = _owner_clause(user_id)
    vector = "to_tsvector('simple', f.search_text)"
    generic = _rows(
        f"SELECT {_COLUMNS} FROM foods_food f WHERE {vector} @@ to_tsquery('simple', %s) "  # noqa: S608 -- fixed SQL text, values are parameters
        f"AND f.data_type <> 'branded_food' AND {owner_sql} ORDER BY length(f.search_text), f.id LIMIT %s",
        [tsquery, *owner_params, GENERIC_LIMIT],
    )
    # As on SQLite: text rank over at most BRANDED_SCAN matching products.
    branded = _rows(
        f"SELECT {_COLUMNS} FROM (SELECT * FROM foods_food f WHERE {vector} @@ to_tsquery('simple', %s) "  # noqa: S608 -- fixed SQL text, values are parameters
        "AND f.data_type = 'branded_food' LIMIT %s) AS f "
        f"ORDER BY ts_rank({vector}, to_tsquery('simple', %s)) DESC, length(f.search_text), f.id LIMIT %s",
        [tsquery, BRANDED_SCAN, tsquery, BRANDED_LIMIT],
    )
    return generic + branded


# --- typo fallback -------------------------------------------------------------------------

_speller_lock = threading.Lock()
# Bumped by writes in this process (see apps.py and writer.py); other processes'
# writes are noticed by re-reading the database's version every RECHECK_SECONDS.
_generation = 0
RECHECK_SECONDS = 2.0


@dataclass
class _Cached:
    alias: str
    generation: int
    version: tuple[Any, ...]
    checked_at: float
    speller: Speller


_cached: _Cached | None = None


def vocabulary_changed(**_signal: Any) -> None:
    """Foods changed in this process: rebuild the vocabulary before the next typo look-up."""
    global _generation
    _generation += 1


def _vocabulary_version() -> tuple[Any, ...]:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT COUNT(*), MAX(id) FROM foods_food WHERE data_type IN ({_GENERIC_SQL})"  # noqa: S608 -- constant list
        )
        row = cursor.fetchone()
    return (connection.vendor, *(row or ()))


def _vocabulary() -> dict[str, int]:
    counts: dict[str, int] = {}
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT search_text FROM foods_food WHERE data_type IN ({_GENERIC_SQL}) AND owner_id IS NULL "  # noqa: S608 -- constant list
            "UNION ALL SELECT DISTINCT brand_name FROM foods_food WHERE brand_name <> '' "
        )
        for (text,) in cursor.fetchall():
            for word in fold(text).split():
                if word.isalpha():
                    counts[word] = counts.get(word, 0) + 1
    return counts


def speller() -> Speller:
    """The typo corrector (and word frequencies) for the current data.

    Rebuilt after writes in this process, and when another process has added
    or removed generic foods (checked at most every RECHECK_SECONDS; the check
    reads only the data_type index, so it stays cheap next to 400,000 branded rows).
    """
    global _cached
    now = time.monotonic()
    cached = _cached
    if (
        cached is not None
        and cached.alias == connection.alias
        and cached.generation == _generation
        and now - cached.checked_at < RECHECK_SECONDS
    ):
        return cached.speller
    version = _vocabulary_version()
    with _speller_lock:
        cached = _cached
        if (
            cached is None
            or cached.alias != connection.alias
            or cached.generation != _generation
            or cached.version != version
        ):
            cached = _Cached(connection.alias, _generation, version, now, Speller(_vocabulary().items()))
        else:
            cached.checked_at = now
        _cached = cached
        return cached.speller
