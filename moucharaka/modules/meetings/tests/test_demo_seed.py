"""The demo seeder: the Larache workshop of 7 December 2023 (seed 000) with its agenda,
minutes, recommendations and attendance; an upcoming meeting per commune; idempotent."""

from datetime import date
from io import StringIO

from django.utils import timezone

from moucharaka.core.demo import content
from moucharaka.core.ledger.models import Participation
from moucharaka.core.testing.factories import CommuneFactory, DistrictFactory
from moucharaka.modules.meetings import demo
from moucharaka.modules.meetings.models import Meeting, Recommendation, Registration
from moucharaka.modules.meetings.selectors import attendance_summary


def snapshot(commune):
    return (
        Meeting.objects.for_commune(commune).count(),
        Recommendation.objects.for_commune(commune).count(),
        Registration.objects.for_commune(commune).count(),
        Participation.objects.for_commune(commune).count(),
    )


def test_it_seeds_the_larache_workshop_and_is_idempotent(db):
    larache = CommuneFactory(slug="larache", name_fr="Larache", name_ar="العرائش")
    for item in content.DISTRICTS["larache"]:
        DistrictFactory(commune=larache, **item)

    demo.seed(commune=larache, stdout=StringIO())
    first = snapshot(larache)
    demo.seed(commune=larache, stdout=StringIO())
    assert snapshot(larache) == first

    workshop = Meeting.objects.for_commune(larache).get(kind=Meeting.Kind.WORKSHOP)
    assert workshop.title.startswith("ورشة تشاورية مع جمعيات المجتمع المدني")
    assert timezone.localtime(workshop.starts_at).date() == date(2023, 12, 7)
    agenda = list(workshop.agenda_items.values_list("title", flat=True))
    assert agenda == [item["ar"] for item in content.LARACHE_WORKSHOP_AGENDA]
    assert len(agenda) == 5 and agenda[-1] == "خلاصات عامة"
    assert workshop.is_published and workshop.minutes_published
    statuses = set(workshop.recommendations.values_list("status", flat=True))
    assert Recommendation.Status.IMPLEMENTED in statuses and len(statuses) >= 3
    summary = attendance_summary(workshop)
    assert summary.total == 24 and not summary.published_total.suppressed

    upcoming = Meeting.objects.for_commune(larache).get(kind=Meeting.Kind.RESULTS)
    assert upcoming.is_published and upcoming.starts_at > timezone.now()
    assert upcoming.agenda_items.count() == 3 and upcoming.is_located
    assert Registration.objects.for_commune(larache).filter(meeting=upcoming).count() == 1


def test_every_demo_commune_gets_an_upcoming_meeting(commune_b):
    demo.seed(commune=commune_b, stdout=StringIO())
    [meeting] = Meeting.objects.for_commune(commune_b)
    assert meeting.kind == Meeting.Kind.RESULTS and meeting.ends_at > timezone.now()
    assert not meeting.is_located
