"""Fixtures for the diary tests: real SR Legacy foods from the shipped starter file, members, a goal plan."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest

from livewell.accounts.models import User
from livewell.foods.models import Food
from livewell.foods.records import FoodRecord
from livewell.foods.starter import STARTER_FILE
from livewell.foods.writer import write_batch
from livewell.goals.domain.budget import BudgetInput
from livewell.goals.models import GoalPlan
from livewell.goals.services import goal_plan_create
from tests.factories import make_member

# FDC ids of SR Legacy foods used in the tests (values come from the USDA file, not from here).
MILK = 171265  # Milk, whole, 3.25% milkfat, with added vitamin D: 61 kcal/100 g; 1 cup = 244 g
BANANA = 173944  # Bananas, raw: 89 kcal/100 g; 1 medium = 118 g
EGG = 171287  # Egg, whole, raw, fresh: 143 kcal/100 g; 1 large = 50 g
BUTTER = 173410  # Butter, salted: 717 kcal/100 g; 1 tbsp = 14.2 g
SALMON = 175167  # Fish, salmon, Atlantic, farmed, raw: 208 kcal/100 g
TEST_FOODS = (MILK, BANANA, EGG, BUTTER, SALMON)

_records: dict[int, dict[str, Any]] = {}


def _starter_records() -> dict[int, dict[str, Any]]:
    if not _records:
        with gzip.open(STARTER_FILE, "rt", encoding="utf-8") as lines:
            next(lines)
            for line in lines:
                data = json.loads(line)
                if data["id"] in TEST_FOODS:
                    _records[data["id"]] = data
    return _records


@pytest.fixture
def foods(db: None) -> dict[int, Food]:
    """A few real SR Legacy foods with their USDA portions, keyed by FDC id."""
    write_batch([FoodRecord.from_json(data) for data in _starter_records().values()])
    return {f.fdc_id: f for f in Food.objects.filter(fdc_id__in=TEST_FOODS) if f.fdc_id is not None}


@pytest.fixture
def member(db: None) -> User:
    user = make_member()
    return user


@pytest.fixture
def other_member(db: None) -> User:
    user = make_member()
    return user


def make_plan(user: User, *, goal_weight_kg: float | None = 65.0) -> GoalPlan:
    """clinical-facts.md §1.5 worked example 1: F 65 y, 160 cm, 70 kg, sedentary, lose 0.5 lb/wk → 1207 kcal."""
    return goal_plan_create(
        user=user,
        inputs=BudgetInput(
            sex="female",
            age=65,
            height_cm=160,
            weight_kg=70,
            activity="sedentary",
            goal="lose-0.5",
            goal_weight_kg=goal_weight_kg,
        ),
    )


@pytest.fixture
def plan(member: User) -> GoalPlan:
    return make_plan(member)
