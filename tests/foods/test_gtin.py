from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livewell.foods.gtin import GtinError, check_digit, lookup_forms, normalise, upc_e_to_upc_a


def test_upc_a_ean_13_and_gtin_14_of_one_product_are_the_same_number() -> None:
    # UPC-A 036000291452 is printed as EAN-13 0036000291452 outside North America.
    assert normalise("036000291452") == normalise("0036000291452") == normalise("00036000291452")
    assert normalise("036000291452") == "00036000291452"


def test_spaces_and_dashes_a_person_types_are_ignored() -> None:
    assert normalise(" 0 36000 29145 2 ") == "00036000291452"
    assert normalise("036000-291452") == "00036000291452"


def test_a_wrong_check_digit_is_rejected_with_the_expected_digit() -> None:
    with pytest.raises(GtinError, match="last digit should be 2"):
        normalise("036000291453")


@pytest.mark.parametrize(
    ("raw", "message"),
    [("", "Enter a barcode"), ("03600029145X", "only digits"), ("12345", "8, 12, 13 or 14 digits")],
)
def test_impossible_barcodes_get_a_clear_message(raw: str, message: str) -> None:
    with pytest.raises(GtinError, match=message):
        normalise(raw)


@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_any_upc_with_its_check_digit_is_accepted_in_every_padding(data: str) -> None:
    upc = data + str(check_digit(data))
    assert normalise(upc) == normalise("0" + upc) == normalise("00" + upc)


@given(st.text(alphabet="0123456789", min_size=12, max_size=12), st.integers(min_value=1, max_value=9))
def test_changing_the_check_digit_always_fails(data: str, shift: int) -> None:
    wrong = (check_digit(data) + shift) % 10
    with pytest.raises(GtinError):
        normalise(data + str(wrong))


@pytest.mark.parametrize(
    ("upc_e", "upc_a"),
    [
        ("04252614", "042100005264"),  # GS1's worked example (last digit 0-2: manufacturer ends in 00)
        # Real pairs from the USDA branded sample (gtin_upc as printed in UPC-A):
        ("02419703", "024000001973"),  # Del Monte Foods, FDC 363867 (last digit 3)
        ("00942782", "009427000082"),  # Urban Farmer, FDC 939128 (last digit 4)
        ("07323247", "073230000027"),  # Crown Prince, FDC 361882 (last digit 0-2)
        ("04679716", "046100007976"),  # Sargento Foods, FDC 960909 (last digit 5-9)
    ],
)
def test_upc_e_expands_to_the_upc_a_it_stands_for(upc_e: str, upc_a: str) -> None:
    assert upc_e_to_upc_a(upc_e) == upc_a
    assert upc_a.zfill(14) in lookup_forms(upc_e)


def test_an_eight_digit_code_is_read_as_ean_8_and_as_upc_e_where_each_check_digit_holds() -> None:
    assert lookup_forms("96385074") == ["00000096385074"]  # an EAN-8 (starts with 9: cannot be UPC-E)
    assert lookup_forms("04252614") == ["00042100005264"]  # only the UPC-E reading checks out
    with pytest.raises(GtinError, match="check digit"):
        lookup_forms("04252615")


@given(st.text(alphabet="0123456789", min_size=7, max_size=7).filter(lambda d: d[0] in "01"))
def test_every_upc_e_expansion_is_a_valid_upc_a(data: str) -> None:
    # Try each check digit: exactly one makes a UPC-E whose expansion has a valid check digit.
    valid = [upc_e_to_upc_a(data + str(digit)) for digit in range(10)]
    expanded = [code for code in valid if code is not None]
    assert len(expanded) == 1
    assert normalise(expanded[0]) == expanded[0].zfill(14)
