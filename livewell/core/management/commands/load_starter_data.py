"""Load the starter data every new install gets: foods, articles, a demo member.

Each app that ships starter data has a ``starter`` module with a function
``load(out: Callable[[str], None]) -> None``.  Every loader is idempotent, so
this command is safe to run on every start (``make run`` does).
"""

from __future__ import annotations

import importlib
import time
from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand

# Order matters: content may link to tools, members may refer to foods.
STARTER_ORDER = ["accounts", "foods", "goals", "content", "backpain", "diary", "members"]


class Command(BaseCommand):
    help = "Load starter data (foods, articles, demo member). Safe to rerun."

    def handle(self, *args: Any, **options: Any) -> None:
        for label in STARTER_ORDER:
            config = apps.get_app_config(label)
            try:
                module = importlib.import_module(f"{config.name}.starter")
            except ModuleNotFoundError as exc:
                if exc.name != f"{config.name}.starter":
                    raise
                continue
            started = time.perf_counter()
            module.load(self.stdout.write)
            self.stdout.write(f"  {label}: done in {time.perf_counter() - started:.1f} s")
        self.stdout.write(self.style.SUCCESS("Starter data is loaded."))
