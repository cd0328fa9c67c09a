"""Back-office permissions from commune roles (DESIGN §7), for Wagtail viewsets.

Django model permissions are global: a group holding `change_petition` could change
every commune's petitions, and nothing says which role should hold it. A
`CommuneRolePermissionPolicy` answers Wagtail's permission questions from `CommuneRole`
rows instead: an action is allowed to holders of the listed roles, and on an object only
in the object's commune. Tenant viewsets still filter rows to the user's communes; the
policy decides who sees the menu item and which buttons appear.

    class PetitionViewSet(TenantViewSet):
        permission_policy = CommuneRolePermissionPolicy(
            Petition, view=["petitions_officer", "president"], change=["petitions_officer"]
        )

Superusers may do everything, like Django's own policy. The role `ANY_ROLE` ("*")
stands for any role in the commune (e.g. every staff member may view something).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from moucharaka.core.accounts.models import CommuneRole

_CACHE = "_moucharaka_commune_roles"
ANY_ROLE = "*"


def user_commune_roles(user) -> set[tuple[int, str]]:
    """(commune id, role) pairs the user holds, cached on the user object (one query per
    request however many menu items ask)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return set()
    cached = getattr(user, _CACHE, None)
    if cached is None:
        cached = set(CommuneRole.unscoped.filter(user=user).values_list("commune_id", "role"))
        setattr(user, _CACHE, cached)
    return cached


class CommuneRolePermissionPolicy(BasePermissionPolicy):
    def __init__(self, model, **roles_by_action: Iterable[str]):
        super().__init__(model)
        self.roles_by_action = {action: set(roles) for action, roles in roles_by_action.items()}

    def _roles(self, actions) -> set[str]:
        return set().union(*(self.roles_by_action.get(action, set()) for action in actions))

    @staticmethod
    def _grants(roles: set[str], role: str) -> bool:
        return ANY_ROLE in roles or role in roles

    def _role_q(self, roles: set[str], prefix="commune_roles__") -> Q:
        if ANY_ROLE in roles:
            return Q(**{f"{prefix}isnull": False})
        return Q(**{f"{prefix}role__in": roles})

    def user_has_any_permission(self, user, actions):
        if getattr(user, "is_superuser", False) and user.is_active:
            return True
        roles = self._roles(actions)
        return any(self._grants(roles, role) for _commune, role in user_commune_roles(user))

    def user_has_permission(self, user, action):
        return self.user_has_any_permission(user, [action])

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if getattr(user, "is_superuser", False) and user.is_active:
            return True
        roles = self._roles(actions)
        return any(
            commune == instance.commune_id and self._grants(roles, role)
            for commune, role in user_commune_roles(user)
        )

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def communes_for(self, user, actions) -> set[int]:
        roles = self._roles(actions)
        return {commune for commune, role in user_commune_roles(user) if self._grants(roles, role)}

    def instances_user_has_any_permission_for(self, user, actions):
        manager = self.model._default_manager
        if getattr(user, "is_superuser", False) and user.is_active:
            return manager.all()
        return manager.filter(commune_id__in=self.communes_for(user, actions))

    def users_with_any_permission(self, actions):
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(Q(is_superuser=True) | self._role_q(self._roles(actions)))
            .distinct()
        )

    def users_with_any_permission_for_instance(self, actions, instance):
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(
                Q(is_superuser=True)
                | (
                    self._role_q(self._roles(actions))
                    & Q(commune_roles__commune_id=instance.commune_id)
                )
            )
            .distinct()
        )
