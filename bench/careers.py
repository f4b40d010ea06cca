"""Careers benchmark: `make bench`. Prints figures; asserts nothing (timings belong here, not in tests).

- submitting an application (the request returns before any mail goes out);
- the HR list of applications with 100 and with 50,000 applications: queries and server time;
- the vacancy index with 10 and with 200 vacancies: queries.
"""

import statistics
import sys
import time

from bulk import add_applications
from common import fresh_site, mail_waits_for_a_worker, measure, print_table

from django.test import Client


def main():
    home = fresh_site()

    from allauth.account.models import EmailAddress

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.files.uploadedfile import SimpleUploadedFile

    from careers.models import VacancyPage
    from tests.factories import VacancyIndexPageFactory, VacancyPageFactory

    careers = VacancyIndexPageFactory(parent=home)
    users = get_user_model()
    rows = []

    def vacancies(count):
        while VacancyPage.objects.count() < count:
            VacancyPageFactory(parent=careers, title=f"Post {VacancyPage.objects.count()}")

    client = Client()
    vacancies(10)
    small_index = measure(client, careers.url)
    vacancies(200)
    large_index = measure(client, careers.url)
    rows.append(("vacancy index: queries, 10 → 200 vacancies", f"{small_index[0]} → {large_index[0]}"))
    rows.append(("vacancy index: median ms, 10 → 200 vacancies", f"{small_index[1]:.1f} → {large_index[1]:.1f}"))

    # Applying: the request saves and answers; mail waits for a worker (tasks are not eager here).
    mail_waits_for_a_worker()
    vacancy = VacancyPage.objects.first()
    timings = []
    for number in range(20):
        user = users.objects.create_user(f"bench{number}", f"bench{number}@example.org", "x")
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        client.force_login(user)
        data = {
            "full_name": "Bench Applicant",
            "phone": "012345678",
            "province": "phnom-penh",
            "khmer_level": "fluent",
            "english_level": "good",
            "cover_letter": "x" * 2000,
            "consent": "on",
            "cv": SimpleUploadedFile("cv.pdf", b"%PDF-1.4\n" + b"0" * 200_000),
        }
        start = time.perf_counter()
        response = client.post(f"/en/careers/{vacancy.slug}/apply/", data)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 302, response.status_code
    rows.append(
        ("submit an application (200 KB CV): median / max ms", f"{statistics.median(timings):.1f} / {max(timings):.1f}")
    )

    hr = users.objects.create_user("hr", "hr@example.org", "x")
    hr.groups.add(Group.objects.get(name="HR"))
    client.force_login(hr)

    add_applications(100)
    small_list = measure(client, "/admin/careers_application/")
    add_applications(50_000)
    large_list = measure(client, "/admin/careers_application/")
    filtered = measure(client, "/admin/careers_application/?stage=received&province=kandal&q=Applicant+4")
    rows.append(("HR list: queries, 100 → 50,000 applications", f"{small_list[0]} → {large_list[0]}"))
    rows.append(("HR list: median server ms, 100 → 50,000", f"{small_list[1]:.1f} → {large_list[1]:.1f}"))
    rows.append(("HR list filtered + searched, 50,000: queries / ms", f"{filtered[0]} / {filtered[1]:.1f}"))

    print_table("Careers benchmark", rows)


if __name__ == "__main__":
    sys.exit(main())
