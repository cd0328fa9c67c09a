import datetime

from moucharaka.core.notifications.models import Notification
from moucharaka.modules.petitions import services

from .conftest import make_deposited


def test_it_reminds_the_officer_and_the_president_once(
    settings, commune_a, cndp_a, mandatary, officer, president, owner
):
    settings.PETITIONS_REMINDER_DAYS = [30, 7]
    petition = make_deposited(commune_a, mandatary)
    deadline = petition.decision_deadline
    assert services.petition_deadline_reminders(today=deadline - datetime.timedelta(days=31)) == 0
    assert services.petition_deadline_reminders(today=deadline - datetime.timedelta(days=30)) == 1
    assert services.petition_deadline_reminders(today=deadline - datetime.timedelta(days=30)) == 0
    reminded = set(
        Notification.objects.filter(event="petitions.deadline").values_list(
            "recipient__email", flat=True
        )
    )
    assert reminded == {officer.email, president.email}
    assert services.petition_deadline_reminders(today=deadline - datetime.timedelta(days=7)) == 1


def test_it_does_not_remind_once_the_bureau_decided(
    settings, commune_a, cndp_a, mandatary, officer
):
    settings.PETITIONS_REMINDER_DAYS = [7]
    petition = make_deposited(commune_a, mandatary)
    services.petition_bureau_decide(
        commune=commune_a, petition=petition, actor=officer, admissible=True
    )
    today = petition.decision_deadline - datetime.timedelta(days=7)
    assert services.petition_deadline_reminders(today=today) == 0
