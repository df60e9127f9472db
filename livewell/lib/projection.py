"""Weight projections to a goal weight: the 3,500 kcal/lb rule and Hall's dynamic model.

Pure Python (no Django).  Call it like this (the diary's weight page does, to draw the
projection against logged weights)::

    from livewell.lib.projection import project

    result = project(
        sex="female", age=60, height_cm=162.56, weight_kg=68.04,
        activity_factor=1.375,        # the TDEE multiplier, used as Hall's PAL
        intake_kcal=1563,             # what the person eats every day from day 0
        goal_weight_kg=63.5,          # optional
        days=None,                    # optional series length; default: see below
    )
    result.linear_days, result.dynamic_days   # days to the goal weight, None = never
    result.weekly()                            # [(day, linear_kg, dynamic_kg), ...] every 7 days
    result.linear_daily[d], result.dynamic_daily[d]   # kg on day d (d = 0 .. result.days)

Day 0 is the start (the day of the plan); every series starts at ``weight_kg``.
``None`` days mean never: the goal lies the other way, or (dynamic model) the course
levels off before reaching it -- its steady weight is found first, by bisection -- or
it would take more than ten years.  ``dynamic_weights(..., days=n)`` gives just the
dynamic daily series.  With a
goal weight the default series runs a little past the later of the two goal days (at
least 12 weeks, at most 3 years); without one it runs for a year.

**Linear rule** (clinical-facts §1.3): weight changes by 1 lb for every 3,500 kcal of
the daily difference between intake and the starting maintenance energy (TDEE),
forever at the same speed.

**Dynamic model** (Hall KD et al., Lancet 2011;378:826-837 [S5], the model behind the
NIH Body Weight Planner).  The sheet gives the model's published behaviour but not its
parameters, so the values below are those of the paper's supplementary appendix,
converted from kJ with 1 kcal = 4.184 kJ:

- energy density of fat rho_F = 39.5 MJ/kg = 9,441 kcal/kg, of lean tissue rho_L = 7.6 MJ/kg
  = 1,816 kcal/kg;
- maintenance cost of fat gamma_F = 13 kJ/kg/d = 3.1 kcal/kg/d, of lean gamma_L = 92 kJ/kg/d
  = 22.0 kcal/kg/d;
- cost of building/breaking down tissue eta_F = 750 kJ/kg = 179 kcal/kg, eta_L = 960 kJ/kg
  = 229 kcal/kg;
- thermic effect of food beta_TEF = 0.1 and adaptive thermogenesis beta_AT = 0.14 of the change
  in intake, the latter reached with a time constant of 14 days;
- energy partitioning by Forbes' body-composition curve L = 10.4 kg x ln F + constant,
  i.e. dL/dF = 10.4 kg / F (Hall's p = C / (C + F), C = 10.4 kg x rho_L / rho_F);
- initial fat mass from BMI, age and sex (Jackson et al. 2002, as in the appendix),
  at least 2 % of weight; extracellular fluid from Silva's equations; 0.5 kg of glycogen
  with 2.7 kg of water per kg, all as in the appendix;
- baseline: the person is in energy balance eating their TDEE (Mifflin-St Jeor BMR x
  activity factor, clinical-facts §1.1-1.2), the activity factor serving as the
  physical activity level; the physical-activity coefficient delta and the constant K then
  follow from that balance, as the appendix prescribes.

Simplification (ours): glycogen and extracellular fluid are held at their starting
values.  The full model lets them fall in the first days of a diet (the quick "water"
loss of about 1-2 kg); without it the first weeks of loss are slightly understated and
the long-term course is the same.  Integration: classical Runge-Kutta, one-day steps.

Checked against the sheet's figures in tests/goals/test_projection.py: half-times of
about a year; about 1 lb of eventual change per 10 kcal/day for an overweight adult;
more body fat means more loss for the same deficit; slower than the linear rule.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from livewell.lib.energy import Sex, mifflin_st_jeor
from livewell.lib.units import KG_PER_LB

KJ_PER_KCAL = 4.184
KCAL_PER_KG_LINEAR = 3500.0 / KG_PER_LB  # the 3,500 kcal/lb rule in SI (≈ 7,716 kcal/kg)

# Hall et al. 2011 appendix parameters [S5], kJ -> kcal.
RHO_F = 39_500 / KJ_PER_KCAL  # kcal per kg of fat
RHO_L = 7_600 / KJ_PER_KCAL  # kcal per kg of lean tissue
GAMMA_F = 13 / KJ_PER_KCAL  # kcal/kg/day to maintain fat
GAMMA_L = 92 / KJ_PER_KCAL  # kcal/kg/day to maintain lean tissue
ETA_F = 750 / KJ_PER_KCAL  # kcal per kg of fat synthesised or broken down
ETA_L = 960 / KJ_PER_KCAL  # kcal per kg of lean tissue synthesised or broken down
BETA_TEF = 0.1
BETA_AT = 0.14
TAU_AT_DAYS = 14.0
FORBES_KG = 10.4
GLYCOGEN_KG = 0.5
GLYCOGEN_WATER_FACTOR = 3.7  # glycogen plus 2.7 kg water per kg
MIN_FAT_FRACTION = 0.02

NEVER_HORIZON_DAYS = 3653  # ten years: a goal not reached by then counts as never
DEFAULT_DAYS_NO_GOAL = 365
MIN_DAYS_WITH_GOAL = 84
MAX_DAYS = 1095


class ProjectionError(ValueError):
    """Inputs the model cannot run with."""


def initial_fat_kg(*, sex: Sex, age: float, height_cm: float, weight_kg: float) -> float:
    """Fat mass from BMI, age and sex (Jackson et al. 2002 as used by Hall 2011 [S5])."""
    body_mass_index = weight_kg / (height_cm / 100) ** 2
    if sex == "male":
        percent = 0.14 * age + 37.31 * math.log(body_mass_index) - 103.94
    else:
        percent = 0.14 * age + 39.96 * math.log(body_mass_index) - 102.01
    return weight_kg * max(percent / 100, MIN_FAT_FRACTION)


def extracellular_fluid_kg(*, sex: Sex, age: float, height_cm: float, weight_kg: float) -> float:
    """Extracellular fluid (Silva et al., as in Hall 2011's appendix [S5])."""
    metres = height_cm / 100
    if sex == "male":
        return 0.025 * age + 9.57 * metres + 0.191 * weight_kg - 12.4
    return -4.0 + 5.98 * metres + 0.167 * weight_kg


@dataclass(frozen=True, slots=True)
class _Body:
    """Baseline constants of one person for the dynamic model."""

    fat0: float
    lean0: float
    fixed_kg: float  # extracellular fluid + glycogen with its water, held constant
    delta: float
    k: float
    intake0: float

    def weight(self, fat: float) -> float:
        return fat + self.lean(fat) + self.fixed_kg

    def lean(self, fat: float) -> float:
        return self.lean0 + FORBES_KG * math.log(fat / self.fat0)


def _baseline(*, sex: Sex, age: float, height_cm: float, weight_kg: float, activity_factor: float) -> _Body:
    rmr = mifflin_st_jeor(sex=sex, age=age, height_cm=height_cm, weight_kg=weight_kg)
    expenditure0 = rmr * activity_factor
    fat0 = initial_fat_kg(sex=sex, age=age, height_cm=height_cm, weight_kg=weight_kg)
    fixed = extracellular_fluid_kg(sex=sex, age=age, height_cm=height_cm, weight_kg=weight_kg)
    fixed += GLYCOGEN_WATER_FACTOR * GLYCOGEN_KG
    lean0 = weight_kg - fat0 - fixed
    if lean0 <= 0:
        raise ProjectionError("the body-composition estimate leaves no lean mass; check height and weight")
    # Physical activity coefficient at baseline balance (appendix): delta = ((1 - beta_TEF) PAL - 1) RMR / BW.
    delta = ((1 - BETA_TEF) * activity_factor - 1) * rmr / weight_kg
    k = expenditure0 - GAMMA_F * fat0 - GAMMA_L * lean0 - delta * weight_kg
    return _Body(fat0=fat0, lean0=lean0, fixed_kg=fixed, delta=delta, k=k, intake0=expenditure0)


class _Course:
    """Day-by-day integration of one person's fat mass and adaptive thermogenesis.

    State: fat mass F and adaptive thermogenesis AT; lean mass follows F by Forbes'
    curve.  ``step()`` advances one day (classical Runge-Kutta) and returns the weight.
    """

    def __init__(self, body: _Body, intake_change: float) -> None:
        self.body = body
        self.intake_change = intake_change
        self.fat = body.fat0
        self.adaptive = 0.0

    def imbalance(self, fat: float, adaptive: float) -> float:
        """Intake minus every expenditure term except tissue building (kcal/day)."""
        body = self.body
        lean = body.lean(fat)
        weight = fat + lean + body.fixed_kg
        expenditure = (
            body.k + GAMMA_F * fat + GAMMA_L * lean + body.delta * weight + BETA_TEF * self.intake_change + adaptive
        )
        return body.intake0 + self.intake_change - expenditure

    def rates(self, fat: float, adaptive: float) -> tuple[float, float]:
        # Energy stored = (rho_F + eta_F) dF + (rho_L + eta_L) dL with dL = (10.4 / F) dF (Forbes).
        fat_rate = self.imbalance(fat, adaptive) / (RHO_F + ETA_F + (RHO_L + ETA_L) * FORBES_KG / fat)
        adaptive_rate = (BETA_AT * self.intake_change - adaptive) / TAU_AT_DAYS
        return fat_rate, adaptive_rate

    def step(self) -> float:
        fat, adaptive = self.fat, self.adaptive
        k1f, k1a = self.rates(fat, adaptive)
        k2f, k2a = self.rates(fat + k1f / 2, adaptive + k1a / 2)
        k3f, k3a = self.rates(fat + k2f / 2, adaptive + k2a / 2)
        k4f, k4a = self.rates(fat + k3f, adaptive + k3a)
        self.fat = max(fat + (k1f + 2 * k2f + 2 * k3f + k4f) / 6, 1e-3)
        self.adaptive = adaptive + (k1a + 2 * k2a + 2 * k3a + k4a) / 6
        return self.body.weight(self.fat)

    def steady_weight(self) -> float:
        """The weight the course levels off at: where intake meets expenditure, AT fully adapted.

        Expenditure rises with fat mass, so the balance point is found by bisection.
        """
        settled_at = BETA_AT * self.intake_change
        low, high = 1e-3, self.body.fat0 * 20
        for _ in range(100):
            middle = (low + high) / 2
            if self.imbalance(middle, settled_at) > 0:
                low = middle
            else:
                high = middle
        return self.body.weight((low + high) / 2)


def _course(
    *, sex: Sex, age: float, height_cm: float, weight_kg: float, activity_factor: float, intake_kcal: float
) -> _Course:
    body = _baseline(sex=sex, age=age, height_cm=height_cm, weight_kg=weight_kg, activity_factor=activity_factor)
    return _Course(body, intake_kcal - body.intake0)


def dynamic_weights(
    *,
    sex: Sex,
    age: float,
    height_cm: float,
    weight_kg: float,
    activity_factor: float,
    intake_kcal: float,
    days: int,
) -> list[float]:
    """Daily weights (kg) from day 0 to ``days`` under Hall's model."""
    course = _course(
        sex=sex,
        age=age,
        height_cm=height_cm,
        weight_kg=weight_kg,
        activity_factor=activity_factor,
        intake_kcal=intake_kcal,
    )
    return [weight_kg] + [course.step() for _ in range(days)]


def linear_weights(*, weight_kg: float, daily_change_kcal: float, days: int) -> list[float]:
    """Daily weights under the 3,500 kcal/lb rule (never below zero)."""
    per_day = daily_change_kcal / KCAL_PER_KG_LINEAR
    return [max(weight_kg + per_day * day, 0.0) for day in range(days + 1)]


def linear_days_to(*, weight_kg: float, goal_weight_kg: float, daily_change_kcal: float) -> int | None:
    gap = goal_weight_kg - weight_kg
    if gap == 0:
        return 0
    if daily_change_kcal == 0 or (gap > 0) != (daily_change_kcal > 0):
        return None
    return math.ceil(gap * KCAL_PER_KG_LINEAR / daily_change_kcal)


@dataclass(frozen=True, slots=True)
class Projection:
    start_weight_kg: float
    goal_weight_kg: float | None
    maintenance_kcal: float
    intake_kcal: float
    linear_days: int | None
    dynamic_days: int | None
    linear_daily: tuple[float, ...]
    dynamic_daily: tuple[float, ...]

    @property
    def days(self) -> int:
        return len(self.linear_daily) - 1

    def weekly(self) -> list[tuple[int, float, float]]:
        """(day, linear kg, dynamic kg) every 7 days from day 0, plus the last day."""
        days = list(range(0, self.days + 1, 7))
        if days[-1] != self.days:
            days.append(self.days)
        return [(day, self.linear_daily[day], self.dynamic_daily[day]) for day in days]


def project(
    *,
    sex: Sex,
    age: float,
    height_cm: float,
    weight_kg: float,
    activity_factor: float,
    intake_kcal: float,
    goal_weight_kg: float | None = None,
    days: int | None = None,
) -> Projection:
    """Project weight under a constant daily intake, by the linear rule and by Hall's model."""
    if weight_kg <= 0 or height_cm <= 0 or activity_factor <= 0:
        raise ProjectionError("weight, height and activity factor must be positive")
    if goal_weight_kg is not None and goal_weight_kg <= 0:
        raise ProjectionError("the goal weight must be positive")
    maintenance = mifflin_st_jeor(sex=sex, age=age, height_cm=height_cm, weight_kg=weight_kg) * activity_factor
    if abs(intake_kcal - maintenance) < 1:
        # Under 1 kcal/day is the whole-kcal rounding of a "maintain" target, not a plan to change.
        intake_kcal = maintenance
    change = intake_kcal - maintenance

    course = _course(
        sex=sex,
        age=age,
        height_cm=height_cm,
        weight_kg=weight_kg,
        activity_factor=activity_factor,
        intake_kcal=intake_kcal,
    )
    dynamic = [weight_kg]
    linear_days: int | None = None
    dynamic_days: int | None = None
    if goal_weight_kg is not None:
        linear_days = linear_days_to(weight_kg=weight_kg, goal_weight_kg=goal_weight_kg, daily_change_kcal=change)
        losing = goal_weight_kg < weight_kg
        if goal_weight_kg == weight_kg:
            dynamic_days = 0
        elif change != 0 and losing == (change < 0):
            # The course levels off at its steady weight; a goal beyond it is never reached.
            steady = course.steady_weight()
            if (steady < goal_weight_kg) if losing else (steady > goal_weight_kg):
                while len(dynamic) <= NEVER_HORIZON_DAYS:
                    weight = course.step()
                    dynamic.append(weight)
                    if (weight <= goal_weight_kg) if losing else (weight >= goal_weight_kg):
                        dynamic_days = len(dynamic) - 1
                        break
    if days is None:
        if goal_weight_kg is None:
            days = DEFAULT_DAYS_NO_GOAL
        elif dynamic_days is None:
            days = MAX_DAYS
        else:
            longest = max(dynamic_days, linear_days or 0)
            days = min(max(math.ceil(longest * 1.1 / 7) * 7, MIN_DAYS_WITH_GOAL), MAX_DAYS)
    if days < 1:
        raise ProjectionError("a projection needs at least one day")
    while len(dynamic) <= days:
        dynamic.append(course.step())
    return Projection(
        start_weight_kg=weight_kg,
        goal_weight_kg=goal_weight_kg,
        maintenance_kcal=maintenance,
        intake_kcal=intake_kcal,
        linear_days=linear_days,
        dynamic_days=dynamic_days,
        linear_daily=tuple(linear_weights(weight_kg=weight_kg, daily_change_kcal=change, days=days)),
        dynamic_daily=tuple(dynamic[: days + 1]),
    )
