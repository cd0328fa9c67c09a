"""Render a questionnaire's questions and its results in any module's page:

    {% load questionnaires_tags %}
    <form method="post" action="…">{% csrf_token %}
      {% questionnaire_fields form heading_level=2 %}
      <button type="submit">…</button>
    </form>
    {% questionnaire_results results heading_level=2 %}

Pages link `questionnaires/questionnaires.css` and `charts/charts.css` in their head.
"""

from django import template

register = template.Library()


def _level(value) -> int:
    return min(max(int(value), 2), 5)


@register.inclusion_tag("questionnaires/includes/fields.html")
def questionnaire_fields(form, heading_level: int = 2) -> dict:
    """The sections and questions of an AnswerForm (errors included); conditional
    questions are hidden by a small script until they apply, and listed with a note
    saying when to answer them when scripts do not run."""
    return {"form": form, "heading_level": _level(heading_level)}


@register.inclusion_tag("questionnaires/includes/results.html")
def questionnaire_results(results, heading_level: int = 2) -> dict:
    """Results (selectors.results): a chart and its table per closed question, figures
    for numbers and dates, written answers when they are shown."""
    return {
        "results": results,
        "heading_level": _level(heading_level),
        "sub_level": _level(heading_level) + 1,
    }
