"""Test helpers: URLs of the module's public pages."""

from django.urls import reverse
from django.utils import translation


def url(name: str, commune, lang: str = "ar", **kwargs) -> str:
    with translation.override(lang):
        return reverse(f"module-actionplan:{name}", kwargs={"commune_slug": commune.slug, **kwargs})


def plain(text: str) -> str:
    """Page text with the no-break spaces of number grouping made plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def form_data(form) -> dict:
    """What a browser would post back for an unbound Wagtail form, inline formsets
    included (their management forms too)."""
    data = {}

    def add(bound_form):
        for field in bound_form:
            value = field.value()
            if value is None or value is False:
                continue
            if value is True:
                value = "on"
            if isinstance(value, (list, tuple)):
                data[field.html_name] = [str(v) for v in value]
            elif hasattr(value, "isoformat"):
                data[field.html_name] = value.isoformat()
            else:
                data[field.html_name] = str(value)

    add(form)
    for formset in getattr(form, "formsets", {}).values():
        add(formset.management_form)
        for child in formset.forms:
            add(child)
    return data
