"""`python manage.py seed_demo`: bilingual demo content, built in code. Run it as often as you like."""

import io
from datetime import date, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from django.utils import timezone

from wagtail.models import Collection, Locale, Page, Site
from wagtail.rich_text import RichText

from careers.models import VacancyIndexPage, VacancyPage
from pages.demo import content, sections
from pages.demo.images import landscape_jpeg
from pages.demo.pdfs import report_pdf
from pages.demo.review import publish
from pages.demo.translate import publish_translation, translation_table
from pages.models import (
    ContactDetails,
    ContactPage,
    DocumentLibraryPage,
    FooterText,
    FormField,
    HomePage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    Partner,
    SiteDocument,
    SiteImage,
    StandardPage,
    StoryPage,
)
from volunteers.models import ChildProtectionPolicy, OpportunityIndexPage, OpportunityPage

EN = "en"


OPPORTUNITY_TEXT_FIELDS = ["role", "place", "duration", "minimum_commitment", "schedule", "skills", "languages"]


def en(text):
    return text[EN]


def rich_text(texts):
    return "".join(f"<p>{en(text)}</p>" for text in texts)


def paragraphs(texts):
    return [("paragraph", RichText(f"<p>{en(text)}</p>")) for text in texts]


class Command(BaseCommand):
    help = "Load CCPCR's bilingual demo content (pages, news, stories, documents, images). Idempotent."

    def handle(self, *args, **options):
        # Not one big transaction: wagtail-localize publishes translations when each step commits, and a
        # run that stops half-way is simply finished by the next one.
        DemoSeed(self.stdout).run()
        self.stdout.write(self.style.SUCCESS("Demo content is in place in English and Khmer."))


class DemoSeed:
    def __init__(self, stdout):
        self.stdout = stdout
        self.table = translation_table(
            {name: getattr(content, name) for name in dir(content) if name.isupper()},
            {name: getattr(sections, name) for name in dir(sections) if name.isupper()},
        )
        self.created = 0

    def run(self):
        self.english, _ = Locale.objects.get_or_create(language_code="en")
        self.khmer, _ = Locale.objects.get_or_create(language_code="km")
        images = self.images()
        documents = self.documents()
        categories = self.categories()
        home = self.home(images)
        self.site(home)
        self.snippets()
        self.sections(home, images, documents, categories)
        self.stdout.write(f"Created {self.created} new items.")

    # -- helpers -------------------------------------------------------------------------------------

    def add_page(self, parent, model, slug, **fields):
        """The live child of `parent` with `slug`, created and published when missing, and its Khmer twin."""
        page = parent.get_children().filter(slug=slug).specific().first()
        if page is None:
            tags = fields.pop("tags", [])
            page = model(slug=slug, **fields)
            if tags:
                page.tags.add(*tags)
            parent.add_child(instance=page)
            page.save_revision()
            # Stories go live as every story does: approved in the safeguarding review (pages.demo.review).
            publish(page)
            self.created += 1
        if not page.get_translations().filter(locale=self.khmer).exists():
            publish_translation(page, self.khmer, self.table)
            self.created += 1
        return page

    def translate(self, instance):
        if instance.get_translation_or_none(self.khmer) is None:
            publish_translation(instance, self.khmer, self.table)
            self.created += 1

    # -- media ---------------------------------------------------------------------------------------

    def images(self):
        names = ["hero", *(article["slug"] for article in content.NEWS + content.STORIES), "programmes"]
        images = {}
        for name in names:
            title = f"Demo illustration: {name}"
            image = SiteImage.objects.filter(title=title).first()
            if image is None:
                image = SiteImage(
                    title=title,
                    description=en(sections.IMAGE_ALT),
                    credit="CCPCR",
                    file=ImageFile(io.BytesIO(landscape_jpeg(name)), name=f"{name}.jpg"),
                )
                image._set_image_file_metadata()
                image.save()
                self.created += 1
            images[name] = image
        return images

    def documents(self):
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name="Publications").first()
        if collection is None:
            collection = root.add_child(name="Publications")
        documents = {}
        for item in content.DOCUMENTS:
            document = SiteDocument.objects.filter(title=en(item["title"])).first()
            if document is None:
                document = SiteDocument(
                    title=en(item["title"]),
                    description=en(item["description"]),
                    khmer_title=item["title"]["km"],
                    khmer_description=item["description"]["km"],
                    category=item["category"],
                    language=item["language"],
                    year=item["year"],
                    collection=collection,
                )
                pdf = report_pdf(en(item["title"]), item["pages"])
                document.file.save(f"{item['slug']}.pdf", ContentFile(pdf), save=False)
                document.save()
                self.created += 1
            documents[item["slug"]] = document
        self.collection = collection
        return documents

    # -- snippets and settings -------------------------------------------------------------------------

    def categories(self):
        categories = {}
        for item in content.NEWS_CATEGORIES:
            category = NewsCategory.objects.filter(locale=self.english, slug=item["slug"]).first()
            if category is None:
                category = NewsCategory.objects.create(locale=self.english, slug=item["slug"], name=en(item["name"]))
                self.created += 1
            self.translate(category)
            categories[item["slug"]] = category
        return categories

    def snippets(self):
        footer = FooterText.objects.filter(locale=self.english).first()
        if footer is None:
            footer = FooterText.objects.create(
                locale=self.english, about=en(content.FOOTER["about"]), address=en(content.FOOTER["address"])
            )
            self.created += 1
        self.translate(footer)
        for order, item in enumerate(content.PARTNERS):
            partner = Partner.objects.filter(locale=self.english, name=en(item["name"])).first()
            if partner is None:
                partner = Partner.objects.create(
                    locale=self.english,
                    name=en(item["name"]),
                    description=en(item["description"]),
                    url=item["url"],
                    sort_order=order,
                )
                self.created += 1
            self.translate(partner)

    def policy(self, document):
        """The child-protection policy volunteers acknowledge, in force from the start of its year."""
        item = content.CHILD_PROTECTION_POLICY
        policy = ChildProtectionPolicy.objects.filter(locale=self.english, version=item["version"]).first()
        if policy is None:
            policy = ChildProtectionPolicy.objects.create(
                locale=self.english,
                version=item["version"],
                in_force_from=date(int(item["version"][:4]), 1, 1),
                summary="<ul>" + "".join(f"<li>{en(text)}</li>" for text in item["summary"]) + "</ul>",
                document=document,
            )
            self.created += 1
        self.translate(policy)

    def site(self, home):
        # The demo site answers at the address the admin is configured for (make run: 127.0.0.1:$PORT).
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.hostname, site.site_name, site.root_page = address.hostname, "CCPCR", home
        site.port = address.port or (443 if address.scheme == "https" else 80)
        site.save()
        # Wagtail's own "Welcome" page from its first migration is not ours.
        Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()
        details = ContactDetails.for_site(site)
        if not details.email:
            details.email = "info@ccpcr.org.kh"
            details.phone = "+855 23 000 000"
            details.facebook_url = "https://www.facebook.com/"
            details.save()

    # -- pages ---------------------------------------------------------------------------------------

    def home(self, images):
        home = HomePage.objects.filter(locale=self.english, depth=2).first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's welcome page holds the slug "home" at this level until we remove it.
            Page.objects.filter(depth=2, slug="home", content_type__model="page").update(slug="wagtail-welcome")
            home = HomePage(
                title=en(content.HOME["title"]),
                slug="home",
                hero_heading=en(content.HOME["hero_heading"]),
                hero_text=en(content.HOME["hero_text"]),
                hero_image=images["hero"],
                impact=[
                    ("figures", [{"figure": f["figure"], "label": en(f["label"])} for f in content.HOME["impact"]])
                ],
                volunteer_text=en(content.HOME["volunteer_cta"]),
                careers_text=en(content.HOME["careers_cta"]),
                donate_text=en(content.HOME["donate_cta"]),
            )
            root.add_child(instance=home)
            home.save_revision().publish()
            self.created += 1
        self.translate(home)
        return home

    def sections(self, home, images, documents, categories):
        def standard(parent, item, show_in_menus=False, image=None):
            return self.add_page(
                parent,
                StandardPage,
                item["slug"],
                title=en(item["title"]),
                intro=en(item["intro"]),
                body=paragraphs(item.get("body", [])),
                lead_image=image,
                show_in_menus=show_in_menus,
            )

        standard(home, content.ABOUT, show_in_menus=True)
        programmes = standard(home, sections.PROGRAMMES_INDEX, show_in_menus=True, image=images["programmes"])
        for item in content.PROGRAMMES:
            standard(programmes, item)

        news = self.add_page(
            home,
            NewsIndexPage,
            sections.NEWS_INDEX["slug"],
            title=en(sections.NEWS_INDEX["title"]),
            intro=en(sections.NEWS_INDEX["intro"]),
            show_in_menus=True,
        )
        for item in reversed(content.NEWS):
            self.add_page(
                news,
                NewsPage,
                item["slug"],
                **self.article_fields(item, images, documents),
                category=categories[item["category"]],
                tags=item["tags"],
            )
        for item in content.STORIES:
            self.add_page(
                news,
                StoryPage,
                item["slug"],
                **self.article_fields(item, images, documents),
                case_code=item["case_code"],
            )

        self.add_page(
            home,
            DocumentLibraryPage,
            sections.DOCUMENTS_INDEX["slug"],
            title=en(sections.DOCUMENTS_INDEX["title"]),
            intro=en(sections.DOCUMENTS_INDEX["intro"]),
            collection=self.collection,
            show_in_menus=True,
        )

        careers = self.add_page(
            home,
            VacancyIndexPage,
            sections.CAREERS_INDEX["slug"],
            title=en(sections.CAREERS_INDEX["title"]),
            intro=en(sections.CAREERS_INDEX["intro"]),
            show_in_menus=True,
        )
        vacancy = content.VACANCY
        self.add_page(
            careers,
            VacancyPage,
            vacancy["slug"],
            title=en(vacancy["title"]),
            intro=en(vacancy["intro"]),
            department=en(vacancy["department"]),
            province="svay-rieng",
            place=en(vacancy["place"]),
            employment_type="full-time",
            number_of_posts=2,
            salary_minimum=450,
            salary_maximum=600,
            show_salary=True,
            # Open for three months from the day the demo is loaded, so a demo always has an open vacancy.
            closing_date=timezone.localdate() + timedelta(days=90),
            description=rich_text(vacancy["body"][:2]),
            requirements=rich_text(vacancy["body"][2:3]),
            selection_process=rich_text(vacancy["body"][3:4]),
            safeguarding_statement=rich_text(vacancy["body"][4:]),
            screening_questions=[
                ("yes_no", {"question": en(q), "help_text": "", "required": True}) for q in vacancy["questions"]
            ],
            hr_contact="hr@ccpcr.org.kh",
        )

        volunteer = self.add_page(
            home,
            OpportunityIndexPage,
            sections.VOLUNTEER_INDEX["slug"],
            title=en(sections.VOLUNTEER_INDEX["title"]),
            intro=en(sections.VOLUNTEER_INDEX["intro"]),
            show_in_menus=True,
        )
        demo_opportunity = {**content.OPPORTUNITY, "place_type": "community", "province": "kampong-thom"}
        for item in [{**demo_opportunity, "child_contact": "direct", "places": 4}, *content.MORE_OPPORTUNITIES]:
            self.add_page(
                volunteer,
                OpportunityPage,
                item["slug"],
                title=en(item["title"]),
                intro=en(item["intro"]),
                body=paragraphs(item["body"]),
                **{field: en(item[field]) for field in OPPORTUNITY_TEXT_FIELDS},
                place_type=item["place_type"],
                province=item["province"],
                child_contact=item["child_contact"],
                number_of_places=item["places"],
                # Open for three months from the day the demo is loaded, like the demo vacancy.
                closing_date=timezone.localdate() + timedelta(days=90),
                coordinator_contact="volunteers@ccpcr.org.kh",
            )
        self.policy(documents["child-protection-policy"])

        donate = standard(home, sections.DONATE)
        contact = content.CONTACT
        self.add_page(
            home,
            ContactPage,
            contact["slug"],
            title=en(contact["title"]),
            intro=RichText(f"<p>{en(contact['intro'])}</p>"),
            thank_you_text=RichText(f"<p>{en(contact['thank_you'])}</p>"),
            to_address="info@ccpcr.org.kh",
            subject=en(sections.CONTACT_SUBJECT),
            form_fields=[
                FormField(locale=self.english, label=en(f["label"]), field_type=f["field_type"], required=f["required"])
                for f in contact["fields"]
            ],
            show_in_menus=True,
        )

        if not home.volunteer_page_id:
            home.volunteer_page, home.careers_page, home.donate_page = volunteer, careers, donate
            home.save_revision().publish()
            # The Khmer home follows its English source: resynchronise it so it links the Khmer pages.
            self.resync(home)

    def article_fields(self, item, images, documents):
        return {
            "title": en(item["title"]),
            "date": item["date"],
            "intro": en(item["intro"]),
            "lead_image": images[item["slug"]],
            "lead_image_caption": en(item["image_caption"]) if "image_caption" in item else "",
            "body": paragraphs(item["body"]),
            "related_documents": [("document", documents[slug]) for slug in item.get("documents", [])],
        }

    def resync(self, page):
        from wagtail_localize.models import Translation, TranslationSource

        source, _ = TranslationSource.update_or_create_from_instance(page)
        for translation in Translation.objects.filter(source=source, target_locale=self.khmer):
            translation.save_target(publish=True)
