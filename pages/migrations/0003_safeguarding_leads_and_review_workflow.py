"""The safeguarding leads' group and the "Safeguarding review" workflow (one task: the leads approve).

Leads reach the admin, download images' consent forms and record consent on images; they approve case
stories and pages about a child, which go live only through this workflow (`pages.safeguarding`). Wagtail
publishes an approved page as the approving user, so leads hold the edit and publish permissions on the
whole page tree (publishing a page that needs the review still takes the review). Other
roles are created elsewhere; this group is created here if it does not exist yet."""

from django.db import migrations

GROUP = "Safeguarding leads"
WORKFLOW = "Safeguarding review"
TASK = "Safeguarding leads approve"


def create_safeguarding_review(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Collection = apps.get_model("wagtailcore", "Collection")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    leads, _ = Group.objects.get_or_create(name=GROUP)
    leads.permissions.add(
        Permission.objects.get(content_type__app_label="pages", codename="view_consent_document"),
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
    )
    root = Collection.objects.filter(depth=1).first()
    if root is not None:
        for codename in ("add_siteimage", "change_siteimage"):
            GroupCollectionPermission.objects.get_or_create(
                group=leads,
                collection=root,
                permission=Permission.objects.get(content_type__app_label="pages", codename=codename),
            )
    tree = Page.objects.filter(depth=1).first()
    if tree is not None:
        for codename in ("change_page", "publish_page"):
            GroupPagePermission.objects.get_or_create(
                group=leads,
                page=tree,
                permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
            )

    if Workflow.objects.filter(name=WORKFLOW).exists():
        return
    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.set([leads])
    workflow = Workflow.objects.create(name=WORKFLOW, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0002_image_consent_and_safeguarding_review"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    # Going back leaves the group and workflow in place, as the volunteer coordinators' migration does.
    operations = [migrations.RunPython(create_safeguarding_review, migrations.RunPython.noop)]
