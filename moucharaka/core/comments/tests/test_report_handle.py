"""report_handle: hiding goes through comment_hide; every decision is audited."""

import pytest

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.comments.models import Report
from moucharaka.core.comments.services import report_create, report_handle
from moucharaka.core.comments.tests.conftest import make_comment
from moucharaka.core.registry.models import ModuleInstance


@pytest.fixture
def comment(target_a, author):
    return make_comment(target_a, author=author, body="Texte injurieux")


def test_it_hides_the_comment_and_audits(commune_a, comment, citizen, author, moderator):
    report = report_create(commune=commune_a, reporter=citizen, target=comment, reason="insult")
    other = report_create(commune=commune_a, reporter=author, target=comment, reason="spam")

    handled = report_handle(report=report, actor=moderator, outcome="hidden", reason="Insulte")

    comment.refresh_from_db()
    assert comment.is_hidden and comment.hidden_reason == "Insulte"
    assert handled.outcome == "hidden" and handled.handled_by == moderator
    assert not handled.is_open
    other.refresh_from_db()
    assert other.outcome == "hidden"  # the same decision settles every open report
    actions = set(
        AuditEntry.objects.for_commune(commune_a)
        .filter(target_type__startswith="comments.")
        .values_list("action", flat=True)
    )
    assert actions == {"comment.hide", "report.handle"}
    entry = AuditEntry.objects.for_commune(commune_a).get(action="report.handle")
    assert entry.data == {"outcome": "hidden", "reason": "Insulte"}


def test_it_dismisses_without_touching_the_comment(commune_a, comment, citizen, moderator):
    report = report_create(commune=commune_a, reporter=citizen, target=comment, reason="spam")
    report_handle(report=report, actor=moderator, outcome="dismissed", reason="Pas de spam")
    comment.refresh_from_db()
    report.refresh_from_db()
    assert not comment.is_hidden
    assert (report.outcome, report.outcome_reason) == ("dismissed", "Pas de spam")
    assert AuditEntry.objects.for_commune(commune_a).filter(action="report.handle").exists()


def test_it_refuses_to_handle_twice_or_to_hide_without_reason(
    commune_a, comment, citizen, moderator
):
    report = report_create(commune=commune_a, reporter=citizen, target=comment, reason="spam")
    with pytest.raises(ValueError, match="reason"):
        report_handle(report=report, actor=moderator, outcome="hidden")
    report_handle(report=report, actor=moderator, outcome="dismissed")
    with pytest.raises(ValueError, match="already handled"):
        report_handle(report=report, actor=moderator, outcome="dismissed")
    with pytest.raises(ValueError, match="outcome"):
        report_handle(report=report, actor=moderator, outcome="deleted")


def test_it_hides_a_module_object_through_its_hook(
    commune_a, target_a, citizen, moderator, monkeypatch
):
    calls = []
    monkeypatch.setattr(
        ModuleInstance,
        "moderation_hide",
        lambda self, *, actor, reason: calls.append((self.pk, actor, reason)),
        raising=False,
    )
    report = report_create(commune=commune_a, reporter=citizen, target=target_a, reason="spam")
    report_handle(report=report, actor=moderator, outcome="hidden", reason="Publicité")
    assert calls == [(target_a.pk, moderator, "Publicité")]
    report.refresh_from_db()
    assert report.outcome == Report.Outcome.HIDDEN


def test_it_cannot_hide_a_module_object_without_a_hook(commune_a, target_a, citizen, moderator):
    report = report_create(commune=commune_a, reporter=citizen, target=target_a, reason="spam")
    with pytest.raises(ValueError, match="cannot be hidden"):
        report_handle(report=report, actor=moderator, outcome="hidden", reason="Publicité")
    report.refresh_from_db()
    assert report.is_open
