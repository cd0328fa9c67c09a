"""registrations_purge_due: contact details deleted once the meeting is long over (law
09-08); counts, keys and the ledger unchanged."""

from datetime import timedelta

from django.utils import timezone

from moucharaka.core.ledger.models import Participation
from moucharaka.modules.meetings.models import Attendee, Meeting, Registration
from moucharaka.modules.meetings.services import (
    attendance_sheet_enter,
    registration_create,
    registrations_purge_due,
)


def test_it_deletes_contacts_of_meetings_long_over(settings, commune_a, meeting, officer, citizen):
    settings.MEETINGS_CONTACT_RETENTION_DAYS = 90
    anonymous = registration_create(
        commune=commune_a,
        meeting=meeting,
        name="Amina",
        email="amina@example.ma",
        phone="0612345678",
        needs="كرسي متحرك",
        notify=False,
    )
    registration_create(commune=commune_a, meeting=meeting, user=citizen, notify=False)
    key = anonymous.contact_key
    ended = timezone.now() - timedelta(days=91)
    Meeting.objects.for_commune(commune_a).filter(pk=meeting.pk).update(
        starts_at=ended - timedelta(hours=2), ends_at=ended
    )
    attendance_sheet_enter(
        commune=commune_a,
        meeting=meeting,
        actor=officer,
        rows=[{"name": "سعاد", "gender": "female"}],
    )
    rows_before = Participation.objects.for_commune(commune_a).count()

    assert registrations_purge_due(now=timezone.now() - timedelta(days=2)) == 0
    assert registrations_purge_due() == 1
    anonymous.refresh_from_db()
    assert (anonymous.name, anonymous.email, anonymous.phone, anonymous.needs) == ("—", "", "", "")
    assert anonymous.contact_key == key and anonymous.personal_data_purged_at is not None
    assert (
        Registration.objects.for_commune(commune_a).get(user=citizen).personal_data_purged_at
        is None
    )
    assert list(Attendee.objects.for_commune(commune_a).values_list("name", flat=True)) == [""]
    assert Participation.objects.for_commune(commune_a).count() == rows_before
    assert registrations_purge_due() == 0  # once


def test_recent_meetings_keep_their_contacts(commune_a, past_meeting):
    registration = Registration.unscoped.create(
        commune=commune_a,
        meeting=past_meeting,
        name="Karim",
        contact_key="k" * 64,
        email="karim@example.ma",
    )
    assert registrations_purge_due() == 0
    registration.refresh_from_db()
    assert registration.email == "karim@example.ma"
