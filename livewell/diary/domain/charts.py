"""Server-side SVG charts (no JavaScript, no network).

Each chart carries a ``<title>`` and ``<desc>`` for screen readers; the pages
also show the same numbers as a table.  Only SVG presentation attributes are
used (no ``style``), so the strict Content Security Policy holds.  Pure
Python: text goes through ``html.escape``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from html import escape

WIDTH, HEIGHT = 720, 300
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 16, 40
COLOURS = {"actual": "#0b4f8a", "target": "#7a3e00", "trend": "#1d6b2c", "projection": "#8a5300"}


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    points: Sequence[tuple[date, float]]
    colour: str = COLOURS["actual"]
    dashed: bool = False
    dots: bool = False


@dataclass(frozen=True, slots=True)
class Bars:
    name: str
    points: Sequence[tuple[date, float]]
    colour: str = COLOURS["actual"]


@dataclass
class Chart:
    title: str
    description: str
    unit: str
    start: date
    end: date
    lines: list[Series] = field(default_factory=list)
    bars: Bars | None = None
    reference: float | None = None  # a horizontal line such as the calorie target
    reference_label: str = ""


def _nice_step(span: float) -> float:
    """A round grid step giving about five lines over ``span``."""
    raw = span / 5 if span > 0 else 1.0
    magnitude: float = 10.0 ** math.floor(math.log10(raw))
    for step in (1.0, 2.0, 2.5, 5.0):
        if raw <= step * magnitude:
            return step * magnitude
    return 10.0 * magnitude


def _bounds(chart: Chart) -> tuple[float, float]:
    values = [v for s in chart.lines for _, v in s.points]
    if chart.bars is not None:
        values += [v for _, v in chart.bars.points] + [0.0]
    if chart.reference is not None:
        values.append(chart.reference)
    if not values:
        return 0.0, 1.0
    low, high = min(values), max(values)
    if chart.bars is None:
        pad = max((high - low) * 0.1, 1.0)
        low, high = low - pad, high + pad
    else:
        high *= 1.08
    step = _nice_step(high - low)
    return math.floor(low / step) * step, math.ceil(high / step) * step


def render_svg(chart: Chart, *, chart_id: str) -> str:
    low, high = _bounds(chart)
    days = max((chart.end - chart.start).days, 1)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: date) -> float:
        return LEFT + plot_w * (day - chart.start).days / days

    def y(value: float) -> float:
        return TOP + plot_h * (1 - (value - low) / ((high - low) or 1.0))

    out = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="{chart_id}-t {chart_id}-d" '
        f'xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="13">',
        f'<title id="{chart_id}-t">{escape(chart.title)}</title>',
        f'<desc id="{chart_id}-d">{escape(chart.description)}</desc>',
    ]
    step = _nice_step(high - low)
    tick = low
    while tick <= high + 1e-9:
        ty = y(tick)
        out.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{ty:.1f}" y2="{ty:.1f}" stroke="#d5dade"/>')
        out.append(f'<text x="{LEFT - 6}" y="{ty + 4:.1f}" text-anchor="end" fill="#333">{tick:,.0f}</text>')
        tick += step
    out.append(f'<text x="4" y="{TOP + 4}" fill="#333">{escape(chart.unit)}</text>')
    for label_day in (chart.start, chart.end):
        anchor = "start" if label_day == chart.start else "end"
        out.append(
            f'<text x="{x(label_day):.1f}" y="{HEIGHT - 12}" text-anchor="{anchor}" fill="#333">'
            f"{label_day:%b} {label_day.day}</text>"
        )
    if chart.bars is not None:
        width = max(plot_w / (days + 1) * 0.7, 1.0)
        for day, value in chart.bars.points:
            top = y(value)
            out.append(
                f'<rect x="{x(day) - width / 2:.1f}" y="{top:.1f}" width="{width:.1f}" '
                f'height="{max(y(max(low, 0.0)) - top, 0):.1f}" fill="{chart.bars.colour}"/>'
            )
    if chart.reference is not None:
        ry = y(chart.reference)
        out.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{ry:.1f}" y2="{ry:.1f}" '
            f'stroke="{COLOURS["target"]}" stroke-width="2.5" stroke-dasharray="8 5"/>'
        )
        if chart.reference_label:
            out.append(
                f'<text x="{WIDTH - RIGHT - 4}" y="{ry - 6:.1f}" text-anchor="end" fill="{COLOURS["target"]}">'
                f"{escape(chart.reference_label)}</text>"
            )
    for series in chart.lines:
        if not series.points:
            continue
        path = " ".join(f"{x(d):.1f},{y(v):.1f}" for d, v in series.points)
        dash = ' stroke-dasharray="6 4"' if series.dashed else ""
        out.append(f'<polyline points="{path}" fill="none" stroke="{series.colour}" stroke-width="2.5"{dash}/>')
        if series.dots:
            out.extend(
                f'<circle cx="{x(d):.1f}" cy="{y(v):.1f}" r="3" fill="{series.colour}"/>' for d, v in series.points
            )
    out.append("</svg>")
    return "".join(out)
