"""factory_boy factories shared by the core's and the modules' tests."""

import factory
from django.utils.text import slugify

from moucharaka.core.accounts.models import Association, User
from moucharaka.core.territories.models import Commune, District, Province, Region


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"{90 + n % 10}")
    name_ar = factory.Sequence(lambda n: f"جهة {n}")
    name_fr = factory.Sequence(lambda n: f"Région {n}")


class ProvinceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Province
        django_get_or_create = ("code",)

    region = factory.SubFactory(RegionFactory)
    # Fits max_length=6 however many tests ran before (get_or_create reuses on wrap).
    code = factory.Sequence(lambda n: f"99.{n % 1000:03d}")
    name_ar = factory.Sequence(lambda n: f"إقليم {n}")
    name_fr = factory.Sequence(lambda n: f"Province {n}")


class CommuneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Commune
        django_get_or_create = ("code",)

    province = factory.SubFactory(ProvinceFactory)
    # Fits max_length=12 (PostgreSQL enforces it) for the first 10,000 communes of a run.
    code = factory.Sequence(lambda n: f"99.999.{n // 100 % 100:02d}.{n % 100:02d}")
    name_fr = factory.Sequence(lambda n: f"Commune {n}")
    name_ar = factory.Sequence(lambda n: f"جماعة {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name_fr))
    commune_type = Commune.Type.URBAN
    population_2024 = 50_000
    is_active = True


class DistrictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = District

    commune = factory.SubFactory(CommuneFactory)
    name_ar = factory.Sequence(lambda n: f"حي {n}")
    name_fr = factory.Sequence(lambda n: f"Quartier {n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.ma")
    display_name = factory.Sequence(lambda n: f"مستعمل {n}")
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery")

    @factory.post_generation
    def saved(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class AssociationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Association

    name = factory.Sequence(lambda n: f"جمعية {n}")
    registration_date = factory.Faker("date_between", start_date="-10y", end_date="-4y")
    seat_commune = factory.SubFactory(CommuneFactory)
