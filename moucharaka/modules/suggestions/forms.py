"""Forms of the suggestions space: the citizens' (public site) and the staff's (Wagtail).

Forms check what a person typed and show the rules' messages next to the right field;
the views then call the services, which enforce the same rules again.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from moucharaka.core.accounts.roles import staff_communes
from moucharaka.core.ledger.models import Channel
from moucharaka.core.photos.forms import PhotosField
from moucharaka.core.territories.models import District
from moucharaka.core.viewsets import TenantAdminForm
from moucharaka.modules.suggestions import rules
from moucharaka.modules.suggestions.models import Category, Service, Suggestion

Status = Suggestion.Status
TITLE_MAX_LENGTH = Suggestion._meta.get_field("title").max_length
BODY_MAX_LENGTH = 5000


class SuggestionsSettingsForm(forms.Form):
    """The module's settings for one commune (manifest `settings_form`), kept in
    `ModuleInstance.settings`."""

    answer_target_days = forms.IntegerField(
        label=_("Target delay to answer (days)"),
        min_value=1,
        max_value=365,
        initial=rules.ANSWER_TARGET_DAYS,
        help_text=_(
            "Suggestions still waiting for an answer after this many days are flagged "
            "as overdue in the queue. No law sets this delay: it is the commune's own "
            "commitment (charter, §12.3)."
        ),
    )


def coordinate_field(label, max_digits):
    return forms.DecimalField(
        label=label,
        required=False,
        max_digits=max_digits,
        decimal_places=6,
        widget=forms.NumberInput(attrs={"step": "any", "inputmode": "decimal", "dir": "ltr"}),
    )


class LocationMixin:
    def clean(self):
        cleaned = super().clean()
        try:
            rules.check_location(cleaned.get("latitude"), cleaned.get("longitude"))
        except ValidationError as error:
            self.add_error(None if "latitude" in self.errors else "latitude", error.messages[0])
        return cleaned


# --- Public site ----------------------------------------------------------------------


class SuggestionForm(LocationMixin, forms.Form):
    """A citizen's suggestion, observation or complaint."""

    kind = forms.ChoiceField(
        label=_("What do you want to send?"),
        choices=Suggestion.Kind.choices,
        initial=Suggestion.Kind.SUGGESTION,
        widget=forms.RadioSelect,
    )
    title = forms.CharField(
        label=_("Title"),
        max_length=TITLE_MAX_LENGTH,
        help_text=_("In a few words, e.g. “Street lights out in Hassan II avenue”."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    body = forms.CharField(
        label=_("Your text"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "What, where, since when, and what you propose. It will be public: do not "
            "write anyone's personal data."
        ),
    )
    category = forms.ModelChoiceField(label=_("Category"), queryset=Category.objects.none())
    district = forms.ModelChoiceField(
        label=_("District"), queryset=District.objects.none(), required=False
    )
    latitude = coordinate_field(_("Latitude"), 8)
    longitude = coordinate_field(_("Longitude"), 9)
    photos = PhotosField(max_count=rules.MAX_PHOTOS, max_bytes=rules.MAX_PHOTO_BYTES)

    def __init__(self, *args, commune, **kwargs):
        super().__init__(*args, **kwargs)
        categories = Category.objects.for_commune(commune)
        self.fields["category"].queryset = categories
        districts = District.objects.filter(commune=commune)
        self.fields["district"].queryset = districts
        self.fields["category"].empty_label = _("Choose a category")
        self.fields["district"].empty_label = _("Anywhere in the commune")


class SuggestionFilterForm(forms.Form):
    """Filters of the public list (GET). Invalid values are ignored, not shown."""

    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=Category.objects.none(), required=False
    )
    district = forms.ModelChoiceField(
        label=_("District"), queryset=District.objects.none(), required=False
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("All"))] + Status.choices, required=False
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        choices=[("newest", _("newest first")), ("supported", _("most supported first"))],
        required=False,
    )

    def __init__(self, *args, commune, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = Category.objects.for_commune(commune)
        self.fields["district"].queryset = District.objects.filter(commune=commune)
        self.fields["category"].empty_label = _("All")
        self.fields["district"].empty_label = _("All")

    def filters(self) -> dict:
        """Valid filters only: a stale or tampered link still shows a list."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {
            "query": cleaned.get("q") or "",
            "category": cleaned.get("category"),
            "district": cleaned.get("district"),
            "status": cleaned.get("status") or "",
            "sort": cleaned.get("sort") or "newest",
        }


class RatingForm(forms.Form):
    score = forms.TypedChoiceField(
        label=_("How satisfied are you with the commune's answer?"),
        choices=[
            (5, _("5 — very satisfied")),
            (4, _("4 — satisfied")),
            (3, _("3 — neither satisfied nor dissatisfied")),
            (2, _("2 — dissatisfied")),
            (1, _("1 — very dissatisfied")),
        ],
        coerce=int,
        widget=forms.RadioSelect,
    )
    would_participate_again = forms.TypedChoiceField(
        label=_("Would you take part again?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )


# --- Back office ----------------------------------------------------------------------


def _limit_to_staff_communes(form: forms.Form, user) -> None:
    communes = staff_communes(user)
    for name, model in (("category", Category), ("assigned_service", Service)):
        if name in form.fields:
            form.fields[name].queryset = model.objects.for_communes(communes)
    if "district" in form.fields:
        form.fields["district"].queryset = District.objects.filter(commune__in=communes)


def _check_same_commune(form: forms.Form, commune) -> None:
    for name in ("category", "district", "assigned_service"):
        value = form.cleaned_data.get(name)
        if value is not None and commune is not None and value.commune_id != commune.pk:
            form.add_error(name, _("This belongs to another commune."))


class SuggestionEntryForm(LocationMixin, TenantAdminForm):
    """Staff enter a suggestion received on paper, by phone or at the desk."""

    channel = forms.ChoiceField(
        label=_("Received"), choices=[c for c in Channel.choices if c[0] != Channel.ONLINE]
    )
    received_on = forms.DateField(
        label=_("Received on"), initial=timezone.localdate, widget=AdminDateInput()
    )
    photos = PhotosField(max_count=rules.MAX_PHOTOS, max_bytes=rules.MAX_PHOTO_BYTES)

    latitude = coordinate_field(_("Latitude"), 8)
    longitude = coordinate_field(_("Longitude"), 9)

    # Only these are model fields (the services save; the rest is checked here).
    class Meta:
        model = Suggestion
        fields = ["commune", "citizen_name", "kind", "title", "body", "category", "district"]

    field_order = [
        "commune",
        "channel",
        "received_on",
        "citizen_name",
        "kind",
        "title",
        "body",
        "category",
        "district",
        "latitude",
        "longitude",
        "photos",
    ]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None:
            _limit_to_staff_communes(self, for_user)

    def clean_received_on(self):
        day = self.cleaned_data["received_on"]
        if day > timezone.localdate():
            raise ValidationError(_("This date is in the future."))
        return day

    def clean(self):
        cleaned = super().clean()
        _check_same_commune(self, cleaned.get("commune"))
        return cleaned


class SuggestionTriageForm(TenantAdminForm):
    """Staff triage: assignment, status, the official answer. Saved by the view through
    the services; the rules' errors are shown on the fields they are about."""

    status = forms.ChoiceField(label=_("Status"))
    answer_kind = forms.ChoiceField(
        label=_("Decision"),
        choices=[("", "—")] + Suggestion.AnswerKind.choices,
        required=False,
    )
    answer = forms.CharField(
        label=_("Official answer (public)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Required to answer: the charter commits the commune to answer every proposal "
            "seriously, clearly and publicly."
        ),
    )
    answer_reason = forms.CharField(
        label=_("Reason (public)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when the suggestion is not retained."),
    )
    note = forms.CharField(
        label=_("Note in the public history"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    # Only the assignment is a model field of this form: status and answer are form
    # fields that the view hands to the services, never written onto the instance.
    class Meta:
        model = Suggestion
        fields = ["assigned_service", "category", "district"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None:
            _limit_to_staff_communes(self, for_user)
        current = self.instance.status
        allowed = [current, *sorted(rules.ALLOWED_TRANSITIONS.get(current, ()) - {current})]
        self.fields["status"].choices = [
            (s, Status(s).label) for s in Status.values if s in allowed
        ]
        self.fields["status"].initial = current
        for name in ("answer_kind", "answer", "answer_reason"):
            self.fields[name].initial = getattr(self.instance, name)

    def answer_changed(self) -> bool:
        return any(
            (self.cleaned_data.get(name) or "").strip() != getattr(self.instance, name)
            for name in ("answer_kind", "answer", "answer_reason")
        )

    def wants_answer(self) -> bool:
        """Answering now: to "answered" from an open status, or amending the answer."""
        status = self.cleaned_data.get("status")
        return status == Status.ANSWERED and (
            self.instance.status != Status.ANSWERED or self.answer_changed()
        )

    def clean(self):
        cleaned = super().clean()
        _check_same_commune(self, self.instance.commune)
        status = cleaned.get("status")
        try:
            if self.wants_answer():
                rules.check_answer(
                    answer_kind=cleaned.get("answer_kind") or "",
                    answer=cleaned.get("answer") or "",
                    reason=cleaned.get("answer_reason") or "",
                )
            elif status and status != self.instance.status:
                rules.check_transition(self.instance, status)
        except ValidationError as error:
            self.add_error(None, error)
        return cleaned


class HideForm(forms.Form):
    hidden_reason = forms.CharField(
        label=_("Reason for hiding (shown to the author)"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_hidden_reason(self):
        reason = self.cleaned_data["hidden_reason"]
        rules.check_hide_reason(reason)
        return reason.strip()


class UnhideForm(forms.Form):
    """Nothing to fill in: confirming shows the suggestion to the public again."""
