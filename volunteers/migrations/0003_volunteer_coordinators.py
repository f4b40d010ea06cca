"""The volunteer coordinators' group: screens and approves volunteers, reads referees' answers, downloads
police checks, and keeps the child-protection policy. Editors and HR get none of this; administrators add
coordinators to this group (and may add an HR person too, where CCPCR wants that)."""

from django.db import migrations

COORDINATOR_PERMISSIONS = [
    "view_volunteerapplication",
    "change_volunteerapplication",
    "read_references",
    "download_police_check",
    "view_childprotectionpolicy",
    "add_childprotectionpolicy",
    "change_childprotectionpolicy",
]


def create_coordinator_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Volunteer coordinators")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="volunteers", codename__in=COORDINATOR_PERMISSIONS),
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("volunteers", "0002_screening"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    # Going back leaves the group in place: deleting it through historical models trips over models the
    # migration state does not know (Wagtail's group permissions), and an unused group harms nothing.
    operations = [migrations.RunPython(create_coordinator_group, migrations.RunPython.noop)]
