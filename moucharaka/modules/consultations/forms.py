"""Forms of digital consultations: the public contribution form, and the staff forms
(dates, text import, attachments, offline contributions, analysis, responses)."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from moucharaka.core.comments.models import BODY_MAX_LENGTH
from moucharaka.core.forms import add_service_errors
from moucharaka.core.questionnaires.forms import PaperEntryForm
from moucharaka.core.viewsets import TenantAdminForm
from moucharaka.modules.consultations import rules, services, splitting
from moucharaka.modules.consultations.models import (
    Contribution,
    ResponsePoint,
)

Stance = Contribution.Stance
WHOLE_TEXT = "whole"
ATTACHMENT_EXTENSIONS = ("pdf", "docx", "doc", "odt", "xlsx", "ods", "png", "jpg", "jpeg")
ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024

STANCE_LABELS = {
    Stance.AGREE: gettext_lazy("I agree"),
    Stance.DISAGREE: gettext_lazy("I disagree"),
    Stance.REWORD: gettext_lazy("I propose another wording"),
    Stance.COMMENT: gettext_lazy("I have a remark"),
}


def stance_choices(*, whole_text: bool) -> list[tuple[str, str]]:
    stances = [Stance.AGREE, Stance.DISAGREE]
    stances.append(Stance.COMMENT if whole_text else Stance.REWORD)
    if not whole_text:
        stances.append(Stance.COMMENT)
    return [(stance.value, STANCE_LABELS[stance]) for stance in stances]


class ContributionForm(forms.Form):
    """A citizen's comment on a paragraph (or on the whole text), with a stance."""

    stance = forms.ChoiceField(
        label=gettext_lazy("What do you think of it?"), widget=forms.RadioSelect
    )
    body = forms.CharField(
        label=gettext_lazy("Your comment"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=gettext_lazy(
            "Say why. At most 5000 characters. Comments are public and moderated: be "
            "respectful and do not share anyone's personal data."
        ),
    )
    proposed_text = forms.CharField(
        label=gettext_lazy("The wording you propose"),
        required=False,
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy(
            "Only if you propose another wording: write the paragraph as you would have it."
        ),
    )

    def __init__(self, *args, whole_text: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.whole_text = whole_text
        self.fields["stance"].choices = stance_choices(whole_text=whole_text)
        if whole_text:
            del self.fields["proposed_text"]

    def clean(self):
        data = super().clean()
        stance = data.get("stance")
        if stance == Stance.REWORD and not (data.get("proposed_text") or "").strip():
            self.add_error("proposed_text", _("Write the wording you propose."))
        return data


# --- Back office ----------------------------------------------------------------------


class ConsultationAdminForm(TenantAdminForm):
    """The consultation's own fields; dates checked against the rules and the phase."""

    def clean(self):
        data = super().clean()
        opens_at, closes_at = data.get("opens_at"), data.get("closes_at")
        if opens_at and closes_at:
            try:
                services.consultation_dates_check(
                    consultation=self.instance, opens_at=opens_at, closes_at=closes_at
                )
            except ValidationError as error:
                add_service_errors(self, error)
        return data


class TextForm(forms.Form):
    """The draft text, pasted or uploaded, and its split to adjust (see splitting.py)."""

    text_ar = forms.CharField(
        label=gettext_lazy("The text in Arabic"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 20, "dir": "rtl", "lang": "ar"}),
        help_text=gettext_lazy(
            "A line starting with # is the heading of a section; a blank line ends a "
            "paragraph. Without any #, short lines on their own are taken for headings: "
            "check the preview and correct."
        ),
    )
    upload_ar = forms.FileField(
        label=gettext_lazy("Or upload it (.txt, .md, .docx)"), required=False
    )
    text_fr = forms.CharField(
        label=gettext_lazy("The text in French (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 12, "dir": "ltr", "lang": "fr"}),
        help_text=gettext_lazy("Same sections and paragraphs as the Arabic text."),
    )
    upload_fr = forms.FileField(label=gettext_lazy("Or upload it"), required=False)

    def clean(self):
        data = super().clean()
        for code in ("ar", "fr"):
            upload = data.get(f"upload_{code}")
            if upload:
                try:
                    data[f"text_{code}"] = splitting.read_upload(upload)
                except ValidationError as error:
                    self.add_error(f"upload_{code}", error)
        if not (data.get("text_ar") or "").strip() and not self.errors:
            self.add_error("text_ar", _("Paste or upload the text."))
        if self.errors:
            return data
        data["sections_ar"] = splitting.split_text(data["text_ar"])
        data["sections_fr"] = (
            splitting.split_text(data["text_fr"]) if (data.get("text_fr") or "").strip() else None
        )
        try:
            splitting.check_split(data["sections_ar"])
            if data["sections_fr"]:
                splitting.check_same_shape(data["sections_ar"], data["sections_fr"])
        except ValidationError as error:
            self.add_error(None, error)
        return data


class AttachmentForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("Title"), max_length=200)
    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy("PDF, Word, OpenDocument, spreadsheet or image; 10 MB at most."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        if extension not in ATTACHMENT_EXTENSIONS:
            raise ValidationError(_("This type of file is not accepted."))
        if upload.size > ATTACHMENT_MAX_BYTES:
            raise ValidationError(_("The file is too large (10 MB at most)."))
        return upload


def paragraph_choices(sections) -> list[tuple[str, str]]:
    choices = [(WHOLE_TEXT, _("The text as a whole"))]
    for section in sections:
        for paragraph in section.paragraph_list:
            excerpt = paragraph.text_ar[:70]
            choices.append((str(paragraph.pk), f"§{paragraph.number} — {excerpt}"))
    return choices


class OfflineContributionForm(PaperEntryForm):
    """A contribution gathered in a workshop, on paper or by phone: what was said, on
    which paragraph, and the sheet's details (channel, where, when, the person)."""

    paragraph = forms.ChoiceField(label=gettext_lazy("About"))
    stance = forms.ChoiceField(
        label=gettext_lazy("Stance"),
        choices=[(stance.value, STANCE_LABELS[stance]) for stance in Stance],
    )
    body = forms.CharField(
        label=gettext_lazy("What was said"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    proposed_text = forms.CharField(
        label=gettext_lazy("The wording proposed"),
        required=False,
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    field_order = [
        "paragraph",
        "stance",
        "body",
        "proposed_text",
        "channel",
        "occurred_on",
        "source",
    ]

    def __init__(self, *args, sections, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["paragraph"].choices = paragraph_choices(sections)
        self.paragraphs = {str(p.pk): p for section in sections for p in section.paragraph_list}
        self.order_fields(self.field_order)

    def paragraph_object(self):
        return self.paragraphs.get(self.cleaned_data["paragraph"])

    def clean(self):
        data = super().clean()
        if "paragraph" in data and "stance" in data:
            try:
                rules.check_stance(
                    data["stance"],
                    paragraph=self.paragraphs.get(data["paragraph"]),
                    proposed_text=data.get("proposed_text", ""),
                )
            except ValidationError as error:
                for name, messages in error.message_dict.items():
                    self.add_error(name, messages)
        return data


class ClassifyForm(forms.Form):
    tags = forms.CharField(
        label=gettext_lazy("Tags"),
        required=False,
        max_length=500,
        help_text=gettext_lazy("Themes, separated by commas."),
    )
    point = forms.TypedChoiceField(
        label=gettext_lazy("Main point it raises"),
        required=False,
        coerce=int,
        empty_value=None,
    )

    def __init__(self, *args, points: list[ResponsePoint], **kwargs):
        """`points`: the consultation's main points, read once for every form of a page."""
        super().__init__(*args, **kwargs)
        self.points = {point.pk: point for point in points}
        self.fields["point"].choices = [("", _("none yet"))] + [
            (point.pk, point.summary_ar[:90]) for point in points
        ]

    def tag_list(self) -> list[str]:
        return [name.strip() for name in self.cleaned_data["tags"].split(",") if name.strip()]

    def point_object(self) -> ResponsePoint | None:
        return self.points.get(self.cleaned_data["point"])


class HideForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for hiding"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Shown to the author of the contribution."),
    )


class PointForm(forms.ModelForm):
    paragraph_choice = forms.ChoiceField(label=gettext_lazy("About"))

    class Meta:
        model = ResponsePoint
        fields = [
            "summary_ar",
            "summary_fr",
            "decision",
            "change_ar",
            "change_fr",
            "reason_ar",
            "reason_fr",
            "position",
        ]
        widgets = {
            name: forms.Textarea(attrs={"rows": 3})
            for name in (
                "summary_ar",
                "summary_fr",
                "change_ar",
                "change_fr",
                "reason_ar",
                "reason_fr",
            )
        }
        labels = {"decision": gettext_lazy("Response (empty while it is being studied)")}

    def __init__(self, *args, sections, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["paragraph_choice"].choices = paragraph_choices(sections)
        self.paragraphs = {str(p.pk): p for s in sections for p in s.paragraph_list}
        if self.instance.pk:
            self.fields["paragraph_choice"].initial = (
                str(self.instance.paragraph_id) if self.instance.paragraph_id else WHOLE_TEXT
            )
        self.order_fields(["paragraph_choice", *self.Meta.fields])

    def _post_clean(self):
        # The service checks the response and saves; the model's constraints run there.
        pass

    def paragraph_object(self):
        return self.paragraphs.get(self.cleaned_data["paragraph_choice"])


class SynthesisForm(forms.Form):
    synthesis_ar = forms.CharField(
        label=gettext_lazy("What we heard (Arabic)"),
        widget=forms.Textarea(attrs={"rows": 12, "dir": "rtl", "lang": "ar"}),
    )
    synthesis_fr = forms.CharField(
        label=gettext_lazy("What we heard (French)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 12, "dir": "ltr", "lang": "fr"}),
    )
