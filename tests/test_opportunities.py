"""Volunteer opportunities: open until their closing date, filterable, and clear about the screening each
level of contact with children requires, in English and in Khmer."""

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.utils import timezone

from tests.factories import (
    ChildProtectionPolicyFactory,
    OpportunityPageFactory,
    VolunteerProfileFactory,
    translate,
)
from tests.reading import english_words, soup, visible_text

YESTERDAY = timezone.localdate() - datetime.timedelta(days=1)


def listed(response):
    return [link.get_text(strip=True) for link in soup(response).select("main .cards h2 a")]


def test_the_index_lists_open_opportunities_only(client, volunteering):
    OpportunityPageFactory(parent=volunteering, title="Child club facilitator")
    OpportunityPageFactory(parent=volunteering, title="Shelter gardener", closing_date=YESTERDAY)
    assert listed(client.get(volunteering.url)) == ["Child club facilitator"]


def test_the_index_filters_by_contact_with_children_place_and_province_and_ignores_nonsense(client, volunteering):
    OpportunityPageFactory(
        parent=volunteering, title="Club facilitator", child_contact="direct", place_type="community"
    )
    OpportunityPageFactory(
        parent=volunteering, title="Translator", child_contact="none", place_type="office", province="phnom-penh"
    )
    assert listed(client.get(volunteering.url + "?contact=none")) == ["Translator"]
    assert listed(client.get(volunteering.url + "?place=community")) == ["Club facilitator"]
    assert listed(client.get(volunteering.url + "?province=phnom-penh")) == ["Translator"]
    assert len(listed(client.get(volunteering.url + "?contact=<x>&place=%27&province=\x00"))) == 2


def test_an_opportunity_says_what_screening_it_needs(client, volunteering):
    direct = OpportunityPageFactory(parent=volunteering, slug="direct", child_contact="direct", schedule="Saturdays")
    office = OpportunityPageFactory(parent=volunteering, slug="office", child_contact="none")

    text = visible_text(client.get(direct.url))
    assert "Direct contact with children" in text and "Saturdays" in text
    assert "you need a police check, an interview with a coordinator, and to be 18 or over" in text
    assert "Apply to volunteer" in text
    assert "police check" not in visible_text(client.get(office.url)).split("Keeping children safe")[1]


def test_a_closed_opportunity_says_so_and_leaves_the_sitemap(client, volunteering):
    opportunity = OpportunityPageFactory(parent=volunteering, closing_date=YESTERDAY)
    text = visible_text(client.get(opportunity.url))
    assert "This opportunity is closed." in text and "Apply to volunteer" not in text
    assert opportunity.url not in client.get("/sitemap.xml").content.decode()


def test_khmer_opportunity_pages_are_in_khmer(client, volunteering, home_km):
    translate(ChildProtectionPolicyFactory(), "km", summary="<ul><li>ខ្ញុំនឹងមិននៅម្នាក់ឯងជាមួយកុមារឡើយ។</li></ul>")
    translate(volunteering, "km", title="ស្ម័គ្រចិត្ត", intro="")
    opportunity = OpportunityPageFactory(parent=volunteering, slug="club")
    translate(
        opportunity,
        "km",
        title="អ្នកសម្របសម្រួលក្លឹបកុមារ",
        intro="ជួយក្លឹបកុមារ",
        role="ដឹកនាំល្បែង",
        place="ស្រុកបារាយណ៍",
        duration="ប្រាំមួយខែ",
        minimum_commitment="មួយរសៀលក្នុងមួយសប្ដាហ៍",
    )
    assert english_words(client.get("/km/volunteer/club/")) == []
    assert english_words(client.get("/km/volunteer/")) == []
    client.force_login(VolunteerProfileFactory().user)
    assert english_words(client.get("/km/volunteer/club/apply/")) == []
    assert english_words(client.get("/km/volunteer/my-applications/")) == []
    # The profile form shows what the volunteer typed in English; everything else is Khmer.
    typed = ["Sophea Chan Cambodian", "Two years teaching drawing to children", "Saturday afternoons", "Vanna Mother"]
    assert english_words(client.get("/km/volunteer/profile/"), names=typed) == []


def test_an_opportunity_cannot_take_an_address_of_the_volunteers_own_pages(volunteering):
    opportunity = OpportunityPageFactory.build(slug="my-applications", number_of_places=1)
    with pytest.raises(ValidationError) as refusal:
        opportunity.clean()
    assert "slug" in refusal.value.message_dict
