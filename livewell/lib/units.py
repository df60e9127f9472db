"""Unit conversions (exact definitions, NIST Handbook 44 Appendix C)."""

from __future__ import annotations

KG_PER_LB = 0.45359237  # international avoirdupois pound, exact
CM_PER_INCH = 2.54  # international inch, exact
LB_PER_KG = 1 / KG_PER_LB


def lb_to_kg(pounds: float) -> float:
    return pounds * KG_PER_LB


def kg_to_lb(kilograms: float) -> float:
    return kilograms / KG_PER_LB


def ft_in_to_cm(feet: float, inches: float) -> float:
    return (feet * 12 + inches) * CM_PER_INCH


def cm_to_ft_in(centimetres: float) -> tuple[int, float]:
    total_inches = centimetres / CM_PER_INCH
    feet = int(total_inches // 12)
    return feet, total_inches - feet * 12
