"""The HR group: sees, moves and exports applications and downloads applicants' documents. Editors get none
of this; administrators add HR staff to this group."""

from django.db import migrations

HR_PERMISSIONS = ["view_application", "change_application", "download_application_documents"]


def create_hr_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="HR")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="careers", codename__in=HR_PERMISSIONS),
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
    )


def remove_hr_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="HR").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("careers", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_hr_group, remove_hr_group)]
