"""StreamField blocks used in page bodies. Each has a template in templates/blocks/, an icon and a preview."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page

from pages.languages import in_current_language

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))], default="h2", label=_("Level")
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Heading")
        preview_value = {"text": "Protecting children since 1994", "level": "h2"}
        description = _("A heading that starts a section of the page.")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        label = _("Paragraph")
        preview_value = "<p>CCPCR protects children from trafficking, exploitation and abuse.</p>"
        description = _("Text with links and lists.")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)

    def get_preview_value(self):
        return {"image": get_image_model().objects.last(), "caption": "Staff welcome families at Bavet"}

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Image")
        description = _("A photo with its caption; the photographer's credit comes from the image.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        label=_("Attribution"),
        required=False,
        max_length=120,
        help_text=_("Never a child's name: use a case code or a description such as 'a returning child'."),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        label = _("Quote")
        preview_value = {"quote": "I want to go back to school.", "attribution": "A child returning home"}


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"))
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    def get_preview_value(self):
        page = Page.objects.filter(depth=2).first()
        return {
            "heading": "Volunteer with us",
            "text": "Give your time to children.",
            "page": page,
            "button_label": "Join",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = value.get("page")
        # The body works out every call to action's target at once (BodyBlock.get_context); a block shown
        # alone (the admin's preview) asks for its own.
        targets = (parent_context or {}).get("link_targets") or {}
        if page is not None and page.pk not in targets:
            targets = in_current_language([page])
        context["target"] = targets.get(page.pk) if page is not None else None
        return context

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action.html"
        label = _("Call to action")
        description = _("A highlighted invitation to volunteer, apply or donate.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), required=False, help_text=_("Leave empty to use the document's title."))

    def get_preview_value(self):
        return {"document": get_document_model().objects.last(), "title": ""}

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        label = _("Document")


class FigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(label=_("Figure"), max_length=20)
    label = blocks.CharBlock(label=_("Label"), max_length=120)

    class Meta:
        icon = "success"
        label = _("Figure")


class FiguresBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(FigureBlock(), **kwargs)

    class Meta:
        icon = "table"
        template = "blocks/figures.html"
        label = _("Impact figures")
        preview_value = [{"figure": "3,150+", "label": "children helped since 1994"}]


class EmbedVideoBlock(EmbedBlock):
    class Meta:
        icon = "media"
        template = "blocks/embed.html"
        label = _("Video")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentBlock()
    figures = FiguresBlock()
    video = EmbedVideoBlock()

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["link_targets"] = in_current_language(
            child.value.get("page") for child in value if child.block_type == "call_to_action"
        )
        return context

    class Meta:
        template = "blocks/body.html"
