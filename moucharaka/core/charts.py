"""Server-rendered horizontal bar charts, each with its data table beside it.

Build a chart in Python and render it with the include that ships with it:

    chart = bar_chart([("نعم", 12), ("لا", 3)], title=_("Answers"), total=15)
    {% include "includes/bar_chart.html" with chart=chart %}

The include renders a `<figure>`: the SVG (no JavaScript, works in browsers and in
WeasyPrint PDFs) and a `<table>` with the same figures. The SVG is hidden from assistive
technologies because the table beside it says everything it shows (WCAG 1.1.1); the
table is what screen readers read and what people copy. Pages that show charts link
`static/charts/charts.css` (the figure's layout: side by side on wide screens, stacked
on phones).

Values may be numbers, None (nothing to show) or ledger `Cell`s: a withheld cell (fewer
than 5 people, `moucharaka.core.ledger.selectors`) draws no bar and prints "–", and the
figure says why once.

Right to left: SVG geometry is physical, so the chart is laid out for the page's
direction: in Arabic the labels sit on the right and the bars grow leftwards. The SVG
root says `direction="ltr"` so that text anchors mean the same in every renderer (Arabic
labels are still shaped and ordered right to left). Positions are percentages of the
width and text sizes are pixels, so a chart stays legible on a 390 px phone.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import get_language, get_language_bidi
from django.utils.translation import gettext as _

from moucharaka.core.ledger.selectors import WITHHELD

ROW_HEIGHT = 46  # px: a label line and a bar line
LABEL_BASELINE = 17
BAR_TOP = 24
BAR_HEIGHT = 14
VALUE_BASELINE = 36
MAX_BAR = 72.0  # % of the width: the rest is room for the value printed after the bar
EDGE = 0.5  # % of the width kept free at each side
LABEL_MAX_CHARS = 70  # longer labels are cut in the SVG (the table has them whole)
BAR_COLOUR = "#0b5d46"  # the site's brand green: 7.9:1 on white (WCAG 1.4.11 needs 3:1)
TEXT_COLOUR = "#1b1b1b"


def _pct(value: float) -> str:
    """A percentage for an SVG attribute, never localised (no decimal comma)."""
    return f"{value:.2f}%"


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

    @property
    def withheld(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class BarRow:
    """Where one bar and its texts go in the SVG (strings ready for attributes)."""

    top: int
    label: str
    label_x: str
    label_y: int
    label_anchor: str
    bar_x: str
    bar_y: int
    bar_width: str  # "" when no bar is drawn
    value_text: str
    value_x: str
    value_y: int
    value_anchor: str


@dataclass(frozen=True)
class BarChart:
    title: str
    bars: tuple[Bar, ...]
    label_heading: str
    value_heading: str
    show_percent: bool
    rtl: bool
    chart_id: str
    note: str = ""

    @property
    def height(self) -> int:
        return max(1, len(self.bars)) * ROW_HEIGHT + 4

    @property
    def has_withheld(self) -> bool:
        return any(bar.withheld for bar in self.bars)

    @property
    def is_empty(self) -> bool:
        return not self.bars

    @property
    def rows(self) -> list[BarRow]:
        shown = [bar.value for bar in self.bars if bar.value is not None]
        biggest = max(shown, default=0) or 1
        rows = []
        for index, bar in enumerate(self.bars):
            top = index * ROW_HEIGHT
            length = 0.0
            if bar.value:
                length = max(0.6, MAX_BAR * float(bar.value) / float(biggest))
            value_text = bar.display
            if self.show_percent and bar.percent_display:
                value_text = f"{bar.display} ({bar.percent_display})"
            label = bar.label
            if len(label) > LABEL_MAX_CHARS:
                label = label[: LABEL_MAX_CHARS - 1].rstrip() + "…"
            if self.rtl:
                start = 100 - EDGE
                rows.append(
                    BarRow(
                        top=top,
                        label=label,
                        label_x=_pct(start),
                        label_y=top + LABEL_BASELINE,
                        label_anchor="end",
                        bar_x=_pct(start - length),
                        bar_y=top + BAR_TOP,
                        bar_width=_pct(length) if length else "",
                        value_text=value_text,
                        value_x=_pct(start - length - 1),
                        value_y=top + VALUE_BASELINE,
                        value_anchor="end",
                    )
                )
            else:
                rows.append(
                    BarRow(
                        top=top,
                        label=label,
                        label_x=_pct(EDGE),
                        label_y=top + LABEL_BASELINE,
                        label_anchor="start",
                        bar_x=_pct(EDGE),
                        bar_y=top + BAR_TOP,
                        bar_width=_pct(length) if length else "",
                        value_text=value_text,
                        value_x=_pct(EDGE + length + 1),
                        value_y=top + VALUE_BASELINE,
                        value_anchor="start",
                    )
                )
        return rows

    # Colours, for the template (kept here so that the PDF and the page agree).
    bar_colour = BAR_COLOUR
    text_colour = TEXT_COLOUR


def bar_chart(
    items: Iterable[tuple[str, object]],
    *,
    title: str,
    label_heading: str = "",
    value_heading: str = "",
    total=None,
    show_percent: bool = True,
    rtl: bool | None = None,
    chart_id: str | None = None,
    note: str = "",
) -> BarChart:
    """A chart of `(label, value)` pairs, in the order given.

    `total` is what percentages are shares of (a number or a Cell); by default the sum
    of the values, unless some are withheld (then no percentages: the sum is unknown).
    `rtl` defaults to the active language's direction. `note` is printed under the
    table (e.g. "several answers possible").
    """
    pairs = [(str(label), _raw(value)) for label, value in items]
    total_value = _raw(total)
    if total is None and all(value is not None for _label, value in pairs):
        total_value = sum(value for _label, value in pairs)
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
            )
        )
    return BarChart(
        title=str(title),
        bars=tuple(bars),
        label_heading=str(label_heading or _("Answer")),
        value_heading=str(value_heading or _("Number")),
        show_percent=show_percent and total_value not in (None, 0),
        rtl=get_language_bidi() if rtl is None else rtl,
        chart_id=chart_id or f"chart-{uuid.uuid4().hex[:8]}",
        note=str(note),
    )
