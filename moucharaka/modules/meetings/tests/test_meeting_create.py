"""meeting_create: a draft with its agenda, audited; attached to another object."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.testing.factories import DistrictFactory
from moucharaka.modules.meetings import selectors
from moucharaka.modules.meetings.models import AgendaItem, Meeting
from moucharaka.modules.meetings.services import meeting_create

START = timezone.now() + timedelta(days=5)


def create(commune, actor, **fields):
    fields.setdefault("title", "ورشة حول الميزانية")
    fields.setdefault("starts_at", START)
    fields.setdefault("ends_at", START + timedelta(hours=2))
    return meeting_create(commune=commune, actor=actor, **fields)


def test_it_creates_a_draft_with_its_agenda_in_order(commune_a, officer):
    meeting = create(
        commune_a,
        officer,
        venue="قاعة الاجتماعات",
        agenda=[{"title": "الافتتاح"}, {"title": "النقاش", "title_fr": "Débat"}],
    )
    assert meeting.status == Meeting.Status.DRAFT and meeting.created_by == officer
    items = AgendaItem.objects.for_commune(commune_a).filter(meeting=meeting)
    assert [(i.title, i.title_fr, i.commune_id) for i in items] == [
        ("الافتتاح", "", commune_a.pk),
        ("النقاش", "Débat", commune_a.pk),
    ]
    entry = AuditEntry.objects.for_commune(commune_a).get(action="meeting.create")
    assert entry.actor == officer and entry.target_id == str(meeting.pk)


def test_it_refuses_a_meeting_that_ends_before_it_starts(commune_a, officer):
    with pytest.raises(ValidationError) as error:
        create(commune_a, officer, ends_at=START - timedelta(hours=1))
    assert "ends_at" in error.value.message_dict
    assert not Meeting.objects.for_commune(commune_a).exists()


def test_it_refuses_another_communes_district_or_object(commune_a, commune_b, officer, meeting_b):
    with pytest.raises(ValueError, match="district"):
        create(commune_a, officer, district=DistrictFactory(commune=commune_b))
    with pytest.raises(ValueError, match="another commune"):
        create(commune_a, officer, attached_to=meeting_b)


def test_another_module_attaches_meetings_to_its_own_objects(commune_a, officer, meeting):
    # A later module (consultative bodies, steering committees, trainings) attaches its
    # meetings to its own objects; any object of the commune will do for the test.
    follow_up = create(commune_a, officer, title="اجتماع التتبع", attached_to=meeting)
    assert follow_up.attached_to == meeting
    assert list(selectors.meetings_attached_to(meeting)) == [follow_up]
