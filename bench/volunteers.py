"""Volunteers benchmark: `make bench`. Prints figures; asserts nothing.

- the volunteering index with 3 and with 100 opportunities: queries and server time;
- applying (profile in place, two referees, a 200 KB police check) and a referee answering: server time,
  with mail left for a worker;
- the coordinators' list with 100 and with 5,000 applications, and one application's screening page:
  queries and server time.
"""

import sys

from common import fresh_site, mail_waits_for_a_worker, measure, print_table, timed

from django.test import Client


def main():
    home = fresh_site()

    from django.contrib.auth.models import Group
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.utils import timezone

    from tests.factories import (
        ChildProtectionPolicyFactory,
        OpportunityIndexPageFactory,
        OpportunityPageFactory,
        RefereeFactory,
        UserFactory,
        VolunteerProfileFactory,
    )
    from volunteers.models import OpportunityPage, Referee, VolunteerApplication, VolunteerProfile

    volunteering = OpportunityIndexPageFactory(parent=home)
    ChildProtectionPolicyFactory()
    client, rows = Client(), []

    def opportunities(count):
        while OpportunityPage.objects.count() < count:
            OpportunityPageFactory(parent=volunteering, title=f"Role {OpportunityPage.objects.count()}")

    opportunities(3)
    small = measure(client, volunteering.url)
    opportunities(100)
    large = measure(client, volunteering.url)
    rows.append(("volunteering index: queries, 3 → 100 opportunities", f"{small[0]} → {large[0]}"))
    rows.append(("volunteering index: median ms, 3 → 100", f"{small[1]:.1f} → {large[1]:.1f}"))

    mail_waits_for_a_worker()
    opportunity = OpportunityPage.objects.filter(child_contact="direct").first()

    def apply(number):
        client.force_login(VolunteerProfileFactory().user)
        response = client.post(
            f"/en/volunteer/{opportunity.slug}/apply/",
            {
                "motivation": "x" * 1500,
                "referee_1_name": "Kosal",
                "referee_1_relationship": "Teacher",
                "referee_1_email": f"kosal{number}@example.org",
                "referee_2_name": "Bopha",
                "referee_2_relationship": "Employer",
                "referee_2_email": f"bopha{number}@example.org",
                "police_check": SimpleUploadedFile("police.pdf", b"%PDF-1.4\n" + b"0" * 200_000),
                "acknowledge_policy": "on",
            },
        )
        assert response.status_code == 302, response.status_code

    rows.append(("apply (two referees, 200 KB police check): median / max ms", timed(apply, 20)))

    referees = list(Referee.objects.all()[:20])
    answers = {"how_known": "Teacher", "known_for": "Five years", "suitability": "Kind", "has_concerns": "no"}

    def answer(number):
        response = Client().post(referees[number].link_path(), answers)
        assert response.status_code == 200, response.status_code

    rows.append(("a referee answers: median / max ms", timed(answer, 20)))

    coordinator = UserFactory(username="coordinator", is_staff=True)
    coordinator.groups.add(Group.objects.get(name="Volunteer coordinators"))
    client.force_login(coordinator)

    def applications(count):
        missing = count - VolunteerApplication.objects.count()
        people = _bulk_people(missing)
        VolunteerProfile.objects.bulk_create(
            [VolunteerProfileFactory.build(user=person) for person in people], batch_size=2000
        )
        pages = list(OpportunityPage.objects.all())
        VolunteerApplication.objects.bulk_create(
            [
                VolunteerApplication(
                    opportunity=pages[n % len(pages)],
                    opportunity_key=pages[n % len(pages)].translation_key,
                    volunteer=person,
                    motivation="Hello",
                    language="km",
                    submitted_at=timezone.now(),
                )
                for n, person in enumerate(people)
            ],
            batch_size=2000,
        )

    applications(100)
    small = measure(client, "/admin/volunteers_application/")
    applications(5_000)
    large = measure(client, "/admin/volunteers_application/")
    rows.append(("coordinators' list: queries, 100 → 5,000 applications", f"{small[0]} → {large[0]}"))
    rows.append(("coordinators' list: median server ms, 100 → 5,000", f"{small[1]:.1f} → {large[1]:.1f}"))
    screened = VolunteerApplication.objects.filter(referees__isnull=False).first()
    RefereeFactory(application=screened)
    inspect = measure(client, f"/admin/volunteers_application/inspect/{screened.pk}/")
    rows.append(("one application's screening page: queries / median ms", f"{inspect[0]} / {inspect[1]:.1f}"))

    print_table("Volunteers benchmark", rows)


def _bulk_people(count):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password

    users = get_user_model()
    start = users.objects.count()
    users.objects.bulk_create(
        [
            users(username=f"v{start + n}", email=f"v{start + n}@example.org", password=make_password(None))
            for n in range(count)
        ],
        batch_size=2000,
    )
    return list(users.objects.order_by("-pk")[:count])


if __name__ == "__main__":
    sys.exit(main())
