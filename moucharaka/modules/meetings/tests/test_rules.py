"""Every rule of rules.py (pure functions; no database)."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.utils import translation

from moucharaka.modules.meetings import rules
from moucharaka.modules.meetings.models import Meeting, Recommendation

NOW = datetime(2025, 6, 1, 10, 0, tzinfo=UTC)
State = rules.RegistrationState
RStatus = Recommendation.Status


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def meeting(**fields) -> Meeting:
    values = {
        "title": "Réunion",
        "starts_at": NOW + timedelta(days=7),
        "ends_at": NOW + timedelta(days=7, hours=2),
        "status": Meeting.Status.PUBLISHED,
        "venue": "Salle",
    }
    values.update(fields)
    return Meeting(**values)


def messages(error: ValidationError) -> dict:
    return {key: [str(m) for m in value] for key, value in error.message_dict.items()}


# --- registration_state, places_left ---------------------------------------------------


def test_registration_is_open_while_places_are_left():
    assert rules.registration_state(meeting(capacity=3), confirmed=2, now=NOW) == State.OPEN
    assert rules.registration_state(meeting(capacity=None), confirmed=500, now=NOW) == State.OPEN


def test_a_full_meeting_opens_its_waiting_list():
    assert rules.registration_state(meeting(capacity=3), confirmed=3, now=NOW) == State.WAITING_LIST
    assert rules.accepts_registrations(State.WAITING_LIST)


def test_registration_closes_at_the_set_time_or_at_the_start():
    closes = NOW + timedelta(days=1)
    assert (
        rules.registration_state(meeting(registration_closes_at=closes), confirmed=0, now=closes)
        == State.CLOSED
    )
    started = meeting(starts_at=NOW, ends_at=NOW + timedelta(hours=1))
    assert rules.registration_state(started, confirmed=0, now=NOW) == State.CLOSED
    assert not rules.accepts_registrations(State.CLOSED)


def test_registration_states_of_cancelled_draft_and_open_to_all_meetings():
    cancelled = meeting(status=Meeting.Status.CANCELLED)
    assert rules.registration_state(cancelled, confirmed=0, now=NOW) == State.CANCELLED
    draft = meeting(status=Meeting.Status.DRAFT)
    assert rules.registration_state(draft, confirmed=0, now=NOW) == State.UNPUBLISHED
    open_to_all = meeting(registration_enabled=False)
    assert rules.registration_state(open_to_all, confirmed=0, now=NOW) == State.NOT_NEEDED
    assert not rules.accepts_registrations(State.NOT_NEEDED)


def test_places_left_never_goes_below_zero():
    assert rules.places_left(meeting(capacity=3), confirmed=1) == 2
    assert rules.places_left(meeting(capacity=3), confirmed=5) == 0
    assert rules.places_left(meeting(capacity=None), confirmed=5) is None


# --- schedule, place, publishing, cancelling ----------------------------------------------


def test_a_meeting_ends_after_it_starts_and_registration_closes_before():
    rules.check_schedule(NOW, NOW + timedelta(hours=1), NOW - timedelta(days=1))
    with pytest.raises(ValidationError) as error:
        rules.check_schedule(NOW, NOW, NOW + timedelta(minutes=5))
    assert set(error.value.message_dict) == {"ends_at", "registration_closes_at"}


def test_a_place_has_both_coordinates_inside_morocco():
    rules.check_location(None, None)
    rules.check_location(Decimal("35.19"), Decimal("-6.15"))
    with pytest.raises(ValidationError, match="both"):
        rules.check_location(Decimal("35.19"), None)
    with pytest.raises(ValidationError, match="not in Morocco"):
        rules.check_location(Decimal("48.85"), Decimal("2.35"))  # Paris


@pytest.mark.parametrize(
    "mode, fields, missing",
    [
        (Meeting.Mode.IN_PERSON, {"venue": ""}, {"venue"}),
        (Meeting.Mode.ONLINE, {"venue": ""}, {"online_url"}),
        (Meeting.Mode.HYBRID, {"venue": ""}, {"venue", "online_url"}),
    ],
)
def test_a_published_meeting_says_where(mode, fields, missing):
    with pytest.raises(ValidationError) as error:
        rules.check_publishable(meeting(mode=mode, **fields))
    assert set(error.value.message_dict) == missing
    rules.check_publishable(meeting(mode=mode, venue="Salle", online_url="https://meet.example/x"))
    rules.check_publishable(meeting(mode=Meeting.Mode.IN_PERSON, venue="", address="1 rue X"))


def test_cancelling_takes_a_reason_and_a_meeting_not_over_or_cancelled():
    with pytest.raises(ValidationError, match="reason"):
        rules.check_cancellation(meeting(), "  ", NOW)
    with pytest.raises(ValidationError, match="already cancelled"):
        rules.check_cancellation(meeting(status=Meeting.Status.CANCELLED), "x", NOW)
    over = meeting(starts_at=NOW - timedelta(days=1), ends_at=NOW - timedelta(hours=20))
    with pytest.raises(ValidationError, match="already taken place"):
        rules.check_cancellation(over, "x", NOW)
    rules.check_cancellation(meeting(), "La salle est indisponible.", NOW)


# --- registrants ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, normalised",
    [
        ("0612345678", "0612345678"),
        ("06 12 34 56 78", "0612345678"),
        ("+212 6-12-34-56-78", "0612345678"),
        ("00212539123456", "0539123456"),
        ("0912345678", ""),  # no such Moroccan prefix
        ("12345", ""),
        ("", ""),
    ],
)
def test_phone_numbers_follow_the_moroccan_numbering_plan(typed, normalised):
    assert rules.normalize_phone(typed) == normalised


def test_without_an_account_a_name_and_a_way_to_reach_are_needed():
    anonymous = AnonymousUser()
    rules.check_contact(user=anonymous, name="Amina", email="a@example.ma", phone="")
    rules.check_contact(user=anonymous, name="Amina", email="", phone="0612345678")
    with pytest.raises(ValidationError) as error:
        rules.check_contact(user=anonymous, name=" ", email="", phone="")
    assert set(error.value.message_dict) == {"name", "email"}
    with pytest.raises(ValidationError) as error:
        rules.check_contact(user=anonymous, name="Amina", email="", phone="123")
    assert "phone" in error.value.message_dict


def test_a_signed_in_person_needs_nothing_more():
    class SignedIn:
        is_authenticated = True

    rules.check_contact(user=SignedIn(), name="", email="", phone="")


def test_registrations_change_until_the_meeting_starts():
    assert rules.may_cancel_registration(meeting(), NOW)
    started = meeting(starts_at=NOW - timedelta(minutes=1))
    assert not rules.may_cancel_registration(started, NOW)
    assert not rules.may_cancel_registration(meeting(status=Meeting.Status.CANCELLED), NOW)


# --- attendance, minutes --------------------------------------------------------------------


def test_check_in_opens_two_hours_before_the_start():
    soon = meeting(starts_at=NOW + timedelta(hours=2), ends_at=NOW + timedelta(hours=4))
    rules.check_attendance(soon, NOW)
    later = meeting(starts_at=NOW + timedelta(hours=3), ends_at=NOW + timedelta(hours=4))
    with pytest.raises(ValidationError, match="two hours"):
        rules.check_attendance(later, NOW)
    with pytest.raises(ValidationError, match="published"):
        rules.check_attendance(meeting(status=Meeting.Status.DRAFT), NOW + timedelta(days=7))


def test_a_paper_sheet_is_entered_once_the_meeting_started():
    started = meeting(starts_at=NOW - timedelta(hours=1), ends_at=NOW + timedelta(hours=1))
    rules.check_attendance(started, NOW, from_sheet=True)
    soon = meeting(starts_at=NOW + timedelta(hours=1), ends_at=NOW + timedelta(hours=2))
    with pytest.raises(ValidationError, match="after the meeting starts"):
        rules.check_attendance(soon, NOW, from_sheet=True)


def test_minutes_are_published_written_and_after_the_meeting():
    past = meeting(starts_at=NOW - timedelta(days=1), ends_at=NOW - timedelta(hours=20))
    rules.check_minutes(past, NOW, minutes="Compte rendu", publish=True)
    rules.check_minutes(meeting(), NOW, minutes="", publish=False)  # a draft may wait
    with pytest.raises(ValidationError, match="Write the minutes"):
        rules.check_minutes(past, NOW, minutes=" ", publish=True)
    with pytest.raises(ValidationError, match="taken place"):
        rules.check_minutes(meeting(), NOW, minutes="Compte rendu", publish=True)


# --- recommendations ------------------------------------------------------------------------


def recommendation(status=RStatus.UNDER_STUDY, **fields) -> Recommendation:
    return Recommendation(text="Créer un conseil des jeunes", status=status, **fields)


def test_a_recommendation_moves_along_its_follow_up():
    rules.check_recommendation_step(recommendation(), RStatus.PLANNED, note="", evidence="")
    rules.check_recommendation_step(
        recommendation(RStatus.PLANNED), RStatus.IMPLEMENTED, note="", evidence="Arrêté n° 12"
    )
    rules.check_recommendation_step(
        recommendation(RStatus.IN_PROGRESS), RStatus.IN_PROGRESS, note="Point d'étape", evidence=""
    )
    with pytest.raises(ValidationError, match="cannot go from"):
        rules.check_recommendation_step(
            recommendation(RStatus.IMPLEMENTED), RStatus.PLANNED, note="", evidence=""
        )


def test_not_retaining_says_why_and_implemented_shows_evidence():
    with pytest.raises(ValidationError) as error:
        rules.check_recommendation_step(
            recommendation(), RStatus.NOT_RETAINED, note="", evidence=""
        )
    assert "note" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        rules.check_recommendation_step(
            recommendation(RStatus.IN_PROGRESS), RStatus.IMPLEMENTED, note="", evidence=" "
        )
    assert "evidence" in error.value.message_dict
    # Reconsidered publicly.
    rules.check_recommendation_step(
        recommendation(RStatus.NOT_RETAINED), RStatus.UNDER_STUDY, note="", evidence=""
    )


def test_a_recommendation_is_overdue_past_its_due_date_until_closed():
    today = date(2025, 6, 1)
    assert rules.is_overdue(recommendation(due_date=date(2025, 5, 31)), today)
    assert not rules.is_overdue(recommendation(due_date=today), today)
    assert not rules.is_overdue(recommendation(), today)
    done = recommendation(RStatus.IMPLEMENTED, due_date=date(2025, 1, 1))
    assert not rules.is_overdue(done, today)


def test_contacts_are_kept_for_the_retention_period_after_the_meeting():
    assert rules.purge_cutoff(NOW, 90) == NOW - timedelta(days=90)
