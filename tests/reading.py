"""Read a response as a visitor does: its visible text, and any English words left on a Khmer page."""

import re

from bs4 import BeautifulSoup

# Names that stay as they are in Khmer text.
ALLOWED_LATIN_WORDS = {"CCPCR", "RSS", "Atom", "Facebook", "YouTube", "LinkedIn", "Telegram", "PDF", "DV"}
ANNOUNCED_ATTRIBUTES = ("aria-label", "placeholder", "title", "alt")


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def visible_text(response):
    page = soup(response)
    for hidden in page(["script", "style", "template"]):
        hidden.decompose()
    return " ".join(page.get_text(" ").split())


def english_words(response, names=()):
    """Latin words a Khmer reader would see or hear, outside parts marked lang="en" and known `names`."""
    page = soup(response)
    for ignored in page(["script", "style", "template", "head"]):
        ignored.decompose()
    for english in page.select('[lang="en"]'):
        english.decompose()
    texts = [page.get_text(" ")]
    texts += [element[attribute] for attribute in ANNOUNCED_ATTRIBUTES for element in page.select(f"[{attribute}]")]
    return english_words_in_text(" ".join(texts), names)


def english_words_in_text(text, names=()):
    """Latin words in a plain text (an email's body), apart from addresses and known `names`."""
    # Email addresses and web addresses are not words a reader translates.
    text = re.sub(r"\S+@\S+|https?://\S+", " ", text)
    words = re.findall(r"[A-Za-z]{2,}", text)
    allowed = ALLOWED_LATIN_WORDS | {word for name in names for word in name.split()}
    return sorted({word for word in words if word not in allowed})
