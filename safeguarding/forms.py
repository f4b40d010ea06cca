"""The public "report a concern" form, protected from bots like the contact form (pages.forms)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from pages.forms import SpamProtectedForm
from safeguarding.models import Concern


class ConcernForm(SpamProtectedForm, forms.ModelForm):
    """A concern as the reporter writes it. SpamProtectedForm adds the honeypot and the signed time the form
    was shown, and checks them in clean(); ModelForm builds the Concern from the remaining fields."""

    # Radio buttons without Django's "---------" choice: the reporter picks one answer.
    child_in_danger = forms.ChoiceField(
        label=_("Is a child in danger right now?"),
        choices=Concern.ChildInDanger.choices,
        widget=forms.RadioSelect,
        help_text=_("If yes, call the police on 117 or the child helpline on 1280 first, then tell us here."),
    )

    class Meta:
        model = Concern
        fields = [
            "what_happened",
            "when",
            "where",
            "who_is_involved",
            "child_in_danger",
            "reporter_name",
            "reporter_contact",
        ]
        widgets = {
            "what_happened": forms.Textarea(attrs={"rows": 8}),
            "who_is_involved": forms.Textarea(attrs={"rows": 3}),
            "reporter_name": forms.TextInput(attrs={"autocomplete": "name"}),
        }
