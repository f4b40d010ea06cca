"""Running admin jobs in Celery, and the hourly tidy-up: old files deleted, stalled jobs handed over again."""

import logging

from celery import shared_task

from django.utils import timezone

from jobs.kinds import kind_of
from jobs.models import AdminJob

logger = logging.getLogger(__name__)


def queue(job_id):
    """Hand a job to Celery; a broker that is down is logged, not raised: the tidy-up hands it over later."""
    try:
        run_job.delay(job_id)
    except Exception:  # kombu raises many kinds of connection errors; none may reach the person asking
        logger.warning("Broker unavailable; admin job %s waits for the tidy-up", job_id, exc_info=True)


@shared_task(acks_late=True)
def run_job(job_id):
    """Do one admin job. A second delivery of the task does nothing while the first runs or once it has
    finished, and carries on from the job's progress when the first worker died (see AdminJob.claim)."""
    job = AdminJob.objects.filter(pk=job_id).first()
    if job is None or not job.claim():
        return
    try:
        kind_of(job).run(job)
    except Exception as error:  # any failure must end on the progress page, not leave it spinning
        logger.exception("Admin job %s (%s) failed", job.pk, job.kind)
        job.refresh_from_db()
        job.fail(f"{type(error).__name__}: {error}")
        return
    job.refresh_from_db()
    if not job.is_finished:
        job.finish()


@shared_task(expires=600)
def tidy_jobs():
    """Delete the files of jobs finished more than a day ago (exports of personal data), and hand to Celery
    again the jobs that stalled (a broker that was down, a worker that died)."""
    now = timezone.now()
    old = list(AdminJob.objects.with_old_files(now))
    for job in old:
        job.delete_file()
    stalled = list(AdminJob.objects.stalled(now).values_list("pk", flat=True))
    for job_id in stalled:
        queue(job_id)
    return {"files_deleted": len(old), "requeued": len(stalled)}
