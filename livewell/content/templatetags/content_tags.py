"""Template tags for articles: the body with linked citations, and Open Graph data."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString, mark_safe

from livewell.content.citations import CitationLinker

register = template.Library()

# Blocks whose text may carry citations typed as "[1]"; the others are rendered as they are.
CITABLE_BLOCKS = frozenset({"text", "callout", "key_facts"})


@register.simple_tag(takes_context=True)
def article_body(context: template.Context, page: Any, reference_count: int) -> SafeString:
    """Render the article body, turning "[n]" citations into links to the reference list.

    Leaves the linker in the context as ``citations`` so the reference list can
    link back to the first place each reference is cited.
    """
    linker = CitationLinker(reference_count=reference_count)
    parts: list[str] = []
    flat = context.flatten()
    for block in page.body:
        html = block.render(context=flat)
        if block.block_type in CITABLE_BLOCKS:
            html = linker.link(html)
        parts.append(f'<div class="block block-{block.block_type}">{html}</div>')
    context["first_cite"] = linker.first_cite
    return mark_safe("\n".join(parts))  # blocks are rendered by Wagtail's escaping templates


@register.filter
def first_cite_of(first_cite: dict[int, str] | None, number: int) -> str:
    return (first_cite or {}).get(number, "")
