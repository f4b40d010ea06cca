"""A small bilingual site with one page of every public type, photos and documents included, built with the
factories, so the accessibility audit sees what a visitor sees on the real site."""

from wagtail.rich_text import RichText

from pages.models import ContactDetails
from tests.factories import (
    ChildProtectionPolicyFactory,
    ContactPageFactory,
    DocumentFactory,
    DocumentLibraryPageFactory,
    FooterTextFactory,
    ImageFactory,
    NewsCategoryFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    PartnerFactory,
    StandardPageFactory,
    StoryPageFactory,
    VacancyIndexPageFactory,
    VacancyPageFactory,
    paragraph,
    translate,
)

KHMER_FORM_LABELS = ["ឈ្មោះរបស់អ្នក", "អ៊ីមែលរបស់អ្នក", "សារ"]


def rich_body(image, document, link_page):
    """A body with every kind of block an editor can use, apart from embeds (which need the internet)."""
    return [
        ("heading", {"text": "Our work in the provinces", "level": "h2"}),
        ("paragraph", RichText("<p>Child clubs meet every week in <a href='/en/'>Kampong Thom</a>.</p>")),
        ("image", {"image": image, "caption": "A child club meets under a tree"}),
        ("quote", {"quote": "The club is where I feel safe.", "attribution": "A club member, DV 012"}),
        ("figures", [{"figure": "3,150+", "label": "children helped since 1994"}]),
        ("document", {"document": document, "title": ""}),
        (
            "call_to_action",
            {
                "heading": "Give your time",
                "text": "Volunteer with a child club.",
                "page": link_page,
                "button_label": "Volunteer",
            },
        ),
    ]


def khmer_body(image, document, link_page):
    return [
        ("heading", {"text": "ការងាររបស់យើងនៅតាមខេត្ត", "level": "h2"}),
        ("paragraph", RichText("<p>ក្លឹបកុមារជួបគ្នារៀងរាល់សប្ដាហ៍នៅកំពង់ធំ។</p>")),
        ("image", {"image": image, "caption": "ក្លឹបកុមារជួបគ្នាក្រោមដើមឈើ"}),
        ("quote", {"quote": "ក្លឹបគឺជាកន្លែងដែលខ្ញុំមានសុវត្ថិភាព។", "attribution": "សមាជិកក្លឹប DV 012"}),
        ("figures", [{"figure": "៣១៥០+", "label": "កុមារដែលបានជួយតាំងពីឆ្នាំ ១៩៩៤"}]),
        ("document", {"document": document, "title": ""}),
        (
            "call_to_action",
            {"heading": "ចំណាយពេលរបស់អ្នក", "text": "ស្ម័គ្រចិត្តជាមួយក្លឹបកុមារ។", "page": link_page, "button_label": "ស្ម័គ្រចិត្ត"},
        ),
    ]


def build_public_site(home, home_km):
    """Every public page type in English and Khmer. Returns the slugs the audit visits."""
    translate(FooterTextFactory(), "km", about="CCPCR ការពារកុមារកម្ពុជាតាំងពីឆ្នាំ ១៩៩៤។", address="ភ្នំពេញ កម្ពុជា")
    ContactDetails.objects.update_or_create(
        site=home.get_site(),
        defaults={
            "phone": "+855 23 987 017",
            "email": "info@ccpcr.org.kh",
            "facebook_url": "https://facebook.com/ccpcr",
        },
    )
    photo = ImageFactory(description="Children play at the shelter")
    report = DocumentFactory(
        title="Annual report 2024",
        description="What we did in 2024",
        khmer_title="របាយការណ៍ប្រចាំឆ្នាំ ២០២៤",
        khmer_description="អ្វីដែលយើងបានធ្វើក្នុងឆ្នាំ ២០២៤",
    )
    partner = PartnerFactory(name="Winrock International", logo=ImageFactory(description="Winrock logo"))
    translate(partner, "km", name="Winrock International")

    volunteering = OpportunityIndexPageFactory(parent=home, intro="Give your time to children in Cambodia.")
    translate(volunteering, "km", title="ស្ម័គ្រចិត្ត", intro="ចំណាយពេលរបស់អ្នកជាមួយកុមារនៅកម្ពុជា។")
    opportunity = OpportunityPageFactory(parent=volunteering, slug="child-club")
    translate(
        opportunity,
        "km",
        title="អ្នកសម្របសម្រួលក្លឹបកុមារ",
        intro="ជួយក្លឹបកុមារនៅកំពង់ធំ។",
        role="ដឹកនាំល្បែង និងមេរៀន",
        place="ស្រុកបារាយណ៍",
        duration="ប្រាំមួយខែ",
        minimum_commitment="មួយរសៀលក្នុងមួយសប្ដាហ៍",
    )
    policy = ChildProtectionPolicyFactory()
    translate(policy, "km", summary="<ul><li>ខ្ញុំនឹងមិននៅម្នាក់ឯងជាមួយកុមារឡើយ។</li></ul>")

    careers = VacancyIndexPageFactory(parent=home, intro="Work with us to protect children.")
    translate(careers, "km", title="ឱកាសការងារ", intro="ធ្វើការជាមួយយើងដើម្បីការពារកុមារ។")
    vacancy = VacancyPageFactory(
        parent=careers,
        slug="social-worker",
        show_salary=True,
        salary_minimum=450,
        salary_maximum=600,
        screening_questions=[
            (
                "yes_no",
                {"question": "Can you work weekends?", "help_text": "Visits happen on Saturdays.", "required": True},
            ),
            (
                "choice",
                {
                    "question": "How did you hear about us?",
                    "help_text": "",
                    "required": False,
                    "choices": ["Facebook", "A friend"],
                },
            ),
        ],
    )
    translate(
        vacancy,
        "km",
        title="បុគ្គលិកសង្គមកិច្ច",
        intro="ចូលរួមជាមួយក្រុមការងារនៅមណ្ឌលបាវិត។",
        place="មណ្ឌលបាវិត",
        description="<p>ស្វាគមន៍កុមារ និងគ្រួសារដែលត្រឡប់មកពីវៀតណាម។</p>",
        requirements="<p>បរិញ្ញាបត្រការងារសង្គម។</p>",
        selection_process="<p>ការប្រឡងសរសេរ និងការសម្ភាសន៍។</p>",
        safeguarding_statement="<p>ត្រូវការអ្នកធានាពីរនាក់ និងលិខិតបញ្ជាក់ពីប៉ូលិស។</p>",
        screening_questions=[
            (
                "yes_no",
                {"question": "តើអ្នកអាចធ្វើការថ្ងៃចុងសប្ដាហ៍បានទេ?", "help_text": "ការចុះជួបនៅថ្ងៃសៅរ៍។", "required": True},
            ),
            (
                "choice",
                {
                    "question": "តើអ្នកដឹងពីយើងតាមរយៈអ្វី?",
                    "help_text": "",
                    "required": False,
                    "choices": ["ហ្វេសប៊ុក", "មិត្តភក្តិ"],
                },
            ),
        ],
    )

    # Reload the home pages: publishing a copy that still counts no children would break the page tree.
    home.refresh_from_db()
    home_km.refresh_from_db()
    home.hero_image = photo
    home.impact = [("figures", [{"figure": "3,150+", "label": "children helped since 1994"}])]
    home.volunteer_text, home.volunteer_page = "Give your time to children in Cambodia.", volunteering
    home.careers_text, home.careers_page = "Join our social workers.", careers
    home.save_revision().publish()
    home_km.hero_image = photo
    home_km.impact = [("figures", [{"figure": "៣១៥០+", "label": "កុមារដែលបានជួយតាំងពីឆ្នាំ ១៩៩៤"}])]
    home_km.volunteer_text, home_km.careers_text = "ចំណាយពេលរបស់អ្នកជាមួយកុមារ។", "ចូលរួមជាមួយបុគ្គលិកសង្គមកិច្ចរបស់យើង។"
    home_km.save_revision().publish()

    about = StandardPageFactory(
        parent=home, title="About CCPCR", slug="about", lead_image=photo, body=rich_body(photo, report, volunteering)
    )
    translate(
        about, "km", title="អំពី CCPCR", intro="យើងជានរណា និងអ្វីដែលយើងធ្វើ។", body=khmer_body(photo, report, volunteering)
    )

    news = NewsIndexPageFactory(parent=home)
    translate(news, "km", title="ព័ត៌មាន", intro="សកម្មភាពថ្មីៗរបស់យើង។")
    category = NewsCategoryFactory()
    translate(category, "km", name="ការធ្វើមាតុភូមិនិវត្តន៍")
    article = NewsPageFactory(
        parent=news,
        slug="children-return-home",
        category=category,
        lead_image=ImageFactory(credit="Sokha Chan"),
        lead_image_caption="Staff welcome families at the Bavet transit centre",
        related_documents=[("document", report)],
    )
    article.tags.add("repatriation")
    article.save_revision().publish()
    translate(
        article,
        "km",
        title="កុមារត្រឡប់មកផ្ទះវិញ",
        intro="កុមារ ២៥ នាក់បានត្រឡប់មកផ្ទះវិញតាមមណ្ឌលបាវិត។",
        lead_image_caption="បុគ្គលិកស្វាគមន៍គ្រួសារនៅមណ្ឌលបាវិត",
        body=paragraph("បុគ្គលិកស្វាគមន៍ពួកគេដោយអាហារ និងការប្រឹក្សា។"),
    )
    story = StoryPageFactory(parent=news, slug="better-education", lead_image=photo)
    translate(story, "km", title="ការអប់រំល្អ ជីវិតល្អ", intro="DV 009 រស់នៅ និងរៀននៅជម្រករបស់យើង។", body=paragraph("សូមអរគុណ"))

    library = DocumentLibraryPageFactory(parent=home)
    translate(library, "km", title="ឯកសារ", intro="របាយការណ៍ និងគោលនយោបាយ។")
    DocumentFactory(title="Child protection policy", category="policy", language="both")
    DocumentFactory(title="Newsletter in Khmer", khmer_title="ព្រឹត្តិបត្រ", category="newsletter", language="km")

    contact = ContactPageFactory(parent=home)
    contact_km = translate(
        contact, "km", title="ទំនាក់ទំនងយើង", intro=RichText("<p>សរសេរមកយើង។</p>"), thank_you_text=RichText("<p>អរគុណ</p>")
    )
    for field, label in zip(contact_km.form_fields.order_by("sort_order"), KHMER_FORM_LABELS, strict=True):
        field.label = label
        field.save()

    return {
        "about": about.slug,
        "news": news.slug,
        "article": article.slug,
        "story": story.slug,
        "documents": library.slug,
        "contact": contact.slug,
        "careers": careers.slug,
        "vacancy": vacancy.slug,
        "volunteering": volunteering.slug,
        "opportunity": opportunity.slug,
    }
