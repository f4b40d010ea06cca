"""Accounts (django-allauth) speak the visitor's language: pages, errors, flash messages and mails, in Khmer
as in English, from sign-up and email confirmation to logging in, resetting a password and being slowed
down after too many attempts."""

import re

import pytest
from allauth.account.models import EmailAddress

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation

from notifications.models import Notification
from tests.reading import english_words, soup, visible_text

KHMER = re.compile("[\u1780-\u17ff]")
PASSWORD = "river-mango-lantern-42"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """allauth counts attempts in the cache, which outlives a test; every test starts with none counted.
    A request under /km/ also leaves Khmer active in the thread: later tests start in the default language."""
    cache.clear()
    yield
    cache.clear()
    translation.deactivate()


@pytest.fixture
def site(home_km):
    return home_km


def url(name, language="km", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def make_member(email="sophea@example.org", verified=True):
    user = get_user_model().objects.create_user(username=email.split("@")[0], email=email, password=PASSWORD)
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


def sign_up(client, email="dara@example.org", language="km"):
    return client.post(url("account_signup", language), {"email": email, "password1": PASSWORD, "password2": PASSWORD})


def log_in(client, email, password=PASSWORD, language="km"):
    return client.post(url("account_login", language), {"login": email, "password": password})


def link_in(message, path):
    found = re.search(rf"http://testserver{re.escape(path)}\S+", message.body)
    assert found, f"no link to {path} in:\n{message.body}"
    return found.group(0).removeprefix("http://testserver")


@pytest.mark.parametrize(
    "name", ["account_login", "account_signup", "account_reset_password", "account_email_verification_sent"]
)
def test_khmer_account_pages_have_no_english_word(client, site, name):
    response = client.get(url(name))

    assert response.status_code == 200
    assert soup(response).html["lang"] == "km"
    assert english_words(response) == []


@pytest.mark.parametrize("name", ["account_email", "account_change_password", "account_logout"])
def test_khmer_pages_of_a_logged_in_member_have_no_english_word(client, site, name):
    client.force_login(make_member())

    response = client.get(url(name))

    assert response.status_code == 200
    assert soup(response).html["lang"] == "km"
    assert english_words(response) == []


def test_other_khmer_account_pages_have_no_english_word(client, site, rf):
    member = make_member()
    pages = [client.get(url("account_inactive")), client.get(url("account_confirm_email", key="no-such-key"))]
    client.force_login(member)
    pages.append(client.get(url("account_reauthenticate")))
    member.set_unusable_password()
    member.save()
    client.force_login(member)
    pages.append(client.get(url("account_set_password")))
    request = rf.get(url("account_email"))
    request.user = member
    with translation.override("km"):
        pages.append(render(request, "account/verified_email_required.html"))

    for response in pages:
        assert response.status_code == 200
        assert soup(response).html["lang"] == "km"
        assert soup(response).h1 and english_words(response) == []


def test_login_form_labels_every_field_and_links_to_password_reset(client, site):
    page = soup(client.get(url("account_login")))

    for field in page.select("form.form input:not([type=hidden])"):
        assert page.select_one(f'label[for="{field["id"]}"]').get_text(strip=True)
    password = page.select_one('input[name="password"]')
    assert password["placeholder"] == "ពាក្យសម្ងាត់"
    help_text = page.select_one(f"#{password['aria-describedby']}")
    assert help_text.a["href"] == url("account_reset_password")


def test_signing_up_in_khmer_records_a_khmer_confirmation_mail_and_sends_it_after_commit(
    client, site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up(client)

    assert response.status_code == 302
    assert response["Location"] == url("account_email_verification_sent")
    notification = Notification.objects.get(to="dara@example.org")
    assert notification.language == "km"
    assert KHMER.search(notification.subject) and KHMER.search(notification.body)
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["dara@example.org"]
    assert sent.subject == notification.subject
    assert "សូមបញ្ជាក់អាសយដ្ឋានអ៊ីមែលរបស់អ្នក" in sent.subject
    assert link_in(sent, "/km/accounts/confirm-email/")


def test_a_member_cannot_log_in_before_confirming_then_can_after_following_the_link(
    client, site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client)
    confirm_link = link_in(mail.outbox[0], "/km/accounts/confirm-email/")
    client.logout()

    refused = log_in(client, "dara@example.org")
    assert refused.status_code == 302
    assert refused["Location"] == url("account_email_verification_sent")
    assert "_auth_user_id" not in client.session

    confirm_page = client.get(confirm_link)
    assert english_words(confirm_page, names=["dara@example.org"]) == []
    # allauth signs the key afresh for the page, so its action may differ from the mailed link by a second.
    confirm_form = soup(confirm_page).select_one('main form[action^="/km/accounts/confirm-email/"]')
    assert confirm_form.button.get_text(strip=True) == "បញ្ជាក់"
    confirmed = client.post(confirm_form["action"])
    assert EmailAddress.objects.get(email="dara@example.org").verified
    assert confirmed["Location"].startswith("/km/")  # still in Khmer, not a language guessed from "/"
    client.logout()

    welcomed = log_in(client, "dara@example.org")
    assert welcomed.status_code == 302
    assert client.session["_auth_user_id"] == str(get_user_model().objects.get(email="dara@example.org").pk)


def test_confirming_right_after_signing_up_in_khmer_logs_in_and_stays_in_khmer(
    client, site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client)
    confirm_link = link_in(mail.outbox[0], "/km/accounts/confirm-email/")
    confirm_form = soup(client.get(confirm_link)).select_one('main form[action^="/km/accounts/confirm-email/"]')

    confirmed = client.post(confirm_form["action"])

    assert confirmed["Location"] == "/km/careers/my-applications/"
    assert client.session["_auth_user_id"] == str(get_user_model().objects.get(email="dara@example.org").pk)


def test_a_wrong_password_is_refused_in_khmer(client, site):
    make_member()

    response = log_in(client, "sophea@example.org", password="not-the-password")

    assert response.status_code == 200
    errors = soup(response).select_one(".form-errors")
    assert errors["role"] == "alert"
    assert "អាសយដ្ឋានអ៊ីមែល ឬពាក្យសម្ងាត់ដែលអ្នកបានបញ្ចូលមិនត្រឹមត្រូវទេ។" in errors.get_text()
    assert english_words(response) == []
    assert soup(response).select_one('input[name="login"]')["value"] == "sophea@example.org"


def test_signup_errors_are_in_khmer_and_tied_to_their_field(client, site):
    response = client.post(
        url("account_signup"), {"email": "dara@example.org", "password1": PASSWORD, "password2": "something-else"}
    )

    assert response.status_code == 200
    second = soup(response).select_one('input[name="password2"]')
    assert second["aria-invalid"] == "true"
    error = soup(response).select_one(f"#{second['id']}_error")
    assert f"{second['id']}_error" in second["aria-describedby"].split()
    assert error.get_text(strip=True) == "សូមវាយពាក្យសម្ងាត់ដូចគ្នាទាំងពីរដង។"
    assert english_words(response) == []


@pytest.mark.parametrize(
    ("language", "words"),
    [("km", "ជ្រើសរើសពាក្យសម្ងាត់ថ្មី"), ("en", "Choose a new password")],
)
def test_the_password_reset_mail_goes_out_in_the_language_used(
    client, site, django_capture_on_commit_callbacks, language, words
):
    make_member()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("account_reset_password", language), {"email": "sophea@example.org"})

    assert response["Location"] == url("account_reset_password_done", language)
    assert Notification.objects.get(to="sophea@example.org").language == language
    sent = mail.outbox[0]
    assert words in sent.subject
    reset_link = link_in(sent, f"/{language}/accounts/password/reset/key/")
    assert "/accounts/password/reset/key/" in reset_link


def test_a_reset_link_lets_the_member_choose_a_new_password_in_khmer(client, site, django_capture_on_commit_callbacks):
    make_member()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("account_reset_password"), {"email": "sophea@example.org"})
    reset_link = link_in(mail.outbox[0], "/km/accounts/password/reset/key/")

    form_page = client.get(reset_link, follow=True)
    assert english_words(form_page) == []
    action = soup(form_page).select_one("form.form")["action"]
    done = client.post(action, {"password1": "new-lotus-harbour-7", "password2": "new-lotus-harbour-7"}, follow=True)

    assert "ពាក្យសម្ងាត់របស់អ្នកត្រូវបានប្ដូរហើយ" in visible_text(done)
    assert english_words(done) == []
    assert log_in(client, "sophea@example.org", password="new-lotus-harbour-7").status_code == 302


def test_an_expired_reset_link_says_so_in_khmer(client, site):
    response = client.get(url("account_reset_password_from_key", uidb36="zz", key="set-password"))

    assert "តំណភ្ជាប់នេះលែងដំណើរការហើយ" in visible_text(response)
    assert english_words(response) == []


def test_after_five_failed_logins_the_member_is_asked_to_wait(client, site):
    make_member()
    for _ in range(5):
        log_in(client, "sophea@example.org", password="guess")

    response = log_in(client, "sophea@example.org")

    assert "_auth_user_id" not in client.session
    assert "អ្នកបានព្យាយាមចូលគណនីខុសច្រើនដងពេក។" in soup(response).select_one(".form-errors").get_text()
    assert english_words(response) == []


def test_too_many_reset_requests_get_a_429_page_in_the_visitors_language(client, site):
    make_member()
    for _ in range(5):
        client.post(url("account_reset_password"), {"email": "sophea@example.org"})

    response = client.post(url("account_reset_password"), {"email": "sophea@example.org"})

    assert response.status_code == 429
    assert soup(response).html["lang"] == "km"
    assert "ព្យាយាមច្រើនដងពេក" in visible_text(response)
    assert english_words(response) == []


def test_a_flood_of_login_attempts_gets_the_429_page_in_khmer(client, site):
    for number in range(30):
        log_in(client, f"visitor{number}@example.org", password="guess")

    response = log_in(client, "sophea@example.org")

    assert response.status_code == 429
    assert soup(response).html["lang"] == "km"
    assert english_words(response) == []


def test_logging_in_and_out_leaves_khmer_flash_messages(client, site):
    make_member()
    log_in(client, "sophea@example.org")

    page = client.get(url("account_email"))
    assert "សូមស្វាគមន៍! អ្នកបានចូលគណនីជា sophea@example.org។" in visible_text(page)
    assert english_words(page) == []

    client.post(url("account_logout"))
    login_page = client.get(url("account_login"))
    assert "អ្នកបានចាកចេញពីគណនីហើយ។" in visible_text(login_page)
