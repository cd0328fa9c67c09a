"""The CNDP authorisation staff screen: scoped, administrators only for writes, audited."""

import datetime

import pytest
from django.urls import reverse

from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.identity.models import CndpAuthorisation


@pytest.fixture
def records(commune_a, commune_b):
    day = datetime.date(2025, 1, 1)
    return (
        CndpAuthorisation.unscoped.create(
            commune=commune_a, reference="A-1", granted_on=day, scope="a"
        ),
        CndpAuthorisation.unscoped.create(
            commune=commune_b, reference="B-1", granted_on=day, scope="b"
        ),
    )


def test_it_lists_only_the_users_commune(client, owner, records):
    client.force_login(owner)
    response = client.get(reverse("cndp_authorisations:index"))
    assert response.status_code == 200
    assert [r.pk for r in response.context["object_list"]] == [records[0].pk]


def test_it_lets_the_administrator_record_one_and_audits_it(client, owner, commune_a):
    client.force_login(owner)
    response = client.post(
        reverse("cndp_authorisations:add"),
        {
            "commune": commune_a.pk,
            "reference": "D-77/2025",
            "granted_on": "2025-02-03",
            "valid_until": "",
            "scope": "Pétitions",
        },
    )
    assert response.status_code == 302
    record = CndpAuthorisation.objects.for_commune(commune_a).get()
    assert record.recorded_by == owner
    assert (
        AuditEntry.objects.for_commune(commune_a).filter(action="cndpauthorisation.create").exists()
    )


def test_it_refuses_a_commune_the_administrator_does_not_run(client, owner, commune_b):
    client.force_login(owner)
    response = client.post(
        reverse("cndp_authorisations:add"),
        {"commune": commune_b.pk, "reference": "X", "granted_on": "2025-02-03", "scope": "x"},
    )
    assert response.status_code == 200
    assert "commune" in response.context["form"].errors
    assert not CndpAuthorisation.objects.for_commune(commune_b).exists()


def test_it_shows_the_status_to_other_staff_but_not_the_add_form(client, member, records):
    client.force_login(member)
    assert client.get(reverse("cndp_authorisations:index")).status_code == 200
    assert client.get(reverse("cndp_authorisations:add")).status_code in (302, 403)
    response = client.get(reverse("cndp_authorisations:edit", args=[records[0].pk]))
    assert response.status_code in (302, 403)


def test_it_keeps_citizens_out(client, citizen, records):
    client.force_login(citizen)
    assert client.get(reverse("cndp_authorisations:index")).status_code == 302


@pytest.mark.parametrize("view", ["edit", "inspect"])
def test_it_answers_404_for_another_communes_record(client, outsider, records, view):
    client.force_login(outsider)
    response = client.get(reverse(f"cndp_authorisations:{view}", args=[records[0].pk]))
    assert response.status_code == 404


def test_it_audits_corrections(client, owner, records):
    client.force_login(owner)
    record = records[0]
    response = client.post(
        reverse("cndp_authorisations:edit", args=[record.pk]),
        {
            "commune": record.commune_id,
            "reference": "A-1",
            "granted_on": "2025-01-01",
            "valid_until": "2030-12-31",
            "scope": "a",
        },
    )
    assert response.status_code == 302
    entry = AuditEntry.objects.for_commune(record.commune).get(action="cndpauthorisation.edit")
    assert entry.data["changed"] == ["valid_until"]


def test_it_lets_a_module_role_view_the_status(client, commune_a, citizen, records):
    commune_role_grant(commune=commune_a, user=citizen, role="moderator")
    client.force_login(citizen)
    assert client.get(reverse("cndp_authorisations:index")).status_code == 200
