"""The medical review task: a group approval that also records who reviewed and when."""

# Wagtail ships no type information, so its base classes are Any here.
# mypy: allow-subclassing-any

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from wagtail.models import AbstractGroupApprovalTask


class MedicalReviewTask(AbstractGroupApprovalTask):
    """Approval by a member of the chosen groups (Medical reviewers).

    Approving an article stamps its "Medically reviewed by … on …" line before the
    workflow publishes it: the date becomes today, and the reviewer becomes the
    MedicalReviewer linked to the approving account, when there is one.
    """

    class Meta:
        verbose_name = "medical review task"
        verbose_name_plural = "medical review tasks"

    def on_action(self, task_state: Any, user: Any, action_name: str, **kwargs: Any) -> Any:
        if action_name == "approve":
            with transaction.atomic():
                record_review(task_state.workflow_state.content_object, user)
                return super().on_action(task_state, user, action_name, **kwargs)
        return super().on_action(task_state, user, action_name, **kwargs)


def record_review(page: Any, user: Any) -> None:
    """Write today's review date (and the approving reviewer) into the revision about to be published."""
    from livewell.content.models.pages import ArticlePage
    from livewell.content.models.people import MedicalReviewer

    if not isinstance(page.specific, ArticlePage):
        return
    revision = page.get_latest_revision()
    if revision is None:
        return
    revision.content["last_reviewed"] = timezone.localdate().isoformat()
    reviewer = MedicalReviewer.objects.filter(user=user).first() if user is not None else None
    if reviewer is not None:
        revision.content["reviewer"] = reviewer.pk
    revision.save(update_fields=["content"])
