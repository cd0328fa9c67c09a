"""Factories of the suggestions module. `SuggestionFactory` writes rows directly (for
lists and query counts); tests of behaviour go through the services."""

import factory

from moucharaka.core.testing.factories import CommuneFactory, UserFactory
from moucharaka.modules.suggestions.models import Category, Service, Suggestion


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    commune = factory.SubFactory(CommuneFactory)
    name_ar = factory.Sequence(lambda n: f"فئة {n}")
    name_fr = factory.Sequence(lambda n: f"Catégorie {n}")


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Service

    commune = factory.SubFactory(CommuneFactory)
    name_ar = factory.Sequence(lambda n: f"مصلحة {n}")
    name_fr = factory.Sequence(lambda n: f"Service {n}")


class SuggestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Suggestion

    commune = factory.SubFactory(CommuneFactory)
    title = factory.Sequence(lambda n: f"اقتراح رقم {n}")
    body = "نص الاقتراح."
    author = factory.SubFactory(UserFactory)
    category = factory.LazyAttribute(lambda o: CategoryFactory(commune=o.commune))
    language = "ar"
