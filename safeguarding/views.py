"""/<lang>/report-a-concern/: anyone, with or without an account, tells CCPCR about a child at risk.

Nothing here is cached anywhere (the form and the thank-you page carry `Cache-Control: no-store`), and the
thank-you page shows nothing of what was sent."""

from django_ratelimit.decorators import ratelimit

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect

from ccpcr.security import rate
from safeguarding.forms import ConcernForm
from safeguarding.services import receive_concern


@never_cache
@csrf_protect
@ratelimit(group="safeguarding.report", key="ip", rate=rate("CONCERN_FORM_RATE_LIMIT"), method="POST")
def report(request):
    form = ConcernForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        concern = receive_concern(form, language=translation.get_language())
        thanks = reverse("report_concern_thanks")
        return redirect(f"{thanks}?danger=yes" if concern.is_urgent else thanks)
    return render(request, "safeguarding/report.html", {"form": form})


@never_cache
def thanks(request):
    return render(request, "safeguarding/thanks.html", {"danger": request.GET.get("danger") == "yes"})
