"""HR's long admin jobs: the export of a long list of applications and the move of every application a list
shows run in Celery, show their progress, and are safe when Celery delivers a task twice."""

import csv
import io
from datetime import timedelta

import openpyxl
import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from audit.models import AuditEvent
from careers.admin_jobs import MoveApplications, move_applications
from careers.admin_views import ApplicationIndexView
from careers.models import Application
from jobs.models import AdminJob
from jobs.tasks import run_job, tidy_jobs
from notifications.models import Notification
from notifications.tasks import sweep
from tests.factories import ApplicationFactory, UserFactory, VacancyIndexPageFactory, VacancyPageFactory
from tests.reading import soup, visible_text
from tests.real_services import celery_worker, require_redis, wait_until


@pytest.fixture
def vacancy(home):
    return VacancyPageFactory(parent=VacancyIndexPageFactory(parent=home), title="Social worker")


def staff(group, username):
    person = UserFactory(username=username)
    person.groups.add(Group.objects.get(name=group))
    return person


@pytest.fixture
def hr(db):
    return staff("HR", "sokha")


@pytest.fixture
def long_lists(monkeypatch):
    """Lists of more than two rows count as long, so a handful of applications makes an export job."""
    monkeypatch.setattr(ApplicationIndexView, "export_in_background_over", 2)


def applications(vacancy, count, **fields):
    return [ApplicationFactory(vacancy=vacancy, **fields) for _ in range(count)]


def start_export(client, django_capture_on_commit_callbacks, query):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/careers_application/?{query}")
    return AdminJob.objects.get(pk=response["Location"].rstrip("/").split("/")[-1])


def test_hr_exports_a_long_list_as_a_job_and_downloads_every_row_it_showed(
    client, vacancy, hr, long_lists, django_capture_on_commit_callbacks
):
    applications(vacancy, 4, province="kandal")
    applications(vacancy, 1, province="takeo")
    client.force_login(hr)

    asked = client.get("/admin/careers_application/?province=kandal&export=csv")
    job = start_export(client, django_capture_on_commit_callbacks, "province=kandal&export=csv")
    page = client.get(f"/admin/jobs/{job.pk}/")
    download = client.get(f"/admin/jobs/{job.pk}/file/")

    assert "This list has 4 rows." in visible_text(asked)
    assert soup(asked).find("form", method="post").button.get_text(strip=True) == "Prepare the CSV file"
    assert "Finished: 4 of 4" in visible_text(page) and "The file has 4 rows." in visible_text(page)
    assert soup(page).find("a", href=f"/admin/jobs/{job.pk}/file/")
    assert soup(page).find("a", string="Back to the list")["href"] == "/admin/careers_application/?province=kandal"
    assert download["Content-Type"] == "text/csv"
    assert download["Content-Disposition"] == 'attachment; filename="applications.csv"'
    assert "no-store" in download["Cache-Control"]
    rows = list(csv.DictReader(io.StringIO(b"".join(download.streaming_content).decode())))
    assert len(rows) == 4 and {row["Province"] for row in rows} == {"kandal"}
    assert {row["Vacancy"] for row in rows} == {"Social worker"}
    exported = AuditEvent.objects.get(action=AuditEvent.Action.EXPORTED)
    assert (exported.actor, exported.subject, exported.detail) == (hr, "applications", f"4 (admin job {job.pk})")


def test_a_long_export_as_xlsx_has_a_header_and_a_row_per_application(
    client, vacancy, hr, long_lists, django_capture_on_commit_callbacks
):
    applications(vacancy, 3)
    client.force_login(hr)
    job = start_export(client, django_capture_on_commit_callbacks, "export=xlsx")
    download = client.get(f"/admin/jobs/{job.pk}/file/")

    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(download.streaming_content))).active
    rows = list(sheet.values)
    assert rows[0][0] == "Full name" and len(rows) == 4
    assert download["Content-Disposition"] == 'attachment; filename="applications.xlsx"'


def test_a_short_list_still_downloads_at_once(client, vacancy, hr):
    applications(vacancy, 2)
    client.force_login(hr)
    response = client.get("/admin/careers_application/?export=csv")
    assert response["Content-Type"].startswith("text/csv")
    assert len(b"".join(response.streaming_content).decode().splitlines()) == 3
    assert not AdminJob.objects.exists()


def test_nobody_but_the_hr_person_who_asked_sees_the_job_or_its_file(
    client, vacancy, hr, long_lists, django_capture_on_commit_callbacks
):
    applications(vacancy, 3, full_name="Dara Applicant")
    client.force_login(hr)
    job = start_export(client, django_capture_on_commit_callbacks, "export=csv")

    for other in (staff("HR", "another-hr"), staff("Editors", "editor"), staff("Volunteer coordinators", "vc")):
        client.force_login(other)
        for address in (f"/admin/jobs/{job.pk}/", f"/admin/jobs/{job.pk}/status/", f"/admin/jobs/{job.pk}/file/"):
            response = client.get(address, follow=True)
            assert response.status_code in (403, 404) or "/login/" in response.redirect_chain[-1][0], (other, address)
            assert b"Dara" not in (b"".join(response.streaming_content) if response.streaming else response.content)
        if other.groups.filter(name="HR").exists():
            assert client.get(f"/admin/jobs/{job.pk}/file/", follow=True).status_code == 404
    hr.groups.clear()  # moved to another team: the file is no longer theirs to take
    client.force_login(hr)
    response = client.get(f"/admin/jobs/{job.pk}/file/")
    assert response.status_code in (302, 403, 404) and not response.streaming
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.EXPORTED).exists()


def test_editors_cannot_start_an_export_job(client, vacancy, long_lists, django_capture_on_commit_callbacks):
    applications(vacancy, 3)
    client.force_login(staff("Editors", "editor"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/careers_application/?export=csv")
    assert response.status_code in (302, 403)
    assert not AdminJob.objects.exists()


def move_all_shown(client, django_capture_on_commit_callbacks, query="", **data):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/careers/applications/move/?{query}", {"stage": "screening", **data})
    return AdminJob.objects.get(pk=response["Location"].rstrip("/").split("/")[-1]), response


def test_moving_all_shown_moves_each_once_and_counts_the_refused(
    client, vacancy, hr, django_capture_on_commit_callbacks
):
    movable = applications(vacancy, 3)
    withdrawn = ApplicationFactory(vacancy=vacancy, stage=Application.Stage.WITHDRAWN)
    client.force_login(hr)

    job, response = move_all_shown(client, django_capture_on_commit_callbacks, note="First read", announce="on")
    with django_capture_on_commit_callbacks(execute=True):
        run_job(job.pk)  # Celery delivers the task again: nothing more happens
    page = client.get(response["Location"])

    job.refresh_from_db()
    assert (job.status, job.done, job.skipped) == ("done", 4, 1)
    assert "3 applications moved; 1 could not move there and were left as they were." in visible_text(page)
    for application in movable:
        application.refresh_from_db()
        assert application.stage == "screening"
        assert [change.note for change in application.stage_changes.all()] == ["First read"]
    withdrawn.refresh_from_db()
    assert withdrawn.stage == "withdrawn" and not withdrawn.stage_changes.exists()
    assert sorted(message.to[0] for message in mail.outbox) == sorted(a.email for a in movable)
    assert Notification.objects.filter(key__startswith="application-stage:").count() == 3
    assert AuditEvent.objects.filter(action=AuditEvent.Action.CHANGED, actor=hr).count() == 3


class WorkerKilled(BaseException):
    """A worker dying mid-task: nothing in the task catches it, as nothing catches a SIGKILL."""


def test_a_move_redelivered_after_its_worker_died_carries_on_without_moving_or_telling_anyone_twice(
    client, vacancy, hr, monkeypatch, django_capture_on_commit_callbacks
):
    movable = applications(vacancy, 5)
    client.force_login(hr)
    monkeypatch.setattr(move_applications, "batch_size", 2)
    process, batches = MoveApplications.process, []

    def dies_in_the_second_batch(self, job, batch):
        batches.append(batch)
        if len(batches) == 2:
            raise WorkerKilled
        return process(self, job, batch)

    monkeypatch.setattr(MoveApplications, "process", dies_in_the_second_batch)
    with pytest.raises(WorkerKilled):
        move_all_shown(client, django_capture_on_commit_callbacks, announce="on")
    job = AdminJob.objects.get()
    assert (job.status, job.done) == ("running", 2)
    assert client.get(f"/admin/jobs/{job.pk}/status/").json() == {
        "status": "running",
        "done": 2,
        "total": 5,
        "text": "2 of 5",
        "finished": False,
    }

    with django_capture_on_commit_callbacks(execute=True):
        run_job(job.pk)  # the task comes back while the job still looks alive: left alone
        AdminJob.objects.filter(pk=job.pk).update(updated_at=timezone.now() - timedelta(minutes=11))
        tidy_jobs()  # the stalled job is handed to Celery again and finishes

    with django_capture_on_commit_callbacks(execute=True):
        sweep()  # the first batch's notifications were committed before the worker died; the sweep sends them

    job.refresh_from_db()
    assert (job.status, job.done, job.skipped) == ("done", 5, 0)
    assert all(application.stage_changes.count() == 1 for application in movable)
    assert sorted(message.to[0] for message in mail.outbox) == sorted(a.email for a in movable)


def test_the_progress_page_shows_how_far_a_job_has_gone_and_keeps_itself_current(client, hr):
    job = AdminJob.objects.create(
        kind=move_applications.name, requested_by=hr, items=list(range(1, 11)), total=10, done=3, status="running"
    )
    client.force_login(hr)
    page = soup(client.get(f"/admin/jobs/{job.pk}/"))

    assert page.find("progress")["max"] == "10" and page.find("progress")["value"] == "3"
    status = page.find(attrs={"data-job-text": True})
    assert status["role"] == "status" and status.get_text(strip=True) == "3 of 10"
    assert page.find(attrs={"data-job-status-url": f"/admin/jobs/{job.pk}/status/"})
    assert page.find("script", src=lambda src: src and "jobs/progress" in src)
    assert page.find("meta", attrs={"http-equiv": "refresh"})


def test_a_failed_job_says_what_went_wrong(client, vacancy, hr, monkeypatch, django_capture_on_commit_callbacks):
    applications(vacancy, 2)

    def breaks(self, job, batch):
        raise ValueError("the database went away")

    monkeypatch.setattr(MoveApplications, "process", breaks)
    client.force_login(hr)
    job, response = move_all_shown(client, django_capture_on_commit_callbacks)
    page = client.get(response["Location"])

    assert "The job stopped on an error: ValueError: the database went away" in visible_text(page)
    assert not soup(page).find("meta", attrs={"http-equiv": "refresh"})


def test_an_export_file_is_deleted_a_day_after_it_was_made(
    client, vacancy, hr, long_lists, settings, django_capture_on_commit_callbacks
):
    applications(vacancy, 3)
    client.force_login(hr)
    job = start_export(client, django_capture_on_commit_callbacks, "export=csv")
    stored = settings.PRIVATE_MEDIA_ROOT / job.result.name
    assert stored.exists()

    tidy_jobs()
    assert stored.exists()  # still within the day
    AdminJob.objects.filter(pk=job.pk).update(finished_at=timezone.now() - timedelta(hours=25))
    tidy_jobs()

    assert not stored.exists()
    assert client.get(f"/admin/jobs/{job.pk}/file/", follow=True).status_code == 404
    assert "The file was deleted a day after it was made." in visible_text(client.get(f"/admin/jobs/{job.pk}/"))


@pytest.mark.real_services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_real_worker_prepares_a_long_export_while_hr_watches(client, home, long_lists):
    require_redis()
    vacancy = VacancyPageFactory(parent=VacancyIndexPageFactory(parent=home))
    applications(vacancy, 5)
    hr = staff("HR", "sokha")
    client.force_login(hr)

    with celery_worker():
        started = client.post("/admin/careers_application/?export=csv")
        status_url = started["Location"] + "status/"
        assert wait_until(lambda: client.get(status_url).json()["finished"], timeout=60), client.get(status_url).json()

    assert client.get(status_url).json()["text"] == "Finished: 5 of 5"
    download = client.get(started["Location"] + "file/")
    assert len(b"".join(download.streaming_content).decode().splitlines()) == 6
