"""add_service_errors: a service's ValidationError lands on the form's field when the
form has it, at the top otherwise (staff action views and create/edit views)."""

from django import forms
from django.core.exceptions import ValidationError

from moucharaka.core.forms import add_service_errors


class ReasonForm(forms.Form):
    reason = forms.CharField(required=False)


def test_errors_go_on_their_field_or_on_top():
    form = ReasonForm(data={"reason": ""})
    assert form.is_valid()
    add_service_errors(
        form, ValidationError({"reason": "Give the reason.", "online_url": "Give the link."})
    )
    assert form.errors["reason"] == ["Give the reason."]
    assert form.non_field_errors() == ["Give the link."]


def test_a_plain_error_goes_on_top():
    form = ReasonForm(data={})
    form.is_valid()
    add_service_errors(form, ValidationError("Already cancelled."))
    assert form.non_field_errors() == ["Already cancelled."]
