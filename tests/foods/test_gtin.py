from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livewell.foods.gtin import GtinError, check_digit, normalise


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
