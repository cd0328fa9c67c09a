"""recommendation_create / recommendation_update: the public follow-up, each step a line
of its history, audited."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from moucharaka.core.audit.models import AuditEntry
from moucharaka.modules.meetings.models import Recommendation, RecommendationUpdate
from moucharaka.modules.meetings.services import recommendation_create, recommendation_update

Status = Recommendation.Status


@pytest.fixture
def recommendation(commune_a, past_meeting, officer):
    return recommendation_create(
        commune=commune_a,
        meeting=past_meeting,
        actor=officer,
        text=" إحداث مجلس للشباب ",
        owner="مصلحة الشؤون الاجتماعية",
        due_date=date(2026, 6, 30),
    )


def history(recommendation):
    return list(
        RecommendationUpdate.objects.for_commune(recommendation.commune)
        .filter(recommendation=recommendation)
        .values_list("status", "note")
    )


def test_a_new_recommendation_is_under_study(recommendation, officer):
    assert (
        recommendation.text == "إحداث مجلس للشباب" and recommendation.status == Status.UNDER_STUDY
    )
    assert history(recommendation) == [("under_study", "")]
    assert (
        AuditEntry.objects.for_commune(recommendation.commune)
        .filter(action="recommendation.create", actor=officer)
        .exists()
    )


def test_it_follows_the_recommendation_up_to_implemented(recommendation, officer):
    commune = recommendation.commune
    recommendation_update(
        commune=commune,
        recommendation=recommendation,
        actor=officer,
        status=Status.PLANNED,
        note="مبرمجة في ميزانية 2026",
    )
    recommendation_update(
        commune=commune,
        recommendation=recommendation,
        actor=officer,
        status=Status.PLANNED,
        owner="المكتب المسير",
        due_date=None,
    )
    done = recommendation_update(
        commune=commune,
        recommendation=recommendation,
        actor=officer,
        status=Status.IMPLEMENTED,
        evidence="مقرر المجلس رقم 12/2026",
    )
    assert done.status == Status.IMPLEMENTED and done.owner == "المكتب المسير"
    assert done.due_date is None and done.evidence == "مقرر المجلس رقم 12/2026"
    # Correcting the owner alone writes no line of public history.
    assert history(done) == [
        ("under_study", ""),
        ("planned", "مبرمجة في ميزانية 2026"),
        ("implemented", ""),
    ]
    entry = (
        AuditEntry.objects.for_commune(commune)
        .filter(action="recommendation.update")
        .order_by("id")
        .last()
    )
    assert entry.data["changed"] == {"evidence": "مقرر المجلس رقم 12/2026", "status": "implemented"}


def test_it_refuses_steps_the_rules_forbid(recommendation, officer):
    commune = recommendation.commune
    with pytest.raises(ValidationError):
        recommendation_update(
            commune=commune,
            recommendation=recommendation,
            actor=officer,
            status=Status.NOT_RETAINED,
            note="",
        )
    with pytest.raises(ValidationError):
        recommendation_update(
            commune=commune,
            recommendation=recommendation,
            actor=officer,
            status=Status.IMPLEMENTED,
            evidence="x",
        )
    with pytest.raises(ValidationError):
        recommendation_update(
            commune=commune,
            recommendation=recommendation,
            actor=officer,
            status=Status.UNDER_STUDY,
            text=" ",
        )
    recommendation.refresh_from_db()
    assert recommendation.status == Status.UNDER_STUDY and history(recommendation) == [
        ("under_study", "")
    ]


def test_it_refuses_an_empty_text_and_another_communes_meeting(commune_a, meeting_b, officer):
    with pytest.raises(ValidationError):
        recommendation_create(
            commune=meeting_b.commune, meeting=meeting_b, actor=officer, text="  "
        )
    with pytest.raises(ValueError):
        recommendation_create(commune=commune_a, meeting=meeting_b, actor=officer, text="x")
