"""Export everything a member owns in the diary (CSV, JSON) and import it back,
or import MyFitnessPal and Cronometer CSV exports.

Imports are idempotent: every imported row gets an ``import_key`` (a hash of
its source, content and how many identical rows came before it in the file),
and a key already present for the member is skipped (a unique constraint backs
this up).  Bad rows are reported with their line number and reason; the good
rows still import.

Crash safety: by default the rows are saved in one transaction (all or nothing).
Long imports from the command line commit every ``commit_every`` rows instead,
so they do not hold the write lock for minutes; a run killed part way leaves
whole batches behind, and running the same file again adds only the rest,
because the keys of the rows already saved match.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from livewell.accounts.models import User
from livewell.diary import signals
from livewell.diary.domain.importers import (
    PARSERS,
    ExerciseRow,
    FoodRow,
    FormatError,
    Parsed,
    Problem,
    Row,
    RowError,
    WeightRow,
    parse_day,
    parse_mfp_measurement,
)
from livewell.diary.errors import DiaryError
from livewell.diary.models import (
    DiaryEntry,
    EntryKind,
    ExerciseEntry,
    FavouriteFood,
    Meal,
    Recipe,
    RecipeIngredient,
    WeightEntry,
)
from livewell.diary.snapshot import nutrients_from
from livewell.diary.validation import MAX_ENTRY_KCAL, MAX_GRAMS, check_day, check_weight_kg
from livewell.foods.models import DataType, Food
from livewell.foods.services import FoodError, custom_food_create
from livewell.lib.nutrients import NutrientError, Nutrients

EXPORT_FORMAT = "livewell-diary-export"
EXPORT_VERSION = 1
NUTRIENT_NAMES = list(Nutrients.NAMES)


# --- Export -----------------------------------------------------------------------


def _csv(header: list[str], rows: Iterable[list[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def export_diary_csv(*, user: User) -> str:
    entries = DiaryEntry.objects.live().filter(user=user).select_related("food").order_by("day", "created_at", "id")
    return _csv(
        ["date", "meal", "kind", "description", "amount", "portion", "grams", "fdc_id", *NUTRIENT_NAMES],
        (
            [
                e.day.isoformat(),
                e.meal,
                e.kind,
                e.description,
                f"{e.amount:g}",
                e.portion_label,
                "" if e.grams is None else f"{e.grams:g}",
                e.food.fdc_id if e.food and e.food.fdc_id else "",
                *["" if e.nutrients.get(n) is None else e.nutrients[n] for n in NUTRIENT_NAMES],
            ]
            for e in entries
        ),
    )


def export_exercise_csv(*, user: User) -> str:
    rows = ExerciseEntry.objects.filter(user=user).order_by("day", "created_at", "id")
    return _csv(
        [
            "date",
            "description",
            "compendium_code",
            "minutes",
            "met",
            "body_weight_kg",
            "kcal_net_counted",
            "kcal_gross",
        ],
        (
            [
                x.day.isoformat(),
                x.description,
                x.activity_code,
                f"{x.minutes:g}",
                "" if x.met is None else x.met,
                "" if x.weight_kg is None else round(x.weight_kg, 2),
                round(x.kcal, 1),
                round(x.gross_kcal, 1),
            ]
            for x in rows
        ),
    )


def export_weight_csv(*, user: User) -> str:
    rows = WeightEntry.objects.filter(user=user).order_by("day", "created_at", "id")
    return _csv(
        ["date", "weight_kg", "weight_lb"],
        ([w.day.isoformat(), round(w.weight_kg, 3), round(w.weight_kg / 0.45359237, 2)] for w in rows),
    )


def _food_ref(food: Food | None) -> dict[str, Any] | None:
    if food is None:
        return None
    if food.owner_id is not None:
        return {"custom": food.description}
    return {"fdc_id": food.fdc_id, "description": food.description}


def export_json(*, user: User) -> dict[str, Any]:
    """One document with everything the diary holds for ``user`` (and their custom foods)."""
    custom_foods = Food.objects.filter(owner=user).prefetch_related("portions").order_by("id")
    entries = DiaryEntry.objects.live().filter(user=user).select_related("food").order_by("day", "created_at", "id")
    recipes = Recipe.objects.filter(user=user).prefetch_related("ingredients__food").order_by("id")
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": timezone.now().isoformat(),
        "custom_foods": [
            {
                "description": f.description,
                "serving_size_g": f.serving_size_g,
                "nutrients_per_100g": f.nutrients_per_100g().as_dict(),
                "portions": [[p.description, p.gram_weight] for p in f.portions.all()],
            }
            for f in custom_foods
        ],
        "recipes": [
            {
                "name": r.name,
                "servings": r.servings,
                "ingredients": [
                    {"food": _food_ref(i.food), "grams": i.grams, "amount": i.amount, "portion_label": i.portion_label}
                    for i in r.ingredients.all()
                ],
            }
            for r in recipes
        ],
        "favourites": [_food_ref(f.food) for f in FavouriteFood.objects.filter(user=user).select_related("food")],
        "diary": [
            {
                "date": e.day.isoformat(),
                "meal": e.meal,
                "kind": e.kind,
                "description": e.description,
                "amount": e.amount,
                "portion_label": e.portion_label,
                "grams": e.grams,
                "food": _food_ref(e.food),
                "nutrients": e.nutrients,
            }
            for e in entries
        ],
        "exercise": [
            {
                "date": x.day.isoformat(),
                "description": x.description,
                "compendium_code": x.activity_code,
                "minutes": x.minutes,
                "met": x.met,
                "body_weight_kg": x.weight_kg,
                "kcal": x.kcal,
                "gross_kcal": x.gross_kcal,
            }
            for x in ExerciseEntry.objects.filter(user=user).order_by("day", "created_at", "id")
        ],
        "weight": [
            {"date": w.day.isoformat(), "weight_kg": w.weight_kg}
            for w in WeightEntry.objects.filter(user=user).order_by("day", "created_at", "id")
        ],
    }


# --- Import: shared ------------------------------------------------------------------


@dataclass
class ImportResult:
    """What an import did, or (for a preview) would do."""

    new_food: int = 0
    new_exercise: int = 0
    new_weight: int = 0
    already_imported: int = 0
    problems: list[Problem] = field(default_factory=list)
    sample: list[str] = field(default_factory=list)
    extra_created: list[str] = field(default_factory=list)

    @property
    def new_total(self) -> int:
        return self.new_food + self.new_exercise + self.new_weight


def _key(source: str, parts: list[Any], seen: Counter[str]) -> str:
    canonical = json.dumps([source, *parts], sort_keys=True, default=str)
    seen[canonical] += 1
    return hashlib.sha256(f"{canonical}#{seen[canonical]}".encode()).hexdigest()


def _existing_keys(user: User) -> set[str]:
    keys: set[str] = set()
    for model in (DiaryEntry, ExerciseEntry, WeightEntry):
        keys.update(model.objects.filter(user=user).exclude(import_key="").values_list("import_key", flat=True))
    return keys


def _check_row(row: Row, today: date) -> None:
    try:
        check_day(row.day, today=today)
        if isinstance(row, FoodRow):
            nutrients_from(row.nutrients)
            if (row.nutrients.get("kcal") or 0) > MAX_ENTRY_KCAL:
                raise DiaryError(f"{row.nutrients['kcal']:,.0f} kcal is more than one entry can hold")
        elif isinstance(row, ExerciseRow):
            if row.kcal > MAX_ENTRY_KCAL:
                raise DiaryError(f"{row.kcal:,.0f} kcal burned is more than one entry can hold")
            if row.minutes > 24 * 60:
                raise DiaryError("an exercise cannot last more than 24 hours")
        else:
            if row.day > today:
                raise DiaryError("a weight cannot be logged for a future day")
            check_weight_kg(row.weight_kg)
    except (DiaryError, NutrientError) as exc:
        raise RowError(str(exc)) from exc


def _describe(row: Row) -> str:
    if isinstance(row, FoodRow):
        return (
            f"{row.day:%Y-%m-%d} {Meal(row.meal).label}: {row.description}, {row.nutrients.get('kcal') or 0:,.0f} kcal"
        )
    if isinstance(row, ExerciseRow):
        return f"{row.day:%Y-%m-%d} exercise: {row.description}, {row.minutes:g} min, {row.kcal:,.0f} kcal"
    return f"{row.day:%Y-%m-%d} weight: {row.weight_kg:.1f} kg"


def import_rows(
    *,
    user: User,
    source: str,
    parsed: Parsed,
    dry_run: bool,
    today: date | None = None,
    resolve_food: FoodResolver | None = None,
    commit_every: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportResult:
    """Check and (unless ``dry_run``) save parsed rows; rows imported before are skipped.

    ``commit_every`` saves in separately committed batches of that many rows (see the
    module docstring); ``progress`` is called with the number of rows saved so far.
    """
    today = today or timezone.localdate()
    result = ImportResult(problems=list(parsed.problems))
    existing = _existing_keys(user)
    seen: Counter[str] = Counter()
    to_create: list[tuple[Row, str]] = []
    for row in parsed.rows:
        try:
            _check_row(row, today)
        except RowError as exc:
            result.problems.append(Problem(row.line, str(exc)))
            continue
        parts: list[Any]
        if isinstance(row, FoodRow):
            parts = ["food", row.day, row.meal, row.description, row.amount_text, row.nutrients, row.details]
        elif isinstance(row, ExerciseRow):
            parts = ["exercise", row.day, row.description, row.minutes, row.kcal, row.details]
        else:
            parts = ["weight", row.day, round(row.weight_kg, 3)]
        key = _key(source, parts, seen)
        if key in existing:
            result.already_imported += 1
            continue
        to_create.append((row, key))
        if isinstance(row, FoodRow):
            result.new_food += 1
        elif isinstance(row, ExerciseRow):
            result.new_exercise += 1
        else:
            result.new_weight += 1
        if len(result.sample) < 10:
            result.sample.append(_describe(row))
    result.problems.sort(key=lambda p: p.line)
    if not dry_run:
        batch = commit_every if commit_every and commit_every > 0 else max(len(to_create), 1)
        for start in range(0, len(to_create), batch):
            _save_rows(user, source.split("_")[0], to_create[start : start + batch], resolve_food)
            if progress is not None:
                progress(min(start + batch, len(to_create)))
        if to_create:
            counts = {"foods": result.new_food, "exercise": result.new_exercise, "weights": result.new_weight}
            transaction.on_commit(lambda: signals.diary_imported.send(sender=None, user=user, **counts))
    return result


FoodResolver = Callable[[Any], Food | None]


def _food_entry(user: User, source: str, row: FoodRow, key: str, resolve_food: FoodResolver | None) -> DiaryEntry:
    n = nutrients_from(row.nutrients)
    d = row.details
    kind = str(d["kind"]) if d.get("kind") in EntryKind.values else EntryKind.QUICK.value
    amount = d.get("amount")
    grams = d.get("grams")
    return DiaryEntry(
        user=user,
        day=row.day,
        meal=row.meal,
        kind=kind,
        food=resolve_food(d.get("food")) if resolve_food is not None else None,
        description=row.description[:255],
        amount=float(amount) if isinstance(amount, int | float) and amount > 0 else 1.0,
        portion_label=str(d.get("portion_label") or row.amount_text)[:120],
        grams=float(grams) if isinstance(grams, int | float) else None,
        nutrients=n.as_dict(),
        kcal=n.kcal or 0.0,
        source=source,
        import_key=key,
    )


def _exercise_entry(user: User, source: str, row: ExerciseRow, key: str) -> ExerciseEntry:
    d = row.details
    met, kg, gross = d.get("met"), d.get("body_weight_kg"), d.get("gross_kcal")
    return ExerciseEntry(
        user=user,
        day=row.day,
        activity_code=str(d.get("compendium_code") or "")[:8],
        description=row.description[:200],
        minutes=row.minutes,
        met=float(met) if isinstance(met, int | float) else None,
        weight_kg=float(kg) if isinstance(kg, int | float) else None,
        gross_kcal=float(gross) if isinstance(gross, int | float) else row.kcal,
        kcal=row.kcal,
        source=source,
        import_key=key,
    )


@transaction.atomic
def _save_rows(user: User, source: str, rows: list[tuple[Row, str]], resolve_food: FoodResolver | None = None) -> None:
    foods, exercise, weights = [], [], []
    for row, key in rows:
        if isinstance(row, FoodRow):
            foods.append(_food_entry(user, source, row, key, resolve_food))
        elif isinstance(row, ExerciseRow):
            exercise.append(_exercise_entry(user, source, row, key))
        else:
            weights.append(WeightEntry(user=user, day=row.day, weight_kg=row.weight_kg, source=source, import_key=key))
    DiaryEntry.objects.bulk_create(foods, batch_size=500)
    ExerciseEntry.objects.bulk_create(exercise, batch_size=500)
    WeightEntry.objects.bulk_create(weights, batch_size=500)


def parse_upload(*, kind: str, text: str, weight_unit: str = "lb") -> Parsed:
    """Parse a CSV export of ``kind`` (see ImportForm.SOURCES); FormatError for a wrong file."""
    if kind == "mfp_measurement":
        return parse_mfp_measurement(text, unit=weight_unit)
    parser = PARSERS.get(kind)
    if parser is None:
        raise FormatError("Choose what kind of file this is.")
    return parser(text)


# --- Import: our own JSON --------------------------------------------------------------


def _float(value: Any, what: str, *, optional: bool = False) -> float | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RowError(f"{what} must be a number")
    if value < 0:
        raise RowError(f"{what} cannot be negative")
    return float(value)


def _json_rows(document: dict[str, Any]) -> Parsed:
    """Diary, exercise and weight items as rows; problems point at "item N of section"."""
    parsed = Parsed()
    number = 0
    for section in ("diary", "exercise", "weight"):
        items = document.get(section, [])
        if not isinstance(items, list):
            raise FormatError(f"“{section}” must be a list.")
        for index, item in enumerate(items, 1):
            number += 1
            try:
                if not isinstance(item, dict):
                    raise RowError("not an object")
                day = parse_day(str(item.get("date", "")))
                if section == "diary":
                    meal = str(item.get("meal", ""))
                    if meal not in Meal.values:
                        raise RowError(f"unknown meal “{meal}”")
                    raw = item.get("nutrients") or {}
                    if not isinstance(raw, dict):
                        raise RowError("nutrients must be an object")
                    nutrients = {n: _float(raw.get(n), n, optional=True) for n in NUTRIENT_NAMES}
                    grams = _float(item.get("grams"), "grams", optional=True)
                    if grams is not None and grams > MAX_GRAMS:
                        raise RowError("more than 10 kg in one entry")
                    details = {
                        "kind": item.get("kind"),
                        "amount": _float(item.get("amount"), "amount", optional=True),
                        "portion_label": str(item.get("portion_label") or "")[:120],
                        "grams": grams,
                        "food": item.get("food"),
                    }
                    description = str(item.get("description", ""))[:255] or "Food"
                    parsed.rows.append(FoodRow(number, day, meal, description, "", nutrients, details))
                elif section == "exercise":
                    details = {
                        "compendium_code": item.get("compendium_code"),
                        "met": _float(item.get("met"), "met", optional=True),
                        "body_weight_kg": _float(item.get("body_weight_kg"), "body_weight_kg", optional=True),
                        "gross_kcal": _float(item.get("gross_kcal"), "gross_kcal", optional=True),
                    }
                    parsed.rows.append(
                        ExerciseRow(
                            number,
                            day,
                            str(item.get("description", ""))[:200] or "Exercise",
                            _float(item.get("minutes"), "minutes") or 0.0,
                            _float(item.get("kcal"), "kcal") or 0.0,
                            details,
                        )
                    )
                else:
                    parsed.rows.append(WeightRow(number, day, _float(item.get("weight_kg"), "weight_kg") or 0.0))
            except RowError as exc:
                parsed.problems.append(Problem(number, f"{section} item {index}: {exc}"))
    return parsed


def load_json(text: str) -> dict[str, Any]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(f"This is not a JSON file (line {exc.lineno}: {exc.msg}).") from exc
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise FormatError("This JSON file is not a livewell export.")
    if document.get("version") != EXPORT_VERSION:
        raise FormatError(f"This export is version {document.get('version')!r}; we can read version {EXPORT_VERSION}.")
    return document


def _resolve_food(user: User, ref: Any, custom: dict[str, Food]) -> Food | None:
    if not isinstance(ref, dict):
        return None
    if "custom" in ref:
        return custom.get(str(ref["custom"]))
    fdc_id = ref.get("fdc_id")
    if isinstance(fdc_id, int):
        return Food.objects.filter(fdc_id=fdc_id, owner__isnull=True).first()
    return None


def import_json(*, user: User, text: str, dry_run: bool, today: date | None = None) -> ImportResult:
    """Import a livewell JSON export (for example into a new account).  Idempotent."""
    document = load_json(text)
    parsed = _json_rows(document)
    if dry_run:
        return import_rows(user=user, source="json", parsed=parsed, dry_run=True, today=today)
    with transaction.atomic():
        created: list[str] = []
        problems: list[Problem] = []
        custom = _import_custom_foods(user, document.get("custom_foods", []), created, problems)
        result = import_rows(
            user=user,
            source="json",
            parsed=parsed,
            dry_run=False,
            today=today,
            resolve_food=lambda ref: _resolve_food(user, ref, custom),
        )
        result.extra_created += created
        result.problems += problems
        _import_recipes(user, document.get("recipes", []), custom, result)
        for ref in document.get("favourites", []):
            food = _resolve_food(user, ref, custom)
            if food is not None:
                FavouriteFood.objects.get_or_create(user=user, food=food)
    return result


def _import_custom_foods(user: User, items: Any, created: list[str], problems: list[Problem]) -> dict[str, Food]:
    mine = {f.description: f for f in Food.objects.filter(owner=user, data_type=DataType.CUSTOM)}
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict) or str(item.get("description", "")) in mine:
            continue
        try:
            raw = item.get("nutrients_per_100g") or {}
            food = custom_food_create(
                user=user,
                description=str(item.get("description", "")),
                nutrients_per_100g=nutrients_from(raw),
                serving_size_g=item.get("serving_size_g"),
                portions=[(str(p[0]), float(p[1])) for p in item.get("portions", [])],
            )
        except (FoodError, NutrientError, TypeError, ValueError, IndexError) as exc:
            problems.append(Problem(0, f"custom food “{item.get('description')}”: {exc}"))
            continue
        mine[food.description] = food
        created.append(f"custom food {food.description}")
    return mine


def _import_recipes(user: User, items: Any, custom: dict[str, Food], result: ImportResult) -> None:
    names = set(Recipe.objects.filter(user=user).values_list("name", flat=True))
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict) or str(item.get("name", "")) in names:
            continue
        servings = item.get("servings")
        if not isinstance(servings, int | float) or servings <= 0:
            result.problems.append(Problem(0, f"recipe “{item.get('name')}”: servings must be more than zero"))
            continue
        recipe = Recipe.objects.create(user=user, name=str(item["name"])[:160], servings=float(servings))
        for ing in item.get("ingredients", []):
            food = _resolve_food(user, ing.get("food"), custom) if isinstance(ing, dict) else None
            grams = ing.get("grams") if isinstance(ing, dict) else None
            if food is None or not isinstance(grams, int | float) or not 0 < grams <= MAX_GRAMS:
                result.problems.append(Problem(0, f"recipe “{recipe.name}”: an ingredient's food was not found"))
                continue
            RecipeIngredient.objects.create(
                recipe=recipe,
                food=food,
                grams=float(grams),
                amount=float(ing.get("amount") or 1),
                portion_label=str(ing.get("portion_label") or "")[:120],
            )
        names.add(recipe.name)
        result.extra_created.append(f"recipe {recipe.name}")
