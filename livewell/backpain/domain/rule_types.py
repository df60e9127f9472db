"""Types for the treatment-guide rules of fact sheet §4.4: groups, kinds, the facts a rule
asks about, and the rule and rule-book types.

A rule's ``when`` returns the reason it applies to this person (shown to them), or
``None``.  Constructing a :class:`Rule` checks its sources, so a rule without a source
cannot be loaded; :class:`RuleBook` also refuses duplicate ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from livewell.backpain.domain.alert_types import MedicationFacts
from livewell.backpain.domain.inputs import RED_FLAG_SYMPTOMS, GuideInput
from livewell.backpain.domain.medicines import DrugClass
from livewell.backpain.domain.sources import checked_sources

C = DrugClass


class Group(StrEnum):
    URGENT = "urgent"
    SELF_CARE = "self-care"
    MEDICINES = "medicines"
    THERAPY = "therapy"
    PROCEDURES = "procedures"
    BONE_HEALTH = "bone health"


GROUP_TITLES = {
    Group.URGENT: "Seek care",
    Group.SELF_CARE: "Looking after yourself",
    Group.MEDICINES: "Medicines",
    Group.THERAPY: "Therapy",
    Group.PROCEDURES: "Procedures",
    Group.BONE_HEALTH: "Bone health",
}


class Kind(StrEnum):
    URGENT = "urgent"
    DISCUSS = "discuss"
    GUIDANCE = "guidance"
    SAFETY = "safety"
    AVOID = "avoid"
    INFO = "info"


DISCUSS_NOTE = "Discuss this with your clinician: part of it could not be fully checked against its source."


class GuideFacts:
    """One person's answers, with the medicine classes and derived facts the rules ask about."""

    def __init__(self, guide_input: GuideInput) -> None:
        self.input = guide_input
        self.meds = MedicationFacts(guide_input.patient)

    @property
    def age(self) -> int:
        return self.input.age

    def symptoms_for(self, rule_id: str) -> list[str]:
        return [
            RED_FLAG_SYMPTOMS[code][1] for code in sorted(self.input.red_flags) if RED_FLAG_SYMPTOMS[code][0] == rule_id
        ]

    @property
    def steroids(self) -> bool:
        return self.meds.has(C.CORTICOSTEROID)

    @property
    def prior_fx(self) -> bool:
        return self.input.prior_fx or self.input.vcf_count > 0

    def new_vcf_risk(self) -> list[str]:
        """Why a sudden new back pain may be a new spine fracture (RF-NEWFX) [S41]."""
        if not self.input.sudden_onset:
            return []
        reasons = []
        if self.input.known_op:
            reasons.append("you have osteoporosis")
        if self.prior_fx:
            reasons.append("you have broken a bone before")
        if self.steroids:
            reasons.append("you take steroid medicine")
        if self.age >= 70:
            reasons.append(f"you are {self.age}")
        return reasons

    @property
    def vcf(self) -> bool:
        """A known spine fracture, or a suspected new one."""
        return self.input.vcf_count > 0 or bool(self.new_vcf_risk())

    def nsaid_blockers(self) -> list[str]:
        """Reasons not to suggest an NSAID: M-NSAID-NO's list [S42][S43], plus steroids (A-NS-STER, §5.1)."""
        p = self.input.patient
        found = []
        if self.meds.has(C.ANTICOAGULANT):
            found.append("you take a blood thinner")
        if self.meds.has(C.ANTIPLATELET):
            found.append("you take an antiplatelet medicine")
        if p.gi_bleed_hx:
            found.append("you have had a stomach ulcer or bleed")
        if self.meds.crcl_below(30):
            found.append("your kidney function is below 30 mL/min")
        if p.cvd:
            found.append("you have heart disease or have had a stroke")
        if p.acei_arb_diuretic or self.meds.has(C.ACEI_ARB) or self.meds.has(C.DIURETIC):
            found.append("you take an ACE inhibitor, ARB or water tablet")
        if self.age >= 75:
            found.append(f"you are {self.age}")
        if self.steroids:
            found.append("you take steroid medicine")
        return found

    def sedatives(self) -> bool:
        return self.meds.has(C.OPIOID) or self.meds.has(C.BENZODIAZEPINE)


Reason = Callable[[GuideFacts], str | None]


@dataclass(frozen=True)
class Rule:
    id: str
    group: Group
    kind: Kind
    title: str
    advice: str
    strength: str
    sources: tuple[str, ...]
    when: Reason
    unverified: bool = False

    def __post_init__(self) -> None:
        checked_sources(self.id, self.sources)

    @property
    def is_red_flag(self) -> bool:
        return self.id.startswith("RF-")


class RuleBook:
    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = tuple(rules)
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise ValueError(f"Rule id {rule.id} is defined twice.")
            seen.add(rule.id)

    @property
    def red_flag_rules(self) -> tuple[Rule, ...]:
        return tuple(rule for rule in self.rules if rule.is_red_flag)

    @property
    def care_rules(self) -> tuple[Rule, ...]:
        return tuple(rule for rule in self.rules if not rule.is_red_flag)

    def __getitem__(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)
