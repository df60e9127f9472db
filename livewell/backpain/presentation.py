"""Shape a stored guide result (the JSON contract) for the result, saved and summary pages."""

from __future__ import annotations

from typing import Any

from livewell.backpain.domain.alerts import SEVERITY_LABELS, Severity
from livewell.backpain.domain.rules import GROUP_TITLES, Group
from livewell.backpain.domain.sources import SOURCES


def present_result(data: dict[str, Any]) -> dict[str, Any]:
    recommendations: list[dict[str, Any]] = data.get("recommendations", [])
    red_flags: list[dict[str, Any]] = data.get("red_flag_details", [])
    alerts = [
        {**alert, "severity_label": SEVERITY_LABELS.get(Severity(alert["severity"]), alert["severity"])}
        for alert in data.get("alerts", [])
    ]
    groups: dict[str, list[dict[str, Any]]] = {}
    for item in recommendations:
        groups.setdefault(item["group"], []).append(item)
    grouped = [(GROUP_TITLES[group], groups[group]) for group in Group if group.value in groups]
    discuss_ids = set(data.get("discuss", []))
    everything = red_flags + recommendations + alerts
    tags = sorted({tag for item in everything for tag in item.get("sources", [])}, key=_tag_order)
    return {
        "urgent": bool(data.get("urgent")),
        "red_flags": red_flags,
        "groups": grouped,
        "discuss": [item for item in red_flags + recommendations if item["id"] in discuss_ids],
        "alerts": alerts,
        "unrecognised": data.get("unrecognised_medicines", []),
        "disclaimer": data.get("disclaimer", ""),
        "sources": [(tag, SOURCES[tag].citation) for tag in tags if tag in SOURCES],
    }


def _tag_order(tag: str) -> tuple[int, str]:
    return (int(tag[1:]), "") if tag[1:].isdigit() else (10_000, tag)
