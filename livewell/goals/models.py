"""A member's saved goal plans.  Every save of the wizard adds a row; the newest is current."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from livewell.goals.domain.targets import DailyTargets
from livewell.lib.energy import ACTIVITY_FACTORS, ACTIVITY_LABELS, GOALS, GOALS_BY_ID


class GoalPlan(models.Model):
    """The wizard's answers and what they gave, frozen at the time of saving.

    Results are stored rather than recomputed so a member's history shows what they
    were told then, even if the rules are refined later.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="goal_plans")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    units = models.CharField(max_length=8, default="us")  # how the member entered it, for display
    sex = models.CharField(max_length=8, choices=[("female", "Female"), ("male", "Male")])
    age = models.PositiveSmallIntegerField()
    height_cm = models.FloatField()
    weight_kg = models.FloatField(help_text="Weight at the start of this plan.")
    goal = models.CharField(max_length=12, choices=[(g.id, g.label) for g in GOALS])
    activity = models.CharField(max_length=12, choices=list(ACTIVITY_LABELS.items()))
    goal_weight_kg = models.FloatField(null=True, blank=True)
    bmr_kcal = models.PositiveIntegerField()
    tdee_kcal = models.PositiveIntegerField()
    target_kcal = models.PositiveIntegerField()
    floor_applied = models.BooleanField(default=False)
    protein_g = models.PositiveIntegerField()
    carbs_g = models.PositiveIntegerField()
    fat_g = models.PositiveIntegerField()
    nutrients = models.JSONField(help_text="Daily nutrient targets and limits, as computed when saved.")
    warnings = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "-created_at"], name="goals_plan_user_recent")]

    def __str__(self) -> str:
        return f"{self.goal_label} for {self.user} from {self.created_at:%Y-%m-%d}"

    @property
    def goal_label(self) -> str:
        return GOALS_BY_ID[self.goal].label

    @property
    def activity_label(self) -> str:
        return ACTIVITY_LABELS[self.activity]

    @property
    def activity_factor(self) -> float:
        return ACTIVITY_FACTORS[self.activity]

    def daily_targets(self) -> DailyTargets:
        nutrients: dict[str, Any] = self.nutrients
        return DailyTargets(
            kcal=self.target_kcal,
            protein_g=self.protein_g,
            carbs_g=self.carbs_g,
            fat_g=self.fat_g,
            fiber_g=nutrients["fiber_g"],
            calcium_mg=nutrients["calcium_mg"],
            vitamin_d_mcg=nutrients["vitamin_d_mcg"],
            sodium_mg_max=nutrients["sodium_mg_max"],
            potassium_mg=nutrients["potassium_mg"],
            iron_mg=nutrients["iron_mg"],
            magnesium_mg=nutrients["magnesium_mg"],
            b12_mcg=nutrients["b12_mcg"],
            added_sugars_g_max=nutrients["added_sugars_g_max"],
            saturated_fat_g_max=nutrients["saturated_fat_g_max"],
            goal_weight_kg=self.goal_weight_kg,
            start_weight_kg=self.weight_kg,
        )
