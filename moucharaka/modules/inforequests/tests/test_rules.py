"""Every rule of rules.py over the real Moroccan calendar (law 31.13, arts. 7, 10, 16–20).

Expected dates were counted by hand; the day of receipt is never counted (art. 16)."""

import datetime

import pytest

from moucharaka.core.workdays.calendar import WorkingCalendar
from moucharaka.core.workdays.models import CalendarDay
from moucharaka.modules.inforequests import rules

D = datetime.date


@pytest.fixture
def calendar():
    return WorkingCalendar(language="fr")


# --- Art. 16: 20 working days, one extension of 20 ------------------------------------


def test_the_answer_deadline_spans_throne_day_and_the_august_holidays(calendar):
    # Wed 23 July 2025 → Tue 26 August 2025 (30 July, 14, 20 and 21 August skipped).
    assert rules.first_due_on(calendar, D(2025, 7, 23), urgent=False) == D(2025, 8, 26)


def test_the_extension_adds_twenty_working_days_after_the_first_deadline(calendar):
    """From Tue 26 August 2025: the Prophet's Birthday is estimated on Thu 4 and Fri 5
    September, so the 20th working day is Thursday 25 September (not Tuesday 23)."""
    assert rules.extended_due_on(calendar, D(2025, 8, 26), urgent=False) == D(2025, 9, 25)


def test_the_answer_deadline_spans_eid_al_fitr(calendar):
    # Fri 5 April 2024 → Wed 8 May 2024 (Eid 10–11 April and 1 May skipped).
    assert rules.first_due_on(calendar, D(2024, 4, 5), urgent=False) == D(2024, 5, 8)


def test_a_weekend_receipt_counts_from_the_next_working_day(calendar):
    assert rules.first_due_on(calendar, D(2025, 2, 1), urgent=False) == D(2025, 2, 28)


def test_a_commune_may_answer_sooner_never_later(settings):
    assert rules.effective_answer_days(None) == 20
    assert rules.effective_answer_days(10) == 10
    assert rules.effective_answer_days(30) == 20
    assert rules.effective_answer_days(0) == 20
    settings.INFOREQUESTS_ANSWER_WORKING_DAYS = 15
    assert rules.legal_answer_days() == 15


def test_a_communes_shorter_commitment_counts_in_working_days(calendar):
    assert rules.first_due_on(calendar, D(2025, 7, 23), urgent=False, answer_days=5) == D(
        2025, 7, 31
    )


@pytest.mark.parametrize(
    "pending, extended, first_due, today, expected",
    [
        (True, False, D(2025, 8, 26), D(2025, 8, 26), None),  # on the last day: still in time
        (True, False, D(2025, 8, 26), D(2025, 8, 27), "too_late"),
        (True, True, D(2025, 8, 26), D(2025, 8, 20), "already_extended"),
        (False, False, D(2025, 8, 26), D(2025, 8, 20), "answered"),
    ],
)
def test_the_extension_is_once_and_before_the_first_deadline(
    pending, extended, first_due, today, expected
):
    assert (
        rules.extension_refused_because(
            pending=pending, extended=extended, first_due=first_due, today=today
        )
        == expected
    )


# --- Art. 17: the urgent track ---------------------------------------------------------


def test_the_urgent_track_counts_three_working_days_across_throne_day(calendar):
    # Mon 28 July 2025: Tue 29 (1), Throne Day, Thu 31 (2), Fri 1 August (3).
    assert rules.first_due_on(calendar, D(2025, 7, 28), urgent=True) == D(2025, 8, 1)
    # Thu 24 July: Fri 25, Mon 28, Tue 29.
    assert rules.first_due_on(calendar, D(2025, 7, 24), urgent=True) == D(2025, 7, 29)


def test_the_urgent_track_in_calendar_days_is_carried_past_closed_days(calendar, settings):
    settings.INFOREQUESTS_URGENT_CALENDAR_DAYS = True
    assert rules.first_due_on(calendar, D(2025, 7, 28), urgent=True) == D(2025, 7, 31)
    # Thu 24 July + 3 days = Sunday 27: carried to Monday 28.
    assert rules.first_due_on(calendar, D(2025, 7, 24), urgent=True) == D(2025, 7, 28)


def test_an_urgent_extension_adds_three_more_days(calendar):
    # From Fri 1 August 2025: Mon 4, Tue 5, Wed 6.
    assert rules.extended_due_on(calendar, D(2025, 8, 1), urgent=True) == D(2025, 8, 6)


def test_a_local_closure_moves_the_urgent_deadline():
    closed = WorkingCalendar([CalendarDay(day=D(2025, 7, 25), kind="closure", reason="x")])
    assert rules.first_due_on(closed, D(2025, 7, 24), urgent=True) == D(2025, 7, 31)


# --- Overdue, in time, reminders --------------------------------------------------------


def test_a_request_is_overdue_the_day_after_its_deadline():
    due = D(2025, 8, 26)
    assert not rules.is_overdue(due_on=due, responded=False, today=due)
    assert rules.is_overdue(due_on=due, responded=False, today=D(2025, 8, 27))
    assert not rules.is_overdue(due_on=due, responded=True, today=D(2025, 9, 30))


def test_a_response_on_the_deadline_is_in_time():
    due = D(2025, 8, 26)
    assert rules.answered_in_time(due_on=due, responded_on=due)
    assert not rules.answered_in_time(due_on=due, responded_on=D(2025, 8, 27))
    assert not rules.answered_in_time(due_on=due, responded_on=None)


def test_the_reminder_comes_five_working_days_before_the_deadline(calendar):
    due = D(2025, 8, 26)
    # Tue 19 August: Fri 22, Mon 25, Tue 26 → 3 working days left (20–21 are holidays).
    assert rules.reminder_due(calendar, due_on=due, today=D(2025, 8, 19), urgent=False)
    # Mon 18 August: 4 left. Tue 12 August: Wed 13, Fri 15, Mon 18, Tue 19, Fri 22, Mon 25,
    # Tue 26 → 7 left, too early.
    assert rules.reminder_due(calendar, due_on=due, today=D(2025, 8, 18), urgent=False)
    assert not rules.reminder_due(calendar, due_on=due, today=D(2025, 8, 12), urgent=False)
    assert not rules.reminder_due(calendar, due_on=due, today=D(2025, 8, 27), urgent=False)


def test_an_urgent_reminder_comes_the_working_day_before(calendar):
    due = D(2025, 8, 1)
    assert rules.reminder_due(calendar, due_on=due, today=D(2025, 7, 31), urgent=True)
    assert not rules.reminder_due(calendar, due_on=due, today=D(2025, 7, 29), urgent=True)


# --- Art. 18: refusals -------------------------------------------------------------------


def test_a_refusal_is_written_and_reasoned():
    assert rules.refusal_problems(grounds=["unclear"], details="Précisez.", published=False) == []
    assert rules.refusal_problems(grounds=[], details="x", published=False) == ["grounds"]
    assert rules.refusal_problems(grounds=["nonsense"], details="x", published=False) == ["grounds"]
    assert rules.refusal_problems(grounds=["unclear"], details="  ", published=False) == ["details"]


def test_already_published_must_say_where():
    assert rules.refusal_problems(grounds=["published"], details="x", published=False) == [
        "published"
    ]
    assert rules.refusal_problems(grounds=["published"], details="x", published=True) == []


# --- Arts. 19–20: complaints -------------------------------------------------------------


def test_the_complaint_window_after_an_unanswered_deadline(calendar):
    """Deadline Tue 26 August 2025, no answer: the requester may complain from Wed 27
    August until the 20th working day after the deadline, Thu 25 September."""
    window = rules.complaint_window(calendar, due_on=D(2025, 8, 26), responded_on=None)
    assert (window.opens_on, window.closes_on) == (D(2025, 8, 27), D(2025, 9, 25))
    assert not window.contains(D(2025, 8, 26))
    assert window.contains(D(2025, 9, 25))
    assert not window.contains(D(2025, 9, 26))


def test_the_complaint_window_after_a_response(calendar):
    # Answered Mon 28 July 2025: 20 working days → Fri 29 August (Throne Day and the
    # August holidays skipped).
    window = rules.complaint_window(calendar, due_on=D(2025, 8, 26), responded_on=D(2025, 7, 28))
    assert (window.opens_on, window.closes_on) == (D(2025, 7, 28), D(2025, 8, 29))


def test_the_heads_deadline_is_fifteen_days_carried_to_a_working_day(calendar):
    # Filed Fri 17 October 2025: + 15 days = Sat 1 November → Mon 3 November.
    assert rules.head_due_on(calendar, D(2025, 10, 17)) == D(2025, 11, 3)
    # Filed Wed 22 October: + 15 = Thu 6 November, the Green March: → Fri 7 November.
    assert rules.head_due_on(calendar, D(2025, 10, 22)) == D(2025, 11, 7)


def test_the_cdai_window(calendar):
    answered = rules.cdai_window(
        calendar, head_due_on=D(2025, 11, 3), head_answered_on=D(2025, 10, 30)
    )
    assert (answered.opens_on, answered.closes_on) == (D(2025, 10, 30), D(2025, 12, 1))
    silent = rules.cdai_window(calendar, head_due_on=D(2025, 11, 3), head_answered_on=None)
    assert (silent.opens_on, silent.closes_on) == (D(2025, 11, 4), D(2025, 12, 3))


# --- Art. 7 and law 09-08: publication without personal data ------------------------


@pytest.mark.parametrize(
    "text, found",
    [
        ("Le budget 2025 est de 12 000 000 dirhams, chapitre 10.", []),
        ("Demandé par AB123456.", ["cnie"]),
        ("Demandé par AB 123456.", ["cnie"]),
        ("Publié en 2025 et de 2024 à 2026.", []),
        ("جواب السيدة فاطمة العلوي", []),
        ("جواب إلى سلمى  بناني حول الميزانية", ["name"]),
        ("Écrire à salma@example.ma", ["email"]),
        ("Appeler le 06 12 34 56 78", ["phone"]),
        ("Appeler le +212612345678", ["phone"]),
        ("Réponse à Salma  Bennani sur le budget", ["name"]),
        ("قرار رقم 2025/14 بتاريخ 12 مارس", []),
    ],
)
def test_it_finds_personal_data_before_publication(text, found):
    assert rules.personal_data_found(text, names=["Salma Bennani", "سلمى بناني"]) == found
