"""Run wagtail-localize's background jobs (translating a page tree, synchronising locales) on Celery.

wagtail-localize ships only an RQ backend, which pickles the job's arguments: model instances, lists of
locales, the requesting user. We send them as references (app label, model, primary key) that the worker
fetches again, so no stale objects or password hashes travel through the broker, and we pickle only what
is left (wagtail-localize's component settings), signed with the project's secret key so a worker only
unpickles what this project created. Jobs are queued after the commit: the worker must see what the
request saved.
"""

import base64
import pickle  # only for payloads we signed, see the docstring  # nosec B403

from celery import shared_task

from django.apps import apps
from django.core import signing
from django.db import models, transaction

from wagtail_localize.tasks import BaseJobBackend

_SALT = "ccpcr.localize.job"


class ModelReference(tuple):
    """(app_label, model_name, pk) standing in for a model instance on its way to the worker."""


class CeleryJobBackend(BaseJobBackend):
    def enqueue(self, func, args, kwargs):
        job = (func, [_to_reference(arg) for arg in args], {key: _to_reference(v) for key, v in kwargs.items()})
        payload = base64.b64encode(pickle.dumps(job)).decode()
        signed = signing.Signer(salt=_SALT).sign(payload)
        transaction.on_commit(lambda: run_localize_job.delay(signed))


@shared_task(name="ccpcr.localize.run_job")
def run_localize_job(signed_payload):
    payload = signing.Signer(salt=_SALT).unsign(signed_payload)
    func, args, kwargs = pickle.loads(base64.b64decode(payload))  # noqa: S301 - signed by us, see docstring  # nosec B301
    func(*[_from_reference(arg) for arg in args], **{key: _from_reference(v) for key, v in kwargs.items()})


def _to_reference(value):
    if isinstance(value, models.Model):
        return ModelReference((value._meta.app_label, value._meta.model_name, value.pk))
    if isinstance(value, list | tuple | models.QuerySet) and all(isinstance(item, models.Model) for item in value):
        return [_to_reference(item) for item in value]
    return value


def _from_reference(value):
    if isinstance(value, ModelReference):
        app_label, model_name, pk = value
        return apps.get_model(app_label, model_name)._default_manager.get(pk=pk)
    if isinstance(value, list) and value and all(isinstance(item, ModelReference) for item in value):
        return [_from_reference(item) for item in value]
    return value
