"""Renditions of many images in one query.

`{% picture %}` and `{% image %}` look up each image's renditions on their own: one query (or one cache
round trip) per image, so a list of thirty articles or a body with thirty photos would ask thirty times.
Fetched beforehand with `prefetch_renditions`, they cost one query however many images there are. Lists
of pages and snippets do the same with `.prefetch_related("<image field>__renditions")`.

Wagtail also reads each filter spec ("fill-400x225|format-webp") afresh for every image it is asked of,
checking each operation's arguments by introspection: about 0.1 ms a spec, and a `{% picture %}` asks for
six or nine. `image_filter` reads each spec once per process; `SiteImage` hands Wagtail those instead of the
ones its template tags make.
"""

from functools import lru_cache

from django.db.models import Prefetch, prefetch_related_objects

from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage, Filter

# The article cards' picture: includes/article_card.html asks `{% picture %}` for these specs. Lists of
# articles fetch only these renditions of their photos, not every size made of them (an article's photo has
# sixteen once its page has been seen: the page's own sizes, the cards', the social image). Should the two
# differ, each card would ask for its renditions itself: tests/test_query_counts.py would say so.
CARD_PICTURE = "format-{avif,webp,jpeg} fill-{400x225,800x450}"


def images_in(value):
    """Every image in a StreamField value (in blocks, lists and blocks inside blocks), in order."""
    if isinstance(value, AbstractImage):
        yield value
    elif isinstance(value, StreamValue):
        for child in value:
            yield from images_in(child.value)
    elif isinstance(value, StructValue):
        for item in value.values():
            yield from images_in(item)
    elif isinstance(value, ListValue):
        for item in value:
            yield from images_in(item)


def prefetch_renditions(images):
    """Fetch the renditions of all `images` (None is skipped) in one query."""
    prefetch_related_objects([image for image in images if image is not None], "renditions")


def image_filter(spec_or_filter):
    """The Filter for a spec, read once per process (a Filter holds nothing of any one image)."""
    if isinstance(spec_or_filter, str):
        return _filter(spec_or_filter)
    if type(spec_or_filter) is Filter:
        return _filter(spec_or_filter.spec)
    return spec_or_filter


@lru_cache(maxsize=1024)
def _filter(spec):
    return Filter(spec=spec)


def renditions_for(lookup, spec):
    """A Prefetch of the renditions at `lookup` ("lead_image__renditions") made for a `{% picture %}` `spec`."""
    specs = Filter.expand_spec(spec)
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    return Prefetch(lookup, queryset=renditions)
