"""Admin form of an article: checks that every in-text citation has a reference."""

from __future__ import annotations

from typing import Any

from wagtail.admin.forms import WagtailAdminPageForm

from livewell.content.citations import unknown_citations


def body_texts(body: Any) -> list[str]:
    """The HTML or plain text of every body block where a citation may be typed."""
    texts: list[str] = []
    for block in body or []:
        if block.block_type == "text":
            texts.append(str(block.value.source))
        elif block.block_type == "callout":
            texts.append(str(block.value["text"].source))
        elif block.block_type == "key_facts":
            texts.extend(block.value["facts"])
    return texts


class ArticlePageForm(WagtailAdminPageForm):  # type: ignore[misc]  # Wagtail is untyped
    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean()
        references = self.formsets.get("references")
        if references is None or "body" not in cleaned or not references.is_valid():
            return cleaned
        # Unchanged blank extra forms have empty cleaned_data; deleted ones are marked DELETE.
        count = sum(1 for form in references.forms if form.cleaned_data and not form.cleaned_data.get("DELETE"))
        missing = unknown_citations(body_texts(cleaned["body"]), count)
        if missing:
            listed = ", ".join(f"[{n}]" if n > 0 else "a malformed citation" for n in missing)
            plural = "" if count == 1 else "s"
            self.add_error(
                "body",
                f"The text cites {listed}, but the article has {count} reference{plural}. "
                "Add the missing reference or correct the number.",
            )
        return cleaned
