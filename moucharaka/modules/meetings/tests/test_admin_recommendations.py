"""The recommendations follow-up list across meetings: create, update with a public
note, overdue flagged, export; other communes' recommendations 404."""

from datetime import date

import pytest
from django.urls import reverse

from moucharaka.modules.meetings.models import Recommendation, RecommendationUpdate

from .factories import RecommendationFactory

pytestmark = pytest.mark.usefixtures("module_on")


def test_the_list_spans_meetings_overdue_first(client, officer, past_meeting, meeting, meeting_b):
    late = RecommendationFactory(meeting=past_meeting, text="متأخرة", due_date=date(2020, 1, 1))
    RecommendationFactory(meeting=meeting, text="في الأجل")
    RecommendationFactory(meeting=meeting_b, text="جماعة أخرى")
    client.force_login(officer)
    response = client.get(reverse("meeting_recommendations:index"))
    assert response.status_code == 200
    rows = list(response.context["object_list"])
    assert rows[0] == late and rows[0].is_overdue and len(rows) == 2
    overdue = client.get(reverse("meeting_recommendations:index"), {"overdue": "true"})
    assert list(overdue.context["object_list"]) == [late]


def test_staff_add_a_recommendation_to_a_meeting(
    client, officer, commune_a, past_meeting, meeting_b
):
    client.force_login(officer)
    data = {
        "meeting": past_meeting.pk,
        "text": "إحداث مجلس للشباب",
        "owner": "المكتب",
        "due_date": "2026-06-30",
        "position": "1",
    }
    response = client.post(reverse("meeting_recommendations:add"), data)
    assert response.status_code == 302
    recommendation = Recommendation.objects.for_commune(commune_a).get()
    assert recommendation.status == "under_study" and recommendation.owner == "المكتب"
    response = client.post(
        reverse("meeting_recommendations:add"), {**data, "meeting": meeting_b.pk}
    )
    assert response.status_code == 200 and "meeting" in response.context["form"].errors


def test_staff_follow_a_recommendation_up(client, officer, past_meeting):
    recommendation = RecommendationFactory(meeting=past_meeting, text="إحداث مجلس للشباب")
    client.force_login(officer)
    edit = reverse("meeting_recommendations:edit", args=[recommendation.pk])
    page = client.get(edit)
    assert page.status_code == 200
    assert {value for value, _ in page.context["form"].fields["status"].choices} == {
        "under_study",
        "planned",
        "in_progress",
        "not_retained",
    }
    data = {
        "text": recommendation.text,
        "owner": "",
        "due_date": "",
        "evidence": "",
        "status": "not_retained",
        "note": "",
    }
    response = client.post(edit, data)
    assert response.status_code == 200 and "note" in response.context["form"].errors
    response = client.post(edit, {**data, "status": "planned", "note": "في ميزانية 2026"})
    assert response.status_code == 302
    recommendation.refresh_from_db()
    assert recommendation.status == "planned"
    assert list(
        RecommendationUpdate.objects.for_commune(recommendation.commune)
        .filter(recommendation=recommendation)
        .values_list("status", "note")
    ) == [("under_study", ""), ("planned", "في ميزانية 2026")]


def test_another_communes_recommendation_is_not_found(client, outsider, past_meeting):
    recommendation = RecommendationFactory(meeting=past_meeting)
    client.force_login(outsider)
    edit = reverse("meeting_recommendations:edit", args=[recommendation.pk])
    assert client.get(edit).status_code == 404


def test_the_follow_up_list_exports(client, officer, past_meeting):
    RecommendationFactory(meeting=past_meeting, text="إحداث مجلس للشباب")
    client.force_login(officer)
    response = client.get(reverse("meeting_recommendations:index") + "?export=csv")
    assert "إحداث مجلس للشباب" in b"".join(response.streaming_content).decode()
