"""The editor's page form: the safeguarding rules (`pages.safeguarding`) shown as errors when an editor
publishes or a safeguarding lead approves, so the page is never half-published. Drafts are always saved."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm

from pages import safeguarding


class SafeguardedPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        if (
            "about_a_child" in self.fields
            and self.initial.get("about_a_child")
            and not cleaned_data.get("about_a_child")
            and not safeguarding.is_safeguarding_lead(self.for_user)
        ):
            self.add_error(
                "about_a_child", _("Only a safeguarding lead can decide that a page is no longer about a child.")
            )
        return cleaned_data

    def _post_clean(self):
        super()._post_clean()  # self.instance now holds what was submitted
        for message in self.publishing_refusals():
            self.add_error(None, message)

    def publishing_refusals(self):
        if self.data.get("action-publish"):
            return safeguarding.publishing_refusals(self.instance)
        if self.data.get("action-workflow-action") and self.data.get("workflow-action-name") == "approve":
            return safeguarding.image_refusals(self.instance)
        return []


class SafeguardedFormPageForm(SafeguardedPageForm, WagtailAdminFormPageForm):
    """The same, for pages built with Wagtail's form builder (the contact page)."""
