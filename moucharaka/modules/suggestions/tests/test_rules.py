"""rules.py: the workflow, the public answer (seed 001 §12.3), who may see, support and
rate, the location check and the overdue flag."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.utils import timezone

from moucharaka.core.ledger.models import Channel
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.suggestions import rules
from moucharaka.modules.suggestions.models import Suggestion

Status = Suggestion.Status
AnswerKind = Suggestion.AnswerKind


def make(**fields):
    """An unsaved suggestion: the rules are pure functions."""
    defaults = {"title": "t", "body": "b", "status": Status.RECEIVED, "created_at": timezone.now()}
    return Suggestion(**{**defaults, **fields})


def errors_of(call) -> dict:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.message_dict


@pytest.mark.parametrize(
    "start, end",
    [
        (Status.RECEIVED, Status.UNDER_STUDY),
        (Status.ANSWERED, Status.IMPLEMENTED),
    ],
)
def test_it_allows_the_workflow_steps(start, end):
    suggestion = make(status=start, answer="نعم", answer_kind=AnswerKind.ACCEPTED)
    rules.check_transition(suggestion, end)


@pytest.mark.parametrize(
    "start, end",
    [
        (Status.UNDER_STUDY, Status.RECEIVED),
        (Status.RECEIVED, Status.IMPLEMENTED),
        (Status.UNDER_STUDY, Status.IMPLEMENTED),
        (Status.IMPLEMENTED, Status.UNDER_STUDY),
        (Status.IMPLEMENTED, Status.ANSWERED),
    ],
)
def test_it_refuses_other_transitions(start, end):
    suggestion = make(status=start, answer="نعم", answer_kind=AnswerKind.ACCEPTED)
    assert "status" in errors_of(lambda: rules.check_transition(suggestion, end))


def test_it_never_closes_a_suggestion_without_a_public_answer():
    suggestion = make(status=Status.UNDER_STUDY, answer="   ")
    assert "answer" in errors_of(lambda: rules.check_transition(suggestion, Status.ANSWERED))


@pytest.mark.parametrize(
    "kind", [AnswerKind.REJECTED, AnswerKind.ALREADY_DONE, AnswerKind.OUTSIDE_POWERS]
)
def test_it_marks_implemented_only_what_the_commune_said_it_would_do(kind):
    suggestion = make(status=Status.ANSWERED, answer="…", answer_kind=kind)
    assert "status" in errors_of(lambda: rules.check_transition(suggestion, Status.IMPLEMENTED))


def test_it_requires_a_decision_and_an_answer_text():
    errors = errors_of(lambda: rules.check_answer(answer_kind="", answer=" "))
    assert set(errors) == {"answer_kind", "answer"}


def test_it_requires_a_reason_to_reject():
    errors = errors_of(
        lambda: rules.check_answer(answer_kind=AnswerKind.REJECTED, answer="لا", reason="")
    )
    assert set(errors) == {"answer_reason"}
    rules.check_answer(answer_kind=AnswerKind.REJECTED, answer="لا", reason="السبب")
    rules.check_answer(answer_kind=AnswerKind.OUTSIDE_POWERS, answer="وزارة الصحة")


@pytest.mark.parametrize(
    "latitude, longitude",
    [(None, None), (Decimal("35.19"), Decimal("-6.15")), (Decimal("21.0"), Decimal("-16.9"))],
)
def test_it_accepts_places_in_morocco(latitude, longitude):
    rules.check_location(latitude, longitude)


@pytest.mark.parametrize(
    "latitude, longitude",
    [
        (Decimal("48.85"), Decimal("2.35")),  # Paris
        (Decimal("-35.19"), Decimal("-6.15")),  # latitude with a wrong sign
        (Decimal("35.19"), Decimal("6.15")),  # longitude with a wrong sign
        (Decimal("35.19"), None),
    ],
)
def test_it_refuses_places_outside_morocco_or_half_given(latitude, longitude):
    assert "latitude" in errors_of(lambda: rules.check_location(latitude, longitude))


def test_it_lets_only_signed_in_people_submit_online_and_staff_enter_offline(db):
    citizen = UserFactory()
    rules.check_submission(author=citizen, channel=Channel.ONLINE, entered_by=None)
    with pytest.raises(ValidationError):
        rules.check_submission(author=None, channel=Channel.ONLINE, entered_by=None)
    with pytest.raises(ValidationError):
        rules.check_submission(author=None, channel=Channel.PAPER, entered_by=None)
    rules.check_submission(author=None, channel=Channel.PAPER, entered_by=citizen)


def test_it_shows_a_hidden_suggestion_only_to_its_author(db):
    author, other = UserFactory(), UserFactory()
    suggestion = make(author=author, is_hidden=True)
    assert rules.may_view(suggestion, author)
    assert not rules.may_view(suggestion, other)
    assert not rules.may_view(suggestion, AnonymousUser())
    assert rules.may_view(make(author=author), AnonymousUser())


def test_it_lets_others_support_but_not_the_author_nor_on_hidden_ones(db):
    author, other = UserFactory(), UserFactory()
    suggestion = make(author=author)
    assert rules.may_support(suggestion, other)
    assert not rules.may_support(suggestion, author)
    assert not rules.may_support(suggestion, AnonymousUser())
    assert not rules.may_support(make(author=author, is_hidden=True), other)


def test_it_lets_only_the_author_rate_and_only_after_the_answer(db):
    author, supporter = UserFactory(), UserFactory()
    waiting = make(author=author, status=Status.UNDER_STUDY)
    answered = make(author=author, status=Status.ANSWERED, answer="…", answer_kind="accepted")
    implemented = make(author=author, status=Status.IMPLEMENTED, answer="…", answer_kind="accepted")
    assert not rules.may_rate(waiting, author)
    assert rules.may_rate(answered, author)
    assert rules.may_rate(implemented, author)
    assert not rules.may_rate(answered, supporter)
    assert not rules.may_rate(answered, AnonymousUser())
    assert not rules.may_rate(make(status=Status.ANSWERED, author=None), AnonymousUser())


def test_it_flags_open_suggestions_past_the_target_delay():
    now = timezone.now()
    old = make(created_at=now - timedelta(days=31))
    assert rules.is_overdue(old, target_days=30, now=now)
    assert not rules.is_overdue(old, target_days=45, now=now)
    assert not rules.is_overdue(make(created_at=now - timedelta(days=29)), target_days=30, now=now)
    answered = make(created_at=now - timedelta(days=90), status=Status.ANSWERED)
    assert not rules.is_overdue(answered, target_days=30, now=now)


def test_it_requires_a_reason_to_hide():
    assert "hidden_reason" in errors_of(lambda: rules.check_hide_reason("  "))
    rules.check_hide_reason("شتم")
