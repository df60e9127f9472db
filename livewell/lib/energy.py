"""Energy maths for the goal wizard: BMR, TDEE, the nine MyPlate goals and safety rules.

Pure Python (no Django).  Every figure comes from ``shared/docs/clinical-facts.md``;
the ``[Sx]`` tags in comments are that sheet's references.

Inner maths is SI (kg, cm, years) in floating point; only the final, displayed energy
values are rounded half-up to whole kcal (clinical-facts.md "Conventions").  The worked
examples of §1.5 compute ``target = round(TDEE) - deficit`` and then apply the floor,
and so do we.

Missing or impossible input raises :class:`EnergyInputError` naming the field; nothing
here ever returns 0 for "unknown".
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from livewell.lib.units import KG_PER_LB

Sex = Literal["female", "male"]
SEXES: tuple[Sex, ...] = ("female", "male")

# Plausible adult ranges; outside them the equations were never validated (Mifflin's
# sample was 19-78 y [S1]) and a typo is far more likely than a real value.
AGE_RANGE = (18, 100)
HEIGHT_CM_RANGE = (120.0, 230.0)
WEIGHT_KG_RANGE = (30.0, 350.0)

# Activity multipliers, TDEE = BMR x factor (clinical-facts §1.2; calculator convention
# attributed to McArdle, Katch & Katch [S3], not a DRI category).
ACTIVITY_FACTORS: dict[str, float] = {
    "sedentary": 1.2,
    "light": 1.375,
    "moderate": 1.55,
    "active": 1.725,
    "very_active": 1.9,
}
ACTIVITY_LABELS: dict[str, str] = {
    "sedentary": "Sedentary: little or no exercise, desk job",
    "light": "Lightly active: light exercise 1 to 3 days a week",
    "moderate": "Moderately active: moderate exercise 3 to 5 days a week",
    "active": "Very active: hard exercise 6 to 7 days a week",
    "very_active": "Extra active: very hard exercise, a physical job or training twice a day",
}

KCAL_PER_LB = 3500.0  # the classic rule, clinical-facts §1.3
FLOOR_KCAL: dict[Sex, int] = {"female": 1200, "male": 1500}  # [S7], rule E1
UNDERWEIGHT_BMI = 18.5  # WHO cut-off for underweight
OLDER_ADULT_AGE = 65  # rule E3: default loss at most 1 lb/week from this age
OLDER_ADULT_MAX_LOSS_LB = 1.0
# Horizon used to judge whether a loss rate would take BMI under 18.5 when no goal
# weight is given: twelve weeks, the usual length of a structured programme.
UNDERWEIGHT_LOOKAHEAD_WEEKS = 12


class EnergyInputError(ValueError):
    """An input that is missing, out of range or unknown.  ``field`` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True, slots=True)
class Goal:
    id: str
    label: str
    lb_per_week: float  # signed: negative loses weight, positive gains

    @property
    def daily_change_kcal(self) -> float:
        """Energy change per day: lb/week x 3,500 / 7 (clinical-facts §1.3)."""
        return self.lb_per_week * KCAL_PER_LB / 7

    @property
    def is_loss(self) -> bool:
        return self.lb_per_week < 0

    @property
    def is_gain(self) -> bool:
        return self.lb_per_week > 0


# The nine goals, in the order and wording of the MyPlate widget.
GOALS: tuple[Goal, ...] = (
    Goal("gain-2", "Gain 2 lb per week", 2.0),
    Goal("gain-1.5", "Gain 1.5 lb per week", 1.5),
    Goal("gain-1", "Gain 1 lb per week", 1.0),
    Goal("gain-0.5", "Gain 0.5 lb per week", 0.5),
    Goal("maintain", "Maintain my current weight", 0.0),
    Goal("lose-0.5", "Lose 0.5 lb per week", -0.5),
    Goal("lose-1", "Lose 1 lb per week", -1.0),
    Goal("lose-1.5", "Lose 1.5 lb per week", -1.5),
    Goal("lose-2", "Lose 2 lb per week", -2.0),
)
GOALS_BY_ID: dict[str, Goal] = {goal.id: goal for goal in GOALS}


def sex_from(text: str, *, field: str = "sex") -> Sex:
    """'Female', 'male ' -> the Sex literal; anything else is an error naming ``field``."""
    cleaned = text.strip().lower()
    if cleaned == "female":
        return "female"
    if cleaned == "male":
        return "male"
    raise EnergyInputError(field, f"{field} must be 'female' or 'male', not {text!r}.")


def goal_by_id(goal_id: str) -> Goal:
    try:
        return GOALS_BY_ID[goal_id]
    except KeyError:
        known = ", ".join(GOALS_BY_ID)
        raise EnergyInputError("goal", f"Unknown goal {goal_id!r}; choose one of: {known}.") from None


def activity_factor(activity: str) -> float:
    try:
        return ACTIVITY_FACTORS[activity]
    except KeyError:
        known = ", ".join(ACTIVITY_FACTORS)
        raise EnergyInputError("activity", f"Unknown activity level {activity!r}; choose one of: {known}.") from None


def round_half_up(value: float) -> int:
    """Round to a whole number, halves away from zero for positives (2836.5 -> 2837).

    Python's ``round`` rounds halves to even, which would turn example #2's 2836.5 into 2836.
    """
    return math.floor(value + 0.5)


def _check_number(field: str, value: object, low: float, high: float, unit: str) -> float:
    if value is None:
        raise EnergyInputError(field, f"{field} is required.")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise EnergyInputError(field, f"{field} must be a number, not {value!r}.")
    number = float(value)
    if not math.isfinite(number) or not low <= number <= high:
        raise EnergyInputError(field, f"{field} must be between {low:g} and {high:g} {unit}; got {value!r}.")
    return number


@dataclass(frozen=True, slots=True)
class Person:
    """The body the equations describe, in SI units; validated on creation."""

    sex: Sex
    age: int
    height_cm: float
    weight_kg: float

    def __post_init__(self) -> None:
        if self.sex not in SEXES:
            raise EnergyInputError("sex", f"sex must be 'female' or 'male', not {self.sex!r}.")
        if isinstance(self.age, bool) or not isinstance(self.age, int):
            raise EnergyInputError("age", f"age must be a whole number of years, not {self.age!r}.")
        _check_number("age", self.age, *AGE_RANGE, "years")
        _check_number("height_cm", self.height_cm, *HEIGHT_CM_RANGE, "cm")
        _check_number("weight_kg", self.weight_kg, *WEIGHT_KG_RANGE, "kg")

    @property
    def bmi(self) -> float:
        return bmi(self.weight_kg, self.height_cm)


def bmi(weight_kg: float, height_cm: float) -> float:
    metres = height_cm / 100
    return weight_kg / (metres * metres)


def weight_for_bmi(target_bmi: float, height_cm: float) -> float:
    metres = height_cm / 100
    return target_bmi * metres * metres


def mifflin_st_jeor(*, sex: Sex, age: float, height_cm: float, weight_kg: float) -> float:
    """Resting energy expenditure, kcal/day: 10 kg + 6.25 cm - 5 age + 5 (men) or - 161 (women) [S1].

    Unvalidated keyword form, for callers (the projection model) that already checked inputs.
    """
    return 10 * weight_kg + 6.25 * height_cm - 5 * age + (5 if sex == "male" else -161)


def bmr_kcal(person: Person) -> float:
    """Mifflin-St Jeor BMR, unrounded (clinical-facts §1.1 [S1])."""
    return mifflin_st_jeor(sex=person.sex, age=person.age, height_cm=person.height_cm, weight_kg=person.weight_kg)


def tdee_kcal(bmr: float, activity: str) -> float:
    """Total daily energy expenditure = BMR x activity factor (clinical-facts §1.2), unrounded."""
    return bmr * activity_factor(activity)


@dataclass(frozen=True, slots=True)
class EnergyPlan:
    """The energy side of a goal: what the person needs and what to eat.

    ``bmr`` and ``tdee`` are unrounded; ``target_kcal`` is already the whole-kcal figure
    to display and follow.  ``daily_change_kcal`` is what the target really gives
    against the (rounded) TDEE, after any floor.
    """

    person: Person
    activity: str
    goal: Goal
    bmr: float
    tdee: float
    requested_kcal: int
    target_kcal: int
    floor_kcal: int
    floor_applied: bool
    warnings: tuple[str, ...]

    @property
    def bmr_kcal(self) -> int:
        return round_half_up(self.bmr)

    @property
    def tdee_kcal(self) -> int:
        return round_half_up(self.tdee)

    @property
    def daily_change_kcal(self) -> int:
        return self.target_kcal - self.tdee_kcal

    @property
    def achievable_lb_per_week(self) -> float:
        return self.daily_change_kcal * 7 / KCAL_PER_LB


def _kg_lb(kilograms: float) -> str:
    return f"{kilograms:.1f} kg ({kilograms / KG_PER_LB:.0f} lb)"


def _lb(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def plan_energy(person: Person, *, activity: str, goal_id: str) -> EnergyPlan:
    """BMR -> TDEE -> target for one of the nine goals, with the safety rules applied.

    Rules (clinical-facts §1.4): E1 clamp to the sex floor and say what rate is then
    achievable [S7]; E3 at 65 or over warn about losing more than 1 lb/week; loss goals
    are refused below BMI 18.5 and warned about when they would take BMI under 18.5.
    """
    goal = goal_by_id(goal_id)
    bmr = bmr_kcal(person)
    tdee = tdee_kcal(bmr, activity)
    if goal.is_loss and person.bmi < UNDERWEIGHT_BMI:
        raise EnergyInputError(
            "goal",
            f"Your BMI is {person.bmi:.1f}, under {UNDERWEIGHT_BMI}, so livewell will not plan weight loss. "
            "Choose 'Maintain my current weight' or a gain goal, and talk to your doctor.",
        )
    requested = round_half_up(tdee) + round_half_up(goal.daily_change_kcal)
    floor = FLOOR_KCAL[person.sex]
    target = max(requested, floor)
    floor_applied = target != requested
    warnings: list[str] = []
    if floor_applied:
        change = target - round_half_up(tdee)
        if change < 0:
            rate = f"you would lose about {_lb(-change * 7 / KCAL_PER_LB)} lb per week instead"
        elif change == 0:
            rate = "this keeps your weight about the same"
        else:
            rate = f"this is more than you burn, so you would gain about {_lb(change * 7 / KCAL_PER_LB)} lb per week"
        people = "women" if person.sex == "female" else "men"
        warnings.append(
            f"Your target is raised to {floor:,} kcal a day, the lowest advised for {people} "
            f"without medical supervision; {rate}. Being more active is a safer way to lose faster."
        )
    if goal.is_loss:
        loss_lb = -goal.lb_per_week
        if person.age >= OLDER_ADULT_AGE and loss_lb > OLDER_ADULT_MAX_LOSS_LB:
            warnings.append(
                f"At {person.age}, losing more than 1 lb a week speeds up the loss of muscle and bone. "
                "We suggest 'Lose 1 lb per week' or slower, with enough protein and calcium; "
                "ask your doctor before going faster."
            )
        weeks = UNDERWEIGHT_LOOKAHEAD_WEEKS
        weight_later = person.weight_kg - loss_lb * weeks * KG_PER_LB
        if bmi(weight_later, person.height_cm) < UNDERWEIGHT_BMI:
            warnings.append(
                f"At {_lb(loss_lb)} lb a week your BMI would drop under {UNDERWEIGHT_BMI} (underweight) "
                f"within {weeks} weeks. Choose a slower goal or 'Maintain my current weight'."
            )
    return EnergyPlan(
        person=person,
        activity=activity,
        goal=goal,
        bmr=bmr,
        tdee=tdee,
        requested_kcal=requested,
        target_kcal=target,
        floor_kcal=floor,
        floor_applied=floor_applied,
        warnings=tuple(warnings),
    )


def goal_weight_warnings(person: Person, *, goal: Goal, goal_weight_kg: float) -> list[str]:
    """Warnings about a goal weight itself: under BMI 18.5, or in the wrong direction."""
    warnings: list[str] = []
    goal_bmi = bmi(goal_weight_kg, person.height_cm)
    if goal_bmi < UNDERWEIGHT_BMI and goal_weight_kg < person.weight_kg:
        healthy = weight_for_bmi(UNDERWEIGHT_BMI, person.height_cm)
        warnings.append(
            f"A goal weight of {_kg_lb(goal_weight_kg)} gives a BMI of {goal_bmi:.1f}, under {UNDERWEIGHT_BMI} "
            f"(underweight). For your height that line is at about {_kg_lb(healthy)}."
        )
    if goal.is_loss and goal_weight_kg > person.weight_kg:
        warnings.append("Your goal weight is above your current weight, but you chose a loss goal.")
    if goal.is_gain and goal_weight_kg < person.weight_kg:
        warnings.append("Your goal weight is below your current weight, but you chose a gain goal.")
    return warnings
