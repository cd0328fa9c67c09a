from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q

from moucharaka.core.accounts.models import CommuneRole, CoreRole
from moucharaka.core.accounts.roles import role_choices
from moucharaka.core.audit.services import audit_record
from moucharaka.core.registry.manifests import registry

STAFF_GROUP = "Commune staff"
# Model permissions every staff member needs in the back office; rows stay filtered
# to their own communes by the tenant viewsets.
STAFF_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("audit", "view_auditentry"),
    ("registry", "view_moduleinstance"),
]
ADMINISTRATOR_PERMISSIONS = [
    ("registry", "add_moduleinstance"),
    ("registry", "change_moduleinstance"),
    ("accounts", "view_communerole"),
    ("accounts", "change_communerole"),
    ("accounts", "add_communerole"),
    ("accounts", "delete_communerole"),
]

MODERATORS_GROUP = "Commune moderators"
# The moderation queue (comments and reports of every module): view and decide; nobody
# adds or deletes there.
MODERATOR_PERMISSIONS = [
    ("comments", "view_comment"),
    ("comments", "change_comment"),
    ("comments", "view_report"),
    ("comments", "change_report"),
]
MODERATOR_ROLES = (CoreRole.ADMINISTRATOR, CoreRole.MODERATOR)


def _group(name: str, perms: list[tuple[str, str]]) -> Group:
    group, _ = Group.objects.get_or_create(name=name)
    wanted = Permission.objects.filter(
        content_type__app_label__in={app for app, _ in perms},
        codename__in={code for _, code in perms},
    )
    group.permissions.add(*wanted)
    return group


def role_permissions_group(role: str) -> Group | None:
    """The group holding the model permissions modules give a role (their manifests'
    `register_permissions`), or None when no module gives that role any. Kept in step
    with the registry on every grant."""
    wanted = registry.permissions_for(role)
    if not wanted:
        return None
    condition = Q(pk__in=[])
    for permission in wanted:
        app_label, codename = permission.split(".")
        condition |= Q(content_type__app_label=app_label, codename=codename)
    group, _ = Group.objects.get_or_create(name=f"Module permissions: {role}")
    group.permissions.add(*Permission.objects.filter(condition))
    return group


def staff_group() -> Group:
    return _group(STAFF_GROUP, STAFF_PERMISSIONS)


def administrators_group() -> Group:
    return _group("Commune administrators", STAFF_PERMISSIONS + ADMINISTRATOR_PERMISSIONS)


def moderators_group() -> Group:
    return _group(MODERATORS_GROUP, MODERATOR_PERMISSIONS)


@transaction.atomic
def commune_role_grant(*, commune, user, role: str, actor=None) -> CommuneRole:
    if role not in dict(role_choices()):
        raise ValueError(f"unknown role {role!r}")
    grant, created = CommuneRole.unscoped.get_or_create(commune=commune, user=user, role=role)
    user.groups.add(staff_group())
    if role == CoreRole.ADMINISTRATOR:
        user.groups.add(administrators_group())
    if role in MODERATOR_ROLES:
        user.groups.add(moderators_group())
    if role in (CoreRole.ADMINISTRATOR, CoreRole.EDITOR):
        from moucharaka.core.cms.permissions import commune_editors_group

        user.groups.add(commune_editors_group(commune))
    module_group = role_permissions_group(role)
    if module_group is not None:
        user.groups.add(module_group)
    if created:
        audit_record(
            commune=commune,
            actor=actor,
            action="role.grant",
            target=grant,
            data={"user": user.email, "role": role},
        )
    return grant


@transaction.atomic
def commune_role_revoke(*, grant: CommuneRole, actor=None) -> None:
    audit_record(
        commune=grant.commune,
        actor=actor,
        action="role.revoke",
        target=grant,
        data={"user": grant.user.email, "role": grant.role},
    )
    grant.delete()
