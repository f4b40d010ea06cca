from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import DateColumn

from audit.models import AuditEvent
from ccpcr.admin_records import RecordViewSet


class AuditTrailViewSet(RecordViewSet):
    """The audit trail for administrators: read, filter, search, export; nothing else."""

    model = AuditEvent
    icon = "history"
    menu_label = _("Audit trail")
    menu_order = 900
    add_to_admin_menu = True
    inspect_view_enabled = False
    list_display = ["actor_name", "action", "subject", "detail", DateColumn("at", label=_("When"))]
    list_filter = ["action", "subject_type", "at"]
    search_fields = ["actor_name", "subject", "detail"]
    list_export = ["at", "actor_name", "action", "subject_type", "subject_id", "subject", "detail"]
    export_filename = "audit-trail"


@hooks.register("register_admin_viewset")
def register_audit_trail():
    return AuditTrailViewSet("audit_trail")
