from django import forms
from django.utils.translation import gettext_lazy as _

from moucharaka.core.comments.models import BODY_MAX_LENGTH, Report

REPORT_DETAILS_MAX_LENGTH = 2000


class CommentForm(forms.Form):
    """The text of a comment; the view resolves what it is about from the POST data."""

    body = forms.CharField(
        label=_("Your comment"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "At most 5000 characters. Comments are public and moderated: be respectful "
            "and do not share anyone's personal data."
        ),
    )


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong?"), choices=Report.Reason.choices, widget=forms.RadioSelect
    )
    details = forms.CharField(
        label=_("Details"),
        required=False,
        max_length=REPORT_DETAILS_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Anything that helps the moderators understand the problem."),
    )
