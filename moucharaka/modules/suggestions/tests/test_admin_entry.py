"""Staff enter suggestions received on paper, by phone or at the desk."""

import pytest
from django.urls import reverse
from django.utils import timezone

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.ledger.models import Participation
from moucharaka.modules.suggestions.models import Suggestion

pytestmark = pytest.mark.usefixtures("module_on")


def entry_data(commune, category, **overrides):
    data = {
        "commune": commune.pk,
        "channel": "paper",
        "received_on": (timezone.localdate() - timezone.timedelta(days=2)).isoformat(),
        "citizen_name": "فاطمة",
        "kind": "complaint",
        "title": "نظافة السوق",
        "body": "النفايات تبقى بعد السوق.",
        "category": category.pk,
        "district": "",
        "latitude": "",
        "longitude": "",
    }
    return {**data, **overrides}


def test_it_records_an_offline_suggestion(client, officer, commune_a, category_a):
    client.force_login(officer)
    response = client.post(reverse("suggestions:add"), entry_data(commune_a, category_a))
    assert response.status_code == 302
    suggestion = Suggestion.objects.for_commune(commune_a).get()
    assert suggestion.channel == "paper" and suggestion.entered_by == officer
    assert suggestion.author is None and suggestion.citizen_name == "فاطمة"
    assert timezone.localdate(suggestion.created_at) == timezone.localdate() - timezone.timedelta(
        days=2
    )
    row = Participation.objects.for_commune(commune_a).get(kind="suggestion_submitted")
    assert row.channel == "paper"
    assert AuditEntry.objects.for_commune(commune_a).filter(action="suggestion.enter").exists()


def test_it_offers_no_online_channel(client, officer, commune_a, category_a):
    client.force_login(officer)
    response = client.post(
        reverse("suggestions:add"), entry_data(commune_a, category_a, channel="online")
    )
    assert response.status_code == 200 and "channel" in response.context["form"].errors


def test_it_refuses_another_communes_category_or_commune(
    client, officer, commune_a, commune_b, category_b, category_a
):
    client.force_login(officer)
    response = client.post(reverse("suggestions:add"), entry_data(commune_a, category_b))
    assert response.status_code == 200 and "category" in response.context["form"].errors
    response = client.post(reverse("suggestions:add"), entry_data(commune_b, category_a))
    assert response.status_code == 200 and "commune" in response.context["form"].errors
    assert not Suggestion.objects.across_communes().exists()
