"""The volunteers' forms: the profile, the application (referees, police check, policy), and the referee's."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from private_files.uploads import validate_document
from volunteers.models import VolunteerProfile
from volunteers.services import may_apply

REFEREES = (1, 2)


class VolunteerProfileForm(forms.ModelForm):
    class Meta:
        model = VolunteerProfile
        fields = [
            "full_name",
            "date_of_birth",
            "nationality",
            "phone",
            "khmer_level",
            "english_level",
            "other_languages",
            "skills",
            "availability",
            "emergency_contact_name",
            "emergency_contact_relationship",
            "emergency_contact_phone",
        ]
        widgets = {
            "date_of_birth": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "skills": forms.Textarea(attrs={"rows": 4}),
            "availability": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["date_of_birth"].input_formats = ["%Y-%m-%d"]
        self.fields["date_of_birth"].error_messages["invalid"] = _("Enter your date of birth as year-month-day.")
        self.fields["full_name"].widget.attrs.update(autocomplete="name")
        self.fields["date_of_birth"].widget.attrs.update(autocomplete="bday", max=timezone.localdate().isoformat())
        for name in ("phone", "emergency_contact_phone"):
            self.fields[name].widget.attrs.update(type="tel")
        self.fields["phone"].widget.attrs.update(autocomplete="tel")


class VolunteerApplicationForm(forms.Form):
    motivation = forms.CharField(
        label=_("Why do you want to volunteer with CCPCR, and in this role?"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    police_check = forms.FileField(
        label=_("Your police check"),
        help_text=_("A scan or photo saved as PDF, or a Word document; at most 5 MB. Only coordinators see it."),
    )
    acknowledge_policy = forms.BooleanField(
        label=_("I have read CCPCR's child-protection policy and will follow it."),
        error_messages={"required": _("Please read and acknowledge the child-protection policy to apply.")},
    )

    def __init__(self, *args, opportunity, volunteer, policy, **kwargs):
        super().__init__(*args, **kwargs)
        self.opportunity, self.volunteer, self.policy = opportunity, volunteer, policy
        if not opportunity.needs_police_check:
            del self.fields["police_check"]
        if policy is None or policy.acknowledged_by(volunteer):
            del self.fields["acknowledge_policy"]
        for n in REFEREES:
            self.fields[f"referee_{n}_name"] = forms.CharField(
                label=_("Referee %(n)s: name") % {"n": n}, max_length=150
            )
            self.fields[f"referee_{n}_relationship"] = forms.CharField(
                label=_("Referee %(n)s: how they know you") % {"n": n},
                max_length=120,
                help_text=_("e.g. “my teacher”, “my employer”. Not a family member."),
            )
            self.fields[f"referee_{n}_email"] = forms.EmailField(
                label=_("Referee %(n)s: email") % {"n": n}, max_length=254
            )
        # Referees after the motivation, before the documents and the policy.
        order = ["motivation", *(f"referee_{n}_{part}" for n in REFEREES for part in ("name", "relationship", "email"))]
        self.order_fields(order)

    def clean_police_check(self):
        upload = self.cleaned_data["police_check"]
        upload.checked_type = validate_document(upload)
        return upload

    def clean(self):
        cleaned_data = super().clean()
        if not may_apply(self.volunteer.volunteer_profile, self.opportunity):
            raise forms.ValidationError(
                _("This role brings volunteers into direct contact with children, so volunteers must be 18 or over."),
                code="minor",
            )
        seen = {self.volunteer.email.casefold()}
        for n in REFEREES:
            field = f"referee_{n}_email"
            email = cleaned_data.get(field, "")
            if not email:
                continue
            if email.casefold() == self.volunteer.email.casefold():
                self.add_error(field, _("A referee must be someone else: this is your own email address."))
            elif email.casefold() in seen:
                self.add_error(field, _("Please give two different referees."))
            seen.add(email.casefold())
        return cleaned_data

    def referees(self):
        return [
            {
                "name": self.cleaned_data[f"referee_{n}_name"],
                "relationship": self.cleaned_data[f"referee_{n}_relationship"],
                "email": self.cleaned_data[f"referee_{n}_email"],
            }
            for n in REFEREES
        ]


class PolicyAcknowledgementForm(forms.Form):
    acknowledge_policy = VolunteerApplicationForm.base_fields["acknowledge_policy"]


class ReferenceForm(forms.Form):
    how_known = forms.CharField(
        label=_("How do you know %(name)s?"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    known_for = forms.CharField(label=_("For how long have you known them?"), max_length=100)
    suitability = forms.CharField(
        label=_("How suitable are they to volunteer with children, and why?"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    has_concerns = forms.TypedChoiceField(
        label=_("Do you know of any reason this person should not work with children?"),
        choices=[("no", _("No")), ("yes", _("Yes"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    concerns = forms.CharField(
        label=_("If yes, please tell us why"),
        help_text=_("Only CCPCR's volunteer coordinators read your answers. The volunteer does not see them."),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, volunteer_name, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["how_known"].label = _("How do you know %(name)s?") % {"name": volunteer_name}

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("has_concerns") and not cleaned_data.get("concerns", "").strip():
            self.add_error("concerns", _("Please tell us the reason."))
        return cleaned_data
