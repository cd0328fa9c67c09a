"""Forms of citizen meetings: the public's (calendar filters, registration) and the
staff's (Wagtail). Forms show the rules' messages next to the right field; the views
then call the services, which enforce the same rules again."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from moucharaka.core.accounts.roles import staff_communes
from moucharaka.core.ledger.models import AgeBand, Channel, Gender
from moucharaka.core.photos.forms import PhotosField
from moucharaka.core.territories.models import District
from moucharaka.core.viewsets import TenantAdminForm
from moucharaka.modules.meetings import rules
from moucharaka.modules.meetings.models import Meeting, Recommendation, Registration

NAME_MAX_LENGTH = Registration._meta.get_field("name").max_length

DISABILITY_CHOICES = [("", _("Not said")), ("yes", _("Yes")), ("no", _("No"))]


def _disability(value: str) -> bool | None:
    return {"yes": True, "no": False}.get(value)


def _isolated(label):
    """An option's label in a Unicode isolate: "18–29" would otherwise show as "29–18"
    in a right-to-left select (options cannot hold a <bdi>)."""
    return format_lazy("\u2068{}\u2069", label)


def _demographic_fields() -> dict:
    return {
        "gender": forms.ChoiceField(
            label=_("Gender"), choices=[("", _("Not said"))] + Gender.choices, required=False
        ),
        "age_band": forms.ChoiceField(
            label=_("Age"),
            choices=[("", _("Not said"))] + [(v, _isolated(label)) for v, label in AgeBand.choices],
            required=False,
        ),
        "district": forms.ModelChoiceField(
            label=_("District"), queryset=District.objects.none(), required=False
        ),
        "disability": forms.TypedChoiceField(
            label=_("Living with a disability"),
            choices=DISABILITY_CHOICES,
            coerce=_disability,
            empty_value=None,
            required=False,
        ),
    }


# --- Public site ----------------------------------------------------------------------


class MeetingFilterForm(forms.Form):
    """Filters of the calendar (GET). Invalid values are ignored, not shown."""

    kind = forms.ChoiceField(
        label=_("Type"),
        choices=[("", pgettext_lazy("meetings filter", "All"))] + Meeting.Kind.choices,
        required=False,
    )
    district = forms.ModelChoiceField(
        label=_("District"), queryset=District.objects.none(), required=False
    )

    def __init__(self, *args, commune, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["district"].queryset = District.objects.filter(commune=commune)
        self.fields["district"].empty_label = pgettext_lazy("meetings filter", "All")

    def filters(self) -> dict:
        """Valid filters only: a stale or tampered link still shows a calendar."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {"kind": cleaned.get("kind") or "", "district": cleaned.get("district")}


class RegistrationForm(forms.Form):
    """Registering: signed-in people give only what the meeting needs; others give a
    name and an e-mail address or a phone number, and may give anonymous details for
    the participation statistics."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=NAME_MAX_LENGTH,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        required=False,
        help_text=_("We send the confirmation and the calendar invitation there."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    phone = forms.CharField(
        label=_("Phone"),
        required=False,
        max_length=20,
        help_text=_("If you have no e-mail address: the commune may call you about the meeting."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel", "dir": "ltr"}),
    )
    attendance = forms.ChoiceField(
        label=_("How will you take part?"),
        choices=Registration.Attendance.choices,
        initial=Registration.Attendance.IN_PERSON,
        widget=forms.RadioSelect,
    )
    needs = forms.CharField(
        label=_("Do you need anything to take part?"),
        required=False,
        max_length=500,
        help_text=_("E.g. sign language, step-free access, childcare, a seat near the front."),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    stats_consent = forms.BooleanField(
        label=_(
            "I agree that the details below are used, anonymously, in participation statistics"
        ),
        required=False,
    )

    def __init__(self, *args, meeting: Meeting, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.signed_in = getattr(user, "is_authenticated", False)
        if self.signed_in:
            for name in ("name", "email", "phone", "stats_consent"):
                del self.fields[name]
        else:
            self.fields.update(_demographic_fields())
            self.fields["district"].queryset = District.objects.filter(commune=meeting.commune_id)
            self.fields["district"].empty_label = _("Not said")
        if meeting.mode != Meeting.Mode.HYBRID:
            del self.fields["attendance"]

    def demographic_fields(self):
        return [self[name] for name in ("gender", "age_band", "district", "disability")]

    def clean(self):
        cleaned = super().clean()
        if not self.signed_in:
            try:
                rules.check_contact(
                    user=None,
                    name=cleaned.get("name", ""),
                    email=cleaned.get("email", ""),
                    phone=cleaned.get("phone", ""),
                )
            except ValidationError as error:
                for field, messages in error.message_dict.items():
                    if field not in self.errors:
                        self.add_error(field, messages)
        return cleaned

    def demographics(self) -> dict | None:
        """The anonymous details, only with consent."""
        if self.signed_in or not self.cleaned_data.get("stats_consent"):
            return None
        return {
            name: self.cleaned_data.get(name)
            for name in ("gender", "age_band", "district", "disability")
        }


# --- Back office ----------------------------------------------------------------------


def _staff_districts(user):
    return District.objects.filter(commune__in=staff_communes(user))


class MeetingAdminForm(TenantAdminForm):
    """The meeting's own form (panels of the viewset). The commune is chosen once, when
    the meeting is created; publishing and cancelling are separate actions."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and "district" in self.fields:
            self.fields["district"].queryset = _staff_districts(for_user)
        if self.instance.pk and "commune" in self.fields:
            self.fields["commune"].disabled = True

    def clean(self):
        cleaned = super().clean()
        commune = cleaned.get("commune") or getattr(self.instance, "commune", None)
        district = cleaned.get("district")
        if district is not None and commune is not None and district.commune_id != commune.pk:
            self.add_error("district", _("This district belongs to another commune."))
        for check in (
            lambda: rules.check_schedule(
                cleaned.get("starts_at"),
                cleaned.get("ends_at"),
                cleaned.get("registration_closes_at"),
            ),
            lambda: rules.check_location(cleaned.get("latitude"), cleaned.get("longitude")),
        ):
            try:
                check()
            except ValidationError as error:
                for field, messages in error.message_dict.items():
                    if field not in self.errors:
                        self.add_error(field, messages)
        if self.instance.pk and self.instance.is_published:
            # A published meeting stays publishable: a place, a link.
            probe = Meeting(
                mode=cleaned.get("mode") or self.instance.mode,
                venue=cleaned.get("venue") or "",
                address=cleaned.get("address") or "",
                online_url=cleaned.get("online_url") or "",
            )
            try:
                rules.check_publishable(probe)
            except ValidationError as error:
                for field, messages in error.message_dict.items():
                    self.add_error(field if field in self.fields else None, messages)
        return cleaned


class CancelMeetingForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (sent to every registrant and shown publicly)"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class PublishMeetingForm(forms.Form):
    """Nothing to fill in: confirming publishes the meeting."""


class WalkInForm(forms.Form):
    """Someone who came without registering: every detail is optional."""

    name = forms.CharField(label=_("Name"), required=False, max_length=NAME_MAX_LENGTH)
    channel = forms.ChoiceField(
        label=_("Took part"),
        choices=[
            (Channel.IN_PERSON, Channel.IN_PERSON.label),
            (Channel.ONLINE, Channel.ONLINE.label),
        ],
        initial=Channel.IN_PERSON,
    )

    def __init__(self, *args, meeting: Meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(_demographic_fields())
        self.fields["district"].queryset = District.objects.filter(commune=meeting.commune_id)
        self.fields["district"].empty_label = _("Not said")
        if meeting.mode != Meeting.Mode.HYBRID:
            del self.fields["channel"]

    def demographics(self) -> dict:
        return {
            name: self.cleaned_data.get(name)
            for name in ("gender", "age_band", "district", "disability")
        }


class SheetRowForm(forms.Form):
    """One line of a paper attendance sheet; an empty line is skipped."""

    name = forms.CharField(label=_("Name"), required=False, max_length=NAME_MAX_LENGTH)

    def __init__(self, *args, districts=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(_demographic_fields())
        self.fields["district"].queryset = (
            districts if districts is not None else District.objects.none()
        )
        self.fields["district"].empty_label = "—"
        for name in ("gender", "age_band", "disability"):
            self.fields[name].choices = [("", "—"), *self.fields[name].choices[1:]]
        # A table of inputs: each is named by its column and its line (sheet.html).
        for name, field in self.fields.items():
            field.widget.attrs["aria-labelledby"] = f"col-{name} {self.prefix}-line"

    def row(self) -> dict:
        return {
            name: self.cleaned_data.get(name)
            for name in ("name", "gender", "age_band", "district", "disability")
        }


SheetFormSet = forms.formset_factory(SheetRowForm, extra=0, max_num=200, validate_max=True)
SHEET_ROWS = 20  # blank lines shown at once; "more lines" adds as many again


class MinutesForm(forms.Form):
    minutes = forms.CharField(
        label=_("Minutes"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text=_(
            "What was presented and discussed, and what was agreed. Public once published."
        ),
    )
    publish = forms.BooleanField(label=_("Published on the meeting's page"), required=False)


class DocumentForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    file = forms.FileField(label=_("File"))


class PhotosForm(forms.Form):
    photos = PhotosField(max_count=rules.MAX_PHOTOS_PER_UPLOAD, required=True)
    caption = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=200,
        help_text=_("What the photos show, for people who cannot see them."),
    )


class RecommendationCreateForm(TenantAdminForm):
    """A new recommendation of a meeting of the user's communes."""

    class Meta:
        model = Recommendation
        fields = ["meeting", "text", "owner", "due_date", "position"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None:
            self.fields["meeting"].queryset = (
                Meeting.objects.for_communes(staff_communes(for_user))
                .exclude(status=Meeting.Status.DRAFT)
                .order_by("-starts_at")
            )


class RecommendationUpdateForm(TenantAdminForm):
    """Follow-up of a recommendation: status and a public note (a line of its public
    history), plus corrections. Saved by the view through the services."""

    status = forms.ChoiceField(label=_("Status"))
    note = forms.CharField(
        label=_("Public note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Shown in the recommendation's public history. Required to say why it is not retained."
        ),
    )

    class Meta:
        model = Recommendation
        fields = ["text", "owner", "due_date", "evidence"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        current = self.instance.status
        allowed = {current, *rules.ALLOWED_RECOMMENDATION_STEPS.get(current, ())}
        self.fields["status"].choices = [
            (value, label) for value, label in Recommendation.Status.choices if value in allowed
        ]
        self.fields["status"].initial = current

    def clean(self):
        cleaned = super().clean()
        status = cleaned.get("status")
        if status:
            try:
                rules.check_recommendation_step(
                    self.instance,
                    status,
                    note=cleaned.get("note") or "",
                    evidence=cleaned.get("evidence") or "",
                )
            except ValidationError as error:
                for field, messages in error.message_dict.items():
                    self.add_error(field if field in self.fields else None, messages)
        return cleaned
