"""Server-side SVG charts: accessible names, escaped text, no inline styles (strict CSP)."""

from __future__ import annotations

from datetime import date, timedelta

from livewell.diary.domain.charts import Bars, Chart, Series, render_svg

START = date(2025, 3, 1)


def test_line_chart_has_title_description_and_points() -> None:
    points = [(START + timedelta(days=i), 70 - i * 0.1) for i in range(10)]
    svg = render_svg(
        Chart(
            title="Weight <kg>",
            description="Ten days & a goal",
            unit="kg",
            start=START,
            end=START + timedelta(days=9),
            lines=[Series("Weight", points, dots=True)],
            reference=65,
            reference_label="Goal",
        ),
        chart_id="w",
    )
    assert svg.startswith('<svg class="chart"')
    assert 'role="img" aria-labelledby="w-t w-d"' in svg
    assert '<title id="w-t">Weight &lt;kg&gt;</title>' in svg
    assert '<desc id="w-d">Ten days &amp; a goal</desc>' in svg
    assert svg.count("<circle") == 10
    assert "style=" not in svg
    assert "<script" not in svg


def test_bar_chart_starts_at_zero_and_draws_the_target_line() -> None:
    svg = render_svg(
        Chart(
            title="Calories",
            description="",
            unit="kcal",
            start=START,
            end=START + timedelta(days=6),
            bars=Bars("kcal", [(START, 1500.0), (START + timedelta(days=2), 2100.0)]),
            reference=1800,
        ),
        chart_id="c",
    )
    assert svg.count("<rect") == 2
    assert 'stroke-dasharray="8 5"' in svg  # the target
    assert ">0</text>" in svg


def test_empty_chart_still_renders() -> None:
    svg = render_svg(Chart(title="Nothing yet", description="No data", unit="mg", start=START, end=START), chart_id="e")
    assert "<title" in svg
    assert svg.endswith("</svg>")
