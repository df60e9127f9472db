"""Number formatting for the tracker pages."""

from __future__ import annotations

from django import template

from livewell.lib.units import kg_to_lb

register = template.Library()


@register.filter
def kcal(value: float | None) -> str:
    """Whole kilocalories with thousands separators; rounding half away from zero."""
    if value is None:
        return "—"
    rounded = int(abs(value) + 0.5) * (1 if value >= 0 else -1)
    return f"{rounded:,}".replace("-", "\u2212")


@register.filter
def amount(value: float | None) -> str:
    """Nutrient amounts: whole numbers from 10 up, one decimal below."""
    if value is None:
        return "—"
    return f"{value:,.0f}" if abs(value) >= 10 else f"{value:.1f}"


@register.filter
def absolute(value: float) -> float:
    return abs(value)


@register.filter
def weight(kg: float | None, units: str = "us") -> str:
    """A weight in the member's units: "154.3 lb" or "70.0 kg"."""
    if kg is None:
        return "—"
    return f"{kg:.1f} kg" if units == "metric" else f"{kg_to_lb(kg):.1f} lb"
