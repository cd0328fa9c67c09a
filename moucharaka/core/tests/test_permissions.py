"""CommuneRolePermissionPolicy: back-office permissions from commune roles."""

from django.contrib.auth.models import AnonymousUser

from moucharaka.core.accounts.models import CommuneRole
from moucharaka.core.permissions import ANY_ROLE, CommuneRolePermissionPolicy
from moucharaka.core.testing.factories import UserFactory

POLICY = CommuneRolePermissionPolicy(
    CommuneRole, view=[ANY_ROLE], change=["administrator"], delete=[]
)


def test_it_grants_actions_to_holders_of_the_roles(owner, member, citizen):
    assert POLICY.user_has_permission(owner, "change")
    assert POLICY.user_has_permission(member, "view")
    assert not POLICY.user_has_permission(member, "change")
    assert not POLICY.user_has_permission(citizen, "view")
    assert not POLICY.user_has_permission(AnonymousUser(), "view")
    assert not POLICY.user_has_permission(owner, "delete")


def test_it_checks_the_objects_commune(owner, outsider, commune_a):
    grant = CommuneRole.objects.for_commune(commune_a).get(user=owner)
    assert POLICY.user_has_permission_for_instance(owner, "change", grant)
    assert not POLICY.user_has_permission_for_instance(outsider, "change", grant)
    assert list(POLICY.instances_user_has_permission_for(outsider, "change")) == list(
        CommuneRole.unscoped.filter(user=outsider)
    )


def test_it_lists_the_users_allowed(owner, member, outsider, commune_a):
    grant = CommuneRole.objects.for_commune(commune_a).get(user=owner)
    assert set(POLICY.users_with_permission("change")) == {owner, outsider}
    assert set(POLICY.users_with_permission_for_instance("change", grant)) == {owner}
    assert set(POLICY.users_with_permission_for_instance("view", grant)) == {owner, member}


def test_it_lets_superusers_do_everything(db):
    admin = UserFactory(is_superuser=True)
    assert POLICY.user_has_permission(admin, "delete")


def test_it_reads_the_roles_once_per_user_object(owner, django_assert_num_queries):
    with django_assert_num_queries(1):
        for _ in range(5):
            POLICY.user_has_permission(owner, "change")
