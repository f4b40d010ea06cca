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
        items = list(self.paginator.page(page).object_list)
        translations = {}
        for translation in (
            Page.objects.live()
            .public()
            .filter(translation_key__in={item.translation_key for item in items})
            .select_related("locale")
        ):
            translations.setdefault(translation.translation_key, []).append(translation)
        urls = []
        for item in items:
            alternates = [
                {"location": t.get_full_url(self.request), "lang_code": t.locale.language_code}
                for t in translations.get(item.translation_key, [])
            ]
            for url_info in item.get_sitemap_urls(self.request):
                urls.append({**url_info, "alternates": alternates if len(alternates) > 1 else []})
        return urls
