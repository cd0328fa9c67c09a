"""The Wagtail back office works in Arabic (right to left) and French."""

from wagtail.users.models import UserProfile


def test_it_shows_the_admin_in_arabic_by_default(client, owner):
    client.force_login(owner)
    html = client.get("/admin/").content.decode()
    assert 'lang="ar"' in html and 'dir="rtl"' in html


def test_it_shows_the_admin_in_french_when_the_user_prefers_it(client, owner):
    profile = UserProfile.get_for_user(owner)
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(owner)
    html = client.get("/admin/").content.decode()
    assert 'lang="fr"' in html and 'dir="ltr"' in html
    assert "Tableau de bord" in html or "Pages" in html
