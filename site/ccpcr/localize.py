"""Run wagtail-localize's background jobs (translating a page tree, synchronising locales) on Celery.

wagtail-localize passes model instances and querysets to its jobs and ships only an RQ backend, which
pickles them. We do the same, but sign the pickled job with the project's secret key so the worker only
ever unpickles a payload that this project created.
"""

import base64
import pickle

from celery import shared_task

from django.core import signing

from wagtail_localize.tasks import BaseJobBackend

_SALT = "ccpcr.localize.job"


class CeleryJobBackend(BaseJobBackend):
    def enqueue(self, func, args, kwargs):
        payload = base64.b64encode(pickle.dumps((func, list(args), dict(kwargs)))).decode()
        run_localize_job.delay(signing.Signer(salt=_SALT).sign(payload))


@shared_task(name="ccpcr.localize.run_job")
def run_localize_job(signed_payload):
    payload = signing.Signer(salt=_SALT).unsign(signed_payload)
    func, args, kwargs = pickle.loads(base64.b64decode(payload))  # noqa: S301 - signed by us, see docstring
    func(*args, **kwargs)
