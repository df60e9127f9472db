"""Wagtail pages: the home page, centres (topic hubs), the article list and articles."""

# Wagtail ships no type information, so its base classes and return values are Any here.
# mypy: allow-subclassing-any, no-warn-return-any

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from livewell.content.blocks import ArticleBodyBlock
from livewell.content.forms import ArticlePageForm
from livewell.content.reading import reading_minutes, word_count


class HomePage(Page):
    """Root of the content site.  "/" itself is the core home view, so this page
    is reached only in previews; its children are the centres and /articles/."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["content.CentrePage", "content.ArticleIndexPage"]
    max_count = 1
    template = "content/home_page.html"

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["centres"] = CentrePage.objects.child_of(self).live().public()
        return context


class CentrePage(Page):
    """A topic hub such as the Back Pain Center."""

    intro = RichTextField(features=["bold", "italic", "link", "ul"])

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("featured_articles", label="Featured articles", max_num=6),
        InlinePanel("tool_links", label="Links to tools"),
    ]
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.ArticlePage"]
    template = "content/centre_page.html"

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from livewell.content.selectors import video_of_the_day

        context = super().get_context(request, *args, **kwargs)
        featured = [link.article for link in self.featured_articles.select_related("article") if link.article.live]
        context["featured"] = [page.specific for page in featured]
        featured_ids = {page.pk for page in featured}
        context["articles"] = [
            page
            for page in ArticlePage.objects.child_of(self).live().public().order_by("title")
            if page.pk not in featured_ids
        ]
        context["video"] = video_of_the_day(centre=self, day=timezone.localdate())
        context["centre"] = self
        return context


class CentreFeaturedArticle(Orderable):
    centre = ParentalKey(CentrePage, on_delete=models.CASCADE, related_name="featured_articles")
    article = models.ForeignKey("content.ArticlePage", on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("article", "content.ArticlePage")]


class CentreToolLink(Orderable):
    centre = ParentalKey(CentrePage, on_delete=models.CASCADE, related_name="tool_links")
    title = models.CharField(max_length=80)
    url = models.CharField(
        "link",
        max_length=300,
        help_text="A path on this site such as /tracker/, or a full https:// address.",
        validators=[RegexValidator(r"^(/|https://)", "Start the link with / (this site) or https://.")],
    )
    description = models.CharField(max_length=200, blank=True)

    panels = [FieldPanel("title"), FieldPanel("url"), FieldPanel("description")]


class ArticleIndexPage(Page):
    """/articles/: every published article, newest first."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["content.HomePage"]
    subpage_types: list[str] = []
    max_count = 1
    template = "content/article_index_page.html"

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from livewell.content.selectors import latest_articles

        context = super().get_context(request, *args, **kwargs)
        context["articles"] = latest_articles()
        return context


class ArticlePage(Page):
    summary = models.TextField(max_length=400, help_text="One or two plain sentences shown in lists and previews.")
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_alt = models.CharField(
        "hero image alt text", max_length=250, blank=True, help_text="What the image shows, for screen readers."
    )
    hero_caption = models.CharField(max_length=300, blank=True)
    body = StreamField(ArticleBodyBlock())
    author = models.ForeignKey(
        "content.Author", null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    reviewer = models.ForeignKey(
        "content.MedicalReviewer",
        verbose_name="medical reviewer",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    last_reviewed = models.DateField(
        null=True, blank=True, help_text="The date the medical reviewer last checked this article."
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_alt"), FieldPanel("hero_caption")], "Hero image"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("author"), FieldPanel("reviewer"), FieldPanel("last_reviewed")], "Credits"),
        InlinePanel("references", label="References", heading="References (numbered in this order)"),
        InlinePanel("related_links", label="Related articles", max_num=6),
    ]
    base_form_class = ArticlePageForm
    parent_page_types = ["content.CentrePage"]
    subpage_types: list[str] = []
    template = "content/article_page.html"

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("author", [index.SearchField("name")]),
        index.FilterField("last_reviewed"),
    ]

    def clean(self) -> None:
        super().clean()
        if self.hero_image_id and not self.hero_alt.strip():
            raise ValidationError({"hero_alt": "Describe the hero image for people who cannot see it."})
        if self.last_reviewed and self.last_reviewed > timezone.localdate():
            raise ValidationError({"last_reviewed": "The review date cannot be in the future."})

    @property
    def reading_minutes(self) -> int:
        texts: list[str] = [self.summary]
        for block in self.body:
            if block.block_type == "text":
                texts.append(str(block.value.source))
            elif block.block_type == "callout":
                texts.extend([block.value["heading"], str(block.value["text"].source)])
            elif block.block_type == "key_facts":
                texts.extend([block.value["heading"], *block.value["facts"]])
        return reading_minutes(sum(word_count(text) for text in texts))

    @property
    def centre(self) -> CentrePage | None:
        parent = self.get_parent()
        specific = parent.specific if parent is not None else None
        return specific if isinstance(specific, CentrePage) else None

    @property
    def reviewed_on(self) -> date | None:
        return self.last_reviewed

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from livewell.content.selectors import video_of_the_day

        context = super().get_context(request, *args, **kwargs)
        centre = self.centre
        context["centre"] = centre
        context["video"] = video_of_the_day(centre=centre, day=timezone.localdate()) if centre else None
        context["references"] = list(self.references.all())
        context["related"] = [
            link.article.specific for link in self.related_links.select_related("article") if link.article.live
        ]
        context["has_video_slot"] = any(block.block_type == "video_of_the_day" for block in self.body)
        return context


class ArticleReference(Orderable):
    """One numbered entry of an article's reference list."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="references")
    authors = models.CharField(max_length=300, blank=True, help_text='e.g. "Buchbinder R, Osborne RH, et al."')
    title = models.CharField(
        max_length=500,
        blank=True,
        help_text="Title of the paper, guideline or page.",
    )
    source = models.CharField("journal or organisation", max_length=300, blank=True)
    year = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1800), MaxValueValidator(2100)]
    )
    doi = models.CharField(
        "DOI",
        max_length=200,
        blank=True,
        validators=[RegexValidator(r"^10\.\d{4,9}/\S+$", 'A DOI looks like "10.1056/NEJMoa0900429".')],
    )
    pmid = models.CharField(
        "PubMed ID",
        max_length=12,
        blank=True,
        validators=[RegexValidator(r"^\d{1,10}$", "A PubMed ID is digits only.")],
    )
    url = models.URLField("web address", max_length=500, blank=True)

    panels = [
        FieldPanel("authors"),
        FieldPanel("title"),
        FieldPanel("source"),
        FieldPanel("year"),
        FieldPanel("doi"),
        FieldPanel("pmid"),
        FieldPanel("url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "reference"

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        if not self.title.strip():
            raise ValidationError({"title": "Every reference needs a title, so readers can find the source."})

    @property
    def link(self) -> str:
        if self.doi:
            return f"https://doi.org/{self.doi}"
        if self.pmid:
            return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/"
        return self.url


class ArticleRelatedLink(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_links")
    article = models.ForeignKey(ArticlePage, on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("article", "content.ArticlePage")]
