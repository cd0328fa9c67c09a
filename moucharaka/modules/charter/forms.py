from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from moucharaka.core.indicators.measures import all_measures
from moucharaka.core.indicators.periods import parse_period
from moucharaka.core.viewsets import TenantAdminForm
from moucharaka.modules.charter import rules, selectors
from moucharaka.modules.charter.models import Report


class TargetForm(TenantAdminForm):
    """A target names one of the dashboard's figures and the period it is due for."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["measure"] = forms.ChoiceField(
            label=_("Figure"),
            choices=[
                (m.key, f"{', '.join(map(str, m.charter))} — {m.label}")
                for m in all_measures()
                if not m.breakdown
            ],
        )

    def clean_period(self):
        value = self.cleaned_data["period"].strip()
        try:
            period = parse_period(value)
        except ValueError:
            raise forms.ValidationError(_("Write a year (2026) or a quarter (2026-Q3).")) from None
        if period.kind == "custom":
            raise forms.ValidationError(_("Write a year (2026) or a quarter (2026-Q3)."))
        return period.slug

    def save(self, commit=True):
        self.instance.due_on = rules.target_due_on(self.cleaned_data["period"])
        return super().save(commit=commit)


class CommitmentForm(TenantAdminForm):
    evidence_url = forms.URLField(
        label=_("link to the evidence"), required=False, assume_scheme="https"
    )


class ReportRequestForm(forms.Form):
    commune = forms.ModelChoiceField(label=_("Commune"), queryset=None)
    kind = forms.ChoiceField(label=_("Kind"), choices=Report.Kind.choices)
    period = forms.ChoiceField(label=_("Period"))

    def __init__(self, *args, communes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["commune"].queryset = communes
        if communes.count() == 1:
            self.fields["commune"].initial = communes.first()
        today = timezone.localdate()
        self.fields["period"].choices = [
            (p.slug, str(p))
            for kind in ("quarterly", "annual")
            for p in selectors.report_periods(kind, today=today)
        ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("period"):
            cleaned["reporting_period"] = parse_period(cleaned["period"])
            if not rules.report_period_allowed(
                cleaned.get("kind"), cleaned["reporting_period"], timezone.localdate()
            ):
                self.add_error(
                    "period",
                    _("Choose a quarter for a quarterly report, a year for an annual one."),
                )
        return cleaned
