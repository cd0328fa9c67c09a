"""The staff steps (services): announce, close early, publish the results, close — each
audited, each in turn; and the notifications they send, once."""

import pytest
from django.core.exceptions import ValidationError

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.notifications.models import Notification
from moucharaka.modules.consultations import services

from .conftest import close, make_consultation

pytestmark = pytest.mark.usefixtures("module_on")


def test_announcing_needs_a_text(commune_a, officer):
    draft = make_consultation(commune_a, officer, phase="draft")
    draft.paragraphs.all().delete()
    with pytest.raises(ValidationError):
        services.consultation_announce(consultation=draft, actor=officer)


def test_an_announced_consultation_opens_with_its_date(commune_a, officer):
    draft = make_consultation(commune_a, officer, phase="draft")
    services.consultation_announce(consultation=draft, actor=officer)
    assert draft.phase == "announced" and draft.published_at is not None
    with pytest.raises(ValidationError):
        services.consultation_announce(consultation=draft, actor=officer)


def test_closing_early_tells_followers_once(commune_a, officer, open_a, citizen):
    services.follower_add(consultation=open_a, user=citizen)
    services.consultation_close_early(consultation=open_a, actor=officer)
    assert open_a.phase == "analysis"
    services.consultation_sync(consultation=open_a)
    notes = Notification.objects.filter(recipient=citizen, event="consultation_closed")
    assert notes.count() == 1
    with pytest.raises(ValidationError):
        services.consultation_close_early(consultation=open_a, actor=officer)
    assert (
        AuditEntry.objects.for_commune(commune_a).filter(action="consultation.close_early").exists()
    )


def test_publishing_results_tells_followers_once_and_then_closing(
    commune_a, officer, open_a, citizen
):
    services.follower_add(consultation=open_a, user=citizen)
    close(open_a)
    services.synthesis_save(consultation=open_a, actor=officer, synthesis_ar="سمعنا")
    services.point_save(
        consultation=open_a,
        actor=officer,
        summary_ar="نقطة",
        decision="partly",
        change_ar="تغيير",
        reason_ar="سبب",
    )
    services.consultation_results_publish(consultation=open_a, actor=officer)
    assert open_a.phase == "results"
    with pytest.raises(ValidationError):
        services.consultation_results_publish(consultation=open_a, actor=officer)
    note = Notification.objects.get(recipient=citizen, event="consultation_results")
    assert open_a.title_ar in note.title and note.url == open_a.get_absolute_url()
    services.consultation_close(consultation=open_a, actor=officer)
    assert open_a.phase == "closed"


def test_results_wait_for_every_point(commune_a, officer, open_a):
    close(open_a)
    services.synthesis_save(consultation=open_a, actor=officer, synthesis_ar="سمعنا")
    services.point_save(consultation=open_a, actor=officer, summary_ar="قيد الدراسة")
    with pytest.raises(ValidationError):
        services.consultation_results_publish(consultation=open_a, actor=officer)


def test_closing_needs_the_results(officer, open_a):
    with pytest.raises(ValidationError):
        services.consultation_close(consultation=open_a, actor=officer)
