"""StreamField blocks of an article body: text, image, call-out, video, key facts,
and the Video of the Day slot."""

# Wagtail ships no type information, so its base classes are Any here.
# mypy: allow-subclassing-any

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        required=False,
        help_text="Describe what the image shows for people who cannot see it. Leave empty only if it is decorative.",
    )
    decorative = blocks.BooleanBlock(required=False, help_text="Tick if the image adds nothing a reader would miss.")
    caption = blocks.CharBlock(max_length=300, required=False)

    class Meta:
        icon = "image"
        template = "content/blocks/image.html"

    def clean(self, value: Any) -> Any:
        cleaned = super().clean(value)
        if not cleaned.get("alt_text") and not cleaned.get("decorative"):
            raise StructBlockValidationError(
                block_errors={"alt_text": ValidationError("Give the image alt text, or mark it as decorative.")}
            )
        return cleaned


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("info", "Good to know"), ("warning", "Take care"), ("urgent", "Get help now")],
        default="info",
    )
    heading = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "warning"
        template = "content/blocks/callout.html"


class KeyFactsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, default="Key facts")
    facts = blocks.ListBlock(blocks.CharBlock(max_length=400), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "content/blocks/key_facts.html"


class VideoBlock(blocks.StructBlock):
    video = SnippetChooserBlock("content.Video")

    class Meta:
        icon = "media"
        template = "content/blocks/video.html"


class VideoOfTheDayBlock(blocks.StaticBlock):
    class Meta:
        icon = "date"
        label = "Video of the Day slot"
        admin_text = "Shows the centre's Video of the Day here."
        template = "content/blocks/video_of_the_day.html"


class ArticleBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        help_text="Cite a reference by its number in square brackets, e.g. [1] or [2, 3].",
    )
    image = ImageBlock()
    callout = CalloutBlock()
    video = VideoBlock()
    key_facts = KeyFactsBlock()
    video_of_the_day = VideoOfTheDayBlock()
