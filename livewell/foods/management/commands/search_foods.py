"""python manage.py search_foods "QUERY" [--limit 10] [--json]."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from livewell.foods.selectors import QueryError, food_search


class Command(BaseCommand):
    help = "Search the food database as the app does (public foods), best match first."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("query")
        parser.add_argument("--limit", type=int, default=10, help="how many results (1-100, default 10)")
        parser.add_argument("--json", action="store_true", help="print a JSON list for other tools")

    def handle(self, *args: Any, **options: Any) -> None:
        limit: int = options["limit"]
        if not 1 <= limit <= 100:
            raise CommandError("--limit must be between 1 and 100.")
        try:
            hits = food_search(query=options["query"], user=None, limit=limit)
        except QueryError as exc:
            raise CommandError(str(exc)) from exc
        if options["json"]:
            self.stdout.write(json.dumps([hit.as_json() for hit in hits], ensure_ascii=False, indent=1))
            return
        if not hits:
            self.stdout.write("No food matches.")
        for hit in hits:
            kcal = "?" if hit.kcal_per_100g is None else f"{hit.kcal_per_100g:g}"
            brand = f" [{hit.brand}]" if hit.brand else ""
            self.stdout.write(f"{hit.fdc_id or '-':>8}  {kcal:>6} kcal/100 g  {hit.description}{brand}")
