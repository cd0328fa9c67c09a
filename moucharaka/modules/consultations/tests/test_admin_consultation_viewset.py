"""The consultations back office: scoped to the staff's communes (404 elsewhere), roles,
dates checked against the rules, drafts deleted only, the hub's next steps."""

from datetime import timedelta

import pytest
from django.utils import timezone

from moucharaka.core.audit.models import AuditEntry
from moucharaka.modules.consultations.models import Consultation

from .conftest import make_consultation
from .helpers import admin_url

pytestmark = pytest.mark.usefixtures("module_on")


def local(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def form_data(commune, **extra):
    opens = timezone.now() + timedelta(days=2)
    return {
        "commune": commune.pk,
        "title_ar": "مشروع ميثاق",
        "title_fr": "",
        "summary_ar": "ملخص",
        "summary_fr": "",
        "opens_at": local(opens),
        "closes_at": local(opens + timedelta(days=14)),
        **extra,
    }


def test_the_officer_creates_a_consultation_audited(client, commune_a, officer):
    client.force_login(officer)
    response = client.post(admin_url("add"), form_data(commune_a))
    assert response.status_code == 302
    consultation = Consultation.objects.for_commune(commune_a).get()
    assert consultation.phase == "draft"
    assert AuditEntry.objects.for_commune(commune_a).filter(action="consultation.create").exists()


def test_it_refuses_a_closing_before_the_opening_or_too_short(client, commune_a, officer):
    client.force_login(officer)
    opens = timezone.now() + timedelta(days=2)
    response = client.post(
        admin_url("add"), form_data(commune_a, closes_at=local(opens + timedelta(days=2)))
    )
    assert response.status_code == 200
    assert not Consultation.objects.for_commune(commune_a).exists()


def test_once_open_its_opening_date_stays(client, commune_a, officer, open_a):
    client.force_login(officer)
    data = form_data(
        commune_a,
        opens_at=local(open_a.opens_at + timedelta(days=1)),
        closes_at=local(open_a.closes_at),
    )
    client.post(admin_url("edit", open_a.pk), data)
    open_a.refresh_from_db()
    assert local(open_a.opens_at) != data["opens_at"]


@pytest.mark.parametrize("name", ["edit", "inspect", "delete", "text", "analysis", "points"])
def test_other_communes_staff_get_404(client, outsider, open_a, name):
    client.force_login(outsider)
    assert client.get(admin_url(name, open_a.pk)).status_code == 404


def test_the_listing_shows_only_the_users_communes(client, officer, open_a, open_b):
    client.force_login(officer)
    html = client.get(admin_url("index")).content.decode()
    assert open_a.title_ar in html and "استشارة ب" not in html


def test_an_editor_of_the_commune_has_no_access(client, member, open_a):
    client.force_login(member)
    assert client.get(admin_url("inspect", open_a.pk)).status_code in (302, 403)


def test_only_a_draft_is_deleted(client, commune_a, owner, open_a):
    client.force_login(owner)
    client.post(admin_url("delete", open_a.pk))
    assert Consultation.objects.for_commune(commune_a).filter(pk=open_a.pk).exists()
    draft = make_consultation(commune_a, owner, phase="draft")
    assert client.post(admin_url("delete", draft.pk)).status_code == 302
    assert not Consultation.objects.for_commune(commune_a).filter(pk=draft.pk).exists()


def test_the_hub_lists_the_next_steps(client, commune_a, officer):
    draft = make_consultation(commune_a, officer, phase="draft")
    client.force_login(officer)
    html = client.get(admin_url("inspect", draft.pk)).content.decode()
    assert admin_url("step", draft.pk, "announce") in html
    assert admin_url("text", draft.pk) in html
