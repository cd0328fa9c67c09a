"""Entering contributions gathered in a workshop or on paper, one after the other."""

import pytest

from moucharaka.modules.consultations.models import Contribution

from .conftest import paragraph
from .helpers import admin_url

pytestmark = pytest.mark.usefixtures("module_on")


def test_staff_enter_a_workshop_contribution_and_go_on(client, commune_a, officer, open_a):
    client.force_login(officer)
    item = paragraph(open_a, 1, 2)
    response = client.post(
        admin_url("offline", open_a.pk),
        {
            "paragraph": item.pk,
            "stance": "reword",
            "body": "اقترح المشاركون صياغة أوضح.",
            "proposed_text": "تلتزم الجماعة بالجواب على كل اقتراح داخل أجل محدد.",
            "channel": "in_person",
            "occurred_on": "2023-12-07",
            "source": "ورشة العرائش",
            "gender": "",
            "age_band": "",
            "disability": "",
        },
    )
    assert response.status_code == 302 and "source=" in response["Location"]
    contribution = Contribution.objects.for_commune(commune_a).get()
    assert (contribution.paragraph, contribution.channel, contribution.source) == (
        item,
        "in_person",
        "ورشة العرائش",
    )
    page = client.get(response["Location"]).content.decode()
    assert 'value="ورشة العرائش"' in page  # the sheet's details are kept for the next one


def test_a_rewording_of_the_whole_text_is_refused_on_the_form(client, commune_a, officer, open_a):
    client.force_login(officer)
    response = client.post(
        admin_url("offline", open_a.pk),
        {
            "paragraph": "whole",
            "stance": "reword",
            "body": "x",
            "proposed_text": "y",
            "channel": "paper",
            "occurred_on": "2024-01-10",
        },
    )
    assert response.status_code == 200
    assert not Contribution.objects.for_commune(commune_a).exists()


def test_another_communes_staff_get_404(client, outsider, open_a):
    client.force_login(outsider)
    assert client.get(admin_url("offline", open_a.pk)).status_code == 404
