"""The day page and the actions on its entries (all plain form posts; htmx swaps the day in place)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from livewell.diary.errors import DiaryError
from livewell.diary.forms import CopyForm, EditEntryForm, MoveForm, QuickAddForm, add_service_error
from livewell.diary.models import DiaryEntry, EntryKind, Meal
from livewell.diary.selectors import MealBlock, TargetRow, day_summary
from livewell.diary.services import entries as entry_services
from livewell.diary.templatetags.diary_tags import amount, kcal
from livewell.diary.validation import MAX_DAYS_AHEAD
from livewell.diary.views.common import is_htmx, member, nav_days, today

UNDO_WINDOW = timedelta(minutes=15)


# One table row per entry.  The page builds these strings in Python because a
# template loop over 50 rows (each with three forms) was the largest single cost
# of the day page (bench/bench_diary.py); the markup is the same as a template
# would produce, and every value from the database goes through ``escape``.
ROW = (
    "\n      <tr>\n"
    "        <td>{description}</td>\n"
    "        <td>{amount}</td>\n"
    '        <td class="num">{kcal}</td>\n'
    '        <td class="row-actions">\n'
    '          <a href="{edit_url}">Edit<span class="visually-hidden"> {description}</span></a>\n'
    '          <form method="post" action="{move_url}" hx-boost="true" class="move">{csrf_input}\n'
    '            <label class="visually-hidden" for="move-{pk}">Move {description} to</label>\n'
    '            <select id="move-{pk}" name="meal">{options}</select>\n'
    '            <button type="submit" class="button button-quiet">Move<span class="visually-hidden">'
    " {description}</span></button>\n"
    "          </form>\n"
    '          <form method="post" action="{delete_url}" hx-boost="true">{csrf_input}\n'
    '            <button type="submit" class="button button-quiet">Delete<span class="visually-hidden">'
    " {description}</span></button>\n"
    "          </form>\n"
    "        </td>\n"
    "      </tr>\n    "
)


def meal_tables(blocks: list[MealBlock], csrf_input: str) -> list[tuple[MealBlock, SafeString]]:
    """Each meal with the ``<tr>`` rows of its table: food, amount, kcal, and edit/move/delete controls.

    URLs and the meal ``<option>`` lists are built once per page rather than by
    template tags per row.  ``csrf_input`` is already safe markup.
    """
    urls = {
        name: escape(reverse(f"diary:entry_{name}", kwargs={"entry_id": 0}).replace("/0/", "/{}/"))
        for name in ("edit", "move", "delete")
    }
    options = {
        current: "".join(
            f'<option value="{escape(value)}"{" selected" if value == current else ""}>{escape(label)}</option>'
            for value, label in Meal.choices
        )
        for current in Meal.values
    }

    def rows(entries: list[DiaryEntry]) -> SafeString:
        return mark_safe(  # every interpolated value is escaped above or here
            "".join(
                ROW.format(
                    description=escape(e.description),
                    amount=escape(amount_text(e)),
                    kcal=kcal(e.kcal),
                    edit_url=urls["edit"].format(e.pk),
                    move_url=urls["move"].format(e.pk),
                    delete_url=urls["delete"].format(e.pk),
                    csrf_input=csrf_input,
                    pk=int(e.pk),
                    options=options[e.meal],
                )
                for e in entries
            )
        )

    return [(block, rows(block.entries)) for block in blocks]


TARGET_ROW = (
    "\n      <tr>\n"
    '        <th scope="row" id="t-{field}">{label}</th>\n'
    '        <td class="num">{eaten}{incomplete}</td>\n'
    '        <td class="num">{under}{target} {unit}</td>\n'
    '        <td><meter min="0" max="{maximum}" value="{value}"{bounds} aria-labelledby="t-{field}"></meter>'
    " <span>{percent}% · {status}</span></td>\n"
    "      </tr>\n    "
)


def target_table_rows(rows: list[TargetRow]) -> SafeString:
    """The rows of the vitamins, minerals and limits table, with a ``<meter>`` each (built like the meal rows)."""
    out = []
    for t in rows:
        unit = escape(t.unit)
        goal = escape(f"{t.target:g}")
        out.append(
            TARGET_ROW.format(
                field=escape(t.field),
                label=escape(t.label),
                eaten="unknown" if t.amount is None else f"{escape(amount(t.amount))} {unit}",
                incomplete='<span class="help"> (some foods lack data)</span>' if t.incomplete else "",
                under="under " if t.is_limit else "",
                target=escape(amount(t.target)),
                unit=unit,
                maximum=goal,
                value=escape(f"{t.meter_value:g}"),
                bounds=f' optimum="0" high="{goal}"' if t.is_limit else f' low="{goal}" optimum="{goal}"',
                percent=int(t.percent),
                status=escape(t.status),
            )
        )
    return mark_safe("".join(out))  # every interpolated value is escaped above


def amount_text(entry: DiaryEntry) -> str:
    """ "1 cup (244 g)", "150 g" or "Quick add"."""
    if entry.grams is None:
        return "Quick add"
    text = f"{entry.amount:.2f}".rstrip("0").rstrip(".") + f" {entry.portion_label}"
    return text if entry.portion_label == "g" else f"{text} ({entry.grams:.0f} g)"


@lru_cache(maxsize=64)
def _blank_form_html(
    form_class: type[forms.Form], prefix: str, initial: tuple[tuple[str, object], ...], language: str | None
) -> SafeString:
    return mark_safe(str(form_class(prefix=prefix, initial=dict(initial))))  # the form renderer's own output


def form_html(form: forms.Form | None, form_class: type[forms.Form], prefix: str, **initial: object) -> SafeString:
    """``form`` as markup, or a blank ``form_class`` with ``initial`` values when ``form`` is None.

    A blank form's markup depends only on its class, prefix, initial values and
    language, so it is rendered once and reused: the two forms of the day page
    otherwise cost a fifth of its rendering time.
    """
    if form is not None:
        return mark_safe(str(form))
    return _blank_form_html(form_class, prefix, tuple(sorted(initial.items())), translation.get_language())


def day_context(request: HttpRequest, day: date, **extra: object) -> dict[str, object]:
    user = member(request)
    nav = nav_days(day)  # the day before, the day after, and today
    summary = day_summary(user=user, day=day, today=nav["today"])
    quick_form, copy_form = extra.pop("quick_form", None), extra.pop("copy_form", None)
    assert quick_form is None or isinstance(quick_form, QuickAddForm)
    assert copy_form is None or isinstance(copy_form, CopyForm)
    csrf_input = format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', get_token(request))
    recently_deleted = [e for e in summary.deleted if e.deleted_at and e.deleted_at > timezone.now() - UNDO_WINDOW]
    return {
        "day": day,
        "summary": summary,
        "undo": recently_deleted[-1] if recently_deleted else None,
        "yesterday": nav["previous_day"],
        "meal_choices": Meal.choices,
        "csrf_input": csrf_input,
        # reversed once here: the template would reverse the per-meal ones four times
        "urls": {
            "previous_day": reverse("diary:day", kwargs={"day": nav["previous_day"]}),
            "next_day": reverse("diary:day", kwargs={"day": nav["next_day"]}),
            "today": reverse("diary:today"),
            "add_food": reverse("diary:add_food", kwargs={"day": day}),
            "copy": reverse("diary:copy", kwargs={"day": day}),
            "quick_add": reverse("diary:quick_add", kwargs={"day": day}),
            "exercise": reverse("diary:exercise"),
        },
        # (block, its table rows as markup) for each meal
        "meal_tables": meal_tables(summary.meals, csrf_input),
        "target_table_rows": target_table_rows(summary.target_rows),
        "quick_form": form_html(quick_form, QuickAddForm, "quick", meal=Meal.SNACKS),
        "copy_form": form_html(copy_form, CopyForm, "copy", from_day=day, to_day=nav["next_day"]),
        **nav,
        **extra,
    }


def render_day(request: HttpRequest, day: date, *, status: int = 200, **extra: object) -> HttpResponse:
    if is_htmx(request):
        # htmx does not swap 4xx answers by default; the fragment carries its own error summary.
        return render(request, "diary/_day.html", day_context(request, day, **extra))
    return render(request, "diary/day.html", day_context(request, day, **extra), status=status)


def after_change(request: HttpRequest, day: date, anchor: str = "") -> HttpResponse:
    """Post/redirect/get for plain posts; the updated day fragment for htmx."""
    url = reverse("diary:day", kwargs={"day": day})
    if is_htmx(request):
        response = render_day(request, day)
        # The address bar shows the day, not the action's URL (htmx would push that for boosted forms).
        response["HX-Push-Url"] = url
        return response
    return redirect(f"{url}#{anchor}" if anchor else url)


def _check_viewable(day: date) -> None:
    if day > today() + timedelta(days=MAX_DAYS_AHEAD) or day.year < 1900:
        raise Http404("No diary page for that date.")


@require_GET
def today_page(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return render(request, "diary/visitor.html")
    jump = request.GET.get("date")
    if jump:
        try:
            return redirect("diary:day", day=date.fromisoformat(jump))
        except ValueError:
            messages.error(request, f"{jump!r} is not a date like 2025-01-31.")
    return render_day(request, today())


@login_required
@require_GET
def day_page(request: HttpRequest, day: date) -> HttpResponse:
    _check_viewable(day)
    return render_day(request, day)


@login_required
@require_POST
def quick_add(request: HttpRequest, day: date) -> HttpResponse:
    form = QuickAddForm(request.POST, prefix="quick")
    if form.is_valid():
        data = form.cleaned_data
        try:
            entry = entry_services.diary_entry_quick_add(
                user=member(request),
                day=day,
                meal=data["meal"],
                kcal=data["kcal"],
                protein_g=data["protein_g"],
                carbs_g=data["carbs_g"],
                fat_g=data["fat_g"],
                description=data["description"],
                today=today(),
            )
        except DiaryError as error:
            add_service_error(form, error)
        else:
            messages.success(request, f"Added {entry.kcal:.0f} kcal to {Meal(entry.meal).label}.")
            return after_change(request, day, entry.meal)
    return render_day(request, day, status=400, quick_form=form)


@login_required
@require_POST
def copy_entries(request: HttpRequest, day: date) -> HttpResponse:
    form = CopyForm(request.POST, prefix="copy")
    if form.is_valid():
        data = form.cleaned_data
        try:
            copied = entry_services.diary_copy(
                user=member(request),
                from_day=data["from_day"],
                to_day=data["to_day"],
                meal=data["meal"] or None,
                today=today(),
            )
        except DiaryError as error:
            add_service_error(form, error)
        else:
            what = Meal(data["meal"]).label.lower() if data["meal"] else "day"
            messages.success(
                request,
                f"Copied {len(copied)} item{'s' if len(copied) != 1 else ''} ({what}) to {data['to_day']:%A %B %-d}.",
            )
            return after_change(request, data["to_day"])
    return render_day(request, day, status=400, copy_form=form)


def _entry(request: HttpRequest, entry_id: int, *, include_deleted: bool = False) -> DiaryEntry:
    try:
        return entry_services.entry_of(user=member(request), entry_id=entry_id, include_deleted=include_deleted)
    except DiaryEntry.DoesNotExist:
        raise Http404("No such diary entry.") from None


@login_required
@require_POST
def entry_delete(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = _entry(request, entry_id)
    entry_services.diary_entry_delete(user=member(request), entry_id=entry.pk)
    messages.info(request, f"Deleted {entry.description}.")
    return after_change(request, entry.day, "undo")


@login_required
@require_POST
def entry_undo(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = _entry(request, entry_id, include_deleted=True)
    entry_services.diary_entry_restore(user=member(request), entry_id=entry.pk)
    messages.success(request, f"Brought back {entry.description}.")
    return after_change(request, entry.day, entry.meal)


@login_required
@require_POST
def entry_move(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = _entry(request, entry_id)
    form = MoveForm(request.POST)
    if form.is_valid():
        entry_services.diary_entry_move(user=member(request), entry_id=entry.pk, meal=form.cleaned_data["meal"])
        messages.success(request, f"Moved {entry.description} to {Meal(form.cleaned_data['meal']).label}.")
        return after_change(request, entry.day, form.cleaned_data["meal"])
    messages.error(request, "Choose breakfast, lunch, dinner or snacks.")
    return after_change(request, entry.day, entry.meal)


@login_required
@require_http_methods(["GET", "POST"])
def entry_edit(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = _entry(request, entry_id)
    form = EditEntryForm(
        request.POST or None, initial={"meal": entry.meal, "amount": entry.amount, "kcal": round(entry.kcal)}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            entry_services.diary_entry_update(
                user=member(request), entry_id=entry.pk, meal=data["meal"], amount=data["amount"], kcal=data["kcal"]
            )
        except DiaryError as error:
            add_service_error(form, error)
        else:
            messages.success(request, f"Saved {entry.description}.")
            return redirect(f"{reverse('diary:day', kwargs={'day': entry.day})}#{data['meal']}")
    if entry.kind == EntryKind.QUICK:
        del form.fields["amount"]
    else:
        del form.fields["kcal"]
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "diary/entry_edit.html", {"entry": entry, "form": form}, status=status)
