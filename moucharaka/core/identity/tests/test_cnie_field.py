from django import forms

from moucharaka.core.identity.forms import CnieCollectionFormMixin, CnieField


class SignForm(CnieCollectionFormMixin, forms.Form):
    cnie = CnieField()


def test_it_normalizes_and_validates_the_number():
    form = SignForm({"cnie": " ab 123456 "}, cnie_allowed=True)
    assert form.is_valid()
    assert form.cleaned_data["cnie"] == "AB123456"
    assert not SignForm({"cnie": "12345"}, cnie_allowed=True).is_valid()


def test_it_keeps_the_number_out_of_autocomplete():
    html = str(SignForm(cnie_allowed=True)["cnie"])
    assert 'autocomplete="off"' in html


def test_it_refuses_to_collect_without_a_cndp_authorisation():
    form = SignForm({"cnie": "AB123456"}, cnie_allowed=False)
    assert not form.is_valid()
    assert form.fields["cnie"].disabled
    assert "CNDP" in " ".join(form.non_field_errors())
