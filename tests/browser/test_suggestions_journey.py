"""Suggestions, end to end in real Chromium: a citizen submits in Arabic, a staff member of
the commune answers in the Wagtail back office, the citizen reads the answer and rates
it. axe-core checks the list, the form and the detail page in Arabic and in French.

Map tiles come from an external server that tests cannot reach: the pages must not need
them (the list and the coordinates inputs stay usable), and they do not."""

import re

import pytest
from playwright.sync_api import expect

from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import CommuneFactory, DistrictFactory, UserFactory
from moucharaka.modules.suggestions.models import AnswerRating, Category, Suggestion
from moucharaka.modules.suggestions.services import suggestion_submit

PASSWORD = "correct horse battery"


@pytest.fixture
def larache(transactional_db):
    commune = CommuneFactory(
        slug="larache", name_fr="Larache", name_ar="العرائش", population_2024=133731
    )
    module_enable(commune=commune, key="suggestions")
    Category.unscoped.create(
        commune=commune, name_ar="الإنارة العمومية", name_fr="Éclairage public"
    )
    DistrictFactory(commune=commune, name_ar="المدينة العتيقة", name_fr="Médina")
    neighbour = UserFactory(email="neighbour@example.ma", display_name="جارة")
    suggestion_submit(
        commune=commune,
        author=neighbour,
        title="الإنارة العمومية معطلة قرب السوق",
        body="منذ أسبوعين.",
        latitude="35.193200",
        longitude="-6.155700",
    )
    return commune


@pytest.fixture
def citizen(transactional_db):
    return UserFactory(email="amina@example.ma", display_name="أمينة")


@pytest.fixture
def officer(larache):
    user = UserFactory(email="officer@larache.ma", display_name="Officer")
    commune_role_grant(commune=larache, user=user, role="suggestions_officer")
    return user


def sign_in(page, base, email, lang="ar"):
    page.goto(f"{base}/{lang}/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()


def test_citizen_submits_staff_answers_citizen_rates(
    page, browser, live_server, larache, citizen, officer, axe_clean
):
    base = live_server.url

    # The citizen finds the space, accessible, and is asked to sign in to write.
    page.goto(f"{base}/ar/larache/suggestions/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    axe_clean(page)
    page.get_by_role("link", name="إرسال اقتراح").first.click()
    page.wait_for_url(re.compile(r"/ar/accounts/login/"))
    page.locator("input[name=login]").fill(citizen.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(f"{base}/ar/larache/suggestions/new/")
    axe_clean(page)

    # While typing the title, the similar suggestion shows up (hamza and taa marbuta
    # typed differently).
    page.get_by_label("العنوان").press_sequentially("اصلاح الانارة العمومية", delay=20)
    similar = page.locator("#similar-suggestions")
    expect(similar).to_contain_text("الإنارة العمومية معطلة قرب السوق", timeout=5000)

    page.get_by_label("نصكم").fill("المصابيح معطلة في زنقة المدارس منذ شهر.")
    page.get_by_label("الصنف").select_option(label="الإنارة العمومية")
    page.get_by_label("الحي").select_option(label="المدينة العتيقة")
    page.get_by_role("button", name="إرسال اقتراحي").click()
    page.wait_for_url(re.compile(r"/ar/larache/suggestions/\d+/$"))
    expect(page.locator("h1")).to_have_text("اصلاح الانارة العمومية")
    axe_clean(page)
    suggestion = Suggestion.objects.for_commune(larache).get(author=citizen)
    detail_url = page.url

    # A staff member of Larache answers it in the back office.
    staff = browser.new_context(viewport={"width": 1280, "height": 900})
    admin = staff.new_page()
    admin.goto(f"{base}/admin/login/")
    admin.locator("input[name=username]").fill(officer.email)
    admin.locator("input[name=password]").fill(PASSWORD)
    admin.locator("button[type=submit]").click()
    admin.wait_for_url(f"{base}/admin/")
    admin.goto(f"{base}/admin/suggestions/")
    admin.get_by_role("link", name="اصلاح الانارة العمومية").click()
    admin.wait_for_url(f"{base}/admin/suggestions/edit/{suggestion.pk}/")
    admin.locator("#id_status").select_option("answered")
    admin.locator("#id_answer_kind").select_option("planned")
    admin.locator("#id_answer").fill("برمجت المصلحة التقنية تعويض المصابيح الشهر المقبل.")
    admin.locator("#id_note").fill("بعد زيارة ميدانية")
    admin.locator("form#w-editor-form button[type=submit]").first.click()
    admin.wait_for_url(f"{base}/admin/suggestions/")
    staff.close()
    suggestion.refresh_from_db()
    assert suggestion.status == "answered" and suggestion.answered_by == officer

    # The citizen sees the answer, and rates it.
    page.goto(detail_url)
    answer = page.locator("#answer")
    expect(answer).to_contain_text("برمجت المصلحة التقنية تعويض المصابيح الشهر المقبل.")
    expect(answer).to_contain_text("مبرمج")
    expect(page.locator(".history")).to_contain_text("بعد زيارة ميدانية")
    axe_clean(page)
    rating = page.locator("#rating")
    rating.get_by_label("4 — راض", exact=True).check()
    rating.get_by_label("نعم").check()
    rating.get_by_role("button", name="إرسال رأيي").click()
    page.wait_for_url(re.compile(r"#rating$"))
    expect(page.locator(".messages")).to_contain_text("شكرا على رأيكم في الجواب.")
    stored = AnswerRating.objects.for_commune(larache).get(suggestion=suggestion)
    assert (stored.user, stored.score, stored.would_participate_again) == (citizen, 4, True)


@pytest.mark.parametrize("lang, direction", [("ar", "rtl"), ("fr", "ltr")])
def test_pages_are_accessible(page, live_server, larache, citizen, axe_clean, lang, direction):
    base = live_server.url
    suggestion = Suggestion.objects.for_commune(larache).get()
    for path in ("", "?view=map"):
        page.goto(f"{base}/{lang}/larache/suggestions/{path}")
        assert page.locator("html").get_attribute("dir") == direction
        axe_clean(page)
    # The map view: the marker is drawn, and the list is still there under it.
    expect(page.locator("#suggestions-map .leaflet-marker-icon")).to_have_count(1)
    expect(page.locator(".suggestion-list")).to_contain_text("الإنارة العمومية معطلة قرب السوق")

    page.goto(f"{base}/{lang}/larache/suggestions/{suggestion.pk}/")
    axe_clean(page)

    sign_in(page, base, citizen.email, lang)
    page.goto(f"{base}/{lang}/larache/suggestions/new/")
    axe_clean(page)
    # The map fills the coordinates in.
    page.locator("#location-map").click(position={"x": 120, "y": 80})
    expect(page.locator("#id_latitude")).not_to_have_value("")
    # Errors are announced and accessible too.
    page.locator("#suggestion-form button[type=submit]:not([name])").click()
    expect(page.locator(".error-summary")).to_be_visible()
    axe_clean(page)
