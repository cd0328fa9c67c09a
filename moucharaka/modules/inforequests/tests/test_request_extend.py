"""Art. 16: one extension of 20 working days, with reasons told to the requester before
the first deadline; urgent requests by 3 more days."""

import datetime

import pytest
from django.utils import timezone

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.notifications.models import Notification
from moucharaka.core.workdays.calendar import calendar_for
from moucharaka.modules.inforequests import services
from moucharaka.modules.inforequests.services import InfoRequestError

from .conftest import answer, days_ago, register, submit


def extend(commune, request, officer, **overrides):
    data = {"reason": "volume", "details": "Plusieurs services doivent réunir les pièces."}
    data.update(overrides)
    return services.request_extend(commune=commune, request=request, actor=officer, **data)


def test_it_extends_once_by_twenty_working_days_and_tells_the_requester(
    commune_a, cndp_a, requester, officer
):
    request = submit(commune_a, requester)
    request = extend(commune_a, request, officer)
    calendar = calendar_for(commune_a)
    assert request.due_on == calendar.add_working_days(request.first_due_on, 20)
    assert request.is_extended and request.extension_reason == "volume"
    note = Notification.objects.get(recipient=requester, event="inforequests.extended")
    assert "Plusieurs services" in note.body and "art. 16" in note.body
    assert AuditEntry.objects.for_commune(commune_a).filter(action="inforequest.extend").exists()
    assert request.events.filter(kind="extended").count() == 1
    with pytest.raises(InfoRequestError) as error:
        extend(commune_a, request, officer)
    assert error.value.code == "already_extended"


def test_an_urgent_request_is_extended_by_three_days(commune_a, cndp_a, requester, officer):
    request = submit(
        commune_a, requester, urgent=True, urgency_ground="life", urgency_justification="x"
    )
    request = extend(commune_a, request, officer, reason="third_party")
    assert request.due_on == calendar_for(commune_a).add_working_days(request.first_due_on, 3)


def test_it_is_too_late_after_the_first_deadline(commune_a, cndp_a, officer):
    request = register(commune_a, officer, days_ago(60))
    assert request.first_due_on < timezone.localdate()
    with pytest.raises(InfoRequestError) as error:
        extend(commune_a, request, officer)
    assert error.value.code == "too_late"
    request.refresh_from_db()
    assert not request.is_extended


def test_it_is_still_possible_on_the_day_of_the_first_deadline(commune_a, cndp_a, officer):
    calendar = calendar_for(commune_a)
    received = timezone.localdate() - datetime.timedelta(days=40)
    while calendar.add_working_days(received, 20) < timezone.localdate():
        received += datetime.timedelta(days=1)
    request = register(commune_a, officer, received)
    assert request.first_due_on >= timezone.localdate()
    assert extend(commune_a, request, officer).is_extended


def test_it_needs_a_reason_and_an_explanation(commune_a, cndp_a, requester, officer):
    request = submit(commune_a, requester)
    for overrides in ({"details": "  "}, {"reason": "because"}):
        with pytest.raises(InfoRequestError) as error:
            extend(commune_a, request, officer, **overrides)
        assert error.value.code == "reasons"


def test_an_answered_request_is_not_extended(commune_a, cndp_a, requester, officer):
    request = answer(commune_a, submit(commune_a, requester), officer)
    with pytest.raises(InfoRequestError) as error:
        extend(commune_a, request, officer)
    assert error.value.code == "answered"


def test_only_the_communes_officer_extends(commune_a, cndp_a, requester, president, officer_b):
    request = submit(commune_a, requester)
    for actor in (president, officer_b, requester):
        with pytest.raises(PermissionError):
            extend(commune_a, request, actor)
