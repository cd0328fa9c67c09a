"""Results (selectors.results): counts and percentages per question with their chart,
figures for numbers and dates, written answers, demographic groups under the 5-person
rule (ledger Cells, primary and secondary suppression); bounded queries."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from moucharaka.core.questionnaires import selectors, services
from moucharaka.core.testing.factories import DistrictFactory, UserFactory

from .conftest import choice, full_answers


def answer_as(questionnaire, questions, n, *, gender="female", offset=0, changes=None):
    """`n` people answer (profile with consent, so their gender is in the ledger)."""
    for index in range(n):
        person = UserFactory(
            email=f"p{gender}{offset + index}@example.ma", gender=gender, stats_consent=True
        )
        answers = full_answers(questions)
        answers.update(changes or {})
        services.response_submit(questionnaire=questionnaire, answers=answers, respondent=person)


def result_of(results, question):
    for _section, items in results.sections:
        for item in items:
            if item.question.pk == question.pk:
                return item
    raise AssertionError("no such question")


def test_it_counts_each_option_with_its_share(questionnaire_a, questions_a):
    single = questions_a["single"]
    answer_as(questionnaire_a, questions_a, 3)
    answer_as(questionnaire_a, questions_a, 1, offset=10, changes={single.pk: choice(single, 1).pk})
    with translation.override("ar"):
        results = selectors.results(questionnaire_a)
    assert results.respondents == 4
    bars = result_of(results, single).chart.bars
    assert [(bar.label, bar.value, bar.percent_display) for bar in bars] == [
        ("الموقع", 3, "75%"),
        ("الإذاعة", 1, "25%"),
        ("جمعية", 0, "0%"),
    ]


def test_shares_are_of_those_the_question_was_shown_to(questionnaire_a, questions_a):
    yes_no, rating = questions_a["yes_no"], questions_a["rating"]
    answer_as(questionnaire_a, questions_a, 2)  # yes, then a mark of 4
    answer_as(questionnaire_a, questions_a, 2, offset=5, changes={yes_no.pk: "no", rating.pk: "2"})
    with translation.override("en"):
        item = result_of(selectors.results(questionnaire_a), rating)
    assert item.answered == 2  # the marks of those who said "no" were not asked for
    assert [bar.value for bar in item.chart.bars] == [0, 0, 0, 2, 0]
    assert item.stats == [("Average mark", "4.0 / 5")]


def test_multiple_choice_shares_may_add_up_to_more_than_all(questionnaire_a, questions_a):
    answer_as(questionnaire_a, questions_a, 2)
    with translation.override("en"):
        item = result_of(selectors.results(questionnaire_a), questions_a["multiple"])
    assert [bar.percent_display for bar in item.chart.bars] == ["100%", "0%", "100%"]
    assert "Several answers" in item.chart.note


def test_numbers_and_dates_get_figures(questionnaire_a, questions_a):
    answer_as(questionnaire_a, questions_a, 1)
    answer_as(questionnaire_a, questions_a, 1, offset=3, changes={questions_a["number"].pk: "2"})
    with translation.override("en"):
        results = selectors.results(questionnaire_a)
    assert result_of(results, questions_a["number"]).stats == [
        ("Average", "3.5"),
        ("Lowest", "2"),
        ("Highest", "5"),
    ]
    assert result_of(results, questions_a["date"]).stats[0] == ("Earliest", "2024-04-05")


def test_written_answers_are_for_staff_unless_published(questionnaire_a, questions_a):
    answer_as(questionnaire_a, questions_a, 2)
    long_text = questions_a["long_text"]
    public = result_of(selectors.results(questionnaire_a), long_text)
    assert public.texts == [] and public.texts_hidden
    staff = result_of(selectors.results(questionnaire_a, include_texts=True), long_text)
    assert staff.texts == ["نقترح لقاءات في الأحياء.", "نقترح لقاءات في الأحياء."]
    questionnaire_a.publish_text_answers = True
    assert result_of(selectors.results(questionnaire_a), long_text).texts


def test_a_group_of_fewer_than_five_people_is_withheld_whole(
    commune_a, questionnaire_a, questions_a
):
    answer_as(questionnaire_a, questions_a, 6, gender="female")
    answer_as(questionnaire_a, questions_a, 4, gender="male")
    men = selectors.parse_group(commune_a, "gender:male")
    results = selectors.results(questionnaire_a, group=men)
    assert results.withheld and results.sections == []
    women = selectors.results(
        questionnaire_a, group=selectors.parse_group(commune_a, "gender:female")
    )
    assert women.respondents.value == 6 and not women.withheld


def test_within_a_group_small_options_are_withheld_and_do_not_leak(
    commune_a, questionnaire_a, questions_a
):
    single = questions_a["single"]
    answer_as(questionnaire_a, questions_a, 6, gender="female")
    answer_as(
        questionnaire_a,
        questions_a,
        2,
        gender="female",
        offset=20,
        changes={single.pk: choice(single, 1).pk},
    )
    women = selectors.parse_group(commune_a, "gender:female")
    chart = result_of(selectors.results(questionnaire_a, group=women), single).chart
    values = [bar.value for bar in chart.bars]
    # 6 / 2 / 0: the 2 and the 0 are withheld, and so must be… only two cells, adding
    # up to 2 < 5 people: the 6 is withheld too, or 8 − 6 would give the 2 back.
    assert values == [None, None, None]
    assert chart.has_withheld and not chart.show_percent


def test_groups_are_the_ledgers_dimensions_of_the_commune(commune_a, commune_b):
    district = DistrictFactory(commune=commune_a, name_ar="الملاح")
    other = DistrictFactory(commune=commune_b)
    keys = [key for _heading, options in selectors.group_choices(commune_a) for key, _l in options]
    assert "gender:female" in keys and "age_band:60p" in keys and "disability:yes" in keys
    assert f"district:{district.pk}" in keys and f"district:{other.pk}" not in keys
    assert selectors.parse_group(commune_a, f"district:{other.pk}") is None
    assert selectors.parse_group(commune_a, "nonsense") is None


def test_its_queries_do_not_grow_with_answers(questionnaire_a, questions_a):
    answer_as(questionnaire_a, questions_a, 2)

    def count():
        with CaptureQueriesContext(connection) as captured:
            selectors.results(questionnaire_a, include_texts=True)
        return len(captured)

    few = count()
    answer_as(questionnaire_a, questions_a, 10, offset=50)
    assert count() == few
