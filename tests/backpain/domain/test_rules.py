from __future__ import annotations

import pytest

from livewell.backpain.domain.alerts import ALERT_RULES, AlertRule, Severity
from livewell.backpain.domain.rules import RULES, Group, Kind, Rule, RuleBook
from livewell.backpain.domain.sources import SOURCES, SourceError

FACT_SHEET_RULE_IDS = {
    "RF-CES", "RF-NEURO", "RF-INF", "RF-CA", "RF-TRAUMA", "RF-NEWFX", "M-ACTIVE", "M-PARA", "M-NSAID",
    "M-NSAID-NO", "M-CALCIT", "M-OPIOID", "M-SMR-NO", "M-SMR", "M-BRACE", "M-PT", "B-EX2", "M-AUG-NO",
    "M-AUG-DISC", "B-TREAT", "B-ANAB", "B-CAD", "B-DMAB", "B-STER", "B-FALL",
}  # fmt: skip
FACT_SHEET_ALERT_IDS = {
    "A-NS-ANTICOAG", "A-NS-ANTIPLT", "A-NS-SSRI", "A-NS-STER", "A-NS-ULCER", "A-NS-AGE", "A-NS-CKD", "A-NS-3W",
    "A-NS-CV", "A-OP-BZD", "A-OP-CNS", "A-OP-50", "A-OP-90", "A-OP-FALL", "A-TRAM-SSRI", "A-SMR-65", "A-BZD-65",
    "A-BP-CKD", "A-BP-CKD2", "A-BP-OESO", "A-BP-ADMIN", "A-ONJ", "A-DMAB-LATE", "A-ROMO-CV", "A-CALCIT-4W",
    "A-CA-UL", "A-APAP-MAX",
}  # fmt: skip


def test_every_fact_sheet_rule_and_alert_is_loaded_with_its_id() -> None:
    assert {rule.id for rule in RULES.rules} == FACT_SHEET_RULE_IDS
    assert {rule.id for rule in ALERT_RULES} == FACT_SHEET_ALERT_IDS


def test_every_loaded_rule_cites_known_sources() -> None:
    for sources in [rule.sources for rule in RULES.rules] + [rule.sources for rule in ALERT_RULES]:
        assert sources
        assert all(tag in SOURCES for tag in sources)


def _rule(sources: tuple[str, ...]) -> Rule:
    return Rule("X-TEST", Group.SELF_CARE, Kind.GUIDANCE, "t", "a", "s", sources, lambda f: "r")


def test_a_rule_without_a_source_cannot_be_loaded() -> None:
    with pytest.raises(SourceError, match="X-TEST has no source"):
        _rule(())


def test_a_rule_citing_an_unknown_source_cannot_be_loaded() -> None:
    with pytest.raises(SourceError, match="unknown source"):
        _rule(("S999",))


def test_an_alert_without_a_source_cannot_be_loaded() -> None:
    with pytest.raises(SourceError):
        AlertRule("A-TEST", Severity.INFO, "t", "m", (), lambda f: [])


def test_duplicate_rule_ids_are_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        RuleBook([_rule(("S25",)), _rule(("S25",))])


def test_unverified_items_carry_discuss_with_your_clinician_wording() -> None:
    unverified = [rule for rule in RULES.rules if rule.unverified]
    assert {"B-EX2", "B-STER", "M-PARA"} <= {rule.id for rule in unverified}
