"""Exercise energy by the MET method (clinical-facts.md §3).

``kcal = MET * body mass (kg) * hours`` because one MET is taken as about
1 kcal per kg per hour [S17].  Compendium METs are *gross*: they include the
resting metabolism that the member's daily target already counts.  livewell
therefore adds **net** calories, ``(MET - 1) * kg * hours``, to the day's
budget, and shows the gross figure beside it for reference [S17].  For members
aged 60 or more the figure is labelled an estimate (rule X1, [S18][S19]).
"""

from __future__ import annotations

from dataclasses import dataclass

RESTING_MET = 1.0  # one MET is resting energy, by definition [S17]
ESTIMATE_AGE = 60  # rule X1: age >= 60, show exercise kcal as an estimate [S18][S19]
MAX_MINUTES = 24 * 60


class ExerciseError(ValueError):
    """Input that cannot describe a bout of exercise."""


@dataclass(frozen=True, slots=True)
class Activity:
    code: str  # 2011 Compendium code, kept as text because leading zeros matter ("01010")
    description: str
    met: float


# 2011 Compendium of Physical Activities codes and METs, as listed in
# clinical-facts.md §3 [S17].  Descriptions are shortened in our own words.
ACTIVITIES: tuple[Activity, ...] = (
    Activity("17151", "Walking, very slow stroll (under 2 mph)", 2.0),
    Activity("17152", "Walking, slow pace (2 mph)", 2.8),
    Activity("17170", "Walking, 2.5 mph on a firm level surface", 3.0),
    Activity("17190", "Walking, moderate pace (about 3 mph)", 3.5),
    Activity("17200", "Walking, brisk (3.5 mph)", 4.3),
    Activity("17220", "Walking, very brisk (4 mph)", 5.0),
    Activity("17230", "Walking, very, very brisk (4.5 mph)", 7.0),
    Activity("17165", "Walking the dog", 3.0),
    Activity("17133", "Climbing stairs, slowly", 4.0),
    Activity("17134", "Climbing stairs, fast", 8.8),
    Activity("17080", "Hiking, cross country", 6.0),
    Activity("01010", "Cycling, leisure (under 10 mph)", 4.0),
    Activity("01020", "Cycling, 10 to 11.9 mph, light effort", 6.8),
    Activity("02011", "Stationary bike, very light (30 to 50 W)", 3.5),
    Activity("02012", "Stationary bike, moderate to vigorous (90 to 100 W)", 6.8),
    Activity("02048", "Elliptical trainer, moderate effort", 5.0),
    Activity("02071", "Rowing machine, moderate effort", 4.8),
    Activity("02054", "Strength training, several exercises, 8 to 15 repetitions", 3.5),
    Activity("02050", "Strength training, power lifting or body building, vigorous", 6.0),
    Activity("02030", "Calisthenics, light or moderate (for example back exercises)", 3.5),
    Activity("02101", "Stretching, mild", 2.3),
    Activity("02105", "Pilates, general", 3.0),
    Activity("02150", "Yoga, Hatha", 2.5),
    Activity("02160", "Yoga, Power", 4.0),
    Activity("15670", "Tai chi or qi gong", 3.0),
    Activity("18240", "Swimming laps, freestyle, slow", 5.8),
    Activity("18230", "Swimming laps, freestyle, fast", 9.8),
    Activity("18310", "Swimming for leisure (not laps)", 6.0),
    Activity("18355", "Water aerobics", 5.5),
    Activity("03040", "Ballroom dancing, slow", 3.0),
    Activity("03031", "Dancing: disco, folk, line or country", 7.8),
    Activity("08245", "Gardening, moderate effort", 3.8),
    Activity("08241", "Weeding or digging the garden", 5.0),
    Activity("05043", "Vacuuming", 3.3),
    Activity("15255", "Golf, general", 4.8),
    Activity("15265", "Golf, walking and carrying clubs", 4.3),
    Activity("15675", "Tennis, general", 7.3),
    Activity("15685", "Tennis, doubles", 4.5),
    Activity("15690", "Tennis, singles", 8.0),
    Activity("12029", "Running, 4 mph", 6.0),
    Activity("12030", "Running, 5 mph (12 minutes a mile)", 8.3),
    Activity("12050", "Running, 6 mph (10 minutes a mile)", 9.8),
    Activity("12070", "Running, 7 mph (8.5 minutes a mile)", 11.0),
    Activity("12090", "Running, 8 mph (7.5 minutes a mile)", 11.8),
    Activity("07021", "Sitting quietly", 1.3),
)
ACTIVITY_BY_CODE: dict[str, Activity] = {a.code: a for a in ACTIVITIES}


@dataclass(frozen=True, slots=True)
class ExerciseEnergy:
    gross_kcal: float
    net_kcal: float


def met_energy(*, met: float, weight_kg: float, minutes: float) -> ExerciseEnergy:
    """Gross and net kcal of ``minutes`` at ``met`` for a body of ``weight_kg`` [S17].

    >>> round(met_energy(met=4.3, weight_kg=70, minutes=45).gross_kcal, 2)
    225.75
    """
    if not met > 0:
        raise ExerciseError("The MET value must be more than zero.")
    if not weight_kg > 0:
        raise ExerciseError("A body weight is needed to work out exercise calories.")
    if not 0 < minutes <= MAX_MINUTES:
        raise ExerciseError("Duration must be more than 0 and at most 24 hours.")
    hours = minutes / 60
    gross = met * weight_kg * hours
    net = max(met - RESTING_MET, 0.0) * weight_kg * hours
    return ExerciseEnergy(gross_kcal=gross, net_kcal=net)


def is_estimate_for_age(age: int | None) -> bool:
    """Rule X1: exercise kcal for people aged 60+ is shown as an estimate [S18][S19]."""
    return age is not None and age >= ESTIMATE_AGE
