import pytest
from django.urls import reverse

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.registry.models import ModuleInstance
from moucharaka.modules.petitions.models import CouncilSession


def test_it_shows_the_rules_with_their_status(client, commune_a, petitions_on, owner):
    ModuleInstance.objects.for_commune(commune_a).filter(key="petitions").update(
        settings={"threshold": 300}
    )
    client.force_login(owner)
    html = client.get(reverse("petitions_admin:rules")).content.decode()
    assert "[U]" in html and "art. 125 [V]" in html
    assert "300" in html and "law: 200" in html
    assert "missing: CNIE collection blocked" in html


def test_it_lets_the_administrator_tighten_the_rules_on_the_modules_screen(
    client, commune_a, petitions_on, owner
):
    instance = ModuleInstance.objects.for_commune(commune_a).get(key="petitions")
    client.force_login(owner)
    url = reverse("module_instances:settings", args=[instance.pk])
    page = client.get(url).content.decode()
    assert "[U]" in page and "never fewer" in page
    response = client.post(url, {"threshold": "250", "decision_months": "2"})
    assert response.status_code == 302
    instance.refresh_from_db()
    assert instance.settings["threshold"] == 250
    assert AuditEntry.objects.for_commune(commune_a).filter(action="moduleinstance.settings")


def test_it_keeps_the_rules_page_from_citizens(client, citizen):
    client.force_login(citizen)
    assert client.get(reverse("petitions_admin:rules")).status_code == 302


@pytest.fixture
def sessions(commune_a, commune_b):
    import datetime

    return (
        CouncilSession.unscoped.create(commune=commune_a, starts_on=datetime.date(2031, 2, 3)),
        CouncilSession.unscoped.create(commune=commune_b, starts_on=datetime.date(2031, 2, 3)),
    )


def test_it_keeps_the_session_calendar_per_commune(client, officer, officer_b, sessions, commune_a):
    client.force_login(officer)
    response = client.get(reverse("council_sessions:index"))
    assert [s.pk for s in response.context["object_list"]] == [sessions[0].pk]
    response = client.post(
        reverse("council_sessions:add"),
        {"commune": commune_a.pk, "kind": "ordinary", "starts_on": "2031-05-05", "title": ""},
    )
    assert response.status_code == 302
    assert AuditEntry.objects.for_commune(commune_a).filter(action="councilsession.create")
    client.force_login(officer_b)
    response = client.get(reverse("council_sessions:edit", args=[sessions[0].pk]))
    assert response.status_code == 404
