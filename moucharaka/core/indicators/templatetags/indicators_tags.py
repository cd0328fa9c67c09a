from django import template
from django.utils.translation import gettext as _

from moucharaka.core.charts import bar_chart
from moucharaka.core.indicators.formatting import breakdown_rows, format_change, format_value

register = template.Library()


@register.filter
def measure_value(value, unit):
    return format_value(value, unit)


@register.filter
def measure_change(change, unit):
    return format_change(change, unit)


@register.simple_tag
def breakdown_chart(figure, period):
    """A breakdown figure as a bar chart with its table (core/charts), or None when
    nobody took part."""
    rows = breakdown_rows(figure.measure, figure.value)
    if not rows:
        return None
    return bar_chart(
        rows,
        title=f"{figure.measure.label} — {period}",
        label_heading=_("Group"),
        value_heading=_("People"),
        share_heading=_("Share"),
        withheld_note=_("“–”: fewer than five people, not published to protect privacy."),
    )


@register.simple_tag
def comparison_chart(rows, measure, title):
    """The communes with the highest (or lowest) values of a comparison, as a chart."""
    percent = measure.unit == "share"
    return bar_chart(
        [(row.commune.name, round(row.value * 100, 1) if percent else row.value) for row in rows],
        title=title,
        label_heading=_("Commune"),
        value_heading=_("%") if percent else str(measure.label),
        show_percent=False,
    )
