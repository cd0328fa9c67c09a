"""Art. 19: the complaint to the head of the commune, within 20 working days of the
deadline's expiry or of the response; the head's own deadline of 15 days."""

import datetime

import pytest
from django.utils import timezone

from moucharaka.core.notifications.models import Notification
from moucharaka.core.workdays.calendar import calendar_for
from moucharaka.modules.inforequests import rules, services
from moucharaka.modules.inforequests.services import InfoRequestError

from .conftest import answer, days_ago, register, submit


def complain(commune, request, **kwargs):
    return services.complaint_file(
        commune=commune, request=request, text="Je n'ai rien reçu.", **kwargs
    )


def test_it_files_a_complaint_after_an_unanswered_deadline(commune_a, cndp_a, officer, president):
    request = register(commune_a, officer, days_ago(35))
    today = timezone.localdate()
    assert request.due_on < today
    complaint = complain(commune_a, request)
    assert complaint.filed_on == today and complaint.channel == "online"
    assert complaint.due_on == rules.head_due_on(calendar_for(commune_a), today)
    recipients = set(
        Notification.objects.filter(event="inforequests.complaint").values_list(
            "recipient", flat=True
        )
    )
    assert {officer.pk, president.pk} <= recipients
    assert request.events.filter(kind="complaint").exists()


def test_it_files_a_complaint_about_a_response(commune_a, cndp_a, requester, officer):
    request = answer(
        commune_a,
        submit(commune_a, requester),
        officer,
        outcome="refused",
        grounds=["unclear"],
        details="x",
    )
    complaint = complain(commune_a, request)
    assert Notification.objects.filter(recipient=requester, event="inforequests.complaint")
    assert complaint.request_id == request.pk


def test_it_is_too_early_while_the_commune_may_still_answer(commune_a, cndp_a, requester):
    request = submit(commune_a, requester)
    with pytest.raises(InfoRequestError) as error:
        complain(commune_a, request)
    assert error.value.code == "too_early"


def test_it_is_too_late_after_twenty_working_days(commune_a, cndp_a, officer):
    """Received 23 July 2025, due 26 August, unanswered: the window closed on
    25 September 2025."""
    request = register(commune_a, officer, datetime.date(2025, 7, 23))
    with pytest.raises(InfoRequestError) as error:
        complain(commune_a, request)
    assert error.value.code == "too_late"
    assert "Sept. 25, 2025" in str(error.value.message)


def test_a_response_reopens_the_window(commune_a, cndp_a, officer):
    request = register(commune_a, officer, datetime.date(2025, 7, 23))
    request = answer(commune_a, request, officer)  # late, but today
    assert complain(commune_a, request).filed_on == timezone.localdate()


def test_one_complaint_per_request(commune_a, cndp_a, officer):
    request = register(commune_a, officer, days_ago(35))
    complain(commune_a, request)
    with pytest.raises(InfoRequestError) as error:
        complain(commune_a, request)
    assert error.value.code == "exists"


def test_staff_enter_a_complaint_received_on_paper(commune_a, cndp_a, officer, requester):
    request = register(commune_a, officer, days_ago(35))
    complaint = complain(
        commune_a, request, actor=officer, channel="post", filed_on=timezone.localdate()
    )
    assert (complaint.entered_by, complaint.channel) == (officer, "post")
    with pytest.raises(PermissionError):
        complain(commune_a, register(commune_a, officer, days_ago(35)), actor=requester)


def test_a_complaint_says_something(commune_a, cndp_a, officer):
    request = register(commune_a, officer, days_ago(35))
    with pytest.raises(InfoRequestError) as error:
        services.complaint_file(commune=commune_a, request=request, text=" ")
    assert error.value.code == "text"
