"""Factories of the action programme. They write rows directly (for lists, roll-ups and
query counts); tests of behaviour go through the services."""

import factory

from moucharaka.core.testing.factories import CommuneFactory
from moucharaka.modules.actionplan.models import (
    Axis,
    BudgetLine,
    Category,
    Milestone,
    Programme,
    Project,
    ProjectLocation,
)


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme

    commune = factory.SubFactory(CommuneFactory)
    title_ar = "برنامج عمل الجماعة"
    title_fr = "Programme d'action communal"
    start_year = 2022
    end_year = 2027
    status = Programme.Status.ADOPTED
    adopted_on = factory.Faker("date_between", start_date="-4y", end_date="-3y")
    is_published = True


class AxisFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Axis

    programme = factory.SubFactory(ProgrammeFactory)
    commune = factory.LazyAttribute(lambda o: o.programme.commune)
    code = factory.Sequence(lambda n: str(n + 1))
    name_ar = factory.Sequence(lambda n: f"محور {n}")
    name_fr = factory.Sequence(lambda n: f"Axe {n}")
    sort_order = factory.Sequence(lambda n: n)


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    commune = factory.SubFactory(CommuneFactory)
    name_ar = factory.Sequence(lambda n: f"مجال {n}")
    name_fr = factory.Sequence(lambda n: f"Domaine {n}")


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project
        skip_postgeneration_save = True

    axis = factory.SubFactory(AxisFactory)
    programme = factory.LazyAttribute(lambda o: o.axis.programme)
    commune = factory.LazyAttribute(lambda o: o.axis.commune)
    code = factory.Sequence(lambda n: f"P{n}")
    title = factory.Sequence(lambda n: f"مشروع رقم {n}")
    status = Project.Status.IN_PROGRESS


class BudgetLineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BudgetLine

    project = factory.SubFactory(ProjectFactory)
    commune = factory.LazyAttribute(lambda o: o.project.commune)
    year = 2023
    planned = 0
    committed = 0
    spent = 0


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    project = factory.SubFactory(ProjectFactory)
    commune = factory.LazyAttribute(lambda o: o.project.commune)
    title = factory.Sequence(lambda n: f"مرحلة {n}")
    weight = 1


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProjectLocation

    project = factory.SubFactory(ProjectFactory)
    commune = factory.LazyAttribute(lambda o: o.project.commune)
    latitude = "32.339400"
    longitude = "-6.360800"
