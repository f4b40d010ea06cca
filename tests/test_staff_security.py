"""Staff accounts: a second factor before the admin opens, logins only through allauth (with its rate
limits), sessions that end, roles as groups, and an append-only audit trail of personal data."""

import time

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied

from accounts.staff import SEEN, STARTED
from audit.models import AuditEvent
from tests.factories import PoliceCheckFactory, UserFactory, VolunteerApplicationFactory
from tests.reading import visible_text

PASSWORD = "a long passphrase"


def staff(group="HR", username="hr"):
    user = UserFactory(username=username, email=f"{username}@ccpcr.org.kh")
    user.groups.add(Group.objects.get(name=group))
    return user


def with_authenticator(user):
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def current_code(secret):
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.fixture
def second_factor_required(settings):
    settings.STAFF_MFA_REQUIRED = True


def test_a_staff_member_without_a_second_factor_is_sent_to_set_one_up(client, db, second_factor_required):
    client.force_login(staff())
    response = client.get("/admin/")
    assert response["Location"] == "/en/accounts/2fa/totp/activate/"
    # allauth asks for the password again before adding an authenticator; the message waits there.
    assert "Staff accounts need a second factor." in visible_text(client.get(response["Location"], follow=True))


def test_a_staff_login_asks_for_the_code_before_the_admin_opens(client, db, second_factor_required):
    hr = staff()
    secret = with_authenticator(hr)

    assert client.get("/admin/login/?next=/admin/")["Location"] == "/en/accounts/login/?next=/admin/"
    response = client.post("/en/accounts/login/?next=/admin/", {"login": hr.email, "password": PASSWORD})
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/")["Location"].startswith("/en/accounts/login/")

    response = client.post("/en/accounts/2fa/authenticate/", {"code": current_code(secret)})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_keeps_the_admin_closed(client, db, second_factor_required):
    hr = staff()
    secret = with_authenticator(hr)
    client.post("/en/accounts/login/", {"login": hr.email, "password": PASSWORD})
    wrong = f"{(int(current_code(secret)) + 1) % 1_000_000:06d}"
    response = client.post("/en/accounts/2fa/authenticate/", {"code": wrong})
    assert response.status_code == 200 and "_auth_user_id" not in client.session


def test_guessing_staff_passwords_is_slowed_down(client, db):
    hr = staff()
    for number in range(6):
        response = client.post("/en/accounts/login/", {"login": hr.email, "password": f"guess {number}"})
    assert "Too many failed login attempts" in visible_text(response)
    client.post("/en/accounts/login/", {"login": hr.email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session  # even the right password waits now
    assert client.post("/admin/login/", {"username": "hr", "password": PASSWORD}).status_code == 302
    assert "_auth_user_id" not in client.session  # Wagtail's own login form is not there to try


@pytest.mark.parametrize(("key", "minutes_ago"), [(SEEN, 31), (STARTED, 11 * 60)])
def test_a_staff_session_ends_when_idle_or_too_old(client, db, key, minutes_ago):
    client.force_login(staff())
    assert client.get("/admin/").status_code == 200
    session = client.session
    session[key] = int(time.time()) - minutes_ago * 60
    session.save()

    response = client.get("/admin/", follow=True)

    assert "Your session has ended. Please log in again." in visible_text(response)
    assert "_auth_user_id" not in client.session


def test_a_volunteer_session_is_not_cut_short(client, db):
    volunteer = UserFactory()
    client.force_login(volunteer)
    session = client.session
    session[SEEN] = int(time.time()) - 3 * 3600
    session.save()
    client.get("/en/volunteer/my-applications/")
    assert client.session["_auth_user_id"] == str(volunteer.pk)


def test_the_roles_exist_as_groups(db):
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Editors", "Moderators", "HR", "Volunteer coordinators", "Safeguarding leads", "Administrators"} <= names


def test_who_downloaded_a_police_check_is_in_the_audit_trail_for_administrators_only(client, home):
    from tests.factories import OpportunityIndexPageFactory, OpportunityPageFactory

    opportunity = OpportunityPageFactory(parent=OpportunityIndexPageFactory(parent=home))
    application = VolunteerApplicationFactory(opportunity=opportunity)
    PoliceCheckFactory(application=application)
    coordinator = staff("Volunteer coordinators", "coordinator")
    client.force_login(coordinator)
    client.get(f"/admin/volunteers_application/inspect/{application.pk}/")
    client.get(f"/admin/volunteers/applications/{application.pk}/police-check/")
    client.get("/admin/volunteers_application/?export=csv")

    events = list(AuditEvent.objects.order_by("pk").values_list("actor_name", "action", "subject"))
    assert events == [
        ("coordinator", "viewed", f"volunteer application {application.pk}"),
        ("coordinator", "downloaded", f"volunteer application {application.pk}"),
        ("coordinator", "exported", "volunteer applications"),
    ]
    assert client.get("/admin/audit_trail/").status_code in (302, 403)

    client.force_login(staff("Administrators", "admin"))
    trail = visible_text(client.get("/admin/audit_trail/"))
    assert "coordinator" in trail and "Downloaded" in trail
    assert "Sophea Chan" not in trail  # the trail names records by number, never people


def test_the_audit_trail_cannot_be_changed_or_deleted(db):
    from audit.services import Action, record

    event = record(Action.VIEWED, "a record")
    event.detail = "nothing happened"
    with pytest.raises(PermissionDenied):
        event.save()
    with pytest.raises(PermissionDenied):
        event.delete()
    with pytest.raises(PermissionDenied):
        AuditEvent.objects.all().delete()
    with pytest.raises(PermissionDenied):
        AuditEvent.objects.update(detail="x")
    assert AuditEvent.objects.get().detail == ""


def test_on_postgresql_the_database_itself_refuses_to_rewrite_the_trail(db):
    from django.db import connection, transaction

    from audit.services import Action, record

    if connection.vendor != "postgresql":
        pytest.skip("the trigger is PostgreSQL's")
    record(Action.VIEWED, "a record")
    for statement in ("UPDATE audit_auditevent SET detail = 'x'", "DELETE FROM audit_auditevent"):
        with pytest.raises(Exception, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(statement)
    assert AuditEvent.objects.get().detail == ""


def test_the_audit_trail_shows_who_downloaded_a_cv(client, home):
    from tests.factories import ApplicationFactory, CVFactory, VacancyIndexPageFactory, VacancyPageFactory

    application = ApplicationFactory(vacancy=VacancyPageFactory(parent=VacancyIndexPageFactory(parent=home)))
    cv = CVFactory(application=application)
    client.force_login(staff("HR", "hr"))
    client.get(f"/admin/careers/documents/{cv.pk}/")

    client.force_login(staff("Administrators", "admin"))
    trail = visible_text(client.get(f"/admin/audit_trail/?q=application+{application.pk}"))
    assert f"hr Downloaded application {application.pk} CV" in trail


def test_a_login_that_skipped_the_second_factor_does_not_open_the_admin(client, db, second_factor_required):
    hr = staff()
    with_authenticator(hr)
    assert client.get("/en/_util/login/?next=/admin/")["Location"] == "/en/accounts/login/?next=/admin/"
    client.force_login(hr)  # as any password-only login would

    response = client.get("/admin/careers_application/", follow=True)

    assert response.request["PATH_INFO"] == "/en/accounts/login/"
    assert "Please log in with your password and your authenticator code." in visible_text(response)
    assert "_auth_user_id" not in client.session
