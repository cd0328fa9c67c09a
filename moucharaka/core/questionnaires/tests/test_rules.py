"""The engine's rules (rules.py): each question type's answers, conditions, required
questions, and what staff may change once people have answered."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from moucharaka.core.questionnaires import rules
from moucharaka.core.questionnaires.models import Question
from moucharaka.core.questionnaires.selectors import questionnaire_structure

from .conftest import choice

Kind = Question.Kind


@pytest.fixture
def structure(questionnaire_a):
    return questionnaire_structure(questionnaire_a)


def q(structure, questions, name):
    return structure.by_id[questions[name].pk]


# --- Each type of question (issue 5) ---------------------------------------------------


def test_single_choice_takes_one_of_its_options(structure, questions_a):
    question = q(structure, questions_a, "single")
    option = choice(question, 1).pk
    assert rules.clean_value(question, str(option)) == option
    with pytest.raises(ValidationError):
        rules.clean_value(question, "999999")
    with pytest.raises(ValidationError):
        rules.clean_value(question, [str(option), str(choice(question, 0).pk)])


def test_multiple_choice_takes_several_options(structure, questions_a):
    question = q(structure, questions_a, "multiple")
    first, third = choice(question, 0).pk, choice(question, 2).pk
    assert rules.clean_value(question, [str(third), str(first), str(first)]) == sorted(
        [first, third]
    )
    with pytest.raises(ValidationError):
        rules.clean_value(question, ["abc"])


def test_rating_takes_a_mark_of_its_scale(structure, questions_a):
    question = q(structure, questions_a, "rating")
    assert rules.clean_value(question, "5") == 5
    for bad in ("0", "6", "x"):
        with pytest.raises(ValidationError):
            rules.clean_value(question, bad)


def test_yes_no_takes_yes_or_no(structure, questions_a):
    question = q(structure, questions_a, "yes_no")
    assert rules.clean_value(question, "yes") is True
    assert rules.clean_value(question, "no") is False
    with pytest.raises(ValidationError):
        rules.clean_value(question, "maybe")


def test_texts_are_trimmed_and_bounded(structure, questions_a):
    short, long = q(structure, questions_a, "short_text"), q(structure, questions_a, "long_text")
    assert rules.clean_value(short, "  حي السلام ") == "حي السلام"
    assert rules.clean_value(long, "   ") is None
    with pytest.raises(ValidationError):
        rules.clean_value(short, "x" * 251)
    assert len(rules.clean_value(long, "x" * 5000)) == 5000


def test_numbers_are_decimals_within_bounds(structure, questions_a):
    question = q(structure, questions_a, "number")
    assert rules.clean_value(question, "4.5") == Decimal("4.5000")
    for bad in ("quatre", "1e12", "NaN"):
        with pytest.raises(ValidationError):
            rules.clean_value(question, bad)


def test_dates_are_iso_dates(structure, questions_a):
    question = q(structure, questions_a, "date")
    assert rules.clean_value(question, "2024-04-15") == date(2024, 4, 15)
    with pytest.raises(ValidationError):
        rules.clean_value(question, "15/04/2024")


# --- Conditions and required questions ------------------------------------------------


def test_a_conditional_question_shows_only_after_the_expected_answer(structure, questions_a):
    rating = questions_a["rating"].pk
    yes_no = questions_a["yes_no"].pk
    assert rating in rules.visible_questions(structure.questions, {yes_no: True})
    assert rating not in rules.visible_questions(structure.questions, {yes_no: False})
    assert rating not in rules.visible_questions(structure.questions, {})


def test_hiding_a_question_hides_those_that_depend_on_it(structure):
    first, second, third = (Question(pk=n, kind=Kind.YES_NO) for n in (1, 2, 3))
    second.condition_question_id, second.condition_value = 1, "yes"
    third.condition_question_id, third.condition_value = 2, "yes"
    assert rules.visible_questions([first, second, third], {1: False, 2: True}) == {1}
    assert rules.visible_questions([first, second, third], {1: True, 2: True}) == {1, 2, 3}


def test_required_questions_must_be_answered_only_when_shown(structure, questions_a):
    yes_no, rating = questions_a["yes_no"].pk, questions_a["rating"].pk
    single = questions_a["single"].pk
    option = choice(questions_a["single"], 0).pk
    answers, errors = rules.clean_answers(structure.questions, {yes_no: "no", single: option})
    assert errors == {} and rating not in answers
    _answers, errors = rules.clean_answers(structure.questions, {yes_no: "yes", single: option})
    assert set(errors) == {rating}


def test_answers_to_hidden_questions_are_dropped(structure, questions_a):
    yes_no, rating = questions_a["yes_no"].pk, questions_a["rating"].pk
    single = questions_a["single"].pk
    answers, errors = rules.clean_answers(
        structure.questions,
        {yes_no: "no", rating: "5", single: choice(questions_a["single"], 0).pk},
    )
    assert not errors and rating not in answers


def test_a_condition_follows_an_earlier_closed_question(structure, questions_a):
    order = structure.order()
    rating = q(structure, questions_a, "rating")
    date_question = q(structure, questions_a, "date")
    yes_no = q(structure, questions_a, "yes_no")
    rules.check_condition(rating, yes_no, "yes", order)
    with pytest.raises(ValidationError):
        rules.check_condition(rating, yes_no, "perhaps", order)  # not one of its answers
    with pytest.raises(ValidationError):
        rules.check_condition(yes_no, rating, "3", order)  # a later question
    with pytest.raises(ValidationError):
        rules.check_condition(rating, date_question, "2024-01-01", order)  # no list of answers


def test_condition_values_list_each_closed_question_s_answers(structure, questions_a):
    assert rules.condition_values(q(structure, questions_a, "yes_no"))[0][0] == "yes"
    assert [v for v, _l in rules.condition_values(q(structure, questions_a, "rating"))] == [
        "1",
        "2",
        "3",
        "4",
        "5",
    ]
    assert rules.condition_values(q(structure, questions_a, "long_text")) == []


# --- What staff may change ------------------------------------------------------------


def test_an_answered_question_keeps_its_type():
    assert rules.may_change_kind(question=Question(), answered=True)  # not saved yet
    assert not rules.may_change_kind(question=Question(pk=1), answered=True)
    assert rules.may_change_kind(question=Question(pk=1), answered=False)


def test_a_question_is_deleted_without_answers_nor_dependants():
    assert rules.may_delete_question(answered=False, has_dependants=False)
    assert not rules.may_delete_question(answered=True, has_dependants=False)
    assert not rules.may_delete_question(answered=False, has_dependants=True)


def test_only_an_empty_section_goes_and_one_stays():
    assert rules.may_delete_section(question_count=0, section_count=2)
    assert not rules.may_delete_section(question_count=1, section_count=2)
    assert not rules.may_delete_section(question_count=0, section_count=1)
