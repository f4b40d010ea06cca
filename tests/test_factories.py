"""The factories themselves build valid, published content."""

from tests.factories import (
    ContactPageFactory,
    DocumentFactory,
    DocumentLibraryPageFactory,
    ImageFactory,
    NewsCategoryFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    StoryPageFactory,
    translate,
)


def test_page_factories_build_live_pages_under_their_parent(home):
    news = NewsIndexPageFactory(parent=home)
    article = NewsPageFactory(parent=news)
    story = StoryPageFactory(parent=news)
    about = StandardPageFactory(parent=home)
    assert {article.get_parent().pk, story.get_parent().pk} == {news.pk}
    assert all(page.live for page in (news, article, story, about))
    for page in (news, article, story, about):
        page.full_clean()


def test_contact_page_factory_gives_the_form_three_fields(home):
    contact = ContactPageFactory(parent=home)
    assert [field.label for field in contact.form_fields.all()] == ["Your name", "Your email", "Message"]


def test_media_factories_store_real_files(db):
    image = ImageFactory()
    document = DocumentFactory()
    assert image.width > 0 and image.credit == "CCPCR"
    assert document.file.read(5) == b"%PDF-"


def test_translate_makes_a_published_khmer_twin(home_km, home):
    assert home_km.locale.language_code == "km"
    assert home_km.translation_key == home.translation_key
    assert home_km.live


def test_library_factory_lists_the_root_collection(home):
    library = DocumentLibraryPageFactory(parent=home)
    assert library.collection.is_root()


def test_translate_keeps_a_snippets_synchronised_fields(home):
    category = NewsCategoryFactory()
    khmer = translate(category, "km", name="ការធ្វើមាតុភូមិនិវត្តន៍")
    assert khmer.slug == category.slug
