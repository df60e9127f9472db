"""Pain-score arithmetic for the journal (fact sheet §6): daily averages, meaningful change.

Rule P1 [S48]: a change on the 0-10 scale is clinically meaningful when it is at least
2 points or at least 30 % of the starting score.  Rule P2 (a product rule): pain of 7 or
more on 3 or more consecutive days suggests contacting a clinician.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

MEANINGFUL_POINTS = 2.0
MEANINGFUL_FRACTION = 0.30
SEVERE_PAIN = 7
SEVERE_RUN_DAYS = 3


@dataclass(frozen=True)
class DailyPain:
    day: date
    average: float
    worst: int
    entries: int


def daily_pain(readings: Iterable[tuple[date, int]]) -> list[DailyPain]:
    """Group (day, score) readings into one row per day, oldest first."""
    by_day: dict[date, list[int]] = {}
    for day, score in readings:
        if not 0 <= score <= 10:
            raise ValueError(f"Pain scores run from 0 to 10, not {score}.")
        by_day.setdefault(day, []).append(score)
    return [
        DailyPain(day, sum(scores) / len(scores), max(scores), len(scores)) for day, scores in sorted(by_day.items())
    ]


@dataclass(frozen=True)
class PainChange:
    baseline: float
    current: float

    @property
    def points(self) -> float:
        """Positive when pain has gone down."""
        return self.baseline - self.current

    @property
    def fraction(self) -> float | None:
        return None if self.baseline == 0 else self.points / self.baseline

    @property
    def meaningful(self) -> bool:
        fraction = self.fraction
        size = abs(self.points)
        return size >= MEANINGFUL_POINTS or (fraction is not None and abs(fraction) >= MEANINGFUL_FRACTION and size > 0)

    @property
    def direction(self) -> str:
        if self.points > 0:
            return "better"
        if self.points < 0:
            return "worse"
        return "unchanged"

    def sentence(self) -> str:
        """The change in words, for members and for the clinician summary."""
        base, now = f"{self.baseline:.1f}", f"{self.current:.1f}"
        if self.direction == "unchanged":
            return f"Pain is unchanged at {now} out of 10."
        pct = "" if self.fraction is None else f", {abs(self.fraction) * 100:.0f} %"
        size = f"{abs(self.points):.1f} points{pct}"
        if not self.meaningful:
            return f"Pain moved from {base} to {now} out of 10 ({size}), a small change."
        if self.direction == "better":
            return (
                f"Pain went down from {base} to {now} out of 10 ({size}). That is a clinically meaningful improvement "
                "(2 points or 30 % or more)."
            )
        return (
            f"Pain went up from {base} to {now} out of 10 ({size}). That is a clinically meaningful worsening "
            "(2 points or 30 % or more); consider telling your clinician."
        )


def change_over(days: list[DailyPain]) -> PainChange | None:
    """Compare the first and last days' averages; None with fewer than two days of readings."""
    if len(days) < 2:
        return None
    return PainChange(baseline=days[0].average, current=days[-1].average)


def severe_run(days: list[DailyPain]) -> int:
    """The longest run of consecutive calendar days whose average pain was 7 or more."""
    longest = current = 0
    previous: date | None = None
    for row in days:
        if row.average >= SEVERE_PAIN:
            current = current + 1 if previous is not None and row.day - previous == timedelta(days=1) else 1
            previous = row.day
        else:
            current, previous = 0, None
        longest = max(longest, current)
    return longest


def current_severe_run(days: list[DailyPain]) -> int:
    """How many consecutive days, ending with the latest day logged, had average pain of 7 or more."""
    count = 0
    for row in reversed(days):
        if row.average < SEVERE_PAIN:
            break
        if count and days[len(days) - count].day - row.day != timedelta(days=1):
            break
        count += 1
    return count
