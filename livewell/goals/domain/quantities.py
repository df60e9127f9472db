"""Parse heights and weights typed by people: ``5ft4in``, ``5'4"``, ``163cm``, ``150lb``, ``68kg``.

Pure Python.  Results are SI (cm, kg) via the exact factors in ``livewell.lib.units``.
"""

from __future__ import annotations

import re

from livewell.lib.energy import EnergyInputError
from livewell.lib.units import KG_PER_LB, ft_in_to_cm

_NUMBER = r"(\d+(?:\.\d+)?)"
_HEIGHT_IMPERIAL = re.compile(rf"^{_NUMBER}\s*(?:ft|feet|foot|')\s*(?:{_NUMBER}\s*(?:in|inch|inches|\"|'')?)?$")
_HEIGHT_INCHES = re.compile(rf"^{_NUMBER}\s*(?:in|inch|inches|\")$")
_HEIGHT_METRIC = re.compile(rf"^{_NUMBER}\s*(cm|m)$")
_WEIGHT = re.compile(rf"^{_NUMBER}\s*(lb|lbs|pound|pounds|kg|kgs|kilograms?)$")


def parse_height_cm(text: str, *, field: str = "height") -> float:
    """``5ft4in``, ``5 ft 4 in``, ``5'4"``, ``64in``, ``163cm`` or ``1.63m`` -> centimetres."""
    cleaned = text.strip().lower()
    if match := _HEIGHT_IMPERIAL.match(cleaned):
        feet = float(match.group(1))
        inches = float(match.group(2) or 0)
        if inches >= 12:
            raise EnergyInputError(field, f"{text!r}: inches must be under 12 (write 6ft0in, not 5ft12in).")
        return ft_in_to_cm(feet, inches)
    if match := _HEIGHT_INCHES.match(cleaned):
        return ft_in_to_cm(0, float(match.group(1)))
    if match := _HEIGHT_METRIC.match(cleaned):
        value = float(match.group(1))
        return value * 100 if match.group(2) == "m" else value
    raise EnergyInputError(field, f"Cannot read the height {text!r}; write it like 5ft4in or 163cm.")


def parse_weight_kg(text: str, *, field: str = "weight") -> float:
    """``150lb`` or ``68kg`` -> kilograms."""
    cleaned = text.strip().lower()
    if match := _WEIGHT.match(cleaned):
        value = float(match.group(1))
        return value * KG_PER_LB if match.group(2).startswith(("lb", "pound")) else value
    raise EnergyInputError(field, f"Cannot read the weight {text!r}; write it like 150lb or 68kg.")
