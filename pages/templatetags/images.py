"""Wagtail's image tags (`{% load images %}` for `{% load wagtailimages_tags %}`), with a `{% picture %}` that
remembers the HTML it writes.

Writing a <picture> (a source for each format, with its srcset, then the <img> and its attributes) takes
about 0.2 ms, most of it escaping and formatting: the ten cards of a news page cost 2 ms a visit, a tenth of
making the page. A rendition never changes once made: Wagtail makes a new one, with a new id, when an
image's file or focal point changes. The same renditions with the same attributes therefore always give the
same HTML, and each process keeps what it wrote for the last `MOST` of them. What is kept holds no
personal data and no address of a page: only the images' files and the tag's attributes. (It assumes a
rendition's address never changes: true of MEDIA_URL on our own disk; a storage that signs its addresses
for a while, such as a private S3 bucket, would need Wagtail's own tag back.)
"""

from django import template

from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.images.templatetags.wagtailimages_tags import PictureNode, image

from ccpcr.kept import Kept

register = template.Library()
register.tag("image", image)
register.tag("srcset_image", image)

MOST = 2000


class KeptPictureNode(PictureNode):
    def render(self, context):
        if self.output_var_name:  # {% picture ... as name %}: Wagtail's own
            return super().render(context)
        image = self.validate_image(context)
        if not image:
            return ""
        renditions = get_renditions_or_not_found(image, self.get_filters())
        attrs = {name: value.resolve(context) for name, value in self.attrs.items()}
        return picture_html(renditions, attrs)


@register.tag("picture")
def picture(parser, token):
    node = image(parser, token)  # Wagtail's own reading of the tag, and its errors
    return KeptPictureNode(node.image_expr, node.filter_specs, output_var_name=node.output_var_name, attrs=node.attrs)


_kept = Kept(MOST)  # start again rather than grow: a crawler may read every photo once


def picture_html(renditions, attrs):
    """Wagtail's own HTML for these renditions (a {filter: rendition} dict, in the tag's order) and attributes,
    written once per process. A rendition without an id (Wagtail's stand-in for an image whose file is
    missing) is written each time."""
    ids = tuple(rendition.pk for rendition in renditions.values())
    if None in ids:
        return Picture(renditions, attrs).__html__()
    key = (ids, tuple((name, str(value)) for name, value in attrs.items()))
    html = _kept.get(key)
    if html is None:
        html = _kept.keep(key, Picture(renditions, attrs).__html__())
    return html
