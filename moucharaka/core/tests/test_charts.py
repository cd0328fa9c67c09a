"""Bar charts (moucharaka.core.charts): values, shares, withheld cells, bar lengths and
the include that draws them with their table, the same in Arabic and in French."""

from django.template.loader import render_to_string
from django.utils import translation

from moucharaka.core.charts import bar_chart, format_number, format_percent
from moucharaka.core.ledger.selectors import Cell

HEADINGS = {"label_heading": "Réponse", "value_heading": "Personnes", "share_heading": "Part"}


def test_it_computes_shares_of_the_total_and_bar_lengths():
    chart = bar_chart([("نعم", 30), ("لا", 10)], title="T", **HEADINGS)
    assert [(b.value, b.percent_display) for b in chart.bars] == [(30, "75%"), (10, "25%")]
    assert [b.width for b in chart.bars] == ["75.00%", "25.00%"]  # of the longest bar's room
    assert chart.show_percent and not chart.has_withheld


def test_shares_may_be_of_another_total():
    chart = bar_chart([("أ", 3), ("ب", 3)], title="T", total=4, **HEADINGS)
    assert [b.percent_display for b in chart.bars] == ["75%", "75%"]


def test_a_withheld_cell_draws_no_bar_and_no_share_is_guessed():
    chart = bar_chart([("نساء", Cell(12)), ("رجال", Cell(None))], title="T", **HEADINGS)
    assert [(b.display, b.width) for b in chart.bars] == [("12", "75.00%"), ("–", "")]
    assert chart.has_withheld and not chart.show_percent  # the sum is unknown


def test_zero_draws_no_bar_but_a_small_value_still_shows():
    chart = bar_chart([("أ", 1000), ("ب", 1), ("ج", 0)], title="T", **HEADINGS)
    assert [b.width for b in chart.bars] == ["75.00%", "0.60%", ""]


def test_numbers_use_western_digits_and_french_percent_spacing():
    assert format_number(3.5) == "3.5"
    assert format_number(7.0) == "7" and format_number(None) == "–"
    assert format_percent(8.333) == "8.3%" and format_percent(50, "ar") == "50%"
    assert format_percent(50, "fr") == "50\u202f%"


def test_the_include_draws_the_bars_and_their_table_in_both_directions():
    for language in ("ar", "fr"):
        with translation.override(language):
            chart = bar_chart([("موقع الجماعة", 3), ("جمعية", 1)], title="كيف علمتم؟", **HEADINGS)
            html = render_to_string("includes/bar_chart.html", {"chart": chart})
        assert html.count("<svg") == 2 and 'aria-hidden="true"' in html
        assert "<table" in html and '<th scope="row" dir="auto">موقع الجماعة</th>' in html
        assert "<figcaption" in html and "Part" in html


def test_the_include_says_why_a_cell_is_withheld_when_told():
    chart = bar_chart(
        [("أ", Cell(None))], title="T", withheld_note="– : moins de 5 personnes", **HEADINGS
    )
    assert "moins de 5 personnes" in render_to_string("includes/bar_chart.html", {"chart": chart})
