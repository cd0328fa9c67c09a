from django import forms
from django.utils.translation import gettext_lazy as _

from moucharaka.core.identity.forms import CnieCollectionFormMixin, CnieField
from moucharaka.modules.petitions.models import Basis, CouncilSession, Petition

ELECTORAL_LABEL = _(
    "I meet the conditions to be registered on the electoral rolls (Moroccan "
    "nationality, of age, in possession of my civil and political rights)"
)


class PetitionSettingsForm(forms.Form):
    """A commune's own petition rules (the manifest's settings form, on the Modules
    screen). The law's figures are minimums: a looser value is ignored by rules.py."""

    threshold = forms.IntegerField(
        label=_("Signatures required for a citizens' petition"),
        required=False,
        min_value=1,
        help_text=_(
            "Leave empty to apply the law: 100 signatures in communes under 35,000 "
            "inhabitants, 200 otherwise, 400 in communes with arrondissements (organic "
            "law 113.14, art. 123). You may only require more, never fewer: a lower "
            "figure is ignored. These figures are still to be verified against the "
            "Bulletin officiel [U]."
        ),
    )
    decision_months = forms.IntegerField(
        label=_("Months for the bureau to decide"),
        required=False,
        min_value=1,
        max_value=12,
        help_text=_(
            "Leave empty to apply the law: 3 months from the deposit receipt (art. 125). "
            "The commune may commit to answer sooner, never later: a longer period is "
            "ignored."
        ),
    )


class DraftForm(forms.ModelForm):
    """The petition's text and the mandatary's declarations (arts. 121–122)."""

    class Meta:
        model = Petition
        fields = [
            "title",
            "requested_point",
            "reasons",
            "objectives",
            "mandatary_name",
            "mandatary_address",
            "mandatary_phone",
            "declares_within_powers",
            "declares_constants_respected",
        ]
        widgets = {
            "requested_point": forms.Textarea(attrs={"rows": 3}),
            "reasons": forms.Textarea(attrs={"rows": 6}),
            "objectives": forms.Textarea(attrs={"rows": 4}),
        }
        labels = {
            "mandatary_name": _("Your full name (mandatary)"),
            "mandatary_address": _("Your address"),
            "mandatary_phone": _("Your phone number"),
        }
        help_texts = {
            "mandatary_name": _(
                "The mandatary (وكيل) follows the procedure in the petitioners' name."
            ),
        }

    attachment = forms.FileField(
        label=_("Attachment"),
        required=False,
        help_text=_("A document supporting the petition (PDF, image). It will be public."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("declares_within_powers", "declares_constants_respected"):
            self.fields[name].required = True
        self.fields["mandatary_address"].required = True


class AssociationDraftForm(DraftForm):
    """An association's petition: its legal conditions are declared here (art. 124)."""

    class Meta(DraftForm.Meta):
        fields = [
            "association",
            *DraftForm.Meta.fields,
            "declares_branch_in_commune",
            "branch_address",
            "declares_related_activity",
            "declares_good_standing",
            "good_standing_document",
            "mandate_document",
        ]
        labels = {
            **DraftForm.Meta.labels,
            "mandatary_name": _("Your full name (holder of the association's mandate)"),
        }

    def __init__(self, *args, associations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["association"].queryset = associations
        self.fields["association"].required = True
        self.fields["association"].empty_label = None
        for name in ("declares_related_activity", "declares_good_standing"):
            self.fields[name].required = True
        self.fields["good_standing_document"].help_text = _(
            "e.g. the receipt of the last general assembly or the renewal of the office."
        )
        if self.instance.pk and self.instance.good_standing_document:
            self.fields["good_standing_document"].required = False
        else:
            self.fields["good_standing_document"].required = True


class SignatureForm(CnieCollectionFormMixin, forms.Form):
    """An online signature: the details the official file needs (art. 123 [U])."""

    full_name = forms.CharField(label=_("Full name"), max_length=150)
    cnie = CnieField()
    address = forms.CharField(
        label=_("Address"), max_length=300, widget=forms.TextInput(attrs={"autocomplete": "off"})
    )
    basis = forms.ChoiceField(
        label=_("Your link with the commune"),
        choices=Basis.choices,
        widget=forms.RadioSelect,
    )
    declares_electoral_eligibility = forms.BooleanField(label=ELECTORAL_LABEL, required=True)
    declares_truth = forms.BooleanField(
        label=_(
            "I certify that these details are true. I know that my name, address and CNIE "
            "number go only into the official file given to the president of the council, "
            "and are deleted when the procedure ends."
        ),
        required=True,
    )


class PaperSheetForm(forms.Form):
    label = forms.CharField(label=_("Sheet"), max_length=60, help_text=_("e.g. sheet 3 of 5"))
    scan = forms.FileField(label=_("Scanned sheet (PDF or image)"))


class PaperSignatureForm(CnieCollectionFormMixin, forms.Form):
    sheet = forms.ModelChoiceField(label=_("Sheet"), queryset=None, empty_label=None)
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    cnie = CnieField()
    address = forms.CharField(label=_("Address"), max_length=300)
    basis = forms.ChoiceField(label=_("Link with the commune"), choices=Basis.choices)
    declares_electoral_eligibility = forms.BooleanField(
        label=_("The sheet declares eligibility for electoral registration"), required=True
    )

    def __init__(self, *args, sheets, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sheet"].queryset = sheets


class PaperImportForm(CnieCollectionFormMixin, forms.Form):
    sheet = forms.ModelChoiceField(label=_("Sheet"), queryset=None, empty_label=None)
    xlsx = forms.FileField(
        label=_("Spreadsheet (XLSX)"),
        help_text=_(
            "First row: headings. Columns: full name, CNIE number, address, link with the "
            "commune (residence or activity), electoral eligibility (yes/no)."
        ),
    )

    def __init__(self, *args, sheets, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sheet"].queryset = sheets


class BureauDecisionForm(forms.Form):
    admissible = forms.TypedChoiceField(
        label=_("The bureau's decision"),
        choices=[("1", _("admissible")), ("0", _("not admissible"))],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
    )
    reasons = forms.CharField(
        label=_("Reasons"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Required when the petition is not admissible (art. 125)."),
    )
    session = forms.ModelChoiceField(
        label=_("Council session"),
        queryset=None,
        required=False,
        help_text=_("Leave empty for the next ordinary session."),
    )
    committees = forms.CharField(label=_("Standing committee(s)"), required=False, max_length=300)

    def __init__(self, *args, sessions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session"].queryset = sessions

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("admissible") is False and not cleaned.get("reasons", "").strip():
            self.add_error("reasons", _("Give the reasons of the decision (art. 125)."))
        return cleaned


class ScheduleForm(forms.Form):
    session = forms.ModelChoiceField(label=_("Council session"), queryset=None)
    committees = forms.CharField(label=_("Standing committee(s)"), required=False, max_length=300)

    def __init__(self, *args, sessions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session"].queryset = sessions


class CommitteesExaminationForm(forms.Form):
    committees = forms.CharField(label=_("Standing committee(s)"), max_length=300)
    examined_on = forms.DateField(
        label=_("Date of the examination"), widget=forms.DateInput(attrs={"type": "date"})
    )
    report = forms.CharField(
        label=_("The committee(s)' conclusions"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Published on the petition's page before the council deliberates."),
    )


class CouncilDecisionForm(forms.Form):
    accepted = forms.TypedChoiceField(
        label=_("The council's decision"),
        choices=[("1", _("accepted")), ("0", _("rejected"))],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
    )
    deliberation = forms.CharField(
        label=_("Summary of the deliberation"), widget=forms.Textarea(attrs={"rows": 5})
    )


def session_choices(commune):
    return CouncilSession.objects.for_commune(commune).order_by("-starts_on")


STATUS_FILTERS = [
    ("", _("all")),
    (Petition.Status.COLLECTING, _("collecting signatures")),
    (Petition.Status.DEPOSITED, _("awaiting the bureau")),
    ("overdue", _("overdue")),
    (Petition.Status.ADMISSIBLE, _("on the council's agenda")),
    (Petition.Status.ACCEPTED, _("accepted")),
    (Petition.Status.REJECTED, _("rejected")),
    (Petition.Status.INADMISSIBLE, _("not admissible")),
]
