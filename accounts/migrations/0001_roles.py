"""CCPCR's staff roles, as groups. Each sees only its part of the admin:

- Editors and Moderators (Wagtail's own groups): pages, images, documents; moderators publish;
- HR (careers/0002): job applications and CVs;
- Volunteer coordinators (volunteers/0003): volunteer applications, referees' answers, police checks;
- Safeguarding leads: approve stories and pages about children, read consent forms and reported concerns
  (those apps add their permissions to this group);
- Administrators: staff accounts and groups, site settings, and the audit trail (audit/0002) — but no
  personal records unless also given another role.
"""

from django.db import migrations

ADMINISTRATOR_PERMISSIONS = [
    ("auth", "add_user"),
    ("auth", "change_user"),
    ("auth", "view_user"),
    ("auth", "view_group"),
    ("auth", "change_group"),
    ("wagtailadmin", "access_admin"),
]


def create_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    safeguarding, _ = Group.objects.get_or_create(name="Safeguarding leads")
    safeguarding.permissions.add(access_admin)
    administrators, _ = Group.objects.get_or_create(name="Administrators")
    administrators.permissions.add(
        *(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in ADMINISTRATOR_PERMISSIONS
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0001_initial"),
    ]

    # Going back leaves the groups: deleting them through historical models trips over Wagtail's own group
    # permissions, and an empty group harms nothing.
    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
