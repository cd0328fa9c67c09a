"""How indicator values read in pages, PDFs and spreadsheets."""

from __future__ import annotations

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from moucharaka.core.ledger.models import AgeBand, Gender
from moucharaka.core.ledger.selectors import WITHHELD, Cell

REPETITION_LABELS = {
    "1": lambda: _("once"),
    "2": lambda: _("twice"),
    "3-5": lambda: _("3 to 5 times"),
    "6+": lambda: _("6 times or more"),
}


def plain_value(value):
    """A number for a spreadsheet cell (None when withheld or not measured)."""
    return value.value if isinstance(value, Cell) else value


def format_value(value, unit: str) -> str:
    """ "46 %", "12.5", "3.8 / 5", "1 204"; "–" when withheld or not measured."""
    value = plain_value(value)
    if not isinstance(value, int | float):
        return WITHHELD
    if unit == "share":
        percent = formats.number_format(round(value * 100, 1), decimal_pos=None)
        return f"{percent}\u202f%"
    if unit == "score":
        return _("%(score)s / 5") % {"score": formats.number_format(value, 1)}
    if unit == "days" or isinstance(value, float):
        return formats.number_format(value, 1, use_l10n=True)
    return formats.number_format(value, 0, use_l10n=True, force_grouping=True)


def format_change(change, unit: str) -> str:
    """ "+12 %" for counts, "+3 pts" for shares; "" when there is nothing to compare."""
    if not isinstance(change, int | float):
        return ""
    sign = "+" if change > 0 else ("−" if change < 0 else "±")
    if unit == "share":
        points = formats.number_format(abs(round(change * 100, 1)), decimal_pos=None)
        return pgettext("percentage points", "%(sign)s%(points)s pts") % {
            "sign": sign,
            "points": points,
        }
    percent = formats.number_format(abs(round(change * 100)), 0)
    return f"{sign}{percent}\u202f%"


def _district_names(keys) -> dict[str, str]:
    from moucharaka.core.territories.models import District

    ids = [int(key) for key in keys if key.isdigit()]
    return {str(d.pk): d.name for d in District.objects.filter(pk__in=ids)}


def breakdown_rows(measure, mapping: dict | None) -> list[tuple[str, int | None]]:
    """(label, people) rows of a breakdown figure, "not known" last."""
    mapping = mapping or {}
    if measure.figure == "repetition":
        return [(REPETITION_LABELS[key](), value) for key, value in mapping.items()]
    if measure.figure == "gender":
        labels = dict(Gender.choices)
    elif measure.figure == "age_band":
        labels = dict(AgeBand.choices)
    elif measure.figure == "disability":
        labels = {"true": _("with a disability"), "false": _("without a disability")}
    else:
        labels = _district_names(mapping)
    rows = [(str(labels.get(key, key)), value) for key, value in mapping.items() if key]
    if "" in mapping:
        rows.append((_("not known"), mapping[""]))
    return rows
