"""Screening questions an editor adds to a vacancy: short text, long text, yes/no, or a choice."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    help_text = blocks.CharBlock(label=_("Help text"), required=False, max_length=300)
    required = blocks.BooleanBlock(label=_("Required"), required=False, default=True)

    class Meta:
        icon = "help"
        template = "careers/blocks/question.html"


class ShortTextQuestionBlock(QuestionBlock):
    class Meta:
        label = _("Short answer")
        preview_value = {"question": "Which provinces have you worked in?", "required": True}


class LongTextQuestionBlock(QuestionBlock):
    class Meta:
        label = _("Long answer")
        icon = "form"
        preview_value = {"question": "Describe a time you protected a child from harm.", "required": True}


class YesNoQuestionBlock(QuestionBlock):
    class Meta:
        label = _("Yes or no")
        icon = "tick-inverse"
        preview_value = {"question": "Can you travel to Bavet every week?", "required": True}


class ChoiceQuestionBlock(QuestionBlock):
    choices = blocks.ListBlock(blocks.CharBlock(label=_("Choice"), max_length=120), label=_("Choices"), min_num=2)

    class Meta:
        label = _("Choice")
        icon = "list-ul"
        preview_value = {"question": "How did you hear about this vacancy?", "choices": ["Facebook", "A friend"]}


class ScreeningQuestionsBlock(blocks.StreamBlock):
    short_text = ShortTextQuestionBlock()
    long_text = LongTextQuestionBlock()
    yes_no = YesNoQuestionBlock()
    choice = ChoiceQuestionBlock()
