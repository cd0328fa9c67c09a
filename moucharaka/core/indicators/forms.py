"""The period chooser of the dashboards (GET, works without JavaScript)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from moucharaka.core.indicators.periods import ReportingPeriod, parse_period, recent_periods

CUSTOM = "custom"


class PeriodForm(forms.Form):
    period = forms.ChoiceField(label=_("Period"), required=False)
    start = forms.DateField(
        label=pgettext_lazy("first day of a period", "From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    end = forms.DateField(
        label=pgettext_lazy("last day of a period", "To"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["period"].choices = [(p.slug, str(p)) for p in recent_periods()] + [
            (CUSTOM, _("Other dates…"))
        ]

    def clean(self):
        cleaned = super().clean()
        value = cleaned.get("period")
        if value == CUSTOM:
            start, end = cleaned.get("start"), cleaned.get("end")
            if not start or not end:
                raise forms.ValidationError(_("Give the first and the last day of the period."))
            if end < start:
                raise forms.ValidationError(_("The period must end after it starts."))
            cleaned["reporting_period"] = ReportingPeriod.custom(start, end)
        else:
            try:
                cleaned["reporting_period"] = parse_period(value)
            except ValueError:
                raise forms.ValidationError(_("This is not a period.")) from None
        return cleaned


def period_from_request(request) -> tuple[PeriodForm, ReportingPeriod]:
    """The form bound to the query string and the period it chose (the current year
    when nothing or something invalid was asked; the form then says why)."""
    data = request.GET if "period" in request.GET else None
    form = PeriodForm(data, initial={"period": parse_period(None).slug})
    if data is not None and form.is_valid():
        return form, form.cleaned_data["reporting_period"]
    return form, parse_period(None)
