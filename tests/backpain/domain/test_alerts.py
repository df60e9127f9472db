from __future__ import annotations

from typing import Any

import pytest

from livewell.backpain.domain.alerts import Severity, medication_alerts
from livewell.backpain.domain.inputs import MedicineUse, PatientContext
from livewell.backpain.domain.medicines import DrugClass, known_names, resolve


def ids(patient: PatientContext) -> list[str]:
    return [alert.id for alert in medication_alerts(patient)]


def meds(*names: str, **details: Any) -> tuple[MedicineUse, ...]:
    return tuple(MedicineUse.named(name, **details) for name in names)


def test_brand_and_generic_names_resolve_to_the_same_ingredient() -> None:
    assert resolve("Coumadin") == resolve("warfarin") == ("warfarin",)
    assert resolve("  advil ") == ("ibuprofen",)
    assert resolve("Ibuprofen 200 mg tablets") == ("ibuprofen",)
    assert resolve("Percocet") == ("oxycodone", "acetaminophen")
    assert resolve("vitamin water") == ()
    assert "Eliquis" in known_names()


def test_ibuprofen_with_warfarin_is_a_major_bleeding_alert() -> None:
    alerts = medication_alerts(PatientContext(age=64, medicines=meds("ibuprofen", "warfarin")))

    assert alerts[0].id == "A-NS-ANTICOAG"
    assert alerts[0].severity is Severity.MAJOR
    assert alerts[0].medicines == ("ibuprofen", "warfarin")


def test_aspirin_counts_as_an_nsaid_only_above_325_mg() -> None:
    low = PatientContext(age=60, medicines=(*meds("warfarin"), MedicineUse.named("aspirin", daily_dose=81)))
    high = PatientContext(age=60, medicines=(*meds("warfarin"), MedicineUse.named("aspirin", daily_dose=650)))

    assert "A-NS-ANTICOAG" not in ids(low)
    assert "A-NS-ANTICOAG" in ids(high)


@pytest.mark.parametrize(("dose", "expected"), [(30, None), (40, "A-OP-50"), (60, "A-OP-90")])
def test_opioid_dose_alerts_use_cdc_morphine_equivalents(dose: float, expected: str | None) -> None:
    # oxycodone x 1.5: 45, 60 and 90 MME/day [S24]
    found = ids(PatientContext(age=50, medicines=(MedicineUse.named("oxycodone", daily_dose=dose),)))

    assert [i for i in found if i.startswith("A-OP-") and i[5:].isdigit()] == ([expected] if expected else [])


def test_fentanyl_patch_micrograms_per_hour_convert_with_factor_2_4() -> None:
    found = ids(PatientContext(age=50, medicines=(MedicineUse.named("Duragesic", daily_dose=25),)))
    assert "A-OP-50" in found  # 25 µg/h x 2.4 = 60 MME/day


@pytest.mark.parametrize(("age", "total", "alert"), [(50, 2400, False), (50, 2600, True), (51, 2100, True)])
def test_calcium_upper_limit_depends_on_age(age: int, total: float, alert: bool) -> None:
    patient = PatientContext(
        age=age, dietary_calcium_mg=total - 500, medicines=(MedicineUse.named("calcium carbonate", daily_dose=500),)
    )
    assert ("A-CA-UL" in ids(patient)) is alert


@pytest.mark.parametrize(("months", "alert"), [(6.5, False), (7.0, False), (7.5, True)])
def test_denosumab_is_overdue_after_seven_months(months: float, alert: bool) -> None:
    patient = PatientContext(age=70, medicines=(MedicineUse.named("Prolia", months_since_last_dose=months),))
    assert ("A-DMAB-LATE" in ids(patient)) is alert


def test_acetaminophen_limit_is_lower_at_65() -> None:
    dose = (MedicineUse.named("Tylenol", daily_dose=3500),)
    assert "A-APAP-MAX" not in ids(PatientContext(age=60, medicines=dose))
    assert "A-APAP-MAX" in ids(PatientContext(age=65, medicines=dose))


def test_muscle_relaxant_alert_spares_baclofen() -> None:
    assert "A-SMR-65" in ids(PatientContext(age=70, medicines=meds("Flexeril")))
    assert "A-SMR-65" not in ids(PatientContext(age=70, medicines=meds("baclofen")))


def test_bisphosphonate_kidney_cut_offs_differ_by_drug() -> None:
    assert "A-BP-CKD" in ids(PatientContext(age=70, crcl=32, medicines=meds("Fosamax")))
    assert "A-BP-CKD2" not in ids(PatientContext(age=70, crcl=32, medicines=meds("Actonel")))
    assert "A-BP-CKD2" in ids(PatientContext(age=70, crcl=28, medicines=meds("Actonel")))


def test_unknown_kidney_function_raises_no_kidney_alert() -> None:
    found = ids(PatientContext(age=60, crcl=None, medicines=meds("alendronate", "naproxen")))
    assert "A-BP-CKD" not in found
    assert "A-NS-CKD" not in found


def test_alerts_are_sorted_most_severe_first() -> None:
    patient = PatientContext(age=80, crcl=20, dental_work_planned=True, medicines=meds("naproxen", "alendronate"))
    severities = [alert.severity for alert in medication_alerts(patient)]

    assert severities[0] is Severity.CONTRAINDICATED
    assert severities[-1] is Severity.INFO


def test_calcium_supplement_is_a_drug_class() -> None:
    assert DrugClass.CALCIUM in MedicineUse.named("calcium citrate").classes()
