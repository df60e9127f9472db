from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from livewell.backpain.views import guide, journal, meds, overview, summary

app_name = "backpain"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", overview.home, name="home"),
    path("guide/", guide.guide, name="guide"),
    path("guide/result/", guide.guide_result, name="guide_result"),
    path("guide/result/print/", guide.guide_print, name="guide_print"),
    path("guide/save/", guide.guide_save, name="guide_save"),
    path("guide/saved/<int:result_id>/", guide.saved_guide, name="saved_guide"),
    path("medicines/", meds.meds, name="meds"),
    path("medicines/<int:medicine_id>/edit/", meds.medicine_edit, name="medicine_edit"),
    path("medicines/<int:medicine_id>/delete/", meds.medicine_delete, name="medicine_delete"),
    path("journal/", journal.journal, name="journal"),
    path("journal/<int:entry_id>/edit/", journal.pain_edit, name="pain_edit"),
    path("journal/<int:entry_id>/delete/", journal.pain_delete, name="pain_delete"),
    path("summary/", summary.summary, name="summary"),
    path("summary.pdf", summary.summary_pdf, name="summary_pdf"),
]
