"""attendance_sheet_enter: rows of a paper sheet, each one person present in person,
recorded in the ledger with its details passed explicitly; empty rows skipped."""

import pytest
from django.core.exceptions import ValidationError

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.ledger.models import Channel, Participation
from moucharaka.modules.meetings.models import Attendee
from moucharaka.modules.meetings.services import ATTENDED, attendance_sheet_enter


def test_it_records_each_filled_row(commune_a, past_meeting, officer, district_a):
    entered = attendance_sheet_enter(
        commune=commune_a,
        meeting=past_meeting,
        actor=officer,
        rows=[
            {
                "name": "سعاد",
                "gender": "female",
                "age_band": "18_29",
                "district": district_a,
                "disability": False,
            },
            {"name": "", "gender": "", "age_band": "", "district": None, "disability": None},
            {"gender": "male", "age_band": "60p", "disability": True},
        ],
    )
    assert entered == 2
    rows = Participation.objects.for_commune(commune_a).filter(kind=ATTENDED).order_by("id")
    assert [(r.gender, r.age_band, r.district_id, r.disability, r.channel) for r in rows] == [
        ("female", "18_29", district_a.pk, False, Channel.IN_PERSON),
        ("male", "60p", None, True, Channel.IN_PERSON),
    ]
    assert all(r.occurred_at == past_meeting.starts_at for r in rows)
    assert list(Attendee.objects.for_commune(commune_a).values_list("source", "name")) == [
        ("sheet", "سعاد"),
        ("sheet", ""),
    ]
    entry = AuditEntry.objects.for_commune(commune_a).get(action="meeting.sheet")
    assert entry.data == {"rows": 2}


def test_an_empty_sheet_records_nothing(commune_a, past_meeting, officer):
    assert (
        attendance_sheet_enter(
            commune=commune_a, meeting=past_meeting, actor=officer, rows=[{}, {"name": ""}]
        )
        == 0
    )
    assert not AuditEntry.objects.for_commune(commune_a).filter(action="meeting.sheet").exists()


def test_a_sheet_waits_for_the_meeting_to_start(commune_a, meeting, officer):
    with pytest.raises(ValidationError):
        attendance_sheet_enter(
            commune=commune_a, meeting=meeting, actor=officer, rows=[{"gender": "female"}]
        )
