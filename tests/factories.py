"""Factories for CCPCR's content. Pages take `parent=`; `translate()` makes a page's Khmer twin."""

import datetime

import factory
import wagtail_factories
from allauth.account.models import EmailAddress
from factory.django import DjangoModelFactory

from django.utils import timezone

from wagtail.models import Collection, Locale
from wagtail.rich_text import RichText

from careers.models import Application, ApplicationDocument, VacancyIndexPage, VacancyPage
from pages.demo.pdfs import report_pdf
from pages.demo.review import publish
from pages.models import (
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
from volunteers.models import (
    ChildProtectionPolicy,
    OpportunityIndexPage,
    OpportunityPage,
    PoliceCheck,
    Referee,
    VolunteerApplication,
    VolunteerProfile,
)


def paragraph(text):
    return [("paragraph", RichText(f"<p>{text}</p>"))]


def translate(instance, language_code, **fields):
    """The published translation of a page or snippet into `language_code`, with `fields` set on it."""
    locale = Locale.objects.get(language_code=language_code)
    translated = instance.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    if hasattr(translated, "save_revision"):
        translated.save_revision()
        publish(translated)  # a story's translation passes the safeguarding review, as in the admin
        return type(instance).objects.get(pk=translated.pk)
    translated.save()
    return translated


class LocaleFactory(DjangoModelFactory):
    language_code = "en"

    class Meta:
        model = Locale
        django_get_or_create = ["language_code"]


def root_collection():
    return Collection.get_first_root_node()


class ImageFactory(wagtail_factories.ImageFactory):
    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda n: f"Photo {n}")
    description = "Staff meet families in a village"
    credit = "CCPCR"

    class Meta:
        model = SiteImage


class DocumentFactory(wagtail_factories.DocumentFactory):
    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda n: f"Annual report {2020 + n}")
    file = factory.django.FileField(
        filename="report.pdf", data=factory.LazyFunction(lambda: report_pdf("Annual report", []))
    )
    category = SiteDocument.Category.ANNUAL_REPORT
    language = SiteDocument.Language.ENGLISH
    year = 2024

    class Meta:
        model = SiteDocument


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = "home"
    hero_heading = "Protecting Cambodia's children since 1994"
    hero_text = "We protect children from trafficking, exploitation and abuse."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"About us {n}")
    intro = "Who we are and what we do."
    body = factory.LazyFunction(lambda: paragraph("CCPCR has protected children since 1994."))

    class Meta:
        model = StandardPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"
    intro = "What we have done lately."

    class Meta:
        model = NewsIndexPage


class NewsCategoryFactory(DjangoModelFactory):
    name = "Repatriation"
    slug = "repatriation"
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="en"))

    class Meta:
        model = NewsCategory


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Children return home {n}")
    date = datetime.date(2025, 11, 4)
    intro = "Twenty-five children came home through the Bavet transit centre."
    body = factory.LazyFunction(lambda: paragraph("Staff welcomed them with food and counselling."))

    class Meta:
        model = NewsPage


class StoryPageFactory(NewsPageFactory):
    title = factory.Sequence(lambda n: f"Better education, better life {n}")
    case_code = "DV 009"
    intro = "DV 009 lived and studied at our Phnom Penh shelter."

    class Meta:
        model = StoryPage


class DocumentLibraryPageFactory(wagtail_factories.PageFactory):
    title = "Documents"
    slug = "documents"
    intro = "Reports and policies."
    collection = factory.LazyFunction(root_collection)

    class Meta:
        model = DocumentLibraryPage


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Contact us"
    slug = "contact"
    intro = RichText("<p>Write to us.</p>")
    thank_you_text = RichText("<p>Thank you, we will reply soon.</p>")
    to_address = "info@ccpcr.org.kh"
    from_address = "web@ccpcr.org.kh"
    subject = "Message from the website"

    class Meta:
        model = ContactPage
        skip_postgeneration_save = True

    @factory.post_generation
    def fields(page, create, extracted, **kwargs):
        if not create:
            return
        for order, (label, field_type, required) in enumerate(
            extracted
            or [("Your name", "singleline", True), ("Your email", "email", True), ("Message", "multiline", True)]
        ):
            FormField.objects.create(
                page=page, locale=page.locale, sort_order=order, label=label, field_type=field_type, required=required
            )


class VacancyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Careers"
    slug = "careers"

    class Meta:
        model = VacancyIndexPage


class VacancyPageFactory(wagtail_factories.PageFactory):
    title = "Social worker"
    intro = "Join the team at the Bavet transit centre."
    province = "svay-rieng"
    place = "Bavet transit centre"
    closing_date = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=30))
    description = "<p>Welcome children and families who return from Vietnam.</p>"
    requirements = "<p>A degree in social work and two years with children.</p>"
    selection_process = "<p>A written test and an interview.</p>"
    safeguarding_statement = "<p>Two references and a police check are required.</p>"
    hr_contact = "hr@ccpcr.org.kh"

    class Meta:
        model = VacancyPage


class OpportunityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Volunteer"
    slug = "volunteer"

    class Meta:
        model = OpportunityIndexPage


class OpportunityPageFactory(wagtail_factories.PageFactory):
    title = "Child club facilitator"
    intro = "Help a child club in Kampong Thom."
    role = "Leading games and lessons"
    place_type = "community"
    province = "kampong-thom"
    place = "Baray district"
    duration = "Six months"
    minimum_commitment = "One afternoon a week"
    closing_date = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=30))
    child_contact = "direct"
    coordinator_contact = "volunteers@ccpcr.org.kh"

    class Meta:
        model = OpportunityPage


class UserFactory(DjangoModelFactory):
    """A person with an account and a verified email address."""

    username = factory.Sequence(lambda n: f"person{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("a long passphrase")

    class Meta:
        model = "auth.User"
        skip_postgeneration_save = True

    @factory.post_generation
    def verified(user, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.create(user=user, email=user.email, verified=extracted is not False, primary=True)


class VolunteerProfileFactory(DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    full_name = "Sophea Chan"
    date_of_birth = datetime.date(1996, 4, 12)
    nationality = "Cambodian"
    phone = "+855 12 345 678"
    khmer_level = "fluent"
    english_level = "good"
    skills = "Two years teaching drawing to children."
    availability = "Saturday afternoons."
    emergency_contact_name = "Vanna Chan"
    emergency_contact_relationship = "Mother"
    emergency_contact_phone = "+855 12 000 111"

    class Meta:
        model = VolunteerProfile


class ChildProtectionPolicyFactory(DjangoModelFactory):
    version = "2026-1"
    in_force_from = datetime.date(2026, 1, 1)
    summary = "<ul><li>I will never be alone with a child out of sight of others.</li></ul>"
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="en"))

    class Meta:
        model = ChildProtectionPolicy


class VolunteerApplicationFactory(DjangoModelFactory):
    """An application (give `opportunity=`) from a volunteer with a profile."""

    volunteer = factory.LazyFunction(lambda: VolunteerProfileFactory().user)
    motivation = "I want to help children stay in school."
    language = "en"

    class Meta:
        model = VolunteerApplication


class RefereeFactory(DjangoModelFactory):
    application = factory.SubFactory(VolunteerApplicationFactory)
    name = factory.Sequence(lambda n: f"Referee {n}")
    relationship = "Former teacher"
    email = factory.Sequence(lambda n: f"referee{n}@example.org")

    class Meta:
        model = Referee


class PoliceCheckFactory(DjangoModelFactory):
    application = factory.SubFactory(VolunteerApplicationFactory)
    file = factory.django.FileField(data=b"%PDF-1.4\n%%EOF\n", filename="police-check.pdf")
    original_name = "police-check.pdf"
    file_type = "pdf"
    size = 16

    class Meta:
        model = PoliceCheck


class FooterTextFactory(DjangoModelFactory):
    about = "CCPCR protects Cambodia's children."
    address = "Phnom Penh, Cambodia"
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="en"))

    class Meta:
        model = FooterText


class PartnerFactory(DjangoModelFactory):
    name = "Winrock International"
    url = "https://www.winrock.org/"
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="en"))

    class Meta:
        model = Partner


class ConcernFactory(DjangoModelFactory):
    what_happened = "A boy of about ten sells flowers near the market at night and is often hit by an adult."
    where = "Phnom Penh"
    who_is_involved = "A boy, initials S.R., about ten years old; an adult man who collects the money."
    child_in_danger = "not-sure"
    language = "en"

    class Meta:
        model = "safeguarding.Concern"


class ApplicationFactory(DjangoModelFactory):
    """A job application (give `vacancy=`) from its own applicant, as submitted."""

    applicant = factory.SubFactory(UserFactory)
    full_name = factory.Sequence(lambda n: f"Applicant {n}")
    email = factory.LazyAttribute(lambda application: application.applicant.email)
    phone = "+855 12 345 678"
    province = "kandal"
    cover_letter = "I have worked with children for three years."
    khmer_level = "fluent"
    english_level = "good"
    privacy_notice_version = "test"
    consented_at = factory.LazyFunction(timezone.now)
    language = "en"

    class Meta:
        model = Application


class CVFactory(DjangoModelFactory):
    application = factory.SubFactory(ApplicationFactory)
    kind = "cv"
    file = factory.django.FileField(data=b"%PDF-1.4\n%%EOF\n", filename="cv.pdf")
    original_name = "cv.pdf"
    file_type = "pdf"
    size = 16

    class Meta:
        model = ApplicationDocument
