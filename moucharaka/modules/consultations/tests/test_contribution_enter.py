"""Contributions gathered offline (services.contribution_enter): e.g. the consultative
workshop with the associations of Larache on 7 December 2023 (seed 000), entered by
staff with their channel, place and date; audited; in the ledger without anyone's
account but with what the sheet says."""

from datetime import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.ledger.models import Participation
from moucharaka.core.testing.factories import DistrictFactory
from moucharaka.modules.consultations import services

from .conftest import close, make_consultation, paragraph

pytestmark = pytest.mark.usefixtures("module_on")

WORKSHOP = "ورشة تشاورية مع جمعيات المجتمع المدني — العرائش"
DECEMBER_7 = timezone.make_aware(datetime(2023, 12, 7, 10))


def enter(consultation, actor, **extra):
    return services.contribution_enter(
        commune=consultation.commune,
        consultation=consultation,
        actor=actor,
        **{
            "body": "المشاركون يطالبون بإدماج الفئات البعيدة عن المشاركة.",
            "stance": "comment",
            "channel": "in_person",
            "source": WORKSHOP,
            "occurred_at": DECEMBER_7,
            **extra,
        },
    )


def test_a_workshop_contribution_keeps_its_channel_place_and_date(commune_a, officer, open_a):
    district = DistrictFactory(commune=commune_a)
    contribution = enter(
        open_a,
        officer,
        paragraph=paragraph(open_a, 1, 1),
        stance="agree",
        demographics={"gender": "female", "age_band": "18_29", "district": district},
    )
    comment = contribution.comment
    assert comment.author is None and comment.created_at == DECEMBER_7
    assert (contribution.channel, contribution.source, contribution.entered_by) == (
        "in_person",
        WORKSHOP,
        officer,
    )
    act = Participation.objects.for_commune(commune_a).get()
    assert (act.kind, act.channel, act.person, act.occurred_at) == (
        "consultation_comment",
        "in_person",
        None,
        DECEMBER_7,
    )
    assert (act.gender, act.age_band, act.district) == ("female", "18_29", district)
    assert (
        AuditEntry.objects.for_commune(commune_a)
        .filter(action="consultation.contribution_enter")
        .exists()
    )


def test_it_is_entered_while_the_consultation_runs_or_is_analysed(commune_a, officer, open_a):
    enter(open_a, officer)
    close(open_a)
    enter(open_a, officer, channel="paper")
    for phase in ("announced", "results"):
        with pytest.raises(ValidationError):
            enter(make_consultation(commune_a, officer, phase=phase), officer)


def test_it_needs_an_offline_channel_and_a_past_date(officer, open_a):
    with pytest.raises(ValidationError):
        enter(open_a, officer, channel="online")
    with pytest.raises(ValidationError):
        enter(open_a, officer, occurred_at=timezone.now() + timezone.timedelta(days=2))
