from django import template

from moucharaka.core.indicators.formatting import breakdown_rows, format_change, format_value

register = template.Library()


@register.filter
def measure_value(value, unit):
    return format_value(value, unit)


@register.filter
def measure_change(change, unit):
    return format_change(change, unit)


@register.simple_tag
def breakdown(figure):
    """(label, people) rows of a breakdown figure."""
    return breakdown_rows(figure.measure, figure.value)
