"""Work out BMR, TDEE, the daily calorie target and nutrient targets from the command line.

Example::

    python manage.py energy --sex female --age 60 --height 5ft4in --weight 150lb \\
        --activity light --goal lose-1 --goal-weight 140lb --json

Heights as ``5ft4in`` or ``163cm``, weights as ``150lb`` or ``68kg``.  Bad input exits
with code 2 and one line on stderr.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from livewell.goals.domain.budget import Budget, BudgetInput, compute_budget
from livewell.goals.domain.quantities import parse_height_cm, parse_weight_kg
from livewell.lib.energy import ACTIVITY_FACTORS, GOALS_BY_ID, EnergyInputError, sex_from
from livewell.lib.projection import ProjectionError


class Command(BaseCommand):
    help = "Daily calorie target, macros, nutrient targets and weight projection for one person."

    def add_arguments(self, parser: CommandParser) -> None:
        # Everything is read as text and checked by us, so every mistake gives one clear line.
        parser.add_argument("--sex", help="female or male")
        parser.add_argument("--age", help="age in years, 18 to 100")
        parser.add_argument("--height", help="e.g. 5ft4in or 163cm")
        parser.add_argument("--weight", help="e.g. 150lb or 68kg")
        parser.add_argument("--activity", help="one of: " + ", ".join(ACTIVITY_FACTORS))
        parser.add_argument("--goal", help="one of: " + ", ".join(GOALS_BY_ID))
        parser.add_argument("--goal-weight", dest="goal_weight", help="optional, e.g. 140lb or 63.5kg")
        parser.add_argument("--json", action="store_true", help="print one JSON object")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            budget = compute_budget(read_input(options))
        except EnergyInputError as error:
            self._fail(f"{error.field}: {error.message}")
        except ProjectionError as error:
            self._fail(f"goal_weight: {error}")
        if options["json"]:
            self.stdout.write(json.dumps(budget.as_json()))
        else:
            self.stdout.write(describe(budget))

    def _fail(self, message: str) -> None:
        self.stderr.write(message.replace("\n", " "))
        sys.exit(2)


def read_input(options: dict[str, Any]) -> BudgetInput:
    for name in ("sex", "age", "height", "weight", "activity", "goal"):
        if not options.get(name):
            raise EnergyInputError(name, f"--{name} is required.")
    sex = sex_from(options["sex"])
    try:
        age = int(options["age"])
    except ValueError:
        raise EnergyInputError("age", f"--age must be a whole number of years, not {options['age']!r}.") from None
    goal_weight = options.get("goal_weight")
    return BudgetInput(
        sex=sex,
        age=age,
        height_cm=parse_height_cm(options["height"]),
        weight_kg=parse_weight_kg(options["weight"]),
        activity=options["activity"],
        goal=options["goal"],
        goal_weight_kg=parse_weight_kg(goal_weight, field="goal_weight") if goal_weight else None,
    )


def describe(budget: Budget) -> str:
    data = budget.as_json()
    macros = data["macros"]
    lines = [
        f"Goal: {data['inputs']['goal_label']}",
        f"BMR {data['bmr_kcal']} kcal, TDEE {data['tdee_kcal']} kcal, target {data['target_kcal']} kcal a day",
        f"Protein {macros['protein_g']} g, carbohydrate {macros['carbs_g']} g, fat {macros['fat_g']} g",
    ]
    lines += [f"Warning: {w}" for w in data["warnings"]]
    if data["projection"]:
        projection = data["projection"]
        lines.append(
            f"Days to goal weight: {projection['linear_days'] if projection['linear_days'] is not None else 'never'}"
            f" by the 3,500 kcal/lb rule, "
            f"{projection['dynamic_days'] if projection['dynamic_days'] is not None else 'never'} by Hall's model"
        )
    return "\n".join(lines)
