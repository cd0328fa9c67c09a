"""factory_boy factories of the meetings tests (published meetings by default)."""

from datetime import timedelta

import factory
from django.utils import timezone

from moucharaka.core.testing.factories import CommuneFactory
from moucharaka.modules.meetings.models import (
    AgendaItem,
    Meeting,
    Recommendation,
    RecommendationUpdate,
)


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    commune = factory.SubFactory(CommuneFactory)
    kind = Meeting.Kind.WORKSHOP
    title = factory.Sequence(lambda n: f"لقاء تشاوري {n}")
    starts_at = factory.LazyFunction(
        lambda: (timezone.now() + timedelta(days=10)).replace(microsecond=0)
    )
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=2))
    venue = "قاعة الاجتماعات"
    status = Meeting.Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    commune = factory.SelfAttribute("meeting.commune")
    title = factory.Sequence(lambda n: f"نقطة {n}")


class RecommendationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Recommendation
        skip_postgeneration_save = True

    meeting = factory.SubFactory(MeetingFactory)
    commune = factory.SelfAttribute("meeting.commune")
    text = factory.Sequence(lambda n: f"توصية {n}")

    @factory.post_generation
    def history(obj, create, extracted, **kwargs):
        if create:
            RecommendationUpdate.unscoped.create(
                commune=obj.commune, recommendation=obj, status=obj.status
            )
