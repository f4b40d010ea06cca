"""The application form: personal details, documents checked by content, language levels, the vacancy's
own screening questions, and consent to the privacy notice."""

from django import forms
from django.utils.translation import gettext_lazy as _

from careers.models import Application
from private_files.uploads import validate_document

MAX_EXTRA_DOCUMENTS = 2


class ApplicationForm(forms.ModelForm):
    cv = forms.FileField(label=_("Your CV"), help_text=_("PDF, DOC or DOCX, at most 5 MB."))
    document_1 = forms.FileField(label=_("Another document (optional)"), required=False)
    document_2 = forms.FileField(label=_("Another document (optional)"), required=False)
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that CCPCR keeps my application to assess it."),
        error_messages={"required": _("Please agree to the privacy notice to apply.")},
    )

    class Meta:
        model = Application
        fields = ["full_name", "phone", "province", "khmer_level", "english_level", "cover_letter"]
        widgets = {"cover_letter": forms.Textarea(attrs={"rows": 8})}

    def __init__(self, *args, vacancy, **kwargs):
        super().__init__(*args, **kwargs)
        self.vacancy = vacancy
        self.fields["phone"].widget.attrs.update(type="tel", autocomplete="tel")
        self.fields["full_name"].widget.attrs.update(autocomplete="name")
        self.question_fields = []
        for index, block in enumerate(vacancy.screening_questions):
            name = f"question_{index}"
            self.fields[name] = self._question_field(block)
            self.question_fields.append((name, block.value["question"]))

    @staticmethod
    def _question_field(block):
        value, common = block.value, {"label": block.value["question"], "help_text": block.value.get("help_text", "")}
        required = value.get("required", True)
        if block.block_type == "long_text":
            return forms.CharField(
                required=required, max_length=3000, widget=forms.Textarea(attrs={"rows": 4}), **common
            )
        if block.block_type == "yes_no":
            choices = [("yes", _("Yes")), ("no", _("No"))]
            return forms.ChoiceField(required=required, choices=choices, widget=forms.RadioSelect, **common)
        if block.block_type == "choice":
            choices = [(choice, choice) for choice in value["choices"]]
            return forms.ChoiceField(required=required, choices=choices, widget=forms.RadioSelect, **common)
        return forms.CharField(required=required, max_length=300, **common)

    def clean_cv(self):
        return self._checked(self.cleaned_data["cv"])

    def clean_document_1(self):
        return self._checked(self.cleaned_data.get("document_1"))

    def clean_document_2(self):
        return self._checked(self.cleaned_data.get("document_2"))

    def _checked(self, upload):
        if upload:
            upload.checked_type = validate_document(upload)
        return upload

    def answers(self):
        """The screening questions with the applicant's answers, as they were asked."""
        return [
            {"question": question, "answer": self.cleaned_data.get(name, "")} for name, question in self.question_fields
        ]

    def documents(self):
        return [
            (kind, self.cleaned_data[name])
            for kind, name in (("cv", "cv"), ("other", "document_1"), ("other", "document_2"))
            if self.cleaned_data.get(name)
        ]
