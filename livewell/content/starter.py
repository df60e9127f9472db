"""Starter content: the Wagtail site, the Back Pain Center, its articles, the
editorial team, the starter video, editorial groups and the review workflow.

Idempotent: anything that already exists is left exactly as it is (an editor
may have changed it), so a rerun changes nothing and takes a fraction of a second.
"""

# Wagtail ships no type information, so values it returns are Any here.
# mypy: no-warn-return-any

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files import File
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from livewell.content.models import (
    ArticleIndexPage,
    ArticlePage,
    ArticleReference,
    ArticleRelatedLink,
    Author,
    CentreFeaturedArticle,
    CentrePage,
    CentreToolLink,
    HomePage,
    MedicalReviewer,
    MedicalReviewTask,
    Video,
)
from livewell.content.starter_articles import ARTICLES, StarterArticle
from livewell.content.starter_references import REFERENCES

MEDIA_DIR = Path(__file__).resolve().parent / "starter_media"
VIDEO_NAME = "back-extension-tips"
# The day the starter articles were written and checked against their sources.
STARTER_REVIEW_DATE = date(2026, 11, 25)

EDITORS = "Editors"
REVIEWERS = "Medical reviewers"
ADMINS = "Admins"
WORKFLOW_NAME = "Medical review"
TASK_NAME = "Approval by a medical reviewer"

TEAM_NAME = "livewell editorial team"
TEAM_BIO = (
    "The livewell editorial team writes our health articles in plain language from published guidelines and "
    "trials, and lists every source it uses. We do not sell products or accept advertising in articles."
)
REVIEW_CREDENTIALS = "Checked against the cited guidelines and trials"
REVIEW_BIO = (
    "Starter articles were checked by the editorial team against each cited source. Sites that run livewell "
    "should have a qualified clinician review them and record that review here."
)

TOOLS = (
    ("Treatment guide", "/back-pain/tools/guide/", "Answer a few questions to see warning signs and options."),
    ("Pain journal", "/back-pain/tools/journal/", "Record your pain from 0 to 10 and what helped."),
    ("Medicine safety check", "/back-pain/tools/medicines/", "Keep a list of your medicines and see known risks."),
    ("Calorie tracker", "/tracker/", "Log food and exercise and check calcium and vitamin D."),
)

Out = Callable[[str], None]


def load(out: Out) -> None:
    with transaction.atomic():
        home = _home_page(out)
        centre = _centre(home, out)
        _article_index(home, out)
        author, reviewer = _people()
        _video(centre, out)
        _articles(centre, author, reviewer, out)
        _groups_and_workflow(home, centre, out)


def _publish(page: Page) -> None:
    page.save_revision(log_action=False).publish(log_action=False)


def _wagtail_roots() -> Page:
    """The tree root, default locale and root collection.  Wagtail's migrations make them, but a
    database that was emptied afterwards (a flush, a restore of data only) lacks them."""
    Locale.objects.get_or_create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", live=True))
    return root


def _home_page(out: Out) -> HomePage:
    home = HomePage.objects.first()
    if home is None:
        root = _wagtail_roots()
        home = root.add_child(instance=HomePage(title="livewell health library", slug="livewell-home"))
        _publish(home)
        out("  content: created the home page")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="livewell")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
        out("  content: the default site now starts at the livewell home page")
    # Wagtail's install creates a plain "Welcome to your new Wagtail site!" page; nothing links to it now.
    plain_page = ContentType.objects.get_for_model(Page)
    for welcome in Page.objects.filter(depth=2, content_type=plain_page, numchild=0).exclude(pk=home.pk):
        if not Site.objects.filter(root_page=welcome).exists():
            welcome.delete()
    return home


def _centre(home: HomePage, out: Out) -> CentrePage:
    centre = CentrePage.objects.filter(slug="back-pain-center").first()
    if centre is not None:
        return centre
    centre = home.add_child(
        instance=CentrePage(
            title="Back Pain Center",
            slug="back-pain-center",
            search_description="Clear, referenced articles about back pain from osteoporosis and spine fractures.",
            intro=(
                "<p>Back pain from osteoporosis and spine fractures, explained in plain language: why it happens, "
                "warning signs, medicines, exercise and procedures. Every article lists its sources and is "
                "checked before it is published.</p>"
            ),
            tool_links=[
                CentreToolLink(title=title, url=url, description=description, sort_order=number)
                for number, (title, url, description) in enumerate(TOOLS)
            ],
        )
    )
    _publish(centre)
    out("  content: created the Back Pain Center")
    return centre


def _article_index(home: HomePage, out: Out) -> None:
    if ArticleIndexPage.objects.exists():
        return
    index = home.add_child(
        instance=ArticleIndexPage(
            title="Articles",
            slug="articles",
            intro="<p>Every article from our health centres, newest first.</p>",
        )
    )
    _publish(index)
    out("  content: created the article list")


def _people() -> tuple[Author, MedicalReviewer]:
    author, _ = Author.objects.get_or_create(
        slug="livewell-editorial-team", defaults={"name": TEAM_NAME, "credentials": "", "bio": TEAM_BIO}
    )
    reviewer, _ = MedicalReviewer.objects.get_or_create(
        slug="livewell-editorial-team",
        defaults={"name": TEAM_NAME, "credentials": REVIEW_CREDENTIALS, "bio": REVIEW_BIO},
    )
    return author, reviewer


def _video(centre: CentrePage, out: Out) -> None:
    if Video.objects.filter(title="Gentle back-extension tips").exists():
        return
    poster = _image(f"{VIDEO_NAME}-poster.png", "Gentle back-extension tips (poster)")
    video = Video(
        title="Gentle back-extension tips",
        centre=centre,
        poster=poster,
        transcript=(MEDIA_DIR / f"{VIDEO_NAME}.txt").read_text(encoding="utf-8"),
        duration_seconds=67,
    )
    with (MEDIA_DIR / f"{VIDEO_NAME}.webm").open("rb") as video_file:
        video.file.save(f"{VIDEO_NAME}.webm", File(video_file), save=False)
    with (MEDIA_DIR / f"{VIDEO_NAME}.vtt").open("rb") as captions_file:
        video.captions.save(f"{VIDEO_NAME}.vtt", File(captions_file), save=False)
    video.full_clean()
    video.save()
    out("  content: imported the starter video with captions and transcript")


def _references(article: StarterArticle) -> list[ArticleReference]:
    references = []
    for number, tag in enumerate(article.references):
        ref = REFERENCES[tag]
        references.append(
            ArticleReference(
                authors=ref.authors,
                title=ref.title,
                source=ref.source,
                year=ref.year,
                doi=ref.doi,
                pmid=ref.pmid,
                url=ref.url,
                sort_order=number,
            )
        )
    return references


def _image(file_name: str, title: str) -> Any:
    """A Wagtail image made from a starter_media file (reused if already imported)."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    image = image_model(title=title, collection=Collection.get_first_root_node())
    with (MEDIA_DIR / file_name).open("rb") as source:
        image.file.save(file_name, File(source), save=False)
    image.save()
    return image


def _articles(centre: CentrePage, author: Author, reviewer: MedicalReviewer, out: Out) -> None:
    existing = set(ArticlePage.objects.child_of(centre).values_list("slug", flat=True))
    created: list[tuple[ArticlePage, StarterArticle]] = []
    for article in ARTICLES:
        if article.slug in existing:
            continue
        page = ArticlePage(
            title=article.title,
            slug=article.slug,
            summary=article.summary,
            search_description=article.summary,
            body=[{"type": kind, "value": value} for kind, value in article.body],
            author=author,
            reviewer=reviewer,
            last_reviewed=STARTER_REVIEW_DATE,
            references=_references(article),
        )
        if article.hero is not None:
            page.hero_image = _image(article.hero.file, f"{article.title} (illustration)")
            page.hero_alt = article.hero.alt
            page.hero_caption = article.hero.caption
        page.full_clean(exclude=["path", "depth"])  # set by add_child below
        centre.add_child(instance=page)
        created.append((page, article))
    if not created:
        return
    by_slug = {page.slug: page for page in ArticlePage.objects.child_of(centre)}
    for page, article in created:
        page.related_links = [
            ArticleRelatedLink(article=by_slug[slug], sort_order=number)
            for number, slug in enumerate(article.related)
            if slug in by_slug
        ]
        page.save()
        _publish(page)
    if not centre.featured_articles.exists():
        featured = [by_slug[slug] for slug in ("why-spine-fractures-happen", "back-pain-red-flags") if slug in by_slug]
        centre.featured_articles = [
            CentreFeaturedArticle(article=page, sort_order=number) for number, page in enumerate(featured)
        ]
        centre.save()
        _publish(centre)
    out(f"  content: published {len(created)} Back Pain Center articles")


def _page_permission(codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def _grant_pages(group: Group, page: Page, codenames: tuple[str, ...]) -> None:
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=_page_permission(codename))


def _grant_model(group: Group, app_label: str, codenames: tuple[str, ...]) -> None:
    permissions = Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    group.permissions.add(*permissions)


SNIPPET_CODENAMES = tuple(
    f"{action}_{model}"
    for model in ("author", "medicalreviewer", "video", "videooftheday")
    for action in ("add", "change", "delete", "view")
)


def _groups_and_workflow(home: HomePage, centre: CentrePage, out: Out) -> None:
    if Workflow.objects.filter(name=WORKFLOW_NAME).exists():
        return
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    reviewers, _ = Group.objects.get_or_create(name=REVIEWERS)
    admins, _ = Group.objects.get_or_create(name=ADMINS)
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    root_collection = Collection.get_first_root_node()
    for group in (editors, reviewers, admins):
        group.permissions.add(access_admin)
        _grant_model(group, "content", SNIPPET_CODENAMES)
        for codename in ("add_image", "choose_image", "change_image", "add_document", "choose_document"):
            app = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
            permission = Permission.objects.get(content_type__app_label=app, codename=codename)
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
    # Editors write and submit for review but cannot publish.  A reviewer's approval publishes the
    # page as that reviewer (Wagtail's default finishing action), so reviewers hold the publish permission.
    _grant_pages(editors, home, ("add_page", "change_page", "lock_page"))
    _grant_pages(reviewers, home, ("add_page", "change_page", "publish_page", "lock_page"))
    _grant_pages(
        admins, home, ("add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page")
    )

    workflow = Workflow.objects.create(name=WORKFLOW_NAME)
    task, _ = MedicalReviewTask.objects.get_or_create(name=TASK_NAME)
    task.groups.set([reviewers])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in (home, centre):
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    out("  content: created groups Editors, Medical reviewers, Admins and the medical review workflow")
