"""CCPCR's public content. One module per content area; import models from `pages.models`."""

from .contact import ContactPage, FormField
from .documents import DocumentLibraryPage
from .home import HomePage
from .media import SiteDocument, SiteImage, SiteRendition
from .news import NewsCategory, NewsIndexPage, NewsPage, NewsPageTag, StoryPage
from .site import ContactDetails, FooterText, Partner
from .standard import StandardPage

__all__ = [
    "ContactDetails",
    "ContactPage",
    "SiteDocument",
    "DocumentLibraryPage",
    "FooterText",
    "FormField",
    "HomePage",
    "SiteImage",
    "NewsCategory",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "Partner",
    "SiteRendition",
    "StandardPage",
    "StoryPage",
]
