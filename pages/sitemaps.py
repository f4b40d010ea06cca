from functools import reduce
from operator import or_

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class BilingualSitemap(Sitemap):
    """Every live public page in every language, each listing its translations as hreflang alternates."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_site_tree = reduce(or_, (Q(path__startswith=root.path) for root in roots))
        return Page.objects.live().public().filter(in_a_site_tree).order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        pages = [url["item"] for url in urls]
        translations = {}
        for translation in (
            Page.objects.live()
            .public()
            .filter(translation_key__in={p.translation_key for p in pages})
            .select_related("locale")
        ):
            translations.setdefault(translation.translation_key, []).append(translation)
        for url in urls:
            url["alternates"] = [
                {"location": t.get_full_url(self.request), "lang_code": t.locale.language_code}
                for t in translations.get(url["item"].translation_key, [])
            ]
        return urls
