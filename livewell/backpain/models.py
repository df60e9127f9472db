"""What the back-pain tools keep for a member: health context, medicines, pain journal, saved guides.

Every row belongs to one member and is deleted with the account (CASCADE).
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone


class KidneyBand(models.TextChoices):
    UNKNOWN = "", "I don't know"
    NORMAL = "60+", "60 or more (normal or mildly reduced)"
    MODERATE = "35-59", "35 to 59"
    LOW = "30-34", "30 to 34"
    SEVERE = "15-29", "15 to 29"
    FAILURE = "<15", "Below 15, or on dialysis"


# A value inside each band, used where the fact sheet's rules compare against 30 or 35 mL/min.
KIDNEY_BAND_CRCL: dict[str, float] = {"60+": 80, "35-59": 45, "30-34": 32, "15-29": 22, "<15": 10}


class PainLocation(models.TextChoices):
    LOWER_BACK = "lower_back", "Lower back"
    MIDDLE_BACK = "middle_back", "Middle back"
    UPPER_BACK = "upper_back", "Upper back"
    NECK = "neck", "Neck"
    RIBS = "ribs", "Ribs or chest wall"
    HIPS = "hips", "Hips or buttocks"
    LEFT_LEG = "left_leg", "Left leg"
    RIGHT_LEG = "right_leg", "Right leg"


class HealthContext(models.Model):
    """Health facts the medicine alerts need that the accounts profile does not hold."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="backpain_health")
    kidney_band = models.CharField(
        "kidney function (eGFR or creatinine clearance, mL/min)",
        max_length=8,
        choices=KidneyBand.choices,
        blank=True,
    )
    known_op = models.BooleanField("I have been told I have osteoporosis", default=False)
    prior_fx = models.BooleanField("I have broken a bone after a minor fall or bump", default=False)
    gi_bleed_hx = models.BooleanField("I have had a stomach ulcer or stomach bleeding", default=False)
    cvd = models.BooleanField("I have heart failure, or have had a heart attack or stroke", default=False)
    recent_mi_stroke = models.BooleanField("I had a heart attack or stroke in the past 12 months", default=False)
    fall_risk = models.BooleanField("I have fallen in the past year, or worry about falling", default=False)
    liver_disease = models.BooleanField("I have liver disease", default=False)
    alcohol = models.BooleanField("I drink alcohol most days", default=False)
    oesophageal_problem = models.BooleanField(
        "I have a gullet (oesophagus) problem, or cannot stay upright for 30 minutes", default=False
    )
    dental_work_planned = models.BooleanField("I have a tooth extraction or implant planned", default=False)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Health context of {self.user}"

    @property
    def crcl(self) -> float | None:
        return KIDNEY_BAND_CRCL.get(self.kidney_band)


class Medicine(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="backpain_medicines")
    name = models.CharField(
        "medicine", max_length=100, help_text="Generic or brand name, for example ibuprofen or Advil."
    )
    generic = models.CharField(max_length=120, blank=True, help_text="The ingredient(s) we matched, empty if unknown.")
    daily_dose = models.DecimalField(
        "dose per day",
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text="In mg a day (µg per hour for fentanyl patches).",
    )
    started_on = models.DateField("started on", null=True, blank=True)
    last_dose_on = models.DateField(
        "last dose or injection", null=True, blank=True, help_text="Needed for injections such as Prolia."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name

    @property
    def recognised(self) -> bool:
        return bool(self.generic)


class PainEntry(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pain_entries")
    recorded_at = models.DateTimeField("time", default=timezone.now)
    pain = models.PositiveSmallIntegerField(
        "pain (0 = none, 10 = worst imaginable)", validators=[MinValueValidator(0), MaxValueValidator(10)]
    )
    locations = models.JSONField(default=list, blank=True)
    activity = models.CharField("what you were doing", max_length=200, blank=True)
    helped = models.CharField("what helped", max_length=200, blank=True)
    notes = models.TextField(blank=True, max_length=2000)

    class Meta:
        ordering = ["-recorded_at", "-pk"]
        indexes = [models.Index(fields=["user", "recorded_at"])]
        verbose_name_plural = "pain entries"

    def __str__(self) -> str:
        return f"Pain {self.pain}/10 at {self.recorded_at:%Y-%m-%d %H:%M}"

    @property
    def location_labels(self) -> list[str]:
        labels = dict(PainLocation.choices)
        return [str(labels.get(code, code)) for code in self.locations]


class SavedGuideResult(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_guides")
    created_at = models.DateTimeField(default=timezone.now)
    answers = models.JSONField()
    result = models.JSONField()
    urgent = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Guide result of {self.created_at:%Y-%m-%d}"
