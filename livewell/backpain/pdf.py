"""The clinician summary as a one-page PDF, drawn with reportlab."""

from __future__ import annotations

from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from livewell.backpain.domain.engine import DISCLAIMER
from livewell.backpain.summary import ClinicianSummary

GRID = TableStyle(
    [
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf2")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
)


def _table(rows: list[list[str]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=[w * inch for w in widths], repeatRows=1)
    table.setStyle(GRID)
    return table


def summary_pdf(summary: ClinicianSummary) -> bytes:
    styles = getSampleStyleSheet()
    body, small, heading = styles["BodyText"], styles["BodyText"].clone("small", fontSize=8), styles["Heading3"]
    story: list[Any] = []

    def para(text: str, style: Any = body) -> None:
        story.append(Paragraph(escape(text), style))

    def head(text: str) -> None:
        story.append(Paragraph(escape(text), heading))

    story.append(Paragraph("Back pain summary for my clinician", styles["Title"]))
    who = ", ".join(part for part in (summary.name, f"age {summary.age}" if summary.age else "", summary.sex) if part)
    para(f"{who}. Period: {summary.start:%b %d, %Y} to {summary.end:%b %d, %Y}.")

    head("Pain (0 to 10)")
    if summary.pain_days:
        para(f"{summary.pain_entries} entries on {len(summary.pain_days)} days.")
        if summary.change is not None:
            para(summary.change.sentence())
        if summary.severe_run_flag:
            para(f"Longest run of pain of 7 or more: {summary.severe_days_in_a_row} days in a row.")
        rows = [["Day", "Average", "Worst", "Entries"]] + [
            [f"{d.day:%a %b %d}", f"{d.average:.1f}", str(d.worst), str(d.entries)] for d in summary.pain_days[-14:]
        ]
        story.append(_table(rows, [1.6, 1, 1, 1]))
    else:
        para("No pain entries in this period.")

    head("Medicines")
    if summary.medicines:
        rows = [["Medicine", "Matched as", "Dose per day", "Started"]] + [
            [
                m.name,
                m.generic or "not recognised",
                "" if m.daily_dose is None else f"{m.daily_dose.normalize():f}",
                "" if m.started_on is None else f"{m.started_on:%b %d, %Y}",
            ]
            for m in summary.medicines
        ]
        story.append(_table(rows, [1.8, 1.8, 1.2, 1.2]))
    else:
        para("No medicines recorded.")
    for alert in summary.alerts:
        para(f"Alert {alert.id} ({alert.severity.value}): {alert.title}. {alert.message}", small)

    head("Weight")
    if not summary.weight:
        para("No weights logged in this period.")
    else:
        first, last = summary.weight[0], summary.weight[-1]
        para(
            f"{first[1]:.1f} {summary.weight_unit} on {first[0]:%b %d} to {last[1]:.1f} {summary.weight_unit} "
            f"on {last[0]:%b %d} ({len(summary.weight)} readings)."
        )

    head("Average daily intake against targets")
    if summary.nutrients:
        rows = [["Nutrient", "Average", "Target", "% of target", "Days"]]
        for row in summary.nutrients:
            rows.append(
                [
                    row.label,
                    "no data" if row.average is None else f"{row.average:.0f} {row.unit}",
                    "not set" if row.target is None else f"{row.target:.0f} {row.unit}",
                    "" if row.percent is None else f"{row.percent} %",
                    str(row.days),
                ]
            )
        story.append(_table(rows, [1.4, 1.2, 1.2, 1, 0.7]))

    head("Saved treatment-guide results")
    if summary.guides:
        for day, result in summary.guides:
            ids = [item["id"] for item in result["red_flags"]] + [
                i["id"] for _t, items in result["groups"] for i in items
            ]
            flag = "URGENT red flags. " if result["urgent"] else ""
            para(f"{day:%b %d, %Y}: {flag}{', '.join(ids)}", small)
    else:
        para("None saved in this period.")

    story.append(Spacer(1, 8))
    para(DISCLAIMER, small)
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=LETTER,
        leftMargin=0.6 * inch,
        rightMargin=0.6 * inch,
        topMargin=0.5 * inch,
        bottomMargin=0.5 * inch,
        title="Back pain summary for my clinician",
        author="livewell",
    )
    doc.build(story)
    return buffer.getvalue()
