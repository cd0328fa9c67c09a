from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from moucharaka.core.accounts.models import User


class ProfileForm(forms.ModelForm):
    """Optional details for anonymous statistics; nothing here is required."""

    class Meta:
        model = User
        fields = ["display_name", "gender", "birth_year", "district", "disability", "stats_consent"]
        widgets = {"disability": forms.NullBooleanSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["district"].queryset = (
            self.fields["district"]
            .queryset.select_related("commune")
            .filter(commune__is_active=True)
        )
        self.fields["district"].label_from_instance = lambda d: f"{d.commune} — {d}"

    def clean(self):
        cleaned = super().clean()
        gave_details = any(
            cleaned.get(f) not in (None, "")
            for f in ("gender", "birth_year", "district", "disability")
        )
        if gave_details and not cleaned.get("stats_consent"):
            raise forms.ValidationError(
                _("Tick the consent box to let us use these details, or leave them empty.")
            )
        return cleaned

    def save(self, commit=True):
        user = super().save(commit=False)
        if user.stats_consent and not user.stats_consent_at:
            user.stats_consent_at = timezone.now()
        if not user.stats_consent:
            user.stats_consent_at = None
        if commit:
            user.save()
        return user


class SignupProfileForm(forms.Form):
    """Extra sign-up field for allauth: the name shown on contributions."""

    display_name = forms.CharField(label=_("Name shown publicly"), max_length=80, required=False)

    def signup(self, request, user):
        user.display_name = self.cleaned_data.get("display_name", "")
        user.save(update_fields=["display_name"])
