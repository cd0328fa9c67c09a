"""Comments, reports and notifications in a real browser, in Arabic and French: the
thread works without JavaScript and every page passes axe."""

import importlib

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import clear_url_caches

from moucharaka.core.comments.models import Comment
from moucharaka.core.notifications.services import publish
from moucharaka.core.registry.manifests import ModuleManifest, registry
from moucharaka.core.registry.models import ModuleInstance
from moucharaka.core.testing.factories import CommuneFactory, UserFactory


def reload_urlconf():
    clear_url_caches()
    importlib.reload(importlib.import_module(settings.ROOT_URLCONF))
    clear_url_caches()


@pytest.fixture
def signed_in(transactional_db, page, live_server, monkeypatch):
    """A citizen signed in in the browser; a commentable page at /<lang>/larache/testing/
    with one comment by someone else; two unread notifications."""
    monkeypatch.setattr(ModuleInstance, "comments_module", "testing", raising=False)
    manifest = ModuleManifest(
        key="testing", label="Testing", urls="moucharaka.core.comments.tests.thread_page"
    )
    with registry.temporarily(manifest):
        reload_urlconf()
        commune = CommuneFactory(slug="larache", name_fr="Larache", name_ar="العرائش")
        target = ModuleInstance.unscoped.create(commune=commune, key="testing")
        user = UserFactory(email="citizen@example.ma", display_name="Salma")
        comment = Comment.unscoped.create(
            commune=commune,
            target_type=ContentType.objects.get_for_model(target),
            target_id=target.pk,
            author=UserFactory(display_name="Karim"),
            body="اشتروا منتجاتي",
            module="testing",
        )
        for title in ("Votre suggestion a reçu une réponse", "تم نشر تعليقكم"):
            publish(
                commune=commune, event="t", recipients=[user], title=title, body="…", url="/fr/"
            )
        client = Client()
        client.force_login(user)
        cookie = {"name": "sessionid", "value": client.cookies["sessionid"].value}
        page.context.add_cookies([{**cookie, "url": live_server.url}])
        yield comment
    reload_urlconf()


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_it_comments_replies_and_reports(page, live_server, signed_in, axe_clean, lang):
    page.goto(f"{live_server.url}/{lang}/larache/testing/")
    assert page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    axe_clean(page)

    label = "تعليقكم" if lang == "ar" else "Votre commentaire"
    page.get_by_label(label, exact=True).fill("يجب إصلاح الإنارة العمومية")
    page.locator(".comment-form button[type=submit]").click()
    page.wait_for_url("**/testing/#comment-*")
    assert page.locator(".comment", has_text="يجب إصلاح الإنارة العمومية").count() == 1
    axe_clean(page)

    # Reply without JavaScript-only widgets: <details> opens a labelled form.
    page.locator(f"#comment-{signed_in.pk} summary").click()
    page.locator(f"#reply-body-{signed_in.pk}").fill("لا مكان للإشهار هنا")
    page.locator(f"#comment-{signed_in.pk} form button[type=submit]").click()
    page.wait_for_url("**/testing/#comment-*")
    assert page.locator(".comment-replies .comment").count() == 1
    axe_clean(page)

    page.locator(f"#comment-{signed_in.pk} .comment-report").click()
    page.wait_for_url("**/comments/report/**")
    assert "اشتروا منتجاتي" in page.content()
    axe_clean(page)
    page.locator("button[type=submit]").last.click()  # no reason chosen
    assert page.locator(".error-summary").count() == 1
    axe_clean(page)
    page.locator("input[name=reason][value=spam]").check()
    page.locator("button[type=submit]").last.click()
    page.wait_for_url(f"**/testing/#comment-{signed_in.pk}")


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_it_shows_the_notifications(page, live_server, signed_in, axe_clean, lang):
    page.goto(f"{live_server.url}/{lang}/notifications/")
    expected = "الإشعارات (2)" if lang == "ar" else "Notifications (2)"
    assert page.get_by_role("link", name=expected).count() == 1
    axe_clean(page)
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/notifications/")
    assert page.locator(".badge").count() == 0
    axe_clean(page)
