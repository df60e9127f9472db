"""The whole energy budget for one person and goal: what the CLI, API and wizard show.

Pure Python.  ``compute_budget(BudgetInput(...))`` validates (raising
``EnergyInputError`` that names the field), then combines the energy plan
(``livewell.lib.energy``), the macro split and nutrient targets (``targets``) and,
with a goal weight, both projections (``livewell.lib.projection``).
``Budget.as_json()`` is the stable JSON shape of ``manage.py energy --json`` and
``POST /api/v1/energy/budget``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from livewell.goals.domain.targets import (
    PROT_AGE_G_PER_KG,
    MacroSplit,
    NutrientTargets,
    macro_split,
    nutrient_targets,
)
from livewell.lib.energy import (
    ACTIVITY_FACTORS,
    OLDER_ADULT_AGE,
    WEIGHT_KG_RANGE,
    EnergyInputError,
    EnergyPlan,
    Person,
    Sex,
    goal_weight_warnings,
    plan_energy,
    round_half_up,
)
from livewell.lib.projection import Projection, project


@dataclass(frozen=True, slots=True)
class BudgetInput:
    sex: Sex
    age: int
    height_cm: float
    weight_kg: float
    activity: str
    goal: str
    goal_weight_kg: float | None = None


@dataclass(frozen=True, slots=True)
class Budget:
    inputs: BudgetInput
    plan: EnergyPlan
    macros: MacroSplit
    nutrients: NutrientTargets
    projection: Projection | None
    warnings: tuple[str, ...]

    @property
    def target_kcal(self) -> int:
        return self.plan.target_kcal

    def rounded_macros(self) -> dict[str, int | float]:
        return {
            "protein_g": round_half_up(self.macros.protein_g),
            "carbs_g": round_half_up(self.macros.carbs_g),
            "fat_g": round_half_up(self.macros.fat_g),
            "protein_pct": round(self.macros.protein_pct, 1),
            "carbs_pct": round(self.macros.carbs_pct, 1),
            "fat_pct": round(self.macros.fat_pct, 1),
        }

    def rounded_nutrients(self) -> dict[str, int | float]:
        # Micrograms keep one decimal (B12 2.4 µg); everything else is whole g or mg.
        return {
            name: round(value, 1) if name.endswith("_mcg") else round_half_up(value)
            for name, value in self.nutrients.as_dict().items()
        }

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "inputs": {
                "sex": self.inputs.sex,
                "age": self.inputs.age,
                "height_cm": round(self.inputs.height_cm, 1),
                "weight_kg": round(self.inputs.weight_kg, 2),
                "activity": self.inputs.activity,
                "activity_factor": ACTIVITY_FACTORS[self.inputs.activity],
                "goal": self.plan.goal.id,
                "goal_label": self.plan.goal.label,
                "goal_weight_kg": None if self.inputs.goal_weight_kg is None else round(self.inputs.goal_weight_kg, 2),
            },
            "bmi": round(self.plan.person.bmi, 1),
            "bmr_kcal": self.plan.bmr_kcal,
            "tdee_kcal": self.plan.tdee_kcal,
            "requested_kcal": self.plan.requested_kcal,
            "target_kcal": self.plan.target_kcal,
            "floor_kcal": self.plan.floor_kcal,
            "floor_applied": self.plan.floor_applied,
            "daily_change_kcal": self.plan.daily_change_kcal,
            "achievable_lb_per_week": round(self.plan.achievable_lb_per_week, 2),
            "warnings": list(self.warnings),
            "macros": self.rounded_macros(),
            "nutrients": self.rounded_nutrients(),
            "guidance": {},
            "projection": None,
        }
        if self.inputs.age >= OLDER_ADULT_AGE:
            low, high = PROT_AGE_G_PER_KG
            data["guidance"]["protein_g_older_adults"] = [
                round_half_up(low * self.inputs.weight_kg),
                round_half_up(high * self.inputs.weight_kg),
            ]
        if self.projection is not None:
            data["projection"] = {
                "goal_weight_kg": self.projection.goal_weight_kg,
                "linear_days": self.projection.linear_days,
                "dynamic_days": self.projection.dynamic_days,
                "weekly": [
                    {"day": day, "linear_kg": round(linear, 2), "dynamic_kg": round(dynamic, 2)}
                    for day, linear, dynamic in self.projection.weekly()
                ],
            }
        return data


def compute_budget(inputs: BudgetInput) -> Budget:
    person = Person(sex=inputs.sex, age=inputs.age, height_cm=inputs.height_cm, weight_kg=inputs.weight_kg)
    plan = plan_energy(person, activity=inputs.activity, goal_id=inputs.goal)
    warnings = list(plan.warnings)
    projection = None
    if inputs.goal_weight_kg is not None:
        low, high = WEIGHT_KG_RANGE
        goal_weight = inputs.goal_weight_kg
        if not low <= goal_weight <= high:
            raise EnergyInputError(
                "goal_weight", f"goal_weight must be between {low:g} and {high:g} kg; got {goal_weight:g}."
            )
        warnings.extend(goal_weight_warnings(person, goal=plan.goal, goal_weight_kg=goal_weight))
        projection = project(
            sex=person.sex,
            age=person.age,
            height_cm=person.height_cm,
            weight_kg=person.weight_kg,
            activity_factor=ACTIVITY_FACTORS[inputs.activity],
            intake_kcal=plan.target_kcal,
            goal_weight_kg=goal_weight,
        )
    return Budget(
        inputs=inputs,
        plan=plan,
        macros=macro_split(kcal=plan.target_kcal, weight_kg=person.weight_kg),
        nutrients=nutrient_targets(sex=person.sex, age=person.age, weight_kg=person.weight_kg, kcal=plan.target_kcal),
        projection=projection,
        warnings=tuple(warnings),
    )
