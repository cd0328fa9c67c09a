"""Who may act for which commune: staff roles and supervisors."""

from django.db.models import Q, QuerySet

from moucharaka.core.accounts.models import CommuneRole, CoreRole, Supervisor
from moucharaka.core.registry.manifests import registry
from moucharaka.core.territories.models import Commune


def role_choices() -> list[tuple[str, str]]:
    return list(CoreRole.choices) + list(registry.roles().items())


def staff_communes(user) -> QuerySet[Commune]:
    """Communes whose back office this user works in (any role)."""
    if not getattr(user, "is_authenticated", False):
        return Commune.objects.none()
    if user.is_superuser:
        return Commune.objects.filter(is_active=True)
    return Commune.objects.filter(
        pk__in=CommuneRole.unscoped.filter(user=user).values("commune_id")
    )


def has_role(user, commune, *roles: str) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return True
    return CommuneRole.objects.for_commune(commune).filter(user=user, role__in=roles).exists()


def supervised_communes(user) -> QuerySet[Commune]:
    """Communes a supervisor may read: their province, their region or all."""
    if not getattr(user, "is_authenticated", False):
        return Commune.objects.none()
    scopes = list(Supervisor.objects.filter(user=user))
    if user.is_superuser or any(s.level == Supervisor.Level.NATIONAL for s in scopes):
        return Commune.objects.filter(is_active=True)
    condition = Q(pk__in=[])
    for scope in scopes:
        if scope.level == Supervisor.Level.REGION:
            condition |= Q(province__region_id=scope.region_id)
        else:
            condition |= Q(province_id=scope.province_id)
    return Commune.objects.filter(condition, is_active=True)
