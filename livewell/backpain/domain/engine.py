"""Run the rule book over one person's answers (fact sheet §4.4 priorities).

Urgent red flags come first and, when present, suppress the self-care, medicine and
bone-health options; RF-NEWFX is not urgent and suppresses nothing.  Medicine alerts
(§5.2) always run.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from livewell.backpain.domain.alerts import ALERT_RULES, Alert, medication_alerts
from livewell.backpain.domain.inputs import GuideInput, MedicineUse
from livewell.backpain.domain.medicines import DrugClass
from livewell.backpain.domain.rules import DISCUSS_NOTE, GROUP_TITLES, RULES, Group, GuideFacts, Kind, Rule, RuleBook

DISCLAIMER = (
    "This guide gives general information drawn from published guidelines and studies. It is not a diagnosis and "
    "does not replace advice from a clinician who knows you. If you feel very unwell, call your local emergency "
    "number."
)
# A stand-in used to show which NSAID alerts would apply when M-NSAID-NO fires (§4.4: "show alert from §5").
HYPOTHETICAL_NSAID = "an anti-inflammatory painkiller (NSAID)"


@dataclass(frozen=True)
class Recommendation:
    id: str
    group: Group
    kind: Kind
    title: str
    advice: str
    reason: str
    strength: str
    sources: tuple[str, ...]
    unverified: bool

    @classmethod
    def of(cls, rule: Rule, reason: str) -> Recommendation:
        advice = f"{rule.advice} {DISCUSS_NOTE}" if rule.unverified else rule.advice
        return cls(
            rule.id, rule.group, rule.kind, rule.title, advice, reason, rule.strength, rule.sources, rule.unverified
        )

    @property
    def for_discussion(self) -> bool:
        return self.kind is not Kind.URGENT and (self.kind is Kind.DISCUSS or self.unverified)

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "strength": self.strength,
            "sources": list(self.sources),
            "group": self.group.value,
            "kind": self.kind.value,
            "advice": self.advice,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class GuideResult:
    urgent: bool
    red_flags: tuple[Recommendation, ...]
    recommendations: tuple[Recommendation, ...]
    alerts: tuple[Alert, ...]
    unrecognised_medicines: tuple[str, ...] = ()
    disclaimer: str = field(default=DISCLAIMER)

    @property
    def items(self) -> tuple[Recommendation, ...]:
        """Everything in display order: red flags before anything else."""
        return self.red_flags + self.recommendations

    @property
    def discuss(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.items if item.for_discussion)

    @property
    def ids(self) -> set[str]:
        return {item.id for item in self.items} | {alert.id for alert in self.alerts}

    def grouped(self) -> list[tuple[str, list[Recommendation]]]:
        groups: dict[Group, list[Recommendation]] = {}
        for item in self.recommendations:
            groups.setdefault(item.group, []).append(item)
        return [(GROUP_TITLES[group], groups[group]) for group in Group if group in groups]

    def as_dict(self) -> dict[str, object]:
        return {
            "urgent": self.urgent,
            "red_flags": [item.id for item in self.red_flags],
            "recommendations": [item.as_dict() for item in self.recommendations],
            "discuss": list(self.discuss),
            "alerts": [alert.as_dict() for alert in self.alerts],
            "red_flag_details": [item.as_dict() for item in self.red_flags],
            "unrecognised_medicines": list(self.unrecognised_medicines),
            "disclaimer": self.disclaimer,
        }


def _apply(rules: tuple[Rule, ...], facts: GuideFacts) -> list[Recommendation]:
    found = []
    for rule in rules:
        reason = rule.when(facts)
        if reason is not None:
            found.append(Recommendation.of(rule, reason))
    return found


def _alerts(guide_input: GuideInput, facts: GuideFacts, recommendations: list[Recommendation]) -> list[Alert]:
    patient = guide_input.patient
    alerts = medication_alerts(patient)
    nsaid_advised_against = any(item.id == "M-NSAID-NO" for item in recommendations)
    if nsaid_advised_against and not facts.meds.has(DrugClass.NSAID):
        # Show what an NSAID would add, so the advice against one has its reasons attached.
        probe = MedicineUse(HYPOTHETICAL_NSAID, ("ibuprofen",), considering=True)
        with_nsaid = replace(patient, medicines=(*patient.medicines, probe))
        nsaid_rules = tuple(rule for rule in ALERT_RULES if rule.id.startswith("A-NS-"))
        known = {alert.id for alert in alerts}
        extra = [a for a in medication_alerts(with_nsaid, nsaid_rules) if a.id not in known]
        alerts += [
            replace(a, title=f"If you took an NSAID: {a.title[0].lower()}{a.title[1:]}", hypothetical=True)
            for a in extra
        ]
    return alerts


def evaluate(guide_input: GuideInput, book: RuleBook = RULES) -> GuideResult:
    facts = GuideFacts(guide_input)
    red_flags = _apply(book.red_flag_rules, facts)
    urgent = any(item.kind is Kind.URGENT for item in red_flags)
    red_flags.sort(key=lambda item: item.kind is not Kind.URGENT)
    recommendations = [] if urgent else _apply(book.care_rules, facts)
    return GuideResult(
        urgent=urgent,
        red_flags=tuple(red_flags),
        recommendations=tuple(recommendations),
        alerts=tuple(_alerts(guide_input, facts, recommendations)),
        unrecognised_medicines=guide_input.unrecognised,
    )
