"""Readable nutrient amounts: precision that suits the size, no trailing zeros, kcal as whole numbers."""

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def amount(value: float | None, unit: str = "") -> str:
    """275.72 mg -> "276 mg", 12.32 g -> "12.3 g", 3.15 g -> "3.15 g"; None -> "—" (not reported)."""
    if value is None:
        return "—"
    decimals = 0 if unit == "kcal" or value >= 100 else 1 if value >= 10 else 2
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{text} {unit}".strip()
