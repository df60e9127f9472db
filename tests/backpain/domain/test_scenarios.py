"""The clinical test vectors of fact sheet §7, each as must-include / must-not-include ids."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livewell.backpain.domain.engine import evaluate
from livewell.backpain.domain.inputs import RED_FLAG_SYMPTOMS, parse_guide_input

# §7 defaults: no red flags, crcl 80, no drugs, no fall risk, pain 5, not on denosumab.
DEFAULTS: dict[str, Any] = {"crcl": 80, "pain": 5, "red_flags": [], "medicines": [], "fall_risk": False}

SCENARIOS: list[tuple[str, dict[str, Any], set[str], set[str]]] = [
    (
        "T1",
        {"age": 72, "sex": "female", "duration": "acute", "pain": 8, "known_op": True, "sudden_onset": True},
        {"RF-NEWFX", "M-ACTIVE", "M-PARA", "M-CALCIT", "M-SMR-NO", "M-AUG-NO", "B-TREAT", "B-CAD"},
        {"RF-CES", "M-SMR"},
    ),
    (
        "T2",
        {
            "age": 68,
            "sex": "female",
            "duration": "acute",
            "pain": 6,
            "red_flags": ["urinary_retention", "saddle_numbness"],
        },
        {"RF-CES"},
        {"M-ACTIVE", "M-PARA", "M-NSAID", "M-PT"},
    ),
    (
        "T3",
        {"age": 55, "sex": "male", "duration": "subacute", "medicines": ["warfarin"]},
        {"M-NSAID-NO", "M-PARA", "M-PT"},
        {"M-NSAID"},
    ),
    (
        "T3 with an NSAID logged",
        {"age": 55, "sex": "male", "duration": "subacute", "medicines": ["warfarin", "Advil"]},
        {"M-NSAID-NO", "A-NS-ANTICOAG", "M-PARA", "M-PT"},
        {"M-NSAID"},
    ),
    (
        "T4",
        {
            "age": 80,
            "sex": "female",
            "duration": "chronic",
            "pain": 4,
            "prior_fx": True,
            "medicines": ["alendronate"],
            "crcl": 28,
        },
        {"A-BP-CKD", "M-PT", "M-SMR-NO", "M-NSAID-NO", "B-FALL"},
        {"M-NSAID", "M-SMR"},
    ),
    (
        "T5",
        {"age": 66, "sex": "female", "duration": "acute", "pain": 9, "red_flags": ["fever", "recent_infection"]},
        {"RF-INF"},
        {"M-ACTIVE", "M-NSAID", "M-CALCIT"},
    ),
    (
        "T6",
        {
            "age": 74,
            "sex": "male",
            "duration": "acute",
            "pain": 7,
            "known_op": True,
            "medicines": [{"name": "oxycodone", "daily_dose": 20}, "lorazepam"],
        },
        {"A-OP-BZD", "A-BZD-65", "A-OP-FALL", "M-SMR-NO", "B-FALL"},
        {"A-OP-50", "A-OP-90", "M-SMR"},
    ),
    (
        "T7",
        {
            "age": 70,
            "sex": "female",
            "duration": "acute",
            "pain": 8,
            "medicines": ["lisinopril", "hydrochlorothiazide"],
            "considering": ["ibuprofen"],
        },
        {"A-NS-3W", "M-NSAID-NO", "M-CALCIT", "M-PARA"},
        {"M-NSAID"},
    ),
    (
        "T8",
        {
            "age": 62,
            "sex": "female",
            "duration": "chronic",
            "pain": 3,
            "medicines": [{"name": "Prolia", "months_since_last_dose": 8}],
        },
        {"A-DMAB-LATE", "B-DMAB", "M-PT"},
        {"M-AUG-DISC"},
    ),
    (
        "T9",
        {
            "age": 58,
            "sex": "female",
            "duration": "acute",
            "pain": 7,
            "red_flags": ["cancer_history", "night_pain"],
        },
        {"RF-CA"},
        {"M-ACTIVE", "M-NSAID", "M-AUG-NO"},
    ),
    (
        "T10",
        {
            "age": 45,
            "sex": "male",
            "duration": "acute",
            "pain": 6,
            "sudden_onset": True,
            "medicines": [{"name": "prednisone", "daily_dose": 10}],
            "gi_bleed_hx": True,
        },
        {"A-NS-STER", "A-NS-ULCER", "M-NSAID-NO", "B-STER", "RF-NEWFX"},
        {"M-NSAID", "M-SMR-NO"},
    ),
    (
        "T11",
        {
            "age": 76,
            "sex": "female",
            "duration": "chronic",
            "prior_fx": True,
            "vcf_count": 3,
            "months_since_fracture": 3,
            "considering": ["romosozumab"],
            "cvd": True,
            "recent_mi_stroke": True,
        },
        {"B-ANAB", "A-ROMO-CV", "B-TREAT"},
        {"RF-CES", "RF-NEURO", "RF-INF", "RF-CA", "RF-TRAUMA", "RF-NEWFX"},
    ),
    (
        "T12",
        {
            "age": 60,
            "sex": "female",
            "duration": "subacute",
            "pain": 4,
            "medicines": [
                {"name": "tramadol", "daily_dose": 200},
                "sertraline",
                {"name": "calcium", "daily_dose": 1200},
            ],
            "dietary_calcium_mg": 1000,
        },
        {"A-TRAM-SSRI", "A-CA-UL", "M-PT"},
        {"A-OP-50", "A-OP-90"},
    ),
]


@pytest.mark.parametrize(("inputs", "must", "must_not"), [pytest.param(s[1], s[2], s[3], id=s[0]) for s in SCENARIOS])
def test_fact_sheet_scenario(inputs: dict[str, Any], must: set[str], must_not: set[str]) -> None:
    result = evaluate(parse_guide_input({**DEFAULTS, **inputs}))

    assert must <= result.ids, f"missing {sorted(must - result.ids)}"
    assert not (must_not & result.ids), f"should not show {sorted(must_not & result.ids)}"


def test_urgent_red_flag_hides_self_care_but_keeps_medicine_alerts() -> None:
    result = evaluate(
        parse_guide_input(
            {
                "age": 70,
                "sex": "male",
                "duration": "acute",
                "pain": 8,
                "red_flags": ["major_trauma"],
                "medicines": ["oxycodone", "diazepam"],
            }
        )
    )

    assert result.urgent
    assert result.recommendations == ()
    assert "A-OP-BZD" in result.ids


def test_new_fracture_flag_is_not_urgent_and_keeps_self_care() -> None:
    result = evaluate(
        parse_guide_input(
            {"age": 72, "sex": "female", "duration": "acute", "pain": 8, "known_op": True, "sudden_onset": True}
        )
    )

    assert not result.urgent
    assert [item.id for item in result.red_flags] == ["RF-NEWFX"]
    assert "M-ACTIVE" in result.ids


answers = st.fixed_dictionaries(
    {
        "age": st.integers(18, 120),
        "sex": st.sampled_from(["female", "male"]),
        "duration": st.sampled_from(["acute", "subacute", "chronic"]),
        "pain": st.integers(0, 10),
        "red_flags": st.lists(st.sampled_from(sorted(RED_FLAG_SYMPTOMS)), min_size=1, unique=True),
    },
    optional={
        "known_op": st.booleans(),
        "prior_fx": st.booleans(),
        "sudden_onset": st.booleans(),
        "steroids": st.booleans(),
        "anticoag": st.booleans(),
        "fall_risk": st.booleans(),
        "crcl": st.floats(5, 150),
        "medicines": st.lists(st.sampled_from(["ibuprofen", "warfarin", "oxycodone", "Prolia", "lorazepam"])),
    },
)


@given(answers)
def test_any_red_flag_makes_the_result_urgent_and_comes_first(data: dict[str, Any]) -> None:
    result = evaluate(parse_guide_input(data))

    assert result.urgent
    assert result.red_flags, "the red flags are listed"
    assert result.items[0].id.startswith("RF-")
    first_other = next((i for i, item in enumerate(result.items) if not item.id.startswith("RF-")), len(result.items))
    assert all(item.id.startswith("RF-") for item in result.items[:first_other])
    assert all(not item.id.startswith("RF-") for item in result.items[first_other:])
    assert list(result.as_dict())[:2] == ["urgent", "red_flags"]


def test_advice_against_nsaids_explains_itself_with_hypothetical_alerts() -> None:
    result = evaluate(
        parse_guide_input({"age": 55, "sex": "male", "duration": "subacute", "pain": 5, "medicines": ["warfarin"]})
    )
    alert = next(a for a in result.alerts if a.id == "A-NS-ANTICOAG")

    assert alert.hypothetical
    assert alert.title.startswith("If you took an NSAID")
    assert "warfarin" in alert.medicines


def test_a_logged_nsaid_gives_a_real_alert() -> None:
    result = evaluate(
        parse_guide_input(
            {"age": 55, "sex": "male", "duration": "subacute", "pain": 5, "medicines": ["warfarin", "naproxen"]}
        )
    )
    alert = next(a for a in result.alerts if a.id == "A-NS-ANTICOAG")

    assert not alert.hypothetical
    assert alert.medicines == ("naproxen", "warfarin")
