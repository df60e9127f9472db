"""Videos and the Video of the Day schedule (snippets)."""

# Wagtail ships no type information, so its base classes are Any here.
# mypy: allow-subclassing-any

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.base import File
from django.core.validators import FileExtensionValidator, MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from livewell.content.webvtt import CaptionsError, parse_cues

CAPTIONS_MAX_BYTES = 512 * 1024


def validate_webvtt(upload: File[Any]) -> None:
    """Reject a captions upload that is not a WebVTT file, saying why."""
    if upload.size is not None and upload.size > CAPTIONS_MAX_BYTES:
        raise ValidationError("The captions file is too large (the limit is 512 KB).")
    upload.open("rb")
    upload.seek(0)
    raw = upload.read()
    upload.seek(0)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError("The captions file must be WebVTT text in UTF-8.") from exc
    try:
        parse_cues(text)
    except CaptionsError as exc:
        raise ValidationError(str(exc)) from exc


@register_snippet
class Video(index.Indexed, models.Model):
    title = models.CharField(max_length=200)
    centre = models.ForeignKey(
        "content.CentrePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="videos",
        help_text="The centre whose Video of the Day rotation includes this video.",
    )
    file = models.FileField(
        upload_to="content/videos/",
        blank=True,
        validators=[FileExtensionValidator(["webm", "mp4"])],
        help_text="A video file we host ourselves (WebM or MP4).",
    )
    link = models.URLField(blank=True, help_text="Or a link to the video on another site.")
    poster = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Still image shown before the video plays.",
    )
    captions = models.FileField(
        upload_to="content/captions/",
        blank=True,
        validators=[FileExtensionValidator(["vtt"]), validate_webvtt],
        help_text="WebVTT captions (.vtt). Required for a video we host.",
    )
    transcript = models.TextField(help_text="Everything said and shown in the video, as text.")
    duration_seconds = models.PositiveIntegerField(validators=[MinValueValidator(1)], help_text="Length in seconds.")

    panels = [
        FieldPanel("title"),
        FieldPanel("centre"),
        FieldPanel("file"),
        FieldPanel("link"),
        FieldPanel("poster"),
        FieldPanel("captions"),
        FieldPanel("transcript"),
        FieldPanel("duration_seconds"),
    ]
    search_fields = [index.SearchField("title"), index.SearchField("transcript"), index.AutocompleteField("title")]

    class Meta:
        ordering = ["title", "pk"]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        if not self.file and not self.link:
            raise ValidationError({"file": "Upload a video file or give a link to the video."})
        if self.file and not self.captions:
            raise ValidationError({"captions": "A video we host needs a WebVTT captions file."})

    @property
    def duration_label(self) -> str:
        minutes, seconds = divmod(self.duration_seconds, 60)
        return f"{minutes}:{seconds:02d}"

    @property
    def duration_iso(self) -> str:
        return f"PT{self.duration_seconds}S"

    @property
    def mime_type(self) -> str:
        return "video/mp4" if (self.file.name or "").lower().endswith(".mp4") else "video/webm"


@register_snippet
class VideoOfTheDay(models.Model):
    """An editor's choice of video for one centre on one date."""

    centre = models.ForeignKey("content.CentrePage", on_delete=models.CASCADE, related_name="video_schedule")
    day = models.DateField("date")
    video = models.ForeignKey(Video, on_delete=models.CASCADE, related_name="schedule")

    panels = [FieldPanel("centre"), FieldPanel("day"), FieldPanel("video")]

    class Meta:
        verbose_name = "Video of the Day schedule"
        verbose_name_plural = "Video of the Day schedule"
        ordering = ["-day"]
        constraints = [models.UniqueConstraint(fields=["centre", "day"], name="content_one_video_per_centre_day")]

    def __str__(self) -> str:
        return f"{self.day:%Y-%m-%d}: {self.video}"

    def clean(self) -> None:
        super().clean()
        if self.centre_id is None or self.day is None:
            return
        clash = VideoOfTheDay.objects.filter(centre_id=self.centre_id, day=self.day).exclude(pk=self.pk).first()
        if clash is not None:
            raise ValidationError(
                {
                    "day": (
                        f"{self.day:%B} {self.day.day}, {self.day.year} already has a Video of the Day for this "
                        f"centre ({clash.video}). Choose another date or edit that entry."
                    )
                }
            )

    def validate_constraints(self, exclude: Any = None) -> None:
        # clean() already explains a clash in words an editor understands.
        try:
            super().validate_constraints(exclude=exclude)
        except ValidationError as exc:
            if VideoOfTheDay.objects.filter(centre_id=self.centre_id, day=self.day).exclude(pk=self.pk).exists():
                return
            raise exc
