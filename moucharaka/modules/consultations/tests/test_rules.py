"""The rules of digital consultations (rules.py), each with its source."""

from datetime import datetime, timedelta
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from moucharaka.modules.consultations import rules
from moucharaka.modules.consultations.models import Phase, ResponsePoint

NOW = timezone.make_aware(datetime(2024, 4, 10, 12))


def consultation(**fields):
    defaults = {
        "published_at": NOW - timedelta(days=10),
        "opens_at": NOW - timedelta(days=7),
        "closes_at": NOW + timedelta(days=5),
        "results_published_at": None,
        "closed_at": None,
    }
    return SimpleNamespace(**{**defaults, **fields})


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"published_at": None}, Phase.DRAFT),
        ({"opens_at": NOW + timedelta(days=1)}, Phase.ANNOUNCED),
        ({}, Phase.OPEN),
        ({"closes_at": NOW}, Phase.ANALYSIS),  # the closing moment is excluded
        ({"closes_at": NOW - timedelta(days=1), "results_published_at": NOW}, Phase.RESULTS),
        ({"results_published_at": NOW, "closed_at": NOW}, Phase.CLOSED),
    ],
)
def test_the_phase_follows_the_dates_and_staff_actions(fields, expected):
    assert rules.phase(consultation(**fields), NOW) == expected


def test_only_an_open_consultation_takes_contributions():
    assert [p for p in rules.PHASE_ORDER if rules.accepts_contributions(p)] == [Phase.OPEN]
    assert not rules.is_public(Phase.DRAFT) and rules.is_public(Phase.ANNOUNCED)


def test_dates_leave_time_to_contribute_and_not_forever():
    rules.check_dates(NOW, NOW + timedelta(days=13))  # Taroudant: 3–15 April 2024
    for closes in (
        NOW,
        NOW - timedelta(days=1),
        NOW + timedelta(days=6),
        NOW + timedelta(days=121),
    ):
        with pytest.raises(ValidationError):
            rules.check_dates(NOW, closes)


def test_dates_people_were_told_stay():
    rules.check_date_change(Phase.ANNOUNCED, old=NOW, new=NOW + timedelta(days=1), field="opens_at")
    rules.check_date_change(Phase.OPEN, old=NOW, new=NOW + timedelta(days=3), field="closes_at")
    rules.check_date_change(Phase.OPEN, old=NOW, new=NOW, field="opens_at")  # unchanged
    with pytest.raises(ValidationError):
        rules.check_date_change(Phase.OPEN, old=NOW, new=NOW + timedelta(days=1), field="opens_at")
    with pytest.raises(ValidationError):
        rules.check_date_change(
            Phase.ANALYSIS, old=NOW, new=NOW + timedelta(days=1), field="closes_at"
        )


def test_the_text_changes_until_people_comment():
    assert rules.may_edit_text(Phase.DRAFT, has_contributions=False)
    assert rules.may_edit_text(Phase.ANNOUNCED, has_contributions=False)
    assert not rules.may_edit_text(Phase.OPEN, has_contributions=False)
    assert not rules.may_edit_text(Phase.ANNOUNCED, has_contributions=True)


def test_a_consultation_is_announced_with_its_text():
    assert rules.may_announce(Phase.DRAFT, paragraph_count=3)
    assert not rules.may_announce(Phase.DRAFT, paragraph_count=0)
    assert not rules.may_announce(Phase.OPEN, paragraph_count=3)


def test_only_an_open_consultation_closes_early():
    assert [p for p in rules.PHASE_ORDER if rules.may_close_early(p)] == [Phase.OPEN]


def test_stances_and_rewordings():
    rules.check_stance("agree", paragraph=None, proposed_text="")
    rules.check_stance("reword", paragraph=object(), proposed_text="صيغة")
    with pytest.raises(ValidationError):
        rules.check_stance("reword", paragraph=None, proposed_text="صيغة")  # whole text
    with pytest.raises(ValidationError):
        rules.check_stance("reword", paragraph=object(), proposed_text="  ")
    with pytest.raises(ValidationError):
        rules.check_stance("love", paragraph=None, proposed_text="")


def test_offline_contributions_are_entered_while_it_runs_or_is_analysed():
    allowed = [p for p in rules.PHASE_ORDER if rules.may_enter_offline(p)]
    assert allowed == [Phase.OPEN, Phase.ANALYSIS]


def test_analysis_starts_with_the_opening():
    assert not rules.may_analyse(Phase.DRAFT) and not rules.may_analyse(Phase.ANNOUNCED)
    assert rules.may_analyse(Phase.OPEN) and rules.may_analyse(Phase.CLOSED)


def test_a_response_says_what_changed_or_why_not():
    rules.check_response("", change="", reason="")  # still being studied
    rules.check_response("accepted", change="أضيفت فقرة", reason="")
    rules.check_response("partly", change="جزء", reason="لأن")
    for decision, change, reason in [
        ("accepted", "", ""),
        ("rejected", "", ""),
        ("partly", "جزء", ""),
        ("partly", "", "لأن"),
        ("maybe", "x", "y"),
    ]:
        with pytest.raises(ValidationError):
            rules.check_response(decision, change=change, reason=reason)


def test_results_come_after_closing_with_a_synthesis_and_every_point_answered():
    answered = ResponsePoint(decision="accepted", change_ar="x")
    waiting = ResponsePoint()
    rules.check_results(Phase.ANALYSIS, synthesis="خلاصة", points=[answered])
    for phase, synthesis, points in [
        (Phase.OPEN, "خلاصة", [answered]),
        (Phase.ANALYSIS, "  ", [answered]),
        (Phase.ANALYSIS, "خلاصة", []),
        (Phase.ANALYSIS, "خلاصة", [answered, waiting]),
    ]:
        with pytest.raises(ValidationError):
            rules.check_results(phase, synthesis=synthesis, points=points)


def test_a_consultation_is_closed_after_its_results():
    assert [p for p in rules.PHASE_ORDER if rules.may_close(p)] == [Phase.RESULTS]
