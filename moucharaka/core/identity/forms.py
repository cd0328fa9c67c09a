from django import forms
from django.utils.translation import gettext_lazy as _

from moucharaka.core.identity.cnie import normalize_cnie, validate_cnie


class CnieField(forms.CharField):
    """A CNIE number: normalised ("ab 123456" → "AB123456") and format-checked.

    Forms holding one must also refuse to work while the commune has no CNDP
    authorisation: see `CnieCollectionFormMixin`."""

    default_validators = [validate_cnie]

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("National identity card number (CNIE)"))
        kwargs.setdefault("max_length", 12)
        kwargs.setdefault("help_text", _("One or two letters followed by digits, e.g. AB123456."))
        super().__init__(**kwargs)
        self.widget.attrs.update(
            {"autocomplete": "off", "spellcheck": "false", "autocapitalize": "characters"}
        )

    def to_python(self, value):
        return normalize_cnie(super().to_python(value))


class CnieCollectionFormMixin:
    """For forms that collect CNIE numbers: pass `cnie_allowed` (from
    `selectors.cnie_collection_allowed(commune)`); while it is False the form is never
    valid and says why, pointing to the commune's administrator (law 09-08)."""

    def __init__(self, *args, cnie_allowed: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.cnie_allowed = cnie_allowed
        if not cnie_allowed:
            for field in self.fields.values():
                field.disabled = True

    def clean(self):
        cleaned = super().clean()
        if not self.cnie_allowed:
            from moucharaka.core.identity.services import CnieCollectionBlocked

            raise forms.ValidationError(CnieCollectionBlocked.message, code="cndp_missing")
        return cleaned
