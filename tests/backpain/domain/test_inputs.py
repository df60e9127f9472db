from __future__ import annotations

from typing import Any

import pytest

from livewell.backpain.domain.inputs import Duration, GuideInputError, parse_guide_input

VALID: dict[str, Any] = {"age": 70, "sex": "female", "duration": "acute", "pain": 6}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"age": None}, "age"),
        ({"age": 17}, "age"),
        ({"age": "seventy"}, "age"),
        ({"pain": 11}, "pain"),
        ({"pain": 5.5}, "pain"),
        ({"sex": "other"}, "sex"),
        ({"duration": "forever"}, "duration"),
        ({"red_flags": ["headache"]}, "red_flags"),
        ({"known_op": "yes"}, "known_op"),
        ({"crcl": -1}, "crcl"),
        ({"medicines": [{"name": ""}]}, "medicines[0].name"),
        ({"medicines": [{"name": "ibuprofen", "dose": 1}]}, "medicines[0].dose"),
        ({"favourite_colour": "blue"}, "favourite_colour"),
    ],
)
def test_bad_values_are_reported_with_the_field_name(change: dict[str, Any], field: str) -> None:
    with pytest.raises(GuideInputError) as caught:
        parse_guide_input({**VALID, **change})
    assert caught.value.field == field


def test_non_object_input_is_refused() -> None:
    with pytest.raises(GuideInputError, match="JSON object"):
        parse_guide_input([1, 2])


def test_unknown_medicine_names_are_kept_and_reported() -> None:
    parsed = parse_guide_input({**VALID, "medicines": ["Eliquis", "vitamin D"]})
    assert parsed.duration is Duration.ACUTE
    assert parsed.unrecognised == ("vitamin D",)
    assert parsed.patient.medicines[0].generics == ("apixaban",)
