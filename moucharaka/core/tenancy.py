"""Row-level tenancy: the commune is the tenant (DESIGN §5).

Every tenant-owned model inherits `TenantModel`. Its `objects` manager refuses to run a
query that was not scoped with `.for_commune()`, `.for_communes()` or, deliberately,
`.across_communes()` (supervisors, platform-wide jobs). Forgetting the filter therefore
fails loudly instead of leaking another commune's rows.

Django internals (related managers, form unique checks, the Wagtail admin) use the plain
`unscoped` manager, which is the model's default manager; staff viewsets scope
themselves through `moucharaka.core.viewsets.TenantViewSet`.
"""

from __future__ import annotations

from collections.abc import Iterable

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


def get_for_commune_or_404(model: type[TenantModel], commune, **lookup):
    """The lookup views use: the object must belong to the request's commune."""
    try:
        return model.objects.for_commune(commune).get(**lookup)
    except (model.DoesNotExist, ValueError) as exc:
        raise Http404(f"No {model.__name__} here") from exc
