"""`{% load actionplan_tags %}`: money, shares and the changes of an update, in the
page's language (Western digits, DESIGN §8)."""

from decimal import Decimal

from django import template
from django.utils import formats
from django.utils.translation import gettext as _

from moucharaka.modules.actionplan import changes

register = template.Library()


@register.filter
def mad(value) -> str:
    """An amount in dirhams, grouped by thousands: “1 200 000 MAD” / “1 200 000 درهم”."""
    if value in (None, ""):
        return "—"
    amount = formats.number_format(
        Decimal(value), decimal_pos=0, use_l10n=True, force_grouping=True
    )
    return _("%(amount)s MAD") % {"amount": amount}


@register.filter
def change_text(change: dict) -> str:
    return changes.describe(change)


@register.filter
def figure(value) -> str:
    """A measured value, grouped by thousands, without useless decimals; “—” if none."""
    if value in (None, ""):
        return "—"
    value = Decimal(value)
    places = 0 if value == value.to_integral_value() else 2
    return formats.number_format(value, decimal_pos=places, use_l10n=True, force_grouping=True)
