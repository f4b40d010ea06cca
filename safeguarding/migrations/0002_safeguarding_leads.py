"""The safeguarding leads' group: reads concerns and handles them (status and notes). Nobody else gets
these permissions; administrators add the people CCPCR names as its safeguarding leads."""

from django.db import migrations

LEAD_PERMISSIONS = ["view_concern", "change_concern"]


def create_safeguarding_leads(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Safeguarding leads")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="safeguarding", codename__in=LEAD_PERMISSIONS),
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("safeguarding", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    # Going back leaves the group in place, as volunteers/migrations/0003 does: an unused group harms nothing.
    operations = [migrations.RunPython(create_safeguarding_leads, migrations.RunPython.noop)]
