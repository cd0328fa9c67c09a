"""The questionnaire engine's rules: which questions are shown, what a valid answer is,
what staff may still change once people have answered. Pure functions over the objects
of `selectors.questionnaire_structure` (no queries).

Sources: issue 5 (the engine's specification: question types, required questions, simple
conditions, once per person or anonymous, paper answers); DESIGN §6 (published counts of
people never below 5, `moucharaka.core.ledger.selectors.MIN_CELL`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from moucharaka.core.questionnaires.models import (
    SHORT_TEXT_MAX_LENGTH,
    TEXT_MAX_LENGTH,
    Question,
)

Kind = Question.Kind

# Issue 5: "simple conditions (show question B if answer A is X)": a question can depend
# on an earlier question whose answers are a closed list.
CONDITION_KINDS = (Kind.SINGLE, Kind.MULTIPLE, Kind.YES_NO, Kind.RATING)
YES, NO = "yes", "no"

# Rating scales go from 1 to scale_max (issue 5: "rating scale"); 2 to 10 marks.
SCALE_MIN, SCALE_MAX = 2, 10

# Numbers people type: bounded so that one answer cannot swamp a mean.
NUMBER_LIMIT = Decimal("1000000000")


def condition_values(question: Question) -> list[tuple[str, str]]:
    """What a later question may be conditioned on: (value, label) pairs of `question`'s
    possible answers, for the staff form's list."""
    if question.kind in (Kind.SINGLE, Kind.MULTIPLE):
        return [(str(choice.pk), str(choice.label)) for choice in question.choice_list]
    if question.kind == Kind.YES_NO:
        return [(YES, _("Yes")), (NO, _("No"))]
    if question.kind == Kind.RATING:
        return [(str(mark), str(mark)) for mark in range(1, question.scale_max + 1)]
    return []


def check_condition(question: Question, parent: Question | None, value: str, order) -> None:
    """A condition must point at an earlier question of the same questionnaire with a
    closed list of answers, and at one of its answers. `order` maps question ids to
    their rank in the questionnaire. Raises ValidationError."""
    if parent is None:
        if value:
            raise ValidationError(_("Choose the question the condition is about."))
        return
    if parent.questionnaire_id != question.questionnaire_id:
        raise ValidationError(_("The condition is about another questionnaire."))
    if parent.kind not in CONDITION_KINDS:
        raise ValidationError(_("A condition can only follow a question with a list of answers."))
    if question.pk is not None and order.get(parent.pk, 0) >= order.get(question.pk, 0):
        raise ValidationError(_("A question can only depend on a question asked before it."))
    if value not in {allowed for allowed, _label in condition_values(parent)}:
        raise ValidationError(_("This answer is not one of the question's answers."))


def matches(question: Question, answer, expected: str) -> bool:
    """Whether `answer` (a cleaned value, see `clean_value`) to `question` is `expected`."""
    if answer in (None, "", []):
        return False
    if question.kind == Kind.MULTIPLE:
        return expected in {str(value) for value in answer}
    if question.kind == Kind.YES_NO:
        return (YES if answer else NO) == expected
    return str(answer) == expected


def visible_questions(questions: Iterable[Question], answers: Mapping[int, object]) -> set[int]:
    """Ids of the questions shown for these answers, questions in questionnaire order.

    A question with a condition is shown when the question it depends on is shown and
    was answered with the expected value; so hiding a question hides its dependants.
    """
    by_id = {}
    shown = set()
    for question in questions:
        by_id[question.pk] = question
        parent_id = question.condition_question_id
        if parent_id is None:
            shown.add(question.pk)
        elif parent_id in shown and matches(
            by_id[parent_id], answers.get(parent_id), question.condition_value
        ):
            shown.add(question.pk)
    return shown


def _empty(value) -> bool:
    return value is None or value == "" or value == [] or value == ()


def clean_value(question: Question, raw):
    """One raw answer (from a form or a paper sheet) as stored: a choice id, a list of
    choice ids, True/False, a mark, a text, a Decimal or a date. None when unanswered.
    Raises ValidationError for an answer the question cannot take."""
    if _empty(raw):
        return None
    kind = question.kind
    if kind in (Kind.SINGLE, Kind.MULTIPLE):
        allowed = {choice.pk for choice in question.choice_list}
        values = raw if isinstance(raw, (list, tuple, set)) else [raw]
        try:
            ids = [int(value) for value in values]
        except (TypeError, ValueError):
            raise ValidationError(_("Choose one of the options.")) from None
        if not ids or set(ids) - allowed:
            raise ValidationError(_("Choose one of the options."))
        if kind == Kind.SINGLE:
            if len(ids) != 1:
                raise ValidationError(_("Choose only one option."))
            return ids[0]
        return sorted(set(ids))
    if kind == Kind.YES_NO:
        if raw in (True, YES, "True", "true", "1"):
            return True
        if raw in (False, NO, "False", "false", "0"):
            return False
        raise ValidationError(_("Answer yes or no."))
    if kind == Kind.RATING:
        try:
            mark = int(raw)
        except (TypeError, ValueError):
            raise ValidationError(_("Choose a mark.")) from None
        if not 1 <= mark <= question.scale_max:
            raise ValidationError(
                _("Choose a mark from 1 to %(max)s.") % {"max": question.scale_max}
            )
        return mark
    if kind in (Kind.SHORT_TEXT, Kind.LONG_TEXT):
        text = str(raw).strip()
        limit = SHORT_TEXT_MAX_LENGTH if kind == Kind.SHORT_TEXT else TEXT_MAX_LENGTH
        if len(text) > limit:
            raise ValidationError(_("At most %(n)s characters.") % {"n": limit})
        return text or None
    if kind == Kind.NUMBER:
        try:
            number = raw if isinstance(raw, Decimal) else Decimal(str(raw).strip())
        except InvalidOperation:
            raise ValidationError(_("Enter a number.")) from None
        if not number.is_finite() or abs(number) >= NUMBER_LIMIT:
            raise ValidationError(_("Enter a number."))
        return number.quantize(Decimal("0.0001"))
    if kind == Kind.DATE:
        if isinstance(raw, date):
            return raw
        try:
            return date.fromisoformat(str(raw).strip())
        except ValueError:
            raise ValidationError(_("Enter a date.")) from None
    raise ValidationError(_("Unknown type of question."))


def clean_answers(
    questions: list[Question], raw: Mapping[int, object]
) -> tuple[dict[int, object], dict[int, str]]:
    """Check a whole set of answers: `raw` maps question ids to raw answers.

    Returns `(answers, errors)`: the cleaned answers to the questions that are shown
    (answers to hidden questions are dropped: the person saw no such question), and an
    error message per question id. A required question must be answered only when it
    is shown (issue 5: required flags and conditions work together).
    """
    cleaned: dict[int, object] = {}
    errors: dict[int, str] = {}
    for question in questions:
        try:
            value = clean_value(question, raw.get(question.pk))
        except ValidationError as error:
            errors[question.pk] = " ".join(error.messages)
            continue
        if value is not None:
            cleaned[question.pk] = value
    shown = visible_questions(questions, cleaned)
    answers = {pk: value for pk, value in cleaned.items() if pk in shown}
    for question in questions:
        if question.pk in shown and question.required and question.pk not in answers:
            errors.setdefault(question.pk, _("This question needs an answer."))
    errors = {pk: message for pk, message in errors.items() if pk in shown}
    return answers, errors


# --- What staff may change ------------------------------------------------------------
# Answers keep the meaning they were given: once a question has answers its type cannot
# change and its answered options cannot be removed (issue 5; a questionnaire is a
# measuring instrument, results would otherwise mix two questions).


def may_change_kind(*, question: Question, answered: bool) -> bool:
    return question.pk is None or not answered


def may_delete_question(*, answered: bool, has_dependants: bool) -> bool:
    return not answered and not has_dependants


def may_delete_section(*, question_count: int, section_count: int) -> bool:
    """A section is deleted once it is empty, and a questionnaire keeps one section."""
    return question_count == 0 and section_count > 1
