"""A news article stays light for a phone on slow data: at most 150 KB before its images, in Khmer too.

What a browser transfers before images is counted as it travels: the HTML gzip-compressed (as the proxy
sends it), every stylesheet and script it links, gzip-compressed (as WhiteNoise sends them; Brotli is
smaller still), and every font it preloads or that a stylesheet's @font-face would fetch for a letter on
the page. Fonts are counted whatever their weight, so the figure is an upper bound.
"""

import gzip
import posixpath
import random
import re

import pytest

from django.conf import settings
from django.contrib.staticfiles import finders

from wagtail.rich_text import RichText

from tests.factories import ImageFactory, NewsIndexPageFactory, NewsPageFactory, translate
from tests.reading import soup, visible_text

BUDGET = 150 * 1024
KHMER_CONSONANTS = [chr(code) for code in range(0x1780, 0x17A3)]
KHMER_VOWELS = [chr(code) for code in range(0x17B6, 0x17C6)]
KHMER = set(range(0x1780, 0x1800)) | set(range(0x19E0, 0x1A00)) | {0x200C, 0x200D, 0x25CC}  # letters, symbols, joiners

ENGLISH_WORDS = ["children", "families", "staff", "shelter", "Bavet", "border", "police", "returned", "safely"]
ENGLISH_WORDS += ["school", "training", "trafficking", "protection", "village", "counselling", "partners", "home"]


def khmer_paragraph(generator, letters=700):
    """Khmer syllables drawn at random: as long as a real paragraph, and harder to compress than real text."""
    words = []
    while sum(map(len, words)) < letters:
        words.append("".join(generator.choice(KHMER_CONSONANTS) + generator.choice(KHMER_VOWELS) for _ in range(3)))
    return " ".join(words) + "។"


def english_paragraph(generator, words=120):
    return " ".join(generator.choice(ENGLISH_WORDS) for _ in range(words)).capitalize() + "."


def body(paragraph, caption):
    """Eight long paragraphs, with a photo after the fourth and the seventh, far below the lead photo."""
    generator = random.Random(1994)
    blocks = []
    for number in range(8):
        blocks.append(("paragraph", RichText(f"<p>{paragraph(generator)}</p>")))
        if number in (3, 6):
            blocks.append(("image", {"image": ImageFactory(), "caption": caption}))
    return blocks


@pytest.fixture
def article(home, home_km):
    """A news article in English and its Khmer translation, each with a lead photo and a long body."""
    news = NewsIndexPageFactory(parent=home)
    translate(news, "km", title="ព័ត៌មាន")
    english = NewsPageFactory(
        parent=news,
        slug="children-return-home",
        title="Twenty-five children return home through Bavet",
        lead_image=ImageFactory(),
        lead_image_caption="Staff welcome children at the Bavet transit centre",
        body=body(english_paragraph, "A child club in Kampong Thom"),
    )
    khmer = translate(
        english,
        "km",
        title="កុមារម្ភៃប្រាំនាក់ត្រឡប់មកផ្ទះវិញតាមច្រកបាវិត",
        intro="កុមារម្ភៃប្រាំនាក់បានត្រឡប់មកពីប្រទេសវៀតណាមវិញ តាមមណ្ឌលស្នាក់នៅបណ្ដោះអាសន្នបាវិត។",
        lead_image_caption="បុគ្គលិកស្វាគមន៍កុមារនៅមណ្ឌលបាវិត",
        body=body(khmer_paragraph, "ក្លឹបកុមារនៅខេត្តកំពង់ធំ"),
    )
    return {"en": english, "km": khmer}


def static_file(url):
    """The file in static/ (or an app's static/) that a /static/ address serves."""
    path = finders.find(url.removeprefix(settings.STATIC_URL).split("?")[0])
    assert path, url
    with open(path, "rb") as file:
        return file.read()


def font_faces(stylesheet_url):
    """(font address, set of code points it covers, or None for all) for each @font-face of a stylesheet."""
    css = static_file(stylesheet_url).decode()
    folder = stylesheet_url.rsplit("/", 1)[0]
    faces = []
    for rule in re.findall(r"@font-face\s*{([^}]*)}", css):
        source = re.search(r'url\("?([^")]+)"?\)', rule).group(1)
        ranges = re.search(r"unicode-range:\s*([^;]+);", rule)
        faces.append(
            (posixpath.normpath(posixpath.join(folder, source)), code_points(ranges.group(1)) if ranges else None)
        )
    return faces


def code_points(unicode_range):
    points = set()
    for part in unicode_range.split(","):
        first, _, last = part.strip().removeprefix("U+").partition("-")
        points.update(range(int(first, 16), int(last or first, 16) + 1))
    return points


def weight_before_images(response):
    """{address: bytes transferred} for the page and everything it needs before its images."""
    page = soup(response)
    text = visible_text(response)
    weights = {"HTML": len(gzip.compress(response.content))}
    stylesheets = [link["href"] for link in page.select('link[rel="stylesheet"]')]
    for url in stylesheets + [script["src"] for script in page.select("script[src]")]:
        weights[url] = len(gzip.compress(static_file(url), compresslevel=9))
    for link in page.select('link[rel="preload"], link[rel="modulepreload"]'):
        weights[link["href"]] = len(static_file(link["href"]))
    for url in stylesheets:
        for font, covered in font_faces(url):
            if covered is None or any(ord(character) in covered for character in text):
                weights[font] = len(static_file(font))
    return weights


def test_a_khmer_news_article_weighs_at_most_150_kb_before_its_images(client, article):
    response = client.get("/km/news/children-return-home/")
    assert response.status_code == 200

    weights = weight_before_images(response)

    print("\n".join(f"{size / 1024:6.1f} KB  {url}" for url, size in weights.items()))
    assert sum(weights.values()) <= BUDGET, weights
    # Khmer readers get the Khmer font, preloaded so their text does not wait for the stylesheet.
    preloaded = [link["href"] for link in soup(response).select('link[rel="preload"][as="font"]')]
    assert preloaded and all("noto-sans-khmer" in url for url in preloaded)


def test_an_english_article_does_not_ask_for_the_khmer_font(client, article):
    response = client.get("/en/news/children-return-home/")
    page = soup(response)
    stylesheets = [link["href"] for link in page.select('link[rel="stylesheet"]')]

    assert not page.select('link[rel="preload"][as="font"]')
    khmer_faces = [covered for url in stylesheets for font, covered in font_faces(url) if "khmer" in font]
    # A browser fetches a font only for letters in its unicode-range: only Khmer letters, then.
    assert khmer_faces and all(covered and covered <= KHMER for covered in khmer_faces)
    # The only Khmer on an English article is the language switcher's "ភាសាខ្មែរ", for which a browser fetches
    # the regular Khmer face once (22 KB) and keeps it for good under its fingerprinted name.
    page.select_one(".language-switcher").decompose()
    assert not re.search("[\u1780-\u17ff]", page.get_text())


@pytest.mark.parametrize("language", ["en", "km"])
def test_only_the_lead_photo_loads_at_once_the_others_when_scrolled_to(client, article, language):
    page = soup(client.get(f"/{language}/news/children-return-home/"))

    lead = page.select_one(".lead-image img")
    assert lead["fetchpriority"] == "high" and lead.get("loading") != "lazy"
    below = page.select(".block--image img")
    assert len(below) == 2 and all(image["loading"] == "lazy" for image in below)
    # Each photo offers AVIF and WebP in several widths; the browser picks the smallest that fits.
    for picture in page.select("picture"):
        types = {source["type"] for source in picture.select("source")}
        assert types == {"image/avif", "image/webp"}
        assert all(len(source["srcset"].split(",")) == 3 and source["sizes"] for source in picture.select("source"))
