"""Digital consultations, end to end in real Chromium, on the Ouezzane demo (its draft
charter under consultation, seed 001): a citizen comments on a paragraph in Arabic and
answers the questionnaire (whose conditional question appears with its condition); the
commune's consultation officer closes it, records a main point with its response, links
the citizen's comment to it, writes the synthesis and publishes the results in the
Wagtail back office; the citizen reads the response. axe-core checks the pages in Arabic
and in French."""

import re

import pytest
from playwright.sync_api import expect

from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.questionnaires.models import Answer, Response
from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import CommuneFactory, DistrictFactory, UserFactory
from moucharaka.modules.consultations import demo
from moucharaka.modules.consultations.models import Consultation, Contribution
from moucharaka.modules.consultations.permissions import OFFICER

PASSWORD = "correct horse battery"
COMMENT = "نقترح أن ينص هذا المقطع على إشراك الشباب والنساء في كل مراحل التشاور."
RESPONSE = "أضيفت إلى المقدمة إشارة صريحة إلى إشراك الشباب والنساء."


@pytest.fixture
def ouezzane(transactional_db):
    commune = CommuneFactory(
        slug="ouezzane", name_fr="Ouezzane", name_ar="وزان", population_2024=59606
    )
    module_enable(commune=commune, key="consultations")
    DistrictFactory(commune=commune, name_ar="المدينة العتيقة", name_fr="Médina")
    demo.seed(commune=commune)
    return commune


@pytest.fixture
def citizen(transactional_db):
    return UserFactory(email="amina@example.ma", display_name="أمينة")


@pytest.fixture
def officer(ouezzane):
    user = UserFactory(email="officer@ouezzane.ma", display_name="Officer")
    commune_role_grant(commune=ouezzane, user=user, role=OFFICER)
    return user


def sign_in(page, base, email, lang="ar"):
    page.goto(f"{base}/{lang}/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()


def test_citizen_comments_and_answers_staff_publish_citizen_reads_the_response(
    page, browser, live_server, ouezzane, citizen, officer, axe_clean
):
    base = live_server.url
    consultation = Consultation.objects.for_commune(ouezzane).get()
    first = consultation.paragraphs.get(section__position=1, position=1)

    # The citizen opens the consultation: the list, the page with the numbered text.
    sign_in(page, base, citizen.email)
    page.goto(f"{base}/ar/ouezzane/consultations/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    axe_clean(page)
    page.locator(f"a[href='/ar/ouezzane/consultations/{consultation.pk}/']").click()
    page.wait_for_url(f"{base}/ar/ouezzane/consultations/{consultation.pk}/")
    expect(page.locator("h1")).to_have_text(consultation.title_ar)
    expect(page.locator(f"#p-{first.pk}")).to_contain_text("منذ عام 2018")
    axe_clean(page)

    # … comments on paragraph 1.1, in Arabic.
    page.locator(f"#p-{first.pk} .paragraph-meta a").click()
    page.wait_for_url(re.compile(rf"/ar/ouezzane/consultations/{consultation.pk}/p/{first.pk}/$"))
    axe_clean(page)
    form = page.locator("form.comment-form")
    form.locator("input[name=stance][value=reword]").check()
    form.locator("textarea[name=body]").fill(COMMENT)
    form.locator("textarea[name=proposed_text]").fill(first.text_ar + " بإشراك الشباب والنساء.")
    form.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"#comment-\d+$"))
    expect(page.locator(".contribution-list")).to_contain_text(COMMENT)
    axe_clean(page)
    contribution = Contribution.objects.for_commune(ouezzane).get(comment__author=citizen)
    assert (contribution.paragraph, contribution.stance) == (first, "reword")

    # … and answers the questionnaire: the conditional question shows when it applies.
    page.goto(f"{base}/ar/ouezzane/consultations/{consultation.pk}/questionnaire/")
    axe_clean(page)
    questions = list(
        consultation.questionnaires.get().questions.order_by("section__position", "position")
    )
    conditional = page.locator(f"#question-{questions[3].pk}")
    expect(conditional).to_be_hidden()
    page.locator(f"input[name=q{questions[0].pk}]").first.check()
    page.locator(f"input[name=q{questions[1].pk}][value='4']").check()
    page.locator(f"input[name=q{questions[2].pk}][value=yes]").check()
    expect(conditional).to_be_visible()
    page.locator(f"input[name=q{questions[3].pk}]").nth(2).check()
    page.locator(f"textarea[name=q{questions[4].pk}]").fill("لقاءات في الأحياء.")
    axe_clean(page)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(rf"/consultations/{consultation.pk}/#questionnaire$"))
    expect(page.locator(".messages")).to_be_visible()
    answered = Response.objects.for_commune(ouezzane).get(respondent=citizen)
    assert Answer.objects.for_commune(ouezzane).filter(response=answered).count() == 5

    # The consultation officer closes it, answers the main point and publishes.
    staff = browser.new_context(viewport={"width": 1280, "height": 900})
    admin = staff.new_page()
    admin.goto(f"{base}/admin/login/")
    admin.locator("input[name=username]").fill(officer.email)
    admin.locator("input[name=password]").fill(PASSWORD)
    admin.locator("button[type=submit]").click()
    admin.wait_for_url(f"{base}/admin/")
    hub = f"{base}/admin/consultations/inspect/{consultation.pk}/"
    admin.goto(hub)
    admin.locator(
        f"button[formaction='/admin/consultations/{consultation.pk}/step/close-early/']"
    ).click()
    admin.wait_for_url(hub)
    admin.goto(f"{base}/admin/consultations/{consultation.pk}/points/add/")
    admin.locator("#id_paragraph_choice").select_option(str(first.pk))
    admin.locator("#id_summary_ar").fill("إشراك الشباب والنساء في مسار التشاور")
    admin.locator("#id_decision").select_option("accepted")
    admin.locator("#id_change_ar").fill(RESPONSE)
    admin.locator("form#w-editor-form button[type=submit]").first.click()
    admin.wait_for_url(f"{base}/admin/consultations/{consultation.pk}/points/")
    point = consultation.points.get()
    admin.goto(f"{base}/admin/consultations/{consultation.pk}/analysis/{first.pk}/")
    section = admin.locator(f"#contribution-{contribution.pk}")
    section.locator("input[type=text]").fill("الشباب, النساء")
    section.locator("select").select_option(str(point.pk))
    section.locator("form").first.locator("button").click()
    admin.wait_for_url(re.compile(rf"#contribution-{contribution.pk}$"))
    admin.goto(f"{base}/admin/consultations/{consultation.pk}/synthesis/")
    admin.locator("#id_synthesis_ar").fill("طالب المشاركون بإشراك أوسع للشباب والنساء.")
    admin.locator("form#w-editor-form button[type=submit]").first.click()
    admin.wait_for_url(hub)
    admin.locator(
        f"button[formaction='/admin/consultations/{consultation.pk}/step/publish-results/']"
    ).click()
    admin.wait_for_url(hub)
    staff.close()
    consultation.refresh_from_db()
    assert consultation.phase == "results"
    contribution.refresh_from_db()
    assert contribution.point == point
    assert sorted(contribution.tags.values_list("name", flat=True)) == ["الشباب", "النساء"]

    # The citizen reads the response to their comment, and the synthesis.
    page.goto(f"{base}/ar/ouezzane/consultations/{consultation.pk}/p/{first.pk}/")
    expect(page.locator(".comment-response")).to_contain_text(RESPONSE)
    axe_clean(page)
    page.goto(f"{base}/ar/ouezzane/consultations/{consultation.pk}/")
    expect(page.locator("#results")).to_contain_text("طالب المشاركون بإشراك أوسع للشباب والنساء.")
    expect(page.locator("#results")).to_contain_text(RESPONSE)
    axe_clean(page)


@pytest.mark.parametrize("lang, direction", [("ar", "rtl"), ("fr", "ltr")])
def test_pages_are_accessible(page, live_server, ouezzane, citizen, axe_clean, lang, direction):
    base = live_server.url
    consultation = Consultation.objects.for_commune(ouezzane).get()
    first = consultation.paragraphs.get(section__position=1, position=1)
    root = f"{base}/{lang}/ouezzane/consultations"
    for path in ("/", f"/{consultation.pk}/", f"/{consultation.pk}/text/"):
        page.goto(root + path)
        assert page.locator("html").get_attribute("dir") == direction
        axe_clean(page)
    sign_in(page, base, citizen.email, lang)
    page.goto(f"{root}/{consultation.pk}/p/{first.pk}/")
    axe_clean(page)
    # Errors are announced and accessible too.
    page.locator("form.comment-form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    axe_clean(page)
    page.goto(f"{root}/{consultation.pk}/questionnaire/")
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    axe_clean(page)
