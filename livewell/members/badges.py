"""Achievement badges: what each one means, how it is computed from a member's data, and awarding.

A badge is awarded at most once per member (a unique constraint on member and badge), so the
signal receivers and ``recompute_badges`` can run as often as they like.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from livewell.accounts.models import User
from livewell.members import domain
from livewell.members.models import ArticleRead, EarnedBadge, NotificationKind
from livewell.members.notifications import notification_create

BACK_PAIN_CENTRE_SLUG = "back-pain-center"
ARTICLES_FOR_READER_BADGE = 5
PAIN_JOURNAL_DAYS = 7  # "first pain journal week": entries on 7 different days (not necessarily in a row)


@dataclass(frozen=True)
class Badge:
    code: str
    name: str
    description: str
    check: Callable[[User], bool]


def _uses_metric(user: User) -> bool:
    from livewell.accounts.services import profile_of

    return profile_of(user).units == "metric"


def _logged_days(user: User) -> list[date]:
    from livewell.diary.selectors import logged_days

    return logged_days(user=user)


def _has_food(user: User) -> bool:
    return bool(_logged_days(user))


def _streak(days: int) -> Callable[[User], bool]:
    def check(user: User) -> bool:
        return domain.longest_run(_logged_days(user)) >= days

    return check


def _has_exercise(user: User) -> bool:
    from livewell.diary.models import ExerciseEntry

    return ExerciseEntry.objects.filter(user=user).exists()


def _plan_weights(user: User) -> tuple[float, float, list[float]] | None:
    """(start kg, goal kg, weights logged since the plan began) for the current plan with a goal weight."""
    from livewell.diary.selectors import weight_series
    from livewell.goals.selectors import current_plan

    plan = current_plan(user=user)
    if plan is None or plan.goal_weight_kg is None:
        return None
    start_day = timezone.localtime(plan.created_at).date()
    weights = [kg for _, kg in weight_series(user=user, start=start_day, end=date.max)]
    return plan.weight_kg, plan.goal_weight_kg, weights


def _first_step(user: User) -> bool:
    found = _plan_weights(user)
    if found is None:
        return False
    start, goal, weights = found
    step = domain.FIRST_STEP_KG_METRIC if _uses_metric(user) else domain.FIRST_STEP_KG_US
    return domain.best_progress_kg(start_kg=start, goal_kg=goal, weights_kg=weights) >= step


def _goal_reached(user: User) -> bool:
    found = _plan_weights(user)
    if found is None:
        return False
    start, goal, weights = found
    return domain.goal_reached(start_kg=start, goal_kg=goal, weights_kg=weights)


def _pain_journal_week(user: User) -> bool:
    from livewell.backpain.models import PainEntry

    moments = PainEntry.objects.filter(user=user).values_list("recorded_at", flat=True)
    return len({timezone.localtime(moment).date() for moment in moments}) >= PAIN_JOURNAL_DAYS


def back_pain_articles_read(user: User) -> int:
    from wagtail.models import Page

    centre = Page.objects.filter(slug=BACK_PAIN_CENTRE_SLUG).first()
    if centre is None:
        return 0
    return ArticleRead.objects.filter(
        user=user, page__path__startswith=centre.path, page__depth__gt=centre.depth
    ).count()


def _reader(user: User) -> bool:
    return back_pain_articles_read(user) >= ARTICLES_FOR_READER_BADGE


BADGES: tuple[Badge, ...] = (
    Badge("first_food", "First food logged", "You logged your first food in the tracker.", _has_food),
    Badge("streak_7", "7-day streak", "You logged food on 7 days in a row.", _streak(7)),
    Badge("streak_30", "30-day streak", "You logged food on 30 days in a row.", _streak(30)),
    Badge("first_exercise", "First exercise", "You logged your first exercise.", _has_exercise),
    Badge(
        "first_step",
        "First 5 lb (2.5 kg) toward your goal",
        "Your weight moved 5 lb (2.5 kg on metric units) toward your goal weight.",
        _first_step,
    ),
    Badge("goal_weight", "Goal weight reached", "You reached the goal weight in your plan.", _goal_reached),
    Badge(
        "pain_week",
        "First pain journal week",
        f"You wrote in your pain journal on {PAIN_JOURNAL_DAYS} different days.",
        _pain_journal_week,
    ),
    Badge(
        "reader_5",
        "Back Pain Center reader",
        f"You read {ARTICLES_FOR_READER_BADGE} articles in the Back Pain Center.",
        _reader,
    ),
)
BADGES_BY_CODE = {badge.code: badge for badge in BADGES}

# Which badges each kind of new data can earn (so a food entry does not recompute pain badges).
FOOD_BADGES = ("first_food", "streak_7", "streak_30")
EXERCISE_BADGES = ("first_exercise",)
WEIGHT_BADGES = ("first_step", "goal_weight")
PAIN_BADGES = ("pain_week",)
READING_BADGES = ("reader_5",)


def badge_award(*, user: User, code: str) -> EarnedBadge | None:
    """Award ``code`` once; returns the new badge, or None if the member already had it."""
    badge = BADGES_BY_CODE[code]
    if EarnedBadge.objects.filter(user=user, code=code).exists():
        return None
    try:
        with transaction.atomic():
            earned = EarnedBadge.objects.create(user=user, code=code)
            notification_create(
                user=user,
                kind=NotificationKind.BADGE,
                title=f"You earned a badge: {badge.name}",
                body=badge.description,
                link=reverse("members:home") + "#badges",
                dedupe_key=f"badge:{code}",
            )
            return earned
    except IntegrityError:  # awarded by a concurrent request a moment ago
        return None


def badges_check(*, user: User, codes: Iterable[str] | None = None) -> list[EarnedBadge]:
    """Compute the given badges (all by default) for one member and award those now earned."""
    have = set(EarnedBadge.objects.filter(user=user).values_list("code", flat=True))
    new = []
    for code in codes if codes is not None else BADGES_BY_CODE:
        if code in have or not BADGES_BY_CODE[code].check(user):
            continue
        earned = badge_award(user=user, code=code)
        if earned is not None:
            new.append(earned)
    return new


@dataclass(frozen=True)
class ShownBadge:
    badge: Badge
    earned: EarnedBadge | None


def badges_of(*, user: User) -> list[ShownBadge]:
    """Every badge in order, with when this member earned it (or None)."""
    earned = {row.code: row for row in EarnedBadge.objects.filter(user=user)}
    return [ShownBadge(badge, earned.get(badge.code)) for badge in BADGES]


@dataclass(frozen=True)
class Progress:
    badge: Badge
    earned: EarnedBadge | None
    done: float
    needed: float
    unit: str

    @property
    def percent(self) -> int:
        return 100 if self.earned else min(100, round(100 * self.done / self.needed)) if self.needed else 0


def progress_of(*, user: User, today: date | None = None) -> list[Progress]:
    """How close the member is to each badge (a Gold feature): counts, days or kg/lb so far."""
    from livewell.backpain.models import PainEntry
    from livewell.diary.selectors import logging_streak

    today = today or timezone.localdate()
    earned = {row.code: row for row in EarnedBadge.objects.filter(user=user)}
    days = _logged_days(user)
    streak = logging_streak(user=user, today=today)
    pain_days = len(
        {
            timezone.localtime(m).date()
            for m in PainEntry.objects.filter(user=user).values_list("recorded_at", flat=True)
        }
    )
    metric = _uses_metric(user)
    weights = _plan_weights(user)
    moved = needed_goal = 0.0
    if weights is not None:
        start, goal, series = weights
        moved = domain.best_progress_kg(start_kg=start, goal_kg=goal, weights_kg=series)
        needed_goal = abs(start - goal)
    step = domain.FIRST_STEP_KG_METRIC if metric else domain.FIRST_STEP_KG_US
    factor, unit = (1.0, "kg") if metric else (1 / domain.KG_PER_LB, "lb")
    from livewell.diary.models import ExerciseEntry

    amounts: dict[str, tuple[float, float, str]] = {
        "first_food": (min(1, len(days)), 1, "day logged"),
        "streak_7": (min(7, streak), 7, "days in a row now"),
        "streak_30": (min(30, streak), 30, "days in a row now"),
        "first_exercise": (min(1, ExerciseEntry.objects.filter(user=user).count()), 1, "exercise logged"),
        "first_step": (round(min(moved, step) * factor, 1), round(step * factor, 1), unit),
        "goal_weight": (round(min(moved, needed_goal) * factor, 1), round(needed_goal * factor, 1), unit),
        "pain_week": (min(PAIN_JOURNAL_DAYS, pain_days), PAIN_JOURNAL_DAYS, "days with journal entries"),
        "reader_5": (
            min(ARTICLES_FOR_READER_BADGE, back_pain_articles_read(user)),
            ARTICLES_FOR_READER_BADGE,
            "articles read",
        ),
    }
    return [Progress(badge, earned.get(badge.code), *amounts[badge.code]) for badge in BADGES]
