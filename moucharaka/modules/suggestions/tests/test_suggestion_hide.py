"""suggestion_hide / suggestion_unhide: moderation with a reason the author sees, audited;
and the hook the core comments call when a moderator upholds a report."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.comments.models import Report
from moucharaka.core.comments.services import report_create, report_handle
from moucharaka.core.notifications.models import Notification
from moucharaka.modules.suggestions.services import suggestion_hide, suggestion_unhide

from .factories import SuggestionFactory


@pytest.fixture
def suggestion(commune_a, citizen):
    return SuggestionFactory(commune=commune_a, author=citizen)


def test_it_hides_with_a_reason_told_to_the_author(
    suggestion, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        hidden = suggestion_hide(
            commune=suggestion.commune, suggestion=suggestion, actor=moderator, reason="شتائم"
        )
    assert hidden.is_hidden and hidden.hidden_reason == "شتائم" and hidden.hidden_at
    entry = AuditEntry.objects.for_commune(suggestion.commune).get(action="suggestion.hide")
    assert entry.actor == moderator and entry.data == {"reason": "شتائم"}
    notification = Notification.objects.get(event="suggestions.hidden")
    assert notification.recipient == suggestion.author and "شتائم" in notification.body
    assert mail.outbox[0].to == [suggestion.author.email]


def test_it_needs_a_reason(suggestion, moderator):
    with pytest.raises(ValidationError):
        suggestion_hide(
            commune=suggestion.commune, suggestion=suggestion, actor=moderator, reason=""
        )


def test_it_shows_it_again(suggestion, moderator):
    suggestion_hide(commune=suggestion.commune, suggestion=suggestion, actor=moderator, reason="x")
    shown = suggestion_unhide(commune=suggestion.commune, suggestion=suggestion, actor=moderator)
    assert not shown.is_hidden and shown.hidden_reason == "" and shown.hidden_at is None
    entry = AuditEntry.objects.for_commune(suggestion.commune).get(action="suggestion.unhide")
    assert entry.data == {"previous_reason": "x"}


def test_it_is_hidden_when_a_moderator_upholds_a_report(suggestion, moderator, supporter):
    report = report_create(
        commune=suggestion.commune, reporter=supporter, target=suggestion, reason="insult"
    )
    report_handle(report=report, actor=moderator, outcome=Report.Outcome.HIDDEN, reason="شتائم")
    suggestion.refresh_from_db()
    assert suggestion.is_hidden and suggestion.hidden_reason == "شتائم"
    assert not suggestion.comments_open
