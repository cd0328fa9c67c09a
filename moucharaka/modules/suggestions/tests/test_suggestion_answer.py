"""suggestion_answer and suggestion_transition: the public answer (seed 001 §12.3), the
history, the audit trail, and the author and supporters notified in-app and by e-mail."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.notifications.models import Notification
from moucharaka.modules.suggestions.models import StatusChange, Suggestion
from moucharaka.modules.suggestions.services import (
    suggestion_answer,
    suggestion_support,
    suggestion_transition,
)

from .factories import SuggestionFactory

Status = Suggestion.Status
AnswerKind = Suggestion.AnswerKind


@pytest.fixture
def suggestion(commune_a, citizen):
    return SuggestionFactory(commune=commune_a, author=citizen, title="إنارة الشارع", language="fr")


def answer(suggestion, actor, **kwargs):
    kwargs.setdefault("answer_kind", AnswerKind.ACCEPTED)
    kwargs.setdefault("answer", "La commune remplacera les lampes ce mois-ci.")
    return suggestion_answer(
        commune=suggestion.commune, suggestion=suggestion, actor=actor, **kwargs
    )


def test_it_publishes_the_answer_and_tells_author_and_supporters(
    suggestion, officer, supporter, django_capture_on_commit_callbacks
):
    suggestion_support(commune=suggestion.commune, suggestion=suggestion, user=supporter)
    with django_capture_on_commit_callbacks(execute=True):
        answered = answer(suggestion, officer, note="Réponse du service technique")

    assert answered.status == Status.ANSWERED
    assert answered.answer_kind == AnswerKind.ACCEPTED
    assert answered.answered_by == officer and answered.answered_at is not None
    change = StatusChange.objects.for_commune(suggestion.commune).latest("at")
    assert (change.from_status, change.to_status, change.by) == ("received", "answered", officer)
    assert change.note == "Réponse du service technique"
    entry = AuditEntry.objects.for_commune(suggestion.commune).get(action="suggestion.answer")
    assert entry.actor == officer and entry.data == {"answer_kind": "accepted", "amended": False}

    notified = Notification.objects.filter(event="suggestions.answered")
    assert {n.recipient for n in notified} == {suggestion.author, supporter}
    assert all(n.url == f"/fr/commune-a/suggestions/{suggestion.pk}/" for n in notified)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [suggestion.author.email, supporter.email]
    )
    message = mail.outbox[0]
    # Written in French, so told in French.
    assert message.subject == "La commune a répondu à « إنارة الشارع »"
    assert "La commune remplacera les lampes" in message.body


def test_it_refuses_an_answer_without_text_or_a_rejection_without_reason(suggestion, officer):
    with pytest.raises(ValidationError) as caught:
        answer(suggestion, officer, answer="  ")
    assert "answer" in caught.value.message_dict
    with pytest.raises(ValidationError) as caught:
        answer(suggestion, officer, answer_kind=AnswerKind.REJECTED, reason="")
    assert "answer_reason" in caught.value.message_dict
    suggestion.refresh_from_db()
    assert suggestion.status == Status.RECEIVED and not mail.outbox


def test_it_amends_an_answer_keeping_the_first_date(suggestion, officer):
    first = answer(suggestion, officer, answer_kind=AnswerKind.PLANNED, answer="Prévu en juin.")
    amended = answer(first, officer, answer_kind=AnswerKind.ACCEPTED, answer="Fait en juin.")
    assert amended.answered_at == first.answered_at
    assert amended.answer == "Fait en juin."
    entry = AuditEntry.objects.for_commune(suggestion.commune).filter(action="suggestion.answer")
    assert [e.data["amended"] for e in entry.order_by("id")] == [False, True]


def test_it_moves_along_the_workflow_with_history_and_notification(
    suggestion, officer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        studied = suggestion_transition(
            commune=suggestion.commune,
            suggestion=suggestion,
            actor=officer,
            to_status=Status.UNDER_STUDY,
            note="Transmis au service technique",
        )
    assert studied.status == Status.UNDER_STUDY
    entry = AuditEntry.objects.for_commune(suggestion.commune).get(action="suggestion.transition")
    assert entry.data == {
        "from": "received",
        "to": "under_study",
        "note": "Transmis au service technique",
    }
    notification = Notification.objects.get(event="suggestions.status_changed")
    assert notification.recipient == suggestion.author
    assert len(mail.outbox) == 1


def test_it_marks_implemented_only_after_an_answer_saying_so(suggestion, officer):
    commune = suggestion.commune
    with pytest.raises(ValidationError):
        suggestion_transition(
            commune=commune, suggestion=suggestion, actor=officer, to_status=Status.IMPLEMENTED
        )
    with pytest.raises(ValidationError):  # answering takes the answer
        suggestion_transition(
            commune=commune, suggestion=suggestion, actor=officer, to_status=Status.ANSWERED
        )
    answered = answer(suggestion, officer)
    done = suggestion_transition(
        commune=commune, suggestion=answered, actor=officer, to_status=Status.IMPLEMENTED
    )
    assert done.status == Status.IMPLEMENTED
    with pytest.raises(ValidationError):  # closed for good
        answer(done, officer)


def test_it_can_be_silent_for_back_entered_history(suggestion, officer):
    answer(suggestion, officer, notify=False)
    assert not Notification.objects.exists()


def test_it_refuses_another_communes_suggestion(suggestion, commune_b, outsider):
    with pytest.raises(ValueError):
        suggestion_answer(
            commune=commune_b,
            suggestion=suggestion,
            actor=outsider,
            answer_kind=AnswerKind.ACCEPTED,
            answer="x",
        )
