"""Per-commune editor groups: editors change only their commune's subtree."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]


def commune_collection(commune) -> Collection:
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=commune.name_fr).first()
    return existing or root.add_child(name=commune.name_fr)


def commune_editors_group(commune) -> Group:
    """Page and media permissions on every locale's copy of the commune's home."""
    from moucharaka.core.cms.models import CommuneHomePage

    group, _ = Group.objects.get_or_create(name=f"Editors — {commune.slug}")
    page_perms = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
    )
    for home in CommuneHomePage.objects.filter(commune=commune):
        for perm in page_perms:
            GroupPagePermission.objects.get_or_create(group=group, page=home, permission=perm)
    collection = commune_collection(commune)
    for app_label, codename in COLLECTION_PERMISSIONS:
        perm = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=perm
        )
    return group
