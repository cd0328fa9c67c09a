"""comment_hide / comment_unhide: a reason, an audit entry, and the open reports settled."""

import pytest

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.comments.models import Report
from moucharaka.core.comments.services import comment_hide, comment_unhide, report_create
from moucharaka.core.comments.tests.conftest import make_comment


def test_it_requires_a_reason(target_a, author, moderator):
    comment = make_comment(target_a, author=author)
    with pytest.raises(ValueError, match="reason"):
        comment_hide(comment=comment, actor=moderator, reason="  ")
    comment.refresh_from_db()
    assert not comment.is_hidden


def test_it_hides_audits_and_settles_open_reports(commune_a, target_a, author, citizen, moderator):
    comment = make_comment(target_a, author=author)
    report = report_create(commune=commune_a, reporter=citizen, target=comment, reason="insult")

    comment_hide(comment=comment, actor=moderator, reason="Insulte envers un élu")

    comment.refresh_from_db()
    assert comment.is_hidden and comment.hidden_reason == "Insulte envers un élu"
    assert comment.hidden_by == moderator and comment.hidden_at is not None
    entry = AuditEntry.objects.for_commune(commune_a).get(action="comment.hide")
    assert entry.actor == moderator and entry.target_id == str(comment.pk)
    assert entry.data == {"reason": "Insulte envers un élu"}
    report.refresh_from_db()
    assert report.outcome == Report.Outcome.HIDDEN and report.handled_by == moderator


def test_it_unhides_and_audits(commune_a, target_a, author, moderator):
    comment = make_comment(target_a, author=author)
    comment_hide(comment=comment, actor=moderator, reason="Doute")
    comment_unhide(comment=comment, actor=moderator)

    comment.refresh_from_db()
    assert not comment.is_hidden and comment.hidden_reason == "" and comment.hidden_by is None
    entry = AuditEntry.objects.for_commune(commune_a).get(action="comment.unhide")
    assert entry.data == {"previous_reason": "Doute"}
