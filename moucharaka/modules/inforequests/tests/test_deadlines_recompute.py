"""A change of the commune's calendar (core.workdays) moves the running deadlines: the
administrator records a closure or an Islamic holiday's real date, the requests still
waiting for an answer get their new deadline on their timeline."""

import datetime

from django.utils import timezone

from moucharaka.core.workdays import services as calendar_services
from moucharaka.core.workdays.calendar import calendar_for
from moucharaka.modules.inforequests import services

from .conftest import answer, register, submit

D = datetime.date


def test_a_new_closure_moves_a_pending_deadline_and_back(commune_a, cndp_a, requester, owner):
    request = submit(commune_a, requester)
    before = request.due_on
    closed_day = calendar_for(commune_a).add_working_days(request.received_on, 2)
    entry = calendar_services.calendar_day_record(
        commune=commune_a, actor=owner, day=closed_day, kind="closure", reason="Moussem"
    )
    request.refresh_from_db()
    assert request.due_on == calendar_for(commune_a).add_working_days(before, 1)
    assert request.first_due_on == request.due_on
    assert request.events.filter(kind="recalculated").count() == 1
    calendar_services.calendar_day_delete(entry=entry, actor=owner)
    request.refresh_from_db()
    assert request.due_on == before


def test_an_announced_eid_date_moves_a_deadline_over_the_real_calendar(
    commune_a, cndp_a, officer, owner
):
    """Received Tue 18 March 2025: due 16 April with the estimated Eid al-Fitr (30–31
    March); once the commune records Tuesday 1 April as the observed second day, due 17
    April."""
    request = register(commune_a, officer, D(2025, 3, 18))
    assert request.due_on == D(2025, 4, 16)
    calendar_services.calendar_day_record(
        commune=commune_a, actor=owner, day=D(2025, 4, 1), kind="holiday", reason="Eid al-Fitr"
    )
    request.refresh_from_db()
    assert request.due_on == D(2025, 4, 17)


def test_answered_requests_and_other_communes_keep_their_deadlines(
    commune_a, commune_b, cndp_a, cndp_b, requester, officer, owner
):
    answered = answer(commune_a, submit(commune_a, requester), officer)
    elsewhere = submit(commune_b, requester)
    day = calendar_for(None).add_working_days(timezone.localdate(), 2)
    calendar_services.calendar_day_record(
        commune=commune_a, actor=owner, day=day, kind="closure", reason="x"
    )
    due = (answered.due_on, elsewhere.due_on)
    answered.refresh_from_db()
    elsewhere.refresh_from_db()
    assert (answered.due_on, elsewhere.due_on) == due


def test_a_complaints_deadline_moves_too(commune_a, cndp_a, officer, owner):
    request = register(commune_a, officer, D(2025, 7, 23))
    complaint = services.complaint_file(
        commune=commune_a,
        request=request,
        text="x",
        actor=officer,
        channel="desk",
        filed_on=D(2025, 9, 1),
    )
    assert complaint.due_on == D(2025, 9, 16)
    calendar_services.calendar_day_record(
        commune=commune_a, actor=owner, day=D(2025, 9, 16), kind="closure", reason="x"
    )
    complaint.refresh_from_db()
    assert complaint.due_on == D(2025, 9, 17)
