import pytest
from django.urls import NoReverseMatch, reverse
from wagtail.users.models import UserProfile

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.territories.models import Commune
from moucharaka.core.testing.factories import UserFactory

pytestmark = pytest.mark.django_db


def denied(response) -> bool:
    """Wagtail answers a denied admin view with a redirect to the dashboard."""
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


@pytest.fixture
def superuser(db):
    return UserFactory(email="root@moucharaka.ma", is_staff=True, is_superuser=True)


def test_it_lists_communes_for_superusers(client, superuser, territories):
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(superuser)
    assert reverse("communes:index") in client.get(reverse("wagtailadmin_home")).text

    response = client.get(reverse("communes:index"))

    assert response.status_code == 200
    assert response.context["paginator"].count == 1503
    assert 'lang="en"' in response.text
    assert "rural commune" in response.text  # the type's label, not its value


def test_it_searches_communes_by_name_code_and_alias(client, superuser, territories):
    client.force_login(superuser)
    url = reverse("communes:index_results")

    for query in ("Taroudannt", "09.541.01.13", "تارودانت", "Taroudant"):
        response = client.get(url, {"q": query})
        assert list(response.context["object_list"]) == [Commune.objects.get(slug="taroudant")], (
            query
        )
    # Two aliases of Béni Mellal match "mellal": the commune is listed once.
    response = client.get(url, {"q": "mellal"})
    assert [c.slug for c in response.context["object_list"]].count("beni-mellal") == 1


def test_it_filters_communes_by_type_and_region(client, superuser, territories):
    client.force_login(superuser)
    url = reverse("communes:index_results")

    response = client.get(url, {"commune_type": Commune.Type.WITH_ARRONDISSEMENTS})
    assert response.context["paginator"].count == 6
    region = Commune.objects.get(slug="tanger").province.region
    response = client.get(url, {"province__region": region.pk, "commune_type": "urban"})
    expected = Commune.objects.filter(province__region=region, commune_type="urban")
    assert response.context["paginator"].count == expected.count() > 0


def test_it_lets_a_superuser_put_a_commune_on_the_platform(client, superuser, territories):
    client.force_login(superuser)
    commune = Commune.objects.get(slug="naour")

    response = client.post(
        reverse("communes:edit", args=[commune.pk]),
        {"is_active": "on", "hostname": "www.naour.ma", "name_zgh": "ⵏⴰⵡⵓⵔ"},
    )

    assert response.status_code == 302
    commune.refresh_from_db()
    assert (commune.is_active, commune.hostname, commune.name_zgh) == (
        True,
        "www.naour.ma",
        "ⵏⴰⵡⵓⵔ",
    )
    assert commune.slug == "naour" and commune.name_fr == "Naour"
    entry = AuditEntry.objects.for_commune(commune).get()
    assert entry.action == "commune.edit" and entry.actor == superuser


def test_it_offers_no_add_copy_or_delete(client, superuser, territories):
    client.force_login(superuser)
    commune = Commune.objects.get(slug="naour")
    with pytest.raises(NoReverseMatch):
        reverse("communes:copy", args=[commune.pk])
    assert denied(client.get(reverse("communes:add")))
    assert denied(client.post(reverse("communes:delete", args=[commune.pk])))
    assert Commune.objects.filter(pk=commune.pk).exists()
    edit_page = client.get(reverse("communes:edit", args=[commune.pk])).text
    assert reverse("communes:delete", args=[commune.pk]) not in edit_page


def test_it_hides_communes_from_commune_staff(client, owner, territories):
    client.force_login(owner)
    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 200
    assert reverse("communes:index") not in home.text

    commune = Commune.objects.get(slug="naour")
    assert denied(client.get(reverse("communes:index")))
    assert denied(client.get(reverse("communes:edit", args=[commune.pk])))
    response = client.post(reverse("communes:edit", args=[commune.pk]), {"is_active": "on"})
    assert denied(response)
    commune.refresh_from_db()
    assert not commune.is_active


def test_it_ignores_group_permissions_on_communes(client, owner, territories):
    from django.contrib.auth.models import Permission

    owner.user_permissions.add(*Permission.objects.filter(content_type__app_label="territories"))
    client.force_login(owner)

    assert denied(client.get(reverse("communes:index")))
