"""The guide's inputs as frozen dataclasses, and a strict parser for JSON objects.

The parser is shared by the ``backpain_guide`` command, the API and the web form, so a
bad value is reported the same way everywhere: a :class:`GuideInputError` naming the field.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from livewell.backpain.domain.medicines import DrugClass, classes_of, daily_mme, resolve


class Duration(StrEnum):
    # Bands from fact sheet §4.1: acute < 6 weeks, subacute 6-12 weeks, chronic > 12 weeks [S24].
    ACUTE = "acute"
    SUBACUTE = "subacute"
    CHRONIC = "chronic"


# Red-flag symptoms a person can tick, grouped by the rule they trigger (§4.4) [S25][S41].
RED_FLAG_SYMPTOMS: dict[str, tuple[str, str]] = {
    "urinary_retention": ("RF-CES", "New trouble passing urine, or unable to pass urine"),
    "incontinence": ("RF-CES", "New loss of bladder or bowel control"),
    "saddle_numbness": ("RF-CES", "Numbness around the genitals, buttocks or inner thighs (saddle area)"),
    "bilateral_leg_weakness": ("RF-CES", "Weakness or numbness in both legs"),
    "progressive_leg_weakness": ("RF-NEURO", "Leg weakness that is getting worse"),
    "spreading_numbness": ("RF-NEURO", "Numbness that is spreading"),
    "fever": ("RF-INF", "Fever or chills"),
    "iv_drug_use": ("RF-INF", "Injecting drugs"),
    "immunosuppression": ("RF-INF", "A weakened immune system (for example from medicines or illness)"),
    "recent_infection": ("RF-INF", "A recent infection (for example a urine infection)"),
    "cancer_history": ("RF-CA", "Cancer now or in the past"),
    "unexplained_weight_loss": ("RF-CA", "Weight loss you cannot explain"),
    "night_pain": ("RF-CA", "Pain that is not eased by rest or is worse at night"),
    "major_trauma": ("RF-TRAUMA", "A major injury, such as a fall from a height or a road accident"),
}


class GuideInputError(ValueError):
    """An input value that cannot be used; ``field`` names it for forms and API clients."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class MedicineUse:
    """One medicine a person takes (or is thinking of taking)."""

    name: str
    generics: tuple[str, ...]
    daily_dose: float | None = None  # in the drug's unit (mg/day; µg/h for fentanyl patches)
    days_on: int | None = None
    months_since_last_dose: float | None = None
    considering: bool = False

    @classmethod
    def named(cls, name: str, **details: Any) -> MedicineUse:
        return cls(name=name, generics=resolve(name), **details)

    @property
    def recognised(self) -> bool:
        return bool(self.generics)

    def classes(self) -> frozenset[DrugClass]:
        found: set[DrugClass] = set()
        for index, generic in enumerate(self.generics):
            # A combination product's dose is the first ingredient's (the opioid in Percocet).
            found |= classes_of(generic, self.daily_dose if index == 0 else None)
        return frozenset(found)

    def mme(self) -> float:
        if not self.generics or self.considering:
            return 0.0
        return daily_mme(self.generics[0], self.daily_dose)


@dataclass(frozen=True)
class PatientContext:
    """What the medication alerts need to know (§5.2)."""

    age: int | None = None
    crcl: float | None = None  # creatinine clearance or eGFR, mL/min; None = not known
    gi_bleed_hx: bool = False
    cvd: bool = False  # heart failure, heart attack or stroke at any time, or heart bypass surgery
    recent_mi_stroke: bool = False  # heart attack or stroke in the past 12 months
    fall_risk: bool = False
    liver_disease: bool = False
    alcohol: bool = False  # drinks alcohol regularly
    oesophageal_problem: bool = False
    dental_work_planned: bool = False
    dietary_calcium_mg: float | None = None
    medicines: tuple[MedicineUse, ...] = ()
    # Stated without naming a medicine (the guide's yes/no questions).
    steroids: bool = False
    anticoag: bool = False
    antiplatelet: bool = False
    ssri: bool = False
    benzo: bool = False
    acei_arb_diuretic: bool = False
    on_denosumab: bool = False
    bisphos: bool = False
    opioid_mme: float | None = None


@dataclass(frozen=True)
class GuideInput:
    age: int
    sex: str
    duration: Duration
    pain: int
    patient: PatientContext
    red_flags: frozenset[str] = frozenset()
    sudden_onset: bool = False
    weeks_since_onset: int | None = None
    known_op: bool = False
    prior_fx: bool = False
    vcf_count: int = 0
    months_since_fracture: int | None = None
    fracture_on_treatment: bool = False
    non_opioid_tried: bool = False
    hospitalised_for_pain: bool = False
    unrecognised: tuple[str, ...] = field(default=())


_BOOL_FIELDS = (
    "sudden_onset",
    "known_op",
    "prior_fx",
    "fracture_on_treatment",
    "non_opioid_tried",
    "hospitalised_for_pain",
)
_PATIENT_BOOLS = (
    "gi_bleed_hx",
    "cvd",
    "recent_mi_stroke",
    "fall_risk",
    "liver_disease",
    "alcohol",
    "oesophageal_problem",
    "dental_work_planned",
    "steroids",
    "anticoag",
    "antiplatelet",
    "ssri",
    "benzo",
    "acei_arb_diuretic",
    "on_denosumab",
    "bisphos",
)
FIELDS = frozenset(
    {
        "age",
        "sex",
        "duration",
        "pain",
        "red_flags",
        "weeks_since_onset",
        "vcf_count",
        "months_since_fracture",
        "crcl",
        "opioid_mme",
        "dietary_calcium_mg",
        "medicines",
        "considering",
        *_BOOL_FIELDS,
        *_PATIENT_BOOLS,
    }
)
_MEDICINE_KEYS = frozenset({"name", "daily_dose", "days_on", "months_since_last_dose"})


def _int(data: Mapping[str, Any], name: str, low: int, high: int, *, required: bool = False) -> int | None:
    value = data.get(name)
    if value is None:
        if required:
            raise GuideInputError(name, "this field is required.")
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        raise GuideInputError(name, "must be a whole number.")
    if not low <= value <= high:
        raise GuideInputError(name, f"must be between {low} and {high}.")
    return int(value)


def _number(data: Mapping[str, Any], name: str, low: float, high: float) -> float | None:
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise GuideInputError(name, "must be a number.")
    if not low <= value <= high:
        raise GuideInputError(name, f"must be between {low:g} and {high:g}.")
    return float(value)


def _bool(data: Mapping[str, Any], name: str) -> bool:
    value = data.get(name, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise GuideInputError(name, "must be true or false.")
    return value


def _medicines(data: Mapping[str, Any], name: str, *, considering: bool) -> tuple[MedicineUse, ...]:
    raw = data.get(name) or []
    if not isinstance(raw, Sequence) or isinstance(raw, str):
        raise GuideInputError(name, "must be a list of medicine names or objects with a name.")
    found: list[MedicineUse] = []
    for index, item in enumerate(raw):
        where = f"{name}[{index}]"
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, Mapping):
            raise GuideInputError(where, "must be a medicine name or an object with a name.")
        unknown = set(item) - _MEDICINE_KEYS
        if unknown:
            raise GuideInputError(f"{where}.{sorted(unknown)[0]}", "is not a field we know.")
        medicine_name = item.get("name")
        if not isinstance(medicine_name, str) or not medicine_name.strip():
            raise GuideInputError(f"{where}.name", "give the medicine's name.")
        found.append(
            MedicineUse.named(
                medicine_name.strip()[:100],
                daily_dose=_number(item, "daily_dose", 0, 100_000),
                days_on=_int(item, "days_on", 0, 36_500),
                months_since_last_dose=_number(item, "months_since_last_dose", 0, 1200),
                considering=considering,
            )
        )
    return tuple(found)


def parse_guide_input(data: object) -> GuideInput:
    """Check a JSON object and turn it into a :class:`GuideInput`, or raise :class:`GuideInputError`."""
    if not isinstance(data, Mapping):
        raise GuideInputError("input", "must be a JSON object.")
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        raise GuideInputError(unknown[0], "is not a field the guide knows.")

    age = _int(data, "age", 18, 120, required=True)
    pain = _int(data, "pain", 0, 10, required=True)
    assert age is not None  # required=True never returns None
    assert pain is not None
    sex = data.get("sex")
    if sex not in ("female", "male"):
        raise GuideInputError("sex", 'must be "female" or "male".')
    try:
        duration = Duration(str(data.get("duration")))
    except ValueError:
        raise GuideInputError("duration", 'must be "acute", "subacute" or "chronic".') from None

    flags = data.get("red_flags") or []
    if not isinstance(flags, Sequence) or isinstance(flags, str):
        raise GuideInputError("red_flags", "must be a list of symptom codes.")
    for flag in flags:
        if flag not in RED_FLAG_SYMPTOMS:
            raise GuideInputError("red_flags", f"unknown symptom code {flag!r}.")

    medicines = _medicines(data, "medicines", considering=False) + _medicines(data, "considering", considering=True)
    patient = PatientContext(
        age=age,
        crcl=_number(data, "crcl", 0, 250),
        dietary_calcium_mg=_number(data, "dietary_calcium_mg", 0, 20_000),
        opioid_mme=_number(data, "opioid_mme", 0, 10_000),
        medicines=medicines,
        **{name: _bool(data, name) for name in _PATIENT_BOOLS},
    )
    return GuideInput(
        age=age,
        sex=str(sex),
        duration=duration,
        pain=pain,
        patient=patient,
        red_flags=frozenset(str(flag) for flag in flags),
        weeks_since_onset=_int(data, "weeks_since_onset", 0, 5200),
        vcf_count=_int(data, "vcf_count", 0, 30) or 0,
        months_since_fracture=_int(data, "months_since_fracture", 0, 1200),
        unrecognised=tuple(m.name for m in medicines if not m.recognised),
        **{name: _bool(data, name) for name in _BOOL_FIELDS},
    )
