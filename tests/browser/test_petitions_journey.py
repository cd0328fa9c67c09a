"""A citizens' petition from draft to the council's decision, in real Chromium:
draft → open → signatures up to the threshold (bulk through the service, the last ones
online in the browser and one paper signature entered in the back office) → deposit with
its receipt (HTML and PDF) → the bureau's decision → the committee's examination → the
council's decision. axe-core checks the public pages in Arabic and French."""

import datetime
from pathlib import Path

import pytest

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.identity.models import CndpAuthorisation
from moucharaka.core.registry.services import module_enable
from moucharaka.core.territories.models import Commune
from moucharaka.core.testing.factories import CommuneFactory, UserFactory
from moucharaka.core.testing.pdf import pdf_text
from moucharaka.modules.petitions import services
from moucharaka.modules.petitions.models import Basis, Petition


@pytest.fixture
def world(transactional_db):
    naour = CommuneFactory(
        slug="naour",
        name_fr="Naour",
        name_ar="ناوور",
        commune_type=Commune.Type.RURAL,
        population_2024=12_000,  # under 35,000: 100 signatures (art. 123)
    )
    module_enable(commune=naour, key="petitions")
    CndpAuthorisation.unscoped.create(
        commune=naour, reference="A-1/2025", granted_on=datetime.date(2025, 1, 1), scope="x"
    )
    people = {
        "mandatary": UserFactory(email="mandatary@naour.ma"),
        "citizen_ar": UserFactory(email="ar@naour.ma"),
        "citizen_fr": UserFactory(email="fr@naour.ma"),
        "officer": UserFactory(email="officer@naour.ma"),
    }
    commune_role_grant(commune=naour, user=people["officer"], role="petitions_officer")
    commune_role_grant(commune=naour, user=UserFactory(), role=CoreRole.PRESIDENT)
    return naour, people


def bulk_signatures(commune, petition, officer, *, online: int, paper: int):
    for index in range(online):
        services.petition_sign(
            commune=commune,
            petition=petition,
            signer=UserFactory(),
            full_name=f"Signataire {index}",
            cnie=f"BO{index:05d}",
            address="Douar Test",
            basis=Basis.RESIDENCE,
            declares_electoral_eligibility=True,
        )
    sheet = services.petition_paper_sheet_add(
        commune=commune, petition=petition, actor=officer, label="Feuille 1"
    )
    for index in range(paper):
        services.petition_paper_signature_add(
            commune=commune,
            petition=petition,
            sheet=sheet,
            actor=officer,
            full_name=f"Papier {index}",
            cnie=f"BP{index:05d}",
            address="Douar Test",
            basis=Basis.ACTIVITY,
            declares_electoral_eligibility=True,
        )


def sign_in_browser(page, url, *, name, cnie):
    page.goto(url)
    page.locator("input[name=full_name]").fill(name)
    page.locator("input[name=cnie]").fill(cnie)
    page.locator("input[name=address]").fill("Douar Ouled Ali")
    page.locator("input[name=basis][value=residence]").check()
    page.locator("input[name=declares_electoral_eligibility]").check()
    page.locator("input[name=declares_truth]").check()
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/petitions/*/")


def test_it_runs_a_petition_from_draft_to_the_councils_decision(
    page, live_server, world, axe_clean, log_in
):
    naour, people = world
    base = f"{live_server.url}/fr/naour/petitions/"

    # 1. The mandatary drafts the petition and opens it.
    log_in(page, people["mandatary"])
    page.goto(base)
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert "100" in page.locator(".facts").inner_text()  # Naour's threshold
    axe_clean(page)
    page.get_by_role("link", name="Rédiger une pétition").first.click()
    page.get_by_role("link", name="Rédiger une pétition de citoyens").click()
    axe_clean(page)
    page.get_by_label("Titre").fill("Une piste vers le douar Ouled Ali")
    page.get_by_label("Point à inscrire à l'ordre du jour du conseil").fill(
        "Ouvrir une piste entre la route provinciale et le douar Ouled Ali."
    )
    page.get_by_label("Motifs").fill("Le douar est isolé en hiver.")
    page.get_by_label("Objectifs").fill("Accès à l'école et au dispensaire.")
    page.get_by_label("Vos nom et prénom (mandataire)").fill("Amina Alaoui")
    page.get_by_label("Votre adresse").fill("Douar Ouled Ali, Naour")
    page.locator("input[name=declares_within_powers]").check()
    page.locator("input[name=declares_constants_respected]").check()
    page.get_by_role("button", name="Enregistrer le brouillon").click()
    page.wait_for_url("**/petitions/*/")
    assert "Vous seul voyez ce brouillon." in page.content()
    page.get_by_role("button", name="Ouvrir aux signatures").click()
    page.wait_for_url("**/petitions/*/")
    petition = Petition.objects.for_commune(naour).get()
    assert petition.status == "collecting" and petition.threshold == 100
    axe_clean(page)

    # 2. Most signatures arrive through the service (online and on a paper sheet).
    bulk_signatures(naour, petition, people["officer"], online=37, paper=60)

    # 3. Two citizens sign in the browser, in Arabic and in French.
    log_in(page, people["citizen_ar"])
    page.goto(f"{live_server.url}/ar/naour/petitions/{petition.pk}/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    axe_clean(page)
    page.get_by_role("link", name="التوقيع على هذه العريضة").click()
    axe_clean(page)
    sign_in_browser(page, page.url, name="سعاد المرابط", cnie="ab 123456")
    assert "98" in page.locator(".progress-text").inner_text()

    log_in(page, people["citizen_fr"])
    page.goto(f"{base}{petition.pk}/sign/")
    axe_clean(page)
    # The same CNIE again, from another account, is refused with a clear message.
    page.locator("input[name=full_name]").fill("Doublon")
    page.locator("input[name=cnie]").fill("AB123456")
    page.locator("input[name=address]").fill("Douar")
    page.locator("input[name=basis][value=residence]").check()
    page.locator("input[name=declares_electoral_eligibility]").check()
    page.locator("input[name=declares_truth]").check()
    page.locator("main form button[type=submit]").click()
    assert "Ce numéro de CNIE a déjà signé cette pétition." in page.content()
    axe_clean(page)
    sign_in_browser(
        page,
        f"{base}{petition.pk}/sign/",
        name="Karim Idrissi",
        cnie="K77777",
    )
    assert "99" in page.locator(".progress-text").inner_text()

    # 4. The petitions officer enters the last paper signature in the back office.
    log_in(page, people["officer"])
    page.goto(f"{live_server.url}/admin/petitions_admin/{petition.pk}/paper/signature/")
    page.locator("input[name=full_name]").fill("Fatima Zahra")
    page.locator("input[name=cnie]").fill("PX4242")
    page.locator("input[name=address]").fill("Douar Ouled Ali")
    page.locator("select[name=basis]").select_option("residence")
    page.locator("input[name=declares_electoral_eligibility]").check()
    page.locator("#w-editor-form button[type=submit]").first.click()
    page.wait_for_load_state()
    petition.refresh_from_db()
    assert (petition.signature_count, petition.paper_signature_count) == (100, 61)

    # 5. The mandatary deposits it and gets the receipt at once.
    log_in(page, people["mandatary"])
    page.goto(f"{base}{petition.pk}/")
    page.get_by_role("link", name="Déposer la pétition").first.click()
    axe_clean(page)
    page.get_by_role("button", name="Déposer et obtenir le récépissé").click()
    page.wait_for_url("**/receipt/")
    petition.refresh_from_db()
    assert petition.status == "deposited" and petition.receipt_number
    receipt = page.locator(".receipt").inner_text()
    assert petition.receipt_number in receipt and "Récépissé de dépôt d'une pétition" in receipt
    axe_clean(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Télécharger le récépissé (PDF)").click()
    receipt_pdf = Path(download.value.path()).read_bytes()
    assert petition.receipt_number in pdf_text(receipt_pdf)
    page.goto(f"{live_server.url}/ar/naour/petitions/{petition.pk}/receipt/")
    assert "وصل إيداع عريضة" in page.content()
    axe_clean(page)

    # 6. The bureau finds it admissible (recorded by the petitions officer).
    log_in(page, people["officer"])
    page.goto(f"{live_server.url}/admin/petitions_admin/{petition.pk}/bureau/")
    page.locator("input[name=admissible][value='1']").check()
    page.locator("input[name=committees]").fill("Commission de l'équipement")
    page.locator("#w-editor-form button[type=submit]").first.click()
    page.wait_for_url(f"**/admin/petitions_admin/inspect/{petition.pk}/")
    petition.refresh_from_db()
    assert petition.status == "admissible" and petition.session is not None

    # 7. The standing committee examines it, then the council accepts it.
    page.goto(f"{live_server.url}/admin/petitions_admin/{petition.pk}/committees/")
    page.locator("textarea[name=report]").fill("Avis favorable de la commission.")
    page.locator("#w-editor-form button[type=submit]").first.click()
    page.wait_for_url(f"**/admin/petitions_admin/inspect/{petition.pk}/")
    petition.refresh_from_db()
    assert petition.committees_examined_on and petition.committees == "Commission de l'équipement"
    page.goto(f"{live_server.url}/admin/petitions_admin/{petition.pk}/council/")
    page.locator("input[name=accepted][value='1']").check()
    page.locator("textarea[name=deliberation]").fill("Adoptée à l'unanimité.")
    page.locator("#w-editor-form button[type=submit]").first.click()
    page.wait_for_url(f"**/admin/petitions_admin/inspect/{petition.pk}/")
    petition.refresh_from_db()
    assert petition.status == "accepted"

    # 8. The public register shows the decision and the dated timeline, in both languages.
    page.context.clear_cookies()
    for lang, accepted in (("fr", "acceptée par le conseil"), ("ar", "قبلها المجلس")):
        page.goto(f"{live_server.url}/{lang}/naour/petitions/{petition.pk}/")
        assert accepted in page.content()
        assert "Avis favorable de la commission." in page.content()
        assert "AB123456" not in page.content() and "Fatima Zahra" not in page.content()
        axe_clean(page)
        page.goto(f"{live_server.url}/{lang}/naour/petitions/?status=accepted")
        assert page.get_by_role("link", name="Une piste vers le douar Ouled Ali").count() == 1
        axe_clean(page)
