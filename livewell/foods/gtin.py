"""GTIN / UPC / EAN barcodes (pure Python, no Django).

A barcode printed as UPC-A (12 digits), EAN-13 (13), EAN-8 (8) or GTIN-14 (14)
is the same number with different zero padding: GS1 defines every GTIN as a
14-digit number right-aligned with leading zeros.  We store and look up the
14-digit form.  The last digit is a check digit: weights 3,1,3,1,... from the
right-most data digit, and the check digit brings the sum to a multiple of 10
(GS1 General Specifications, "GS1 check digit calculation").
"""

from __future__ import annotations

VALID_LENGTHS = (8, 12, 13, 14)


class GtinError(ValueError):
    """A barcode that cannot be a GTIN; the message says why in plain words."""


def check_digit(data_digits: str) -> int:
    """The GS1 check digit for the digits before it."""
    total = 0
    for position, char in enumerate(reversed(data_digits)):
        total += int(char) * (3 if position % 2 == 0 else 1)
    return (10 - total % 10) % 10


def normalise(raw: str) -> str:
    """The 14-digit GTIN for a scanned or typed barcode; raises GtinError."""
    digits = "".join(raw.split()).replace("-", "")
    if not digits:
        raise GtinError("Enter a barcode number.")
    if not digits.isdigit():
        raise GtinError("A barcode has only digits (0-9).")
    if len(digits) not in VALID_LENGTHS:
        raise GtinError(
            f"A barcode has 8, 12, 13 or 14 digits (EAN-8, UPC-A, EAN-13 or GTIN-14); this one has {len(digits)}."
        )
    expected = check_digit(digits[:-1])
    if int(digits[-1]) != expected:
        raise GtinError(
            f"The check digit of {digits} is wrong (the last digit should be {expected}): please check the number."
        )
    return digits.zfill(14)


def normalise_stored(raw: str) -> str | None:
    """Best-effort 14-digit form of a barcode from a data file, without the check-digit test.

    USDA's branded file holds some codes with a wrong check digit or odd
    lengths; we keep them findable by their padded digits rather than drop them.
    """
    digits = "".join(ch for ch in raw if ch.isdigit())
    if not digits or len(digits) > 14:
        return None
    return digits.zfill(14)
