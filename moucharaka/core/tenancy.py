"""Row-level tenancy: the commune is the tenant (DESIGN §5).

Every tenant-owned model inherits `TenantModel`. Its `objects` manager refuses to run a
query that was not scoped with `.for_commune()`, `.for_communes()` or, deliberately,
`.across_communes()` (supervisors, platform-wide jobs). Forgetting the filter therefore
fails loudly instead of leaking another commune's rows. The check also covers use as a
subquery (`filter(x__in=Model.objects.values(...))`) and combinations: `scoped | unscoped`
and `scoped.union(unscoped)` count as unscoped, `scoped & unscoped` as scoped. (A queryset
wrapped by hand in `Subquery()`/`Exists()` escapes the check: scope it first.)

Django internals (related managers, form unique checks, the Wagtail admin) use the plain
`unscoped` manager, which is the model's default manager; staff viewsets scope
themselves through `moucharaka.core.viewsets.TenantViewSet`.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404


class UnscopedTenantQuery(Exception):
    """A tenant-owned queryset was evaluated without choosing its commune(s)."""


class TenantQuerySet(models.QuerySet):
    _tenant_scoped = False

    def _clone(self):
        clone = super()._clone()
        clone._tenant_scoped = self._tenant_scoped
        return clone

    def _scoped(self, qs: TenantQuerySet) -> TenantQuerySet:
        qs._tenant_scoped = True
        return qs

    def for_commune(self, commune) -> TenantQuerySet:
        return self._scoped(self.filter(commune=commune))

    def for_communes(self, communes: Iterable) -> TenantQuerySet:
        return self._scoped(self.filter(commune__in=communes))

    def across_communes(self) -> TenantQuerySet:
        """Explicitly unscoped: for supervisors and platform-wide reports only."""
        return self._scoped(self._chain())

    def none(self) -> TenantQuerySet:
        # An empty queryset reads no rows, so it can never leak another commune's.
        return self._scoped(super().none())

    def _check_scoped(self):
        if not self._tenant_scoped:
            raise UnscopedTenantQuery(
                f"{self.model.__name__} query without a commune: use .for_commune(), "
                ".for_communes() or .across_communes()"
            )

    def _fetch_all(self):
        if self._result_cache is None:
            self._check_scoped()
        super()._fetch_all()

    def count(self):
        self._check_scoped()
        return super().count()

    def exists(self):
        self._check_scoped()
        return super().exists()

    def aggregate(self, *args, **kwargs):
        self._check_scoped()
        return super().aggregate(*args, **kwargs)

    def update(self, **kwargs):
        self._check_scoped()
        return super().update(**kwargs)

    def delete(self):
        self._check_scoped()
        return super().delete()

    def iterator(self, chunk_size=None):
        self._check_scoped()
        return super().iterator(chunk_size=chunk_size)

    async def aiterator(self, chunk_size=2000):
        self._check_scoped()
        async for row in super().aiterator(chunk_size=chunk_size):
            yield row

    def resolve_expression(self, *args, **kwargs):
        # Used as a subquery (`filter(x__in=Participation.objects.values(...))`): the
        # inner query must be scoped too, or it would read every commune's rows.
        self._check_scoped()
        return super().resolve_expression(*args, **kwargs)

    resolve_expression.queryset_only = True

    # Combining querysets must not widen a scope: `scoped | unscoped` reads every
    # commune, so it is scoped only when both sides are; `scoped & unscoped` stays
    # within the scoped side.
    def _combined(self, combined, others, *, scoped: bool):
        if combined is self or any(combined is other for other in others):
            return combined  # Django's shortcut for an empty side: nothing was combined
        if isinstance(combined, TenantQuerySet):
            combined._tenant_scoped = scoped
        elif not scoped:  # a sliced side made Django fall back to the plain base manager
            raise UnscopedTenantQuery(f"{self.model.__name__} query combined with an unscoped one")
        return combined

    def __and__(self, other):
        scoped = self._tenant_scoped or _is_scoped(other)
        return self._combined(super().__and__(other), [other], scoped=scoped)

    def __or__(self, other):
        scoped = self._tenant_scoped and _is_scoped(other)
        return self._combined(super().__or__(other), [other], scoped=scoped)

    def __xor__(self, other):
        scoped = self._tenant_scoped and _is_scoped(other)
        return self._combined(super().__xor__(other), [other], scoped=scoped)

    def _combinator_query(self, combinator, *other_qs, all=False):
        sides = [self._tenant_scoped, *map(_is_scoped, other_qs)]
        scoped = {
            "union": False not in sides,  # (`all` is the UNION ALL flag here)
            "intersection": any(sides),
            "difference": self._tenant_scoped,
        }[combinator]
        clone = super()._combinator_query(combinator, *other_qs, all=all)
        clone._tenant_scoped = scoped
        return clone


def _is_scoped(qs) -> bool:
    # A plain queryset (e.g. from the `unscoped` manager) was unscoped on purpose.
    return getattr(qs, "_tenant_scoped", True)


TenantManager = models.Manager.from_queryset(TenantQuerySet)


class TenantModel(models.Model):
    """Abstract base for every row that belongs to one commune."""

    commune = models.ForeignKey(
        "territories.Commune", on_delete=models.PROTECT, related_name="+", db_index=True
    )

    # Declared first, so it is the default manager Django's internals use.
    unscoped = models.Manager()
    objects = TenantManager()

    class Meta:
        abstract = True


def get_for_commune_or_404(model: type[TenantModel] | TenantQuerySet, commune, **lookup):
    """The lookup views use: the object must belong to the request's commune.

    `model` may also be a queryset of a tenant model, to look up with its
    `select_related()` and the like: `get_for_commune_or_404(Model.objects.select_related(
    "category"), request.commune, pk=pk)`."""
    queryset = model if isinstance(model, models.QuerySet) else model.objects.all()
    model = queryset.model
    try:
        return queryset.for_commune(commune).get(**lookup)
    except (model.DoesNotExist, ValueError, ValidationError) as exc:
        raise Http404(f"No {model.__name__} here") from exc
