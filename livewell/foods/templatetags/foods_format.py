"""Readable nutrient amounts: at most two decimals, no trailing zeros, kcal as whole numbers."""

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def amount(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = f"{value:.0f}" if unit == "kcal" else f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{text} {unit}".strip()
