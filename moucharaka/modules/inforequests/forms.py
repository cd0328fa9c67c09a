from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from moucharaka.core.identity.forms import CnieCollectionFormMixin, CnieField
from moucharaka.modules.inforequests.models import (
    AccessForm,
    Channel,
    ExtensionReason,
    InfoRequest,
    RefusalGround,
    UrgencyGround,
)


class InfoRequestsSettingsForm(forms.Form):
    """A commune's own rules (the manifest's settings form, on the Modules screen)."""

    answer_days = forms.IntegerField(
        label=_("Working days to answer a request"),
        required=False,
        min_value=1,
        max_value=20,
        help_text=_(
            "Leave empty to apply the law: 20 working days from the receipt (law 31.13, "
            "art. 16). The commune may commit to answer sooner, never later."
        ),
    )
    contact = forms.CharField(
        label=_("Where to deposit a request"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "The office of the information officer, its address and opening hours, shown "
            "to the public (art. 12)."
        ),
    )


class RequestForm(CnieCollectionFormMixin, forms.Form):
    """The official request form (law 31.13, art. 14): identity, information sought,
    form of access, and the urgent track (art. 17)."""

    full_name = forms.CharField(label=_("Full name"), max_length=150)
    cnie = CnieField()
    address = forms.CharField(label=_("Address"), max_length=300)
    email = forms.EmailField(
        label=_("E-mail"), required=False, help_text=_("To receive the answer by e-mail.")
    )
    phone = forms.CharField(label=_("Phone"), max_length=30, required=False)
    subject = forms.CharField(
        label=_("Subject"),
        max_length=200,
        help_text=_("In a few words, e.g. “Budget of the commune for 2025”."),
    )
    information_sought = forms.CharField(
        label=_("Information sought"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Describe the information or documents as precisely as you can."),
    )
    access_form = forms.ChoiceField(
        label=_("How would you like to receive it?"),
        choices=AccessForm.choices,
        widget=forms.RadioSelect,
        help_text=_(
            "Access is free; only the cost of copying or sending may be charged (art. 15)."
        ),
    )
    urgent = forms.BooleanField(
        label=_(
            "This request is urgent: the information is needed to protect a person's life, "
            "safety or freedom (art. 17)"
        ),
        required=False,
    )
    urgency_ground = forms.ChoiceField(
        label=_("Urgent to protect"),
        choices=UrgencyGround.choices,
        widget=forms.RadioSelect,
        required=False,
    )
    urgency_justification = forms.CharField(
        label=_("Why is it urgent?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("urgent"):
            if not cleaned.get("urgency_ground"):
                self.add_error("urgency_ground", _("Say what the urgent request protects."))
            if not (cleaned.get("urgency_justification") or "").strip():
                self.add_error("urgency_justification", _("Explain why it is urgent."))
        if cleaned.get("access_form") == AccessForm.EMAIL and not cleaned.get("email"):
            self.add_error(
                "email", _("Give an e-mail address to receive the information by e-mail.")
            )
        return cleaned


class RegisterForm(RequestForm):
    """A request received at the desk, by post or by e-mail, entered by the officer."""

    channel = forms.ChoiceField(
        label=_("Received"),
        choices=[(c.value, c.label) for c in (Channel.DESK, Channel.POST, Channel.EMAIL)],
    )
    received_on = forms.DateField(
        label=_("Date of receipt"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The deadline runs from this date (art. 16)."),
    )

    field_order = ["channel", "received_on"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].help_text = _(
            "The requester receives the acknowledgement and the answer's link there."
        )

    def clean_received_on(self):
        day = self.cleaned_data["received_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("The date of receipt cannot be in the future."))
        return day


class TrackForm(forms.Form):
    code = forms.CharField(
        label=_("Tracking code"),
        max_length=32,
        help_text=_("It is printed on your acknowledgement of receipt."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )


class ExtendForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Reason of the extension"),
        choices=ExtensionReason.choices,
        widget=forms.RadioSelect,
    )
    details = forms.CharField(
        label=_("Explanation for the requester"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The requester is told of the extension and of its reasons at once (art. 16)."),
    )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


class RespondForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Response"),
        choices=[
            (InfoRequest.Status.ANSWERED, _("the information is given")),
            (InfoRequest.Status.PARTIAL, _("part of the information is given, the rest refused")),
            (InfoRequest.Status.REFUSED, _("refusal")),
        ],
        widget=forms.RadioSelect,
    )
    text = forms.CharField(
        label=_("Answer"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("The information itself, or where and when it can be consulted."),
    )
    documents = MultipleFileField(
        label=_("Documents"),
        required=False,
        help_text=_("Only the requester and the commune's staff can open them."),
    )
    grounds = forms.MultipleChoiceField(
        label=_("Grounds of the refusal"),
        choices=RefusalGround.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Law 31.13, arts. 7 and 18."),
    )
    details = forms.CharField(
        label=_("Reasons of the refusal"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("A refusal is written and reasoned (art. 18)."),
    )
    already_published = forms.ModelChoiceField(
        label=_("Where the information is published"),
        queryset=None,
        required=False,
        help_text=_("Required with the ground “already published”: the requester gets the link."),
    )

    def __init__(self, *args, register, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["already_published"].queryset = register

    def clean(self):
        cleaned = super().clean()
        outcome = cleaned.get("outcome")
        if outcome in (InfoRequest.Status.PARTIAL, InfoRequest.Status.REFUSED):
            if not cleaned.get("grounds"):
                self.add_error("grounds", _("Choose at least one legal ground."))
            if not (cleaned.get("details") or "").strip():
                self.add_error("details", _("Explain the refusal."))
            if RefusalGround.ALREADY_PUBLISHED in cleaned.get("grounds", []) and not cleaned.get(
                "already_published"
            ):
                self.add_error("already_published", _("Choose the published information."))
        if outcome in (InfoRequest.Status.ANSWERED, InfoRequest.Status.PARTIAL):
            if not (cleaned.get("text") or "").strip() and not cleaned.get("documents"):
                self.add_error("text", _("Give the information: a text or documents."))
        return cleaned


class PublishForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    summary = forms.CharField(
        label=_("Information"),
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Public: remove every personal data (names, numbers, addresses)."),
    )
    documents = forms.ModelMultipleChoiceField(
        label=_("Documents to publish"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only documents without personal data."),
    )

    def __init__(self, *args, documents, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["documents"].queryset = documents


class ComplaintForm(forms.Form):
    text = forms.CharField(
        label=_("Your complaint"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("What you asked, what you received or did not receive, and what you expect."),
    )


class ComplaintRegisterForm(ComplaintForm):
    channel = forms.ChoiceField(
        label=_("Received"),
        choices=[(c.value, c.label) for c in (Channel.DESK, Channel.POST, Channel.EMAIL)],
    )
    filed_on = forms.DateField(
        label=_("Date of receipt"), widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].label = _("Complaint")


class ComplaintAnswerForm(forms.Form):
    upheld = forms.TypedChoiceField(
        label=_("The decision of the president of the commune"),
        choices=[("1", _("the complaint is upheld")), ("0", _("the complaint is rejected"))],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
    )
    text = forms.CharField(
        label=_("Decision and reasons"), widget=forms.Textarea(attrs={"rows": 5})
    )
