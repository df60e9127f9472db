"""Medication-safety alerts (fact sheet §5.2): pairs of medicines, or a medicine and a
personal risk, that call for caution.  Each alert keeps the sheet's id and sources.
"""

from __future__ import annotations

from collections.abc import Callable

from livewell.backpain.domain.alert_types import (
    APAP_CAUTIOUS_MAX_MG,
    APAP_MAX_MG,
    CALCITONIN_MAX_DAYS,
    CALCIUM_UL_19_50_MG,
    CALCIUM_UL_51_PLUS_MG,
    DENOSUMAB_LATE_MONTHS,
    SEVERITY_LABELS,
    SEVERITY_RANK,
    Alert,
    AlertRule,
    Check,
    MedicationFacts,
    Severity,
)
from livewell.backpain.domain.inputs import PatientContext
from livewell.backpain.domain.medicines import BEERS_RELAXANTS, BP_CKD_30, BP_CKD_35, DrugClass

__all__ = ["ALERT_RULES", "SEVERITY_LABELS", "Alert", "AlertRule", "MedicationFacts", "Severity", "medication_alerts"]

C = DrugClass


def _pair(a: DrugClass, *b: DrugClass) -> Check:
    def check(f: MedicationFacts) -> list[str]:
        if f.has(a) and any(f.has(x) for x in b):
            return f.names(a, *b)
        return []

    return check


def _with(a: DrugClass, condition: Callable[[MedicationFacts], bool]) -> Check:
    def check(f: MedicationFacts) -> list[str]:
        return f.names(a) if f.has(a) and condition(f) else []

    return check


def _denosumab_late(f: MedicationFacts) -> list[str]:
    return [
        m.name
        for m in f.patient.medicines
        if "denosumab" in m.generics
        and m.months_since_last_dose is not None
        and m.months_since_last_dose > DENOSUMAB_LATE_MONTHS
    ]


def _calcitonin_long(f: MedicationFacts) -> list[str]:
    return [
        m.name
        for m in f.patient.medicines
        if "calcitonin" in m.generics and m.days_on is not None and m.days_on > CALCITONIN_MAX_DAYS
    ]


def calcium_limit_mg(age: int | None) -> float | None:
    if age is None or age < 19:
        return None
    return CALCIUM_UL_51_PLUS_MG if age >= 51 else CALCIUM_UL_19_50_MG


def _calcium_over(f: MedicationFacts) -> list[str]:
    limit = calcium_limit_mg(f.patient.age)
    if limit is None:
        return []
    total = f.daily_dose_of(C.CALCIUM) + (f.patient.dietary_calcium_mg or 0.0)
    if total <= limit:
        return []
    return f.names(C.CALCIUM) or ["calcium from food"]


def _apap_over(f: MedicationFacts) -> list[str]:
    p = f.patient
    limit = APAP_CAUTIOUS_MAX_MG if (f.age_at_least(65) or p.liver_disease or p.alcohol) else APAP_MAX_MG
    return f.names(C.ACETAMINOPHEN) if f.daily_dose_of(C.ACETAMINOPHEN) > limit else []


def _bp_kidney(generics: frozenset[str], limit: float, *, stated_flag_counts: bool) -> Check:
    def check(f: MedicationFacts) -> list[str]:
        if not f.crcl_below(limit):
            return []
        named = f.taking(generics)
        if named:
            return named
        # "bisphos: true" without a name: use the stricter cut-off so the warning is not missed.
        stated_only = f.patient.bisphos and not f.taking(BP_CKD_35 | BP_CKD_30)
        return ["a bisphosphonate"] if stated_flag_counts and stated_only else []

    return check


def _opioid_mme(low: float, high: float | None) -> Check:
    def check(f: MedicationFacts) -> list[str]:
        total = f.total_mme()
        in_band = total >= low and (high is None or total < high)
        return (f.names(C.OPIOID) or ["opioids"]) if in_band else []

    return check


def _tramadol_ssri(f: MedicationFacts) -> list[str]:
    tramadol = f.taking({"tramadol"})
    return tramadol + f.names(C.SSRI_SNRI) if tramadol and f.has(C.SSRI_SNRI) else []


def _relaxant_65(f: MedicationFacts) -> list[str]:
    return f.taking(BEERS_RELAXANTS) if f.age_at_least(65) else []


def _oral_bp_with(*others: DrugClass) -> Check:
    def check(f: MedicationFacts) -> list[str]:
        oral = f.oral_bisphosphonates()
        return oral + f.names(*others) if oral and any(f.has(o) for o in others) else []

    return check


def _oral_bp_if(condition: Callable[[MedicationFacts], bool]) -> Check:
    def check(f: MedicationFacts) -> list[str]:
        return f.oral_bisphosphonates() if condition(f) else []

    return check


ALERT_RULES: tuple[AlertRule, ...] = (
    AlertRule(
        "A-NS-ANTICOAG",
        Severity.MAJOR,
        "Anti-inflammatory painkiller with a blood thinner",
        "Taking the two together makes serious bleeding much more likely. Avoid the NSAID unless your clinician "
        "says otherwise.",
        ("S42",),
        _pair(C.NSAID, C.ANTICOAGULANT),
    ),
    AlertRule(
        "A-NS-ANTIPLT",
        Severity.MAJOR,
        "Anti-inflammatory painkiller with an antiplatelet medicine",
        "Together they raise the chance of stomach bleeding, and ibuprofen may weaken the heart protection of "
        "low-dose aspirin.",
        ("S42",),
        _pair(C.NSAID, C.ANTIPLATELET),
        unverified=True,
    ),
    AlertRule(
        "A-NS-SSRI",
        Severity.MODERATE,
        "Anti-inflammatory painkiller with an SSRI/SNRI antidepressant",
        "Stomach bleeding is more likely with this pair; ask whether you need stomach protection.",
        ("S42",),
        _pair(C.NSAID, C.SSRI_SNRI),
        unverified=True,
    ),
    AlertRule(
        "A-NS-STER",
        Severity.MAJOR,
        "Anti-inflammatory painkiller with a steroid tablet",
        "This pair raises the risk of stomach ulcers and bleeding.",
        ("S42",),
        _pair(C.NSAID, C.CORTICOSTEROID),
    ),
    AlertRule(
        "A-NS-ULCER",
        Severity.MAJOR,
        "Anti-inflammatory painkiller after a stomach ulcer or bleed",
        "Avoid NSAIDs after a stomach ulcer or bleed, unless your clinician finds no alternative and you also take "
        "stomach protection.",
        ("S42",),
        _with(C.NSAID, lambda f: f.patient.gi_bleed_hx),
    ),
    AlertRule(
        "A-NS-AGE",
        Severity.MAJOR,
        "Anti-inflammatory painkiller at your age",
        "At 75 or over, or at 65 or over with another bleeding or kidney risk, regular NSAID use is best avoided "
        "unless other options have failed and the stomach is protected.",
        ("S42",),
        _with(C.NSAID, lambda f: f.age_at_least(75) or (f.age_at_least(65) and f.nsaid_risks())),
    ),
    AlertRule(
        "A-NS-CKD",
        Severity.CONTRAINDICATED,
        "Anti-inflammatory painkiller with low kidney function",
        "With kidney function below 30 mL/min, NSAIDs can injure the kidneys. Do not take them without your "
        "clinician's advice.",
        ("S42",),
        _with(C.NSAID, lambda f: f.crcl_below(30)),
    ),
    AlertRule(
        "A-NS-3W",
        Severity.MAJOR,
        'Anti-inflammatory painkiller with blood-pressure and water tablets (the "triple whammy")',
        "An NSAID added to an ACE inhibitor or ARB and a diuretic can cause sudden kidney injury.",
        ("S43",),
        _with(C.NSAID, lambda f: f.has(C.ACEI_ARB) and f.has(C.DIURETIC)),
        unverified=True,
    ),
    AlertRule(
        "A-NS-CV",
        Severity.MAJOR,
        "Anti-inflammatory painkiller with heart disease or stroke",
        "Non-aspirin NSAIDs raise the chance of heart attack and stroke and can cause fluid retention.",
        ("S44",),
        _with(C.NSAID, lambda f: f.patient.cvd),
        unverified=True,
    ),
    AlertRule(
        "A-OP-BZD",
        Severity.MAJOR,
        "Opioid with a benzodiazepine",
        "This combination carries the FDA's strongest (boxed) warning: deep sedation, slowed breathing and death.",
        ("S45",),
        _pair(C.OPIOID, C.BENZODIAZEPINE),
    ),
    AlertRule(
        "A-OP-CNS",
        Severity.MAJOR,
        "Opioid with another sedating medicine or alcohol",
        "Muscle relaxants, gabapentin or pregabalin, and alcohol add to an opioid's sedation and can slow breathing.",
        ("S45",),
        lambda f: (
            f.names(C.OPIOID, C.MUSCLE_RELAXANT, C.GABAPENTINOID) + (["alcohol"] if f.patient.alcohol else [])
            if f.has(C.OPIOID) and (f.has(C.MUSCLE_RELAXANT) or f.has(C.GABAPENTINOID) or f.patient.alcohol)
            else []
        ),
        unverified=True,
    ),
    AlertRule(
        "A-OP-50",
        Severity.MODERATE,
        "Opioid dose of 50 morphine milligram equivalents a day or more",
        "The risk of overdose rises with the dose. Review it with your clinician and ask about naloxone.",
        ("S46", "S24"),
        _opioid_mme(50, 90),
    ),
    AlertRule(
        "A-OP-90",
        Severity.MAJOR,
        "Opioid dose of 90 morphine milligram equivalents a day or more",
        "At this dose the risk of overdose is high. Talk to your prescriber about it and keep naloxone at hand.",
        ("S46",),
        _opioid_mme(90, None),
    ),
    AlertRule(
        "A-OP-FALL",
        Severity.MODERATE,
        "Opioid and the risk of falling",
        "Opioids make falls and broken bones more likely at 65 or over or when you are prone to falls; they also "
        "cause constipation, so ask about a laxative.",
        ("S42",),
        _with(C.OPIOID, lambda f: f.age_at_least(65) or f.patient.fall_risk),
    ),
    AlertRule(
        "A-TRAM-SSRI",
        Severity.MAJOR,
        "Tramadol with an SSRI/SNRI antidepressant",
        "This pair can cause serotonin syndrome and seizures.",
        ("LABEL",),
        _tramadol_ssri,
        unverified=True,
    ),
    AlertRule(
        "A-SMR-65",
        Severity.MAJOR,
        "Muscle relaxant at 65 or over",
        "The Beers Criteria advise avoiding these muscle relaxants at 65 or over: they are poorly tolerated and "
        "cause drowsiness, falls and fractures.",
        ("S42",),
        _relaxant_65,
    ),
    AlertRule(
        "A-BZD-65",
        Severity.MAJOR,
        "Benzodiazepine at 65 or over",
        "The Beers Criteria advise avoiding benzodiazepines at 65 or over because of falls, fractures and confusion.",
        ("S42",),
        _with(C.BENZODIAZEPINE, lambda f: f.age_at_least(65)),
    ),
    AlertRule(
        "A-BP-CKD",
        Severity.CONTRAINDICATED,
        "Bisphosphonate with low kidney function",
        "Alendronate and zoledronic acid are not recommended when kidney function is below 35 mL/min.",
        ("LABEL",),
        _bp_kidney(BP_CKD_35, 35, stated_flag_counts=True),
        unverified=True,
    ),
    AlertRule(
        "A-BP-CKD2",
        Severity.CONTRAINDICATED,
        "Bisphosphonate with low kidney function",
        "Risedronate and ibandronate are not recommended when kidney function is below 30 mL/min.",
        ("LABEL",),
        _bp_kidney(BP_CKD_30, 30, stated_flag_counts=False),
        unverified=True,
    ),
    AlertRule(
        "A-BP-OESO",
        Severity.CONTRAINDICATED,
        "Bisphosphonate tablets with a gullet problem",
        "Bisphosphonate tablets can damage the gullet (oesophagus) if it is narrowed or slow to empty, or if you "
        "cannot stay upright for 30 minutes after a dose.",
        ("LABEL",),
        _oral_bp_if(lambda f: f.patient.oesophageal_problem),
        unverified=True,
    ),
    AlertRule(
        "A-BP-ADMIN",
        Severity.MODERATE,
        "How to take a bisphosphonate with calcium, iron or antacids",
        "Take the bisphosphonate first, on an empty stomach with plain water only, and wait at least 30 minutes "
        "(60 for ibandronate) before food, calcium, iron or antacids.",
        ("LABEL",),
        _oral_bp_with(C.CALCIUM, C.IRON, C.ANTACID),
        unverified=True,
    ),
    AlertRule(
        "A-ONJ",
        Severity.INFO,
        "Bone medicine and dental work",
        "Jaw bone problems (osteonecrosis) are rare at osteoporosis doses, about 1 in 10,000 to 1 in 100,000 a "
        "year. Tell your dentist which bone medicine you take.",
        ("S47",),
        lambda f: (
            f.names(C.BISPHOSPHONATE, C.DENOSUMAB)
            if (f.has(C.BISPHOSPHONATE) or f.has(C.DENOSUMAB)) and f.patient.dental_work_planned
            else []
        ),
    ),
    AlertRule(
        "A-DMAB-LATE",
        Severity.MAJOR,
        "Denosumab injection overdue",
        "More than 7 months since the last injection: bone loss can rebound and several spine fractures can follow. "
        "Contact your prescriber now.",
        ("S40",),
        _denosumab_late,
    ),
    AlertRule(
        "A-ROMO-CV",
        Severity.CONTRAINDICATED,
        "Romosozumab after a recent heart attack or stroke",
        "Romosozumab carries a boxed warning about heart attack and stroke; it should not be started within a year "
        "of either.",
        ("S39",),
        _with(C.ROMOSOZUMAB, lambda f: f.patient.recent_mi_stroke),
    ),
    AlertRule(
        "A-CALCIT-4W",
        Severity.MAJOR,
        "Calcitonin for more than 4 weeks",
        "Long-term calcitonin is linked to a small rise in cancer; it is meant for at most 4 weeks.",
        ("S28",),
        _calcitonin_long,
    ),
    AlertRule(
        "A-CA-UL",
        Severity.MODERATE,
        "Calcium above the daily upper limit",
        "Calcium from food and supplements together is above the upper limit for your age (2,000 mg a day from 51, "
        "2,500 mg from 19 to 50), which raises the chance of kidney stones.",
        ("S9",),
        _calcium_over,
    ),
    AlertRule(
        "A-APAP-MAX",
        Severity.MAJOR,
        "Acetaminophen above the daily maximum",
        "More than 4 g a day (3 g at 65 or over, with liver disease or regular alcohol) can harm the liver. "
        "Remember that combination products such as Percocet, Norco and Tylenol #3 contain it too.",
        ("LABEL",),
        _apap_over,
        unverified=True,
    ),
)


def medication_alerts(patient: PatientContext, rules: tuple[AlertRule, ...] = ALERT_RULES) -> list[Alert]:
    """Every alert that applies, most severe first (ties keep the fact sheet's order)."""
    facts = MedicationFacts(patient)
    found = [alert for rule in rules if (alert := rule.evaluate(facts)) is not None]
    return sorted(found, key=lambda alert: SEVERITY_RANK[alert.severity])
