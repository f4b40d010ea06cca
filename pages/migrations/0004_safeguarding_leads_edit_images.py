"""Safeguarding leads record consent on images, so they may edit every image. Wagtail checks image rights
against its own `wagtailimages.Image` permissions whatever the image model (0003 granted the custom model's,
which Wagtail never asks about)."""

from django.db import migrations


def let_leads_edit_images(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    leads = Group.objects.filter(name="Safeguarding leads").first()
    root = Collection.objects.filter(depth=1).first()
    if leads is None or root is None:
        return
    for codename in ("add_image", "change_image"):
        GroupCollectionPermission.objects.get_or_create(
            group=leads,
            collection=root,
            permission=Permission.objects.get(content_type__app_label="wagtailimages", codename=codename),
        )


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0003_safeguarding_leads_and_review_workflow"),
        ("wagtailimages", "0001_initial"),
    ]

    operations = [migrations.RunPython(let_leads_edit_images, migrations.RunPython.noop)]
