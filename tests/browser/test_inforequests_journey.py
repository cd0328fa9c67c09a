"""A request for information from the form to the answer, in real Chromium: the citizen
asks online and gets the acknowledgement → the information officer extends the deadline
with reasons in the back office → answers with a document → the citizen reads the answer
and opens the document on the tracking page. axe-core checks every public page in
French and in Arabic."""

import datetime

import pytest

from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.identity.models import CndpAuthorisation
from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import CommuneFactory, UserFactory
from moucharaka.core.workdays.calendar import calendar_for
from moucharaka.modules.inforequests.models import InfoRequest


@pytest.fixture
def world(transactional_db, settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private")},
        },
    }
    ouezzane = CommuneFactory(slug="ouezzane", name_fr="Ouezzane", name_ar="وزان")
    module_enable(commune=ouezzane, key="inforequests")
    CndpAuthorisation.unscoped.create(
        commune=ouezzane, reference="A-2/2025", granted_on=datetime.date(2025, 1, 1), scope="x"
    )
    people = {
        "citizen": UserFactory(email="salma@ouezzane.ma", first_name="Salma", last_name="Alami"),
        "officer": UserFactory(email="officer@ouezzane.ma"),
    }
    commune_role_grant(commune=ouezzane, user=people["officer"], role="information_officer")
    return ouezzane, people


def sign_in(page, live_server, user):
    """Through the real sign-in page (UserFactory's password)."""
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/fr/accounts/login/")
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill("correct horse battery")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def test_it_takes_a_request_from_the_form_to_the_answer(
    page, live_server, world, axe_clean, tmp_path
):
    ouezzane, people = world
    base = f"{live_server.url}/fr/ouezzane/inforequests/"

    # 1. The citizen reads about the right and makes a request online.
    sign_in(page, live_server, people["citizen"])
    page.goto(base)
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert "20 jours ouvrables" in page.locator(".facts").inner_text()
    axe_clean(page)
    page.get_by_role("link", name="Faire une demande").first.click()
    page.wait_for_url("**/inforequests/new/")
    axe_clean(page)
    page.get_by_label("Nom et prénom").fill("Salma Alami")
    page.locator("input[name=cnie]").fill("gk 445566")
    page.get_by_label("Adresse", exact=True).fill("Quartier Jnane, Ouezzane")
    page.get_by_label("Objet").fill("Marchés de voirie 2025")
    page.get_by_label("Informations demandées").fill(
        "La liste des marchés de voirie passés en 2025 et leurs montants."
    )
    page.locator("input[name=access_form][value=email]").check()
    page.get_by_role("button", name="Envoyer la demande").click()
    page.wait_for_url("**/acknowledgement/")
    request = InfoRequest.objects.for_commune(ouezzane).get()
    receipt = page.locator(".ir-receipt").inner_text()
    assert request.reference in receipt and request.tracking_code in receipt
    assert "Accusé de réception d'une demande d'accès à l'information" in receipt
    axe_clean(page)
    track = f"{live_server.url}/ar/ouezzane/inforequests/track/{request.tracking_code}/"
    page.goto(track)
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert "بقي" in page.locator(".ir-deadline").inner_text()
    axe_clean(page)

    # 2. The information officer extends the deadline once, with reasons.
    sign_in(page, live_server, people["officer"])
    page.goto(f"{live_server.url}/admin/inforequests_admin/")
    assert page.get_by_text(request.reference).count() >= 1
    page.goto(f"{live_server.url}/admin/inforequests_admin/{request.pk}/extend/")
    page.locator("input[name=reason][value=volume]").check()
    page.locator("textarea[name=details]").fill("Les marchés sont répartis entre deux services.")
    page.locator("#w-editor-form button[type=submit]").first.click()
    page.wait_for_url(f"**/admin/inforequests_admin/inspect/{request.pk}/")
    request.refresh_from_db()
    assert request.is_extended
    assert request.due_on == calendar_for(ouezzane).add_working_days(request.first_due_on, 20)

    # 3. ... and answers with a document.
    document = tmp_path / "marches-voirie-2025.pdf"
    document.write_bytes(b"%PDF-1.4 marches de voirie")
    page.goto(f"{live_server.url}/admin/inforequests_admin/{request.pk}/respond/")
    page.locator("input[name=outcome][value=answered]").check()
    page.locator("textarea[name=text]").fill("Vous trouverez la liste des marchés ci-jointe.")
    page.locator("input[name=documents]").set_input_files(str(document))
    page.locator("#w-editor-form button[type=submit]").first.click()
    page.wait_for_url(f"**/admin/inforequests_admin/inspect/{request.pk}/")
    request.refresh_from_db()
    assert request.status == "answered" and request.responded_in_time

    # 4. The citizen sees the extension, the answer and the document, in both languages.
    sign_in(page, live_server, people["citizen"])
    page.goto(track)
    answer = page.locator(".ir-answer").inner_text()
    assert "Vous trouverez la liste des marchés ci-jointe." in answer
    assert "تم تمديد الأجل" in page.content()
    axe_clean(page)
    link = page.get_by_role("link", name="marches-voirie-2025.pdf")
    response = page.request.get(live_server.url + link.get_attribute("href"))
    assert response.status == 200 and response.body() == b"%PDF-1.4 marches de voirie"
    page.goto(track.replace("/ar/", "/fr/"))
    assert "Le délai a été prorogé" in page.content()
    assert "Si vous n'êtes pas satisfait" in page.locator("#complaint-heading").inner_text()
    axe_clean(page)
    page.goto(f"{base}mine/")
    assert page.get_by_role("link", name="Marchés de voirie 2025").count() == 1
    axe_clean(page)

    # 5. The register and the follow-up form, for everyone.
    page.context.clear_cookies()
    for lang in ("fr", "ar"):
        page.goto(f"{live_server.url}/{lang}/ouezzane/inforequests/register/")
        axe_clean(page)
        page.goto(f"{live_server.url}/{lang}/ouezzane/inforequests/track/?code=nope")
        axe_clean(page)
