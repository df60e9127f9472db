"""Full-text search structures, one set per database backend.

SQLite: an FTS5 table ``foods_food_fts`` (rowid = foods_food.id) with the folded
``search_text`` and a ``tier`` column ("g" generic, "b" branded), kept in step
by triggers.  PostgreSQL: a GIN index on the 'simple' text-search vector of
``search_text`` plus pg_trgm with a trigram index on the same text.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations

SQLITE_FORWARD = [
    """
    CREATE VIRTUAL TABLE foods_food_fts USING fts5(
        search_text, tier, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    )
    """,
    """
    CREATE TRIGGER foods_food_fts_insert AFTER INSERT ON foods_food BEGIN
        INSERT INTO foods_food_fts(rowid, search_text, tier)
        VALUES (new.id, new.search_text, CASE new.data_type WHEN 'branded_food' THEN 'b' ELSE 'g' END);
    END
    """,
    """
    CREATE TRIGGER foods_food_fts_delete AFTER DELETE ON foods_food BEGIN
        DELETE FROM foods_food_fts WHERE rowid = old.id;
    END
    """,
    """
    CREATE TRIGGER foods_food_fts_update AFTER UPDATE OF search_text, data_type ON foods_food BEGIN
        DELETE FROM foods_food_fts WHERE rowid = old.id;
        INSERT INTO foods_food_fts(rowid, search_text, tier)
        VALUES (new.id, new.search_text, CASE new.data_type WHEN 'branded_food' THEN 'b' ELSE 'g' END);
    END
    """,
    """
    INSERT INTO foods_food_fts(rowid, search_text, tier)
    SELECT id, search_text, CASE data_type WHEN 'branded_food' THEN 'b' ELSE 'g' END FROM foods_food
    """,
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS foods_food_fts_update",
    "DROP TRIGGER IF EXISTS foods_food_fts_delete",
    "DROP TRIGGER IF EXISTS foods_food_fts_insert",
    "DROP TABLE IF EXISTS foods_food_fts",
]
POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS foods_food_tsv_idx ON foods_food USING gin (to_tsvector('simple', search_text))",
    "CREATE INDEX IF NOT EXISTS foods_food_trgm_idx ON foods_food USING gin (search_text gin_trgm_ops)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS foods_food_trgm_idx",
    "DROP INDEX IF EXISTS foods_food_tsv_idx",
]


def _run(statements: dict[str, list[str]]) -> Any:
    def run(apps: Any, schema_editor: Any) -> None:
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("foods", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
