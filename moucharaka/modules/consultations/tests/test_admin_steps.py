"""The hub's steps: announce, close early, the questionnaire, publish the results, close;
each through its service, audited; refused out of turn."""

import pytest

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.questionnaires.models import Questionnaire
from moucharaka.modules.consultations import services

from .conftest import close, make_consultation
from .helpers import admin_url

pytestmark = pytest.mark.usefixtures("module_on")


def test_it_announces_a_draft_with_its_text(client, commune_a, officer):
    draft = make_consultation(commune_a, officer, phase="draft")
    client.force_login(officer)
    response = client.post(admin_url("step", draft.pk, "announce"))
    draft.refresh_from_db()
    assert response.status_code == 302 and draft.phase == "announced"
    assert AuditEntry.objects.for_commune(commune_a).filter(action="consultation.announce").exists()


def test_it_closes_an_open_consultation_early(client, officer, open_a):
    client.force_login(officer)
    client.post(admin_url("step", open_a.pk, "close-early"))
    open_a.refresh_from_db()
    assert open_a.phase == "analysis"


def test_it_refuses_to_publish_results_without_synthesis(client, commune_a, officer, open_a):
    close(open_a)
    client.force_login(officer)
    response = client.post(admin_url("step", open_a.pk, "publish-results"), follow=True)
    open_a.refresh_from_db()
    assert open_a.results_published_at is None
    assert "synthesis" in response.content.decode()


def test_it_publishes_the_results_then_closes(client, commune_a, officer, open_a):
    close(open_a)
    services.synthesis_save(consultation=open_a, actor=officer, synthesis_ar="خلاصة")
    services.point_save(
        consultation=open_a, actor=officer, summary_ar="نقطة", decision="rejected", reason_ar="لأن"
    )
    client.force_login(officer)
    client.post(admin_url("step", open_a.pk, "publish-results"))
    open_a.refresh_from_db()
    assert open_a.phase == "results"
    client.post(admin_url("step", open_a.pk, "close"))
    open_a.refresh_from_db()
    assert open_a.phase == "closed"


def test_it_creates_the_questionnaire_once_and_opens_its_builder(
    client, commune_a, officer, open_a
):
    client.force_login(officer)
    first = client.post(admin_url("step", open_a.pk, "questionnaire"))
    second = client.post(admin_url("step", open_a.pk, "questionnaire"))
    questionnaire = Questionnaire.objects.for_commune(commune_a).get()
    assert first["Location"] == second["Location"] == f"/admin/questionnaires/{questionnaire.pk}/"
    assert questionnaire.owner == open_a and questionnaire.module == "consultations"


def test_moderators_take_no_step(client, moderator, open_a):
    client.force_login(moderator)
    client.post(admin_url("step", open_a.pk, "close-early"))
    open_a.refresh_from_db()
    assert open_a.phase == "open"


def test_another_communes_staff_get_404(client, outsider, open_a):
    client.force_login(outsider)
    assert client.post(admin_url("step", open_a.pk, "close-early")).status_code == 404


def test_the_report_prints_at_any_phase(client, officer, open_a):
    client.force_login(officer)
    response = client.get(admin_url("report", open_a.pk))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
