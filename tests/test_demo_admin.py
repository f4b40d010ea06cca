import pytest

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command


def test_demo_admin_prints_credentials_that_work(client, settings, tmp_path, capsys, db):
    settings.DEBUG = True
    settings.BASE_DIR = tmp_path
    call_command("demo_admin")
    call_command("demo_admin")  # a second run keeps the same password

    printed = capsys.readouterr().out.strip().splitlines()
    assert printed[0] == printed[1]
    password = printed[0].split("password: ")[1]
    for username in ("admin", "hr", "editor"):
        assert client.login(username=username, password=password)
    assert get_user_model().objects.filter(username="admin").count() == 1
    assert list(get_user_model().objects.get(username="hr").groups.values_list("name", flat=True)) == ["HR"]


def test_demo_admin_refuses_to_run_without_debug(settings, db):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("demo_admin")
