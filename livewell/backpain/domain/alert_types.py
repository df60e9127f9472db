"""The pieces medication-safety alerts are made of: severities, limits, the member's
medicines looked at by class, and the alert and alert-rule types (fact sheet §5).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from livewell.backpain.domain.inputs import PatientContext
from livewell.backpain.domain.medicines import BY_GENERIC, DrugClass
from livewell.backpain.domain.sources import checked_sources

C = DrugClass


class Severity(StrEnum):
    CONTRAINDICATED = "contraindicated"
    MAJOR = "major"
    MODERATE = "moderate"
    INFO = "info"


SEVERITY_RANK = {Severity.CONTRAINDICATED: 0, Severity.MAJOR: 1, Severity.MODERATE: 2, Severity.INFO: 3}
SEVERITY_LABELS = {
    Severity.CONTRAINDICATED: "Do not combine",
    Severity.MAJOR: "Major",
    Severity.MODERATE: "Moderate",
    Severity.INFO: "For your information",
}
UNVERIFIED_NOTE = "Part of this could not be fully checked against its source, so discuss it with your clinician."

# Daily limits used by A-CA-UL (IOM 2011 upper levels [S9]) and A-APAP-MAX (label; 3 g cap unverified).
CALCIUM_UL_51_PLUS_MG = 2000.0
CALCIUM_UL_19_50_MG = 2500.0
APAP_MAX_MG = 4000.0
APAP_CAUTIOUS_MAX_MG = 3000.0
DENOSUMAB_LATE_MONTHS = 7.0  # 6-monthly injection plus about 4 weeks' grace [S40]
CALCITONIN_MAX_DAYS = 28  # four weeks [S28]


class MedicationFacts:
    """The member's medicines (taken or being considered) looked at by class."""

    _STATED = {
        C.CORTICOSTEROID: "steroids",
        C.ANTICOAGULANT: "anticoag",
        C.ANTIPLATELET: "antiplatelet",
        C.SSRI_SNRI: "ssri",
        C.BENZODIAZEPINE: "benzo",
        C.DENOSUMAB: "on_denosumab",
        C.BISPHOSPHONATE: "bisphos",
    }
    _STATED_NAMES = {
        C.CORTICOSTEROID: "a steroid medicine",
        C.ANTICOAGULANT: "a blood thinner",
        C.ANTIPLATELET: "an antiplatelet medicine",
        C.SSRI_SNRI: "an SSRI/SNRI antidepressant",
        C.BENZODIAZEPINE: "a benzodiazepine",
        C.DENOSUMAB: "denosumab",
        C.BISPHOSPHONATE: "a bisphosphonate",
        C.OPIOID: "an opioid",
    }

    def __init__(self, patient: PatientContext) -> None:
        self.patient = patient
        self._by_class: dict[DrugClass, list[str]] = {}
        for medicine in patient.medicines:
            for drug_class in medicine.classes():
                self._by_class.setdefault(drug_class, []).append(medicine.name)
        for drug_class, flag in self._STATED.items():
            if getattr(patient, flag) and drug_class not in self._by_class:
                self._by_class[drug_class] = [self._STATED_NAMES[drug_class]]
        if patient.opioid_mme and C.OPIOID not in self._by_class:
            self._by_class[C.OPIOID] = [self._STATED_NAMES[C.OPIOID]]

    def has(self, drug_class: DrugClass) -> bool:
        return drug_class in self._by_class

    def names(self, *classes: DrugClass) -> list[str]:
        found: list[str] = []
        for drug_class in classes:
            found += [name for name in self._by_class.get(drug_class, []) if name not in found]
        return found

    def taking(self, generics: frozenset[str] | set[str]) -> list[str]:
        return [m.name for m in self.patient.medicines if set(m.generics) & generics]

    def oral_bisphosphonates(self) -> list[str]:
        return [
            m.name
            for m in self.patient.medicines
            if any(C.BISPHOSPHONATE in BY_GENERIC[g].classes and BY_GENERIC[g].oral for g in m.generics)
        ]

    def total_mme(self) -> float:
        # A stated total wins over adding up named opioids, so the same dose is never counted twice.
        if self.patient.opioid_mme is not None:
            return self.patient.opioid_mme
        return sum(m.mme() for m in self.patient.medicines)

    def daily_dose_of(self, drug_class: DrugClass) -> float:
        return sum(
            m.daily_dose or 0.0
            for m in self.patient.medicines
            if not m.considering and drug_class in m.classes() and m.generics and len(m.generics) == 1
        )

    def age_at_least(self, years: int) -> bool:
        return self.patient.age is not None and self.patient.age >= years

    def crcl_below(self, limit: float) -> bool:
        return self.patient.crcl is not None and self.patient.crcl < limit

    def nsaid_risks(self) -> bool:
        """Any of the A-NS risk factors, for A-NS-AGE's "65 or over with another risk"."""
        p = self.patient
        return (
            any(self.has(c) for c in (C.ANTICOAGULANT, C.ANTIPLATELET, C.SSRI_SNRI, C.CORTICOSTEROID))
            or p.gi_bleed_hx
            or p.cvd
            or self.crcl_below(30)
            or (self.has(C.ACEI_ARB) and self.has(C.DIURETIC))
        )


@dataclass(frozen=True)
class Alert:
    id: str
    severity: Severity
    title: str
    message: str
    sources: tuple[str, ...]
    medicines: tuple[str, ...]
    unverified: bool = False
    # True for the NSAID alerts the guide shows to explain M-NSAID-NO when no NSAID is taken.
    hypothetical: bool = False

    @property
    def severity_label(self) -> str:
        return SEVERITY_LABELS[self.severity]

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "severity": self.severity.value,
            "title": self.title,
            "message": self.message,
            "medicines": list(self.medicines),
            "sources": list(self.sources),
            "unverified": self.unverified,
            "hypothetical": self.hypothetical,
        }


Check = Callable[[MedicationFacts], list[str]]


@dataclass(frozen=True)
class AlertRule:
    id: str
    severity: Severity
    title: str
    message: str
    sources: tuple[str, ...]
    check: Check  # the medicines involved; empty when the alert does not apply
    unverified: bool = False

    def __post_init__(self) -> None:
        checked_sources(self.id, self.sources)

    def evaluate(self, facts: MedicationFacts) -> Alert | None:
        involved = self.check(facts)
        if not involved:
            return None
        message = f"{self.message} {UNVERIFIED_NOTE}" if self.unverified else self.message
        return Alert(self.id, self.severity, self.title, message, self.sources, tuple(involved), self.unverified)
