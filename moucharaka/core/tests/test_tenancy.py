"""Row-level tenancy (DESIGN §5): an unscoped query of a tenant model fails loudly."""

import asyncio
from datetime import UTC, datetime

import pytest
from django.db.models import Count
from django.http import Http404

from moucharaka.core.accounts.models import User
from moucharaka.core.ledger.models import Participation
from moucharaka.core.ledger.services import participation_record
from moucharaka.core.registry.models import ModuleInstance
from moucharaka.core.tenancy import UnscopedTenantQuery, get_for_commune_or_404

WHEN = datetime(2025, 5, 1, 10, tzinfo=UTC)


@pytest.fixture
def rows(commune_a, commune_b, citizen):
    """Three acts in A, two in B."""
    a = [
        participation_record(commune=commune_a, kind="k1", module="m", occurred_at=WHEN),
        participation_record(commune=commune_a, kind="k2", module="m", occurred_at=WHEN),
        participation_record(
            commune=commune_a, kind="k1", module="m", occurred_at=WHEN, person=citizen
        ),
    ]
    b = [
        participation_record(commune=commune_b, kind="k1", module="m", occurred_at=WHEN),
        participation_record(
            commune=commune_b, kind="k2", module="m", occurred_at=WHEN, person=citizen
        ),
    ]
    return a, b


UNSCOPED_EVALUATIONS = {
    "all": lambda: list(Participation.objects.all()),
    "filter": lambda: list(Participation.objects.filter(kind="k1")),
    "exclude": lambda: list(Participation.objects.exclude(kind="k1")),
    "iteration": lambda: [row for row in Participation.objects.all()],
    "len": lambda: len(Participation.objects.all()),
    "bool": lambda: bool(Participation.objects.filter(kind="k1")),
    "index": lambda: Participation.objects.order_by("pk")[0],
    "count": lambda: Participation.objects.count(),
    "filter.count": lambda: Participation.objects.filter(kind="k1").count(),
    "exists": lambda: Participation.objects.exists(),
    "get": lambda: Participation.objects.get(kind="k2"),
    "first": lambda: Participation.objects.first(),
    "values_list": lambda: list(Participation.objects.values_list("kind", flat=True)),
    "aggregate": lambda: Participation.objects.aggregate(n=Count("id")),
    "annotate": lambda: list(Participation.objects.values("kind").annotate(n=Count("id"))),
    "iterator": lambda: list(Participation.objects.iterator()),
    "in_bulk": lambda: Participation.objects.in_bulk(),
    "update": lambda: Participation.objects.update(kind="x"),
    "filter.update": lambda: Participation.objects.filter(kind="k1").update(kind="x"),
    "delete": lambda: Participation.objects.all().delete(),
    "filter.delete": lambda: Participation.objects.filter(kind="k1").delete(),
    "subquery": lambda: list(User.objects.filter(pk__in=Participation.objects.values("person_id"))),
}


@pytest.mark.parametrize("evaluate", UNSCOPED_EVALUATIONS.values(), ids=UNSCOPED_EVALUATIONS)
def test_unscoped_evaluation_raises(rows, evaluate):
    with pytest.raises(UnscopedTenantQuery, match="Participation query without a commune"):
        evaluate()
    # Nothing was changed on the way.
    assert Participation.unscoped.count() == 5
    assert set(Participation.unscoped.values_list("kind", flat=True)) == {"k1", "k2"}


def test_async_iteration_unscoped_raises(rows):
    async def collect():
        return [row async for row in Participation.objects.all()]

    with pytest.raises(UnscopedTenantQuery):
        asyncio.run(collect())


def test_building_a_query_is_free_only_running_it_is_checked(rows):
    qs = Participation.objects.filter(kind="k1").order_by("-occurred_at")
    assert "WHERE" in str(qs.query)  # no error until evaluation


def test_for_commune_returns_only_that_communes_rows(rows, commune_a, commune_b):
    a, b = rows
    assert set(Participation.objects.for_commune(commune_a)) == set(a)
    assert set(Participation.objects.for_commune(commune_b)) == set(b)
    assert Participation.objects.for_commune(commune_a).count() == 3
    assert Participation.objects.for_commune(commune_b).filter(pk=a[0].pk).exists() is False


def test_for_communes_and_across_communes(rows, commune_a, commune_b):
    a, b = rows
    both = Participation.objects.for_communes([commune_a, commune_b])
    assert set(both) == set(a + b)
    assert set(Participation.objects.for_communes([commune_b])) == set(b)
    assert set(Participation.objects.across_communes()) == set(a + b)
    assert Participation.objects.for_communes([]).count() == 0


def test_chaining_after_scoping_keeps_the_scope(rows, commune_a):
    a, _ = rows
    qs = (
        Participation.objects.for_commune(commune_a)
        .filter(module="m")
        .exclude(kind="k2")
        .order_by("pk")
        .select_related("person")
        .all()
    )
    assert list(qs) == [a[0], a[2]]
    assert qs.count() == 2
    assert list(qs.values_list("kind", flat=True)) == ["k1", "k1"]
    assert qs.filter(person__isnull=False).get() == a[2]
    assert qs.aggregate(n=Count("id")) == {"n": 2}
    assert list(qs.iterator()) == [a[0], a[2]]
    # Scoping after filtering works the same.
    assert Participation.objects.filter(kind="k2").for_commune(commune_a).get() == a[1]


def test_scoped_subquery_is_allowed(rows, commune_a, commune_b, citizen):
    persons = Participation.objects.for_commune(commune_a).values("person_id")
    assert list(User.objects.filter(pk__in=persons)) == [citizen]


def test_scoped_update_and_delete_touch_only_that_commune(commune_a, commune_b):
    ModuleInstance.unscoped.create(commune=commune_a, key="petitions")
    ModuleInstance.unscoped.create(commune=commune_b, key="petitions")
    assert ModuleInstance.objects.for_commune(commune_a).update(weight=5) == 1
    assert ModuleInstance.unscoped.get(commune=commune_b).weight == 100
    ModuleInstance.objects.for_commune(commune_a).delete()
    assert list(ModuleInstance.unscoped.values_list("commune", flat=True)) == [commune_b.pk]


def test_combining_cannot_widen_the_scope(rows, commune_a, commune_b):
    a, b = rows
    scoped_a = Participation.objects.for_commune(commune_a)
    scoped_b = Participation.objects.for_commune(commune_b)
    unscoped = Participation.objects.filter(kind="k2")

    with pytest.raises(UnscopedTenantQuery):
        list(scoped_a | unscoped)
    with pytest.raises(UnscopedTenantQuery):
        list(unscoped | scoped_a)
    with pytest.raises(UnscopedTenantQuery):
        list(scoped_a ^ unscoped)
    with pytest.raises(UnscopedTenantQuery):
        list(scoped_a.union(unscoped))
    with pytest.raises(UnscopedTenantQuery):
        list(scoped_a[:1] | unscoped)  # sliced: Django falls back to the base manager

    assert set(scoped_a | scoped_b) == set(a + b)
    assert set(scoped_a & unscoped) == {a[1]}  # narrowing a scoped query is fine
    assert set(unscoped & scoped_a) == {a[1]}
    assert len(scoped_a.union(scoped_b)) == 5
    assert set(scoped_a.values_list("pk", flat=True).difference(unscoped.values("pk"))) == {
        a[0].pk,
        a[2].pk,
    }
    assert list(Participation.objects.none()) == []  # empty: nothing to leak
    assert set(scoped_a | unscoped.none()) == set(a)
    with pytest.raises(UnscopedTenantQuery):
        list(scoped_a.none() | unscoped)


def test_default_manager_is_the_plain_one():
    """Django internals and the Wagtail admin use the default manager unscoped."""
    assert Participation._default_manager is Participation.unscoped
    assert ModuleInstance._default_manager is ModuleInstance.unscoped


def test_get_for_commune_or_404(rows, commune_a, commune_b):
    a, b = rows
    assert get_for_commune_or_404(Participation, commune_a, pk=a[0].pk) == a[0]
    with pytest.raises(Http404):
        get_for_commune_or_404(Participation, commune_a, pk=b[0].pk)
    with pytest.raises(Http404):
        get_for_commune_or_404(Participation, commune_b, pk=a[0].pk)
    with pytest.raises(Http404):
        get_for_commune_or_404(Participation, commune_a, pk="not-a-number")
    with pytest.raises(Http404):
        get_for_commune_or_404(Participation, commune_a, pk=10**9)
