"""report_create: one open report per person and object."""

import pytest

from moucharaka.core.comments.models import Report
from moucharaka.core.comments.services import report_create, report_handle
from moucharaka.core.comments.tests.conftest import make_comment


def test_it_is_idempotent_while_the_report_is_open(commune_a, target_a, author, citizen):
    comment = make_comment(target_a, author=author)
    first = report_create(commune=commune_a, reporter=citizen, target=comment, reason="spam")
    again = report_create(
        commune=commune_a, reporter=citizen, target=comment, reason="other", details="Encore"
    )
    assert again == first and again.reason == "spam"
    assert Report.objects.for_commune(commune_a).count() == 1

    other_person = report_create(commune=commune_a, reporter=author, target=comment, reason="spam")
    assert other_person != first


def test_it_accepts_a_new_report_once_the_first_was_handled(
    commune_a, target_a, author, citizen, moderator
):
    comment = make_comment(target_a, author=author)
    first = report_create(commune=commune_a, reporter=citizen, target=comment, reason="spam")
    report_handle(report=first, actor=moderator, outcome="dismissed")
    second = report_create(commune=commune_a, reporter=citizen, target=comment, reason="spam")
    assert second != first and second.is_open


def test_it_reports_a_module_object(commune_a, target_a, citizen):
    report = report_create(
        commune=commune_a, reporter=citizen, target=target_a, reason="off_topic", details=" Hors "
    )
    assert report.target == target_a and report.details == "Hors"


def test_it_refuses_another_communes_object_and_unknown_reasons(
    commune_a, target_a, target_b, citizen
):
    with pytest.raises(ValueError, match="another commune"):
        report_create(commune=commune_a, reporter=citizen, target=target_b, reason="spam")
    with pytest.raises(ValueError, match="reason"):
        report_create(commune=commune_a, reporter=citizen, target=target_a, reason="boring")
