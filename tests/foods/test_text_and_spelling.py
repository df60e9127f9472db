from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from livewell.foods.spelling import Speller, distance
from livewell.foods.text import alternatives, fold


def test_folding_removes_accents_case_and_punctuation() -> None:
    assert fold("Jalapeño peppers, RAW (canned) 2%") == "jalapeno peppers raw canned 2"
    assert fold("Crème brûlée") == "creme brulee"


def test_plural_queries_also_look_for_the_singular() -> None:
    assert "egg" in alternatives("eggs")
    assert "tomato" in alternatives("tomatoes")
    assert "berr" in alternatives("berries")
    assert alternatives("glass") == ("glass",)


def test_everyday_misspellings_are_corrected_to_the_known_word() -> None:
    speller = Speller([("broccoli", 12), ("bananas", 30), ("banana", 20), ("yogurt", 40), ("butter", 50)])
    assert speller.correct("brocoli") == "broccoli"
    assert speller.correct("bannana") == "banana"
    assert speller.correct("yoghurt") == "yogurt"
    assert speller.correct("buttre") == "butter"  # a swap of two letters is one edit


def test_short_and_unknown_words_are_not_forced_into_something_else() -> None:
    speller = Speller([("tea", 10), ("pea", 10), ("peas", 5)])
    assert speller.correct("sea") is None
    assert speller.correct("xylophone") is None


@given(st.text(alphabet="abcde", max_size=8), st.text(alphabet="abcde", max_size=8))
def test_edit_distance_is_symmetric_and_zero_only_for_equal_words(a: str, b: str) -> None:
    assert distance(a, b) == distance(b, a)
    assert (distance(a, b) == 0) == (a == b)
    assert distance(a, b) <= max(len(a), len(b))
