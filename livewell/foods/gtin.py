"""GTIN / UPC / EAN barcodes (pure Python, no Django).

A barcode printed as UPC-A (12 digits), EAN-13 (13), EAN-8 (8) or GTIN-14 (14)
is the same number with different zero padding: GS1 defines every GTIN as a
14-digit number right-aligned with leading zeros.  We store and look up the
14-digit form.  The last digit is a check digit: weights 3,1,3,1,... from the
right-most data digit, and the check digit brings the sum to a multiple of 10
(GS1 General Specifications, "GS1 check digit calculation").

Small packs in North America carry UPC-E, an 8-digit zero-suppressed form of
a UPC-A number; it has the same length as EAN-8, so an 8-digit code is looked
up both ways (``lookup_forms``).
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


def _digits(raw: str) -> str:
    digits = "".join(raw.split()).replace("-", "")
    if not digits:
        raise GtinError("Enter a barcode number.")
    if not digits.isdigit():
        raise GtinError("A barcode has only digits (0-9).")
    if len(digits) not in VALID_LENGTHS:
        raise GtinError(
            "A barcode has 8, 12, 13 or 14 digits (EAN-8 or UPC-E, UPC-A, EAN-13 or GTIN-14); "
            f"this one has {len(digits)}."
        )
    return digits


def normalise(raw: str) -> str:
    """The 14-digit GTIN for a scanned or typed barcode; raises GtinError."""
    digits = _digits(raw)
    expected = check_digit(digits[:-1])
    if int(digits[-1]) != expected:
        raise GtinError(
            f"The check digit of {digits} is wrong (the last digit should be {expected}): please check the number."
        )
    return digits.zfill(14)


def upc_e_to_upc_a(upc_e: str) -> str | None:
    """The 12-digit UPC-A a UPC-E code stands for, or None if it is not a valid UPC-E.

    GS1 zero suppression: number system 0 or 1, six data digits d1..d6, check
    digit.  d6 says where the zeros went: 0-2 ``d1 d2 d6 0000 d3 d4 d5``;
    3 ``d1 d2 d3 00000 d4 d5``; 4 ``d1 d2 d3 d4 00000 d5``; 5-9
    ``d1 d2 d3 d4 d5 0000 d6``.  The check digit is the UPC-A's.
    """
    if len(upc_e) != 8 or not upc_e.isdigit() or upc_e[0] not in "01":
        return None
    system, d, check = upc_e[0], upc_e[1:7], upc_e[7]
    last = int(d[5])
    if last <= 2:
        body = d[0:2] + d[5] + "0000" + d[2:5]
    elif last == 3:
        body = d[0:3] + "00000" + d[3:5]
    elif last == 4:
        body = d[0:4] + "00000" + d[4]
    else:
        body = d[0:5] + "0000" + d[5]
    upc_a = system + body + check
    return upc_a if check_digit(upc_a[:-1]) == int(check) else None


def lookup_forms(raw: str) -> list[str]:
    """Every 14-digit GTIN a typed barcode can mean, most likely first; raises GtinError.

    One form for 12, 13 or 14 digits.  Eight digits may be an EAN-8 or a UPC-E:
    each reading whose check digit holds is returned.
    """
    digits = _digits(raw)
    if len(digits) != 8:
        return [normalise(digits)]
    forms = []
    if check_digit(digits[:-1]) == int(digits[-1]):
        forms.append(digits.zfill(14))
    upc_a = upc_e_to_upc_a(digits)
    if upc_a is not None:
        forms.append(upc_a.zfill(14))
    if not forms:
        normalise(digits)  # raises with the EAN-8 check digit explained
    return forms


def normalise_stored(raw: str) -> str | None:
    """Best-effort 14-digit form of a barcode from a data file, without the check-digit test.

    USDA's branded file holds some codes with a wrong check digit or odd
    lengths; we keep them findable by their padded digits rather than drop them.
    """
    digits = "".join(ch for ch in raw if ch.isdigit())
    if not digits or len(digits) > 14:
        return None
    return digits.zfill(14)
