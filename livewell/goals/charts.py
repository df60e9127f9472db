"""Server-side SVG charts for the result page (no JavaScript; CSP-safe).

Each chart has a ``<title>`` and ``<desc>`` and is drawn next to a table with the same
numbers, which is the text alternative.  All text is escaped here.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from django.utils.safestring import SafeString, mark_safe

# Colours from site.css's palette; each has at least 3:1 contrast on white.
BLUE = "#0b4f8a"
BROWN = "#7a3e00"
GREEN = "#1d6b2c"
GREY = "#4a4a4a"


@dataclass(frozen=True, slots=True)
class Segment:
    label: str
    percent: float
    grams: int
    colour: str


def macro_bar(segments: list[Segment], *, title: str) -> SafeString:
    """A 100 % stacked bar of the energy split, each part labelled with its share."""
    width, height, bar_top, bar_height = 640, 130, 10, 56
    parts = []
    x = 0.0
    for segment in segments:
        w = width * segment.percent / 100
        label_x = x + w / 2
        parts.append(
            f'<rect x="{x:.1f}" y="{bar_top}" width="{w:.1f}" height="{bar_height}" fill="{segment.colour}"/>'
            f'<text x="{label_x:.1f}" y="{bar_top + bar_height / 2 + 7:.1f}" text-anchor="middle" '
            f'fill="#ffffff" font-size="20" font-weight="700">{segment.percent:.0f}%</text>'
            f'<text x="{label_x:.1f}" y="{bar_top + bar_height + 30}" text-anchor="middle" fill="#1b1b1b" '
            f'font-size="18">{escape(segment.label)}</text>'
            f'<text x="{label_x:.1f}" y="{bar_top + bar_height + 54}" text-anchor="middle" fill="#1b1b1b" '
            f'font-size="18">{segment.grams} g</text>'
        )
        x += w
    desc = "; ".join(f"{s.label} {s.percent:.0f}% of energy, {s.grams} g" for s in segments)
    # Safe: every interpolated text is escaped above, the rest is numbers.
    return mark_safe(
        f'<svg class="chart chart-macros" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="macro-title macro-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="macro-title">{escape(title)}</title><desc id="macro-desc">{escape(desc)}</desc>'
        f"{''.join(parts)}</svg>"
    )


def _nice_step(span: float) -> float:
    for step in (0.5, 1, 2, 5, 10, 20, 25, 50, 100):
        if span / step <= 6:
            return step
    return 200.0


def projection_chart(
    *,
    weekly: list[tuple[int, float, float]],
    goal: float | None,
    unit: str,
    title: str,
) -> SafeString:
    """Two weight lines over weeks: the 3,500 kcal/lb rule (solid) and Hall's model (dashed)."""
    width, height = 720, 380
    left, right, top, bottom = 70, 20, 20, 60
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [v for _d, a, b in weekly for v in (a, b)] + ([goal] if goal is not None else [])
    low, high = min(values), max(values)
    if high - low < 1:
        low, high = low - 1, high + 1
    step = _nice_step(high - low)
    low = (low // step) * step
    high = -((-high) // step) * step
    last_day = max(weekly[-1][0], 1)

    def px(day: int) -> float:
        return left + plot_w * day / last_day

    def py(value: float) -> float:
        return top + plot_h * (high - value) / (high - low)

    grid = []
    tick = low
    while tick <= high + 1e-9:
        y = py(tick)
        grid.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="#c9d0d6"/>'
            f'<text x="{left - 8}" y="{y + 6:.1f}" text-anchor="end" font-size="16" fill="#1b1b1b">{tick:g}</text>'
        )
        tick += step
    weeks_total = last_day / 7
    week_step = next(s for s in (1, 2, 4, 8, 13, 26, 52) if weeks_total / s <= 8)
    week = 0
    while week * 7 <= last_day:
        x = px(week * 7)
        grid.append(
            f'<text x="{x:.1f}" y="{top + plot_h + 24}" text-anchor="middle" font-size="16" '
            f'fill="#1b1b1b">{week}</text>'
        )
        week += week_step
    linear = " ".join(f"{px(d):.1f},{py(a):.1f}" for d, a, _b in weekly)
    dynamic = " ".join(f"{px(d):.1f},{py(b):.1f}" for d, _a, b in weekly)
    goal_line = ""
    if goal is not None:
        gy = py(goal)
        label_y = gy + 20 if gy + 20 < top + plot_h - 4 else gy - 8  # below the line unless at the bottom
        goal_line = (
            f'<line x1="{left}" x2="{left + plot_w}" y1="{gy:.1f}" y2="{gy:.1f}" stroke="{GREEN}" '
            f'stroke-width="2" stroke-dasharray="2 6"/>'
            f'<text x="{left + 8}" y="{label_y:.1f}" font-size="16" '
            f'fill="{GREEN}">Goal {goal:.1f} {escape(unit)}</text>'
        )
    end_day, end_linear, end_dynamic = weekly[-1]
    desc = (
        f"Start {weekly[0][1]:.1f} {unit}. After {end_day // 7} weeks: {end_linear:.1f} {unit} by the "
        f"3,500 kcal per pound rule, {end_dynamic:.1f} {unit} by the dynamic model."
        + (f" Goal {goal:.1f} {unit}." if goal is not None else "")
    )
    # Safe: every interpolated text is escaped above, the rest is numbers.
    return mark_safe(
        f'<svg class="chart chart-projection" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="projection-title projection-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="projection-title">{escape(title)}</title><desc id="projection-desc">{escape(desc)}</desc>'
        f"{''.join(grid)}"
        f'<line x1="{left}" x2="{left}" y1="{top}" y2="{top + plot_h}" stroke="{GREY}"/>'
        f'<line x1="{left}" x2="{left + plot_w}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="{GREY}"/>'
        f'<text x="{left + plot_w / 2}" y="{height - 8}" text-anchor="middle" font-size="16" '
        f'fill="#1b1b1b">Weeks from today</text>'
        f'<text x="16" y="{top + plot_h / 2}" text-anchor="middle" font-size="16" fill="#1b1b1b" '
        f'transform="rotate(-90 16 {top + plot_h / 2})">Weight ({escape(unit)})</text>'
        f"{goal_line}"
        f'<polyline points="{linear}" fill="none" stroke="{BLUE}" stroke-width="3"/>'
        f'<polyline points="{dynamic}" fill="none" stroke="{BROWN}" stroke-width="3" stroke-dasharray="10 6"/>'
        f"</svg>"
    )
