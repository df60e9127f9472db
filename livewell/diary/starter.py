"""Starter data: a week of real meals, walks and weigh-ins for the demo member.

Every food is a USDA SR Legacy food (by FDC id) with one of its USDA portions, logged through the
same services a member uses.  Runs once: a demo member who already has diary entries is left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from livewell.accounts.models import User
from livewell.accounts.starter import DEMO_EMAIL
from livewell.diary.models import DiaryEntry
from livewell.diary.services.activity import exercise_log, weight_log
from livewell.diary.services.entries import diary_entry_log_food
from livewell.foods.models import Food

# (meal, FDC id, amount, USDA portion description)
DAY_PLAN = [
    ("breakfast", 173904, 0.5, "1 cup"),  # oats, dry
    ("breakfast", 171265, 1, "1 cup"),  # whole milk
    ("breakfast", 173944, 1, "1 cup, sliced"),  # banana
    ("lunch", 172688, 2, "1 slice"),  # whole-wheat bread
    ("lunch", 173424, 1, "1 large"),  # hard-boiled egg
    ("lunch", 171688, 1, "1 cup slices"),  # apple
    ("dinner", 175168, 1, "3 oz"),  # salmon
    ("dinner", 168878, 1, "1 cup"),  # white rice
    ("dinner", 170379, 1, "1 cup chopped"),  # broccoli
    ("snacks", 171284, 1, "1 container (6 oz)"),  # plain yogurt
]
DAYS = 6
BRISK_WALK = "17200"  # Compendium 2011: walking 3.5 mph, 4.3 MET [S17]


def load(out: Callable[[str], None]) -> None:
    user = User.objects.filter(email=DEMO_EMAIL).first()
    if user is None:
        out("  No demo member, so no demo diary.")
        return
    if DiaryEntry.objects.filter(user=user).exists():
        out("  Demo diary already filled.")
        return
    foods = {f.fdc_id: f for f in Food.objects.filter(fdc_id__in=[fdc for _, fdc, _, _ in DAY_PLAN])}
    if len(foods) < len({fdc for _, fdc, _, _ in DAY_PLAN}):
        out("  Starter foods are missing, so no demo diary.")
        return
    today = timezone.localdate()
    with transaction.atomic():
        for back in range(DAYS, 0, -1):
            day = today - timedelta(days=back)
            for meal, fdc_id, amount, portion_label in DAY_PLAN:
                food = foods[fdc_id]
                portion = food.portions.get(description=portion_label)
                diary_entry_log_food(
                    user=user, day=day, meal=meal, food_id=food.pk, amount=amount, portion=str(portion.pk)
                )
            weight_log(user=user, day=day, value=170 - (DAYS - back) * 0.2, unit="lb")
            if back % 2 == 0:
                exercise_log(user=user, day=day, activity_code=BRISK_WALK, minutes=30)
    out(f"  Demo diary: {DAYS} days of meals, walks and weigh-ins for the demo member.")
