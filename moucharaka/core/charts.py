"""Server-rendered horizontal bar charts, each with its data table beside it.

Build a chart in Python and render it with the include that ships with it:

    chart = bar_chart([("نعم", 12), ("لا", 3)], title=_("Answers"), total=15,
                      label_heading=_("Answer"), value_heading=_("People"))
    {% include "includes/bar_chart.html" with chart=chart %}

The include renders a `<figure>`: one row per bar (its label, an SVG bar, its value and
share) and a `<table>` with the same figures. No JavaScript; the same markup prints in
WeasyPrint PDFs. The bars are hidden from assistive technologies because the table
beside them says everything they show (WCAG 1.1.1); the table is what screen readers
read and what people copy. Pages that show charts link `static/charts/charts.css` (the
figure's layout: side by side on wide screens, stacked on phones).

Right to left: the labels and values are HTML text, not SVG text, so every renderer
shapes and orders Arabic properly (WeasyPrint draws SVG text without Arabic shaping);
each bar is an SVG as wide as its share of the longest bar, placed in the line like a
word, so it starts from the right in Arabic and from the left in French — nothing in
the chart's geometry depends on the direction.

Values may be numbers, None (nothing to show) or ledger `Cell`s: a withheld cell (fewer
than 5 people, `moucharaka.core.ledger.selectors`) draws no bar and prints "–", and the
figure says why once (`withheld_note`).

The chart holds no text of its own: the caller passes the table's headings and notes,
translated in its own catalogue (this module belongs to no app, so it has none).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import get_language

from moucharaka.core.ledger.selectors import WITHHELD

MAX_BAR = 75.0  # % of the line: the rest is room for the value printed after the bar
MIN_BAR = 0.6  # % of the line: the smallest value that is not zero still shows
BAR_COLOUR = "#0b5d46"  # the site's brand green: 7.9:1 on white (WCAG 1.4.11 needs 3:1)


def format_number(value) -> str:
    """Western digits (DESIGN §8), no thousands separator, at most one decimal."""
    if value is None:
        return WITHHELD
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.1f}"
    return str(int(value))


def format_percent(value: float | None, language: str | None = None) -> str:
    """ "40%", or "40 %" (narrow no-break space) in French typography."""
    if value is None:
        return ""
    number = f"{value:.0f}" if value >= 10 or value == 0 else f"{value:.1f}".rstrip("0")
    number = number.rstrip(".")
    if (language or get_language() or "ar").startswith("fr"):
        return f"{number}\u202f%"
    return f"{number}%"


def _raw(value):
    """A number, or None for nothing to show / a withheld ledger Cell."""
    if value is None:
        return None
    if hasattr(value, "suppressed"):  # moucharaka.core.ledger.selectors.Cell
        return None if value.suppressed else value.value
    return value


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | int | None  # None: withheld or not measured
    display: str  # the value as printed
    percent: float | None  # 0–100, of the chart's total
    percent_display: str
    width: str = ""  # the bar's length, a CSS percentage of the line ("" draws none)

    @property
    def withheld(self) -> bool:
        return self.value is None

    @property
    def text(self) -> str:
        """What is printed after the bar: the value and, if any, its share."""
        if self.percent_display:
            return f"{self.display} ({self.percent_display})"
        return self.display


@dataclass(frozen=True)
class BarChart:
    title: str
    bars: tuple[Bar, ...]
    label_heading: str
    value_heading: str
    show_percent: bool
    chart_id: str
    note: str = ""
    share_heading: str = ""
    withheld_note: str = ""
    empty_text: str = ""
    bar_colour: str = BAR_COLOUR

    @property
    def has_withheld(self) -> bool:
        return any(bar.withheld for bar in self.bars)

    @property
    def is_empty(self) -> bool:
        return not self.bars


def _width(value, biggest) -> str:
    """A bar's length as a CSS percentage, never localised (no decimal comma)."""
    if not value or not biggest:
        return ""
    return f"{max(MIN_BAR, MAX_BAR * float(value) / float(biggest)):.2f}%"


def bar_chart(
    items: Iterable[tuple[str, object]],
    *,
    title: str,
    label_heading: str,
    value_heading: str,
    share_heading: str = "",
    total=None,
    show_percent: bool = True,
    chart_id: str | None = None,
    note: str = "",
    withheld_note: str = "",
    empty_text: str = "",
) -> BarChart:
    """A chart of `(label, value)` pairs, in the order given.

    `label_heading`, `value_heading` and `share_heading` head the table's columns (the
    share column appears with percentages). `total` is what percentages are shares of
    (a number or a Cell); by default the sum of the values, unless some are withheld
    (then no percentages: the sum is unknown). `note` is printed under the table (e.g.
    "several answers possible"),
    `withheld_note` when a value is withheld, `empty_text` when there is no bar.
    """
    pairs = [(str(label), _raw(value)) for label, value in items]
    total_value = _raw(total)
    if total is None and all(value is not None for _label, value in pairs):
        total_value = sum(value for _label, value in pairs)
    biggest = max((value for _label, value in pairs if value is not None), default=0)
    bars = []
    for label, value in pairs:
        percent = None
        if show_percent and value is not None and total_value:
            percent = 100.0 * float(value) / float(total_value)
        bars.append(
            Bar(
                label=label,
                value=value,
                display=format_number(value),
                percent=percent,
                percent_display=format_percent(percent),
                width=_width(value, biggest),
            )
        )
    return BarChart(
        title=str(title),
        bars=tuple(bars),
        label_heading=str(label_heading),
        value_heading=str(value_heading),
        share_heading=str(share_heading),
        show_percent=any(bar.percent is not None for bar in bars),
        chart_id=chart_id or f"chart-{uuid.uuid4().hex[:8]}",
        note=str(note),
        withheld_note=str(withheld_note),
        empty_text=str(empty_text),
    )
