"""Server-side SVG line charts for the pain journal and the clinician summary.

No JavaScript (CSP-safe).  Each chart has ``<title>`` and ``<desc>``, and the pages show
a table with the same numbers as its text alternative.  All text is escaped here.
"""

from __future__ import annotations

from datetime import date
from html import escape

from django.utils.safestring import SafeString, mark_safe

LINE = "#0b4f8a"
GRID = "#c9d0d6"
TEXT = "#1b1b1b"
WIDTH, HEIGHT = 720, 280
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 40


def _x(day: date, start: date, end: date) -> float:
    span = max((end - start).days, 1)
    return LEFT + (WIDTH - LEFT - RIGHT) * (day - start).days / span


def _y(value: float, low: float, high: float) -> float:
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value - low) / (high - low))


def line_chart(
    points: list[tuple[date, float]],
    *,
    start: date,
    end: date,
    low: float,
    high: float,
    ticks: list[float],
    chart_id: str,
    title: str,
    unit: str,
) -> SafeString:
    """A line through (day, value) points between two dates, with a labelled value axis."""
    parts: list[str] = []
    for tick in ticks:
        y = _y(tick, low, high)
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" stroke="{GRID}"/>')
        parts.append(
            f'<text x="{LEFT - 8}" y="{y + 6:.1f}" text-anchor="end" font-size="16" fill="{TEXT}">{tick:g}</text>'
        )
    for day, anchor in ((start, "start"), (end, "end")):
        parts.append(
            f'<text x="{_x(day, start, end):.1f}" y="{HEIGHT - 10}" text-anchor="{anchor}" font-size="16" '
            f'fill="{TEXT}">{day:%b} {day.day}</text>'
        )
    coords = [(_x(day, start, end), _y(value, low, high)) for day, value in points]
    if len(coords) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{LINE}" stroke-width="3"/>')
    parts += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{LINE}"/>' for x, y in coords]
    if points:
        desc = "; ".join(f"{day:%b} {day.day}: {value:.1f} {unit}" for day, value in points)
    else:
        desc = "No readings in this period."
    # Safe: interpolated text is escaped, the rest is numbers we formatted.
    return mark_safe(
        f'<svg class="chart" id="{escape(chart_id)}" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{escape(chart_id)}-title {escape(chart_id)}-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>'
        f'<desc id="{escape(chart_id)}-desc">{escape(desc)}</desc>{"".join(parts)}</svg>'
    )


def pain_chart(points: list[tuple[date, float]], *, start: date, end: date, chart_id: str = "pain-chart") -> SafeString:
    return line_chart(
        points,
        start=start,
        end=end,
        low=0,
        high=10,
        ticks=[0, 2, 4, 6, 8, 10],
        chart_id=chart_id,
        title=f"Average daily pain, {start:%b} {start.day} to {end:%b} {end.day} (0 to 10)",
        unit="out of 10",
    )


def weight_chart(points: list[tuple[date, float]], *, start: date, end: date, unit: str) -> SafeString:
    values = [value for _day, value in points] or [0.0]
    low, high = min(values), max(values)
    pad = max((high - low) * 0.2, 1.0)
    low, high = low - pad, high + pad
    step = (high - low) / 4
    return line_chart(
        points,
        start=start,
        end=end,
        low=low,
        high=high,
        ticks=[round(low + step * i, 1) for i in range(5)],
        chart_id="weight-chart",
        title=f"Weight, {start:%b} {start.day} to {end:%b} {end.day} ({unit})",
        unit=unit,
    )
