"""Authors and medical reviewers: snippets an editor picks on each article."""

# Wagtail ships no type information: its base classes are Any, and the plugin cannot see
# the reverse managers of ArticlePage (an Any subclass).
# mypy: allow-subclassing-any, disable-error-code="django-manager-missing"

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from wagtail.admin.panels import FieldPanel
from wagtail.search import index
from wagtail.snippets.models import register_snippet


class Person(index.Indexed, models.Model):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True, help_text="Used in the web address of the person's page.")
    credentials = models.CharField(
        max_length=200, blank=True, help_text='Qualifications as readers should see them, e.g. "RN, MSN".'
    )
    bio = models.TextField(blank=True)
    photo = models.ForeignKey("wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("credentials"), FieldPanel("bio"), FieldPanel("photo")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def initials(self) -> str:
        return "".join(word[0] for word in self.name.split()[:2]).upper()


@register_snippet
class Author(Person):
    class Meta(Person.Meta):
        verbose_name = "author"

    def get_absolute_url(self) -> str:
        return reverse("content:author", kwargs={"slug": self.slug})


@register_snippet
class MedicalReviewer(Person):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="medical_reviewer",
        help_text=(
            "The reviewer's staff account. When this account approves an article in the medical review "
            "workflow, the article is credited to this reviewer with that day's date."
        ),
    )

    panels = [*Person.panels, FieldPanel("user")]

    class Meta(Person.Meta):
        verbose_name = "medical reviewer"
