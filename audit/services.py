"""Writing to the audit trail: one call wherever personal data is viewed, downloaded, exported, changed,
deleted or purged.

    record(AuditEvent.Action.DOWNLOADED, application, by=request.user, detail="cv.pdf")
"""

from audit.models import AuditEvent

Action = AuditEvent.Action


def record(action, subject, *, by=None, detail=""):
    """Append one event. `subject` is a model instance, or a short text for things that are no longer
    there (a purge); `by` is the person, or None for the system (Celery beat)."""
    if isinstance(subject, str):
        subject_type, subject_id, label = "", "", subject
    else:
        # Named by kind and number, never by the person's name: the trail outlives the records it speaks of.
        subject_type, subject_id = subject._meta.label, str(subject.pk)
        label = f"{subject._meta.verbose_name} {subject.pk}"
    return AuditEvent.objects.create(
        action=action,
        actor=by if by is not None and by.is_authenticated else None,
        actor_name=_name_of(by),
        subject_type=subject_type,
        subject_id=subject_id,
        subject=label[:255],
        detail=str(detail)[:255],
    )


def _name_of(user):
    if user is None:
        return "system"
    if not user.is_authenticated:
        return "anonymous"
    return user.get_username()
