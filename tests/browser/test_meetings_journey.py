"""Citizen meetings, end to end in real Chromium: someone without an account registers
in Arabic and receives the confirmation e-mail with its calendar invitation; a staff
member checks them in at the door in the Wagtail back office; after the meeting the
minutes are published and the public page shows them. axe-core checks the calendar
(list and month), the meeting's page, the registration page and the form's errors in
Arabic and in French.

Map tiles come from an external server that tests cannot reach: the place is written out
and the marker is drawn without them."""

import re
from datetime import timedelta
from decimal import Decimal

import icalendar
import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import CommuneFactory, DistrictFactory, UserFactory
from moucharaka.modules.meetings.models import Attendee, Meeting, Registration
from moucharaka.modules.meetings.services import meeting_create, meeting_publish

PASSWORD = "correct horse battery"


@pytest.fixture
def larache(transactional_db):
    commune = CommuneFactory(
        slug="larache", name_fr="Larache", name_ar="العرائش", population_2024=133731
    )
    module_enable(commune=commune, key="meetings")
    DistrictFactory(commune=commune, name_ar="المدينة العتيقة", name_fr="Médina")
    return commune


@pytest.fixture
def officer(larache):
    user = UserFactory(email="officer@larache.ma", display_name="Officer")
    commune_role_grant(commune=larache, user=user, role="meetings_officer")
    return user


@pytest.fixture
def meeting(larache, officer):
    """A workshop starting in an hour: registration still open, the door open soon."""
    start = (timezone.now() + timedelta(hours=1)).replace(second=0, microsecond=0)
    meeting = meeting_create(
        commune=larache,
        actor=officer,
        kind=Meeting.Kind.WORKSHOP,
        title="ورشة تشاورية حول ميثاق المشاركة المواطنة",
        title_fr="Atelier de concertation sur la charte de participation citoyenne",
        summary="التشاور مع الجمعيات والمواطنين حول مسودة الميثاق.",
        starts_at=start,
        ends_at=start + timedelta(hours=3),
        venue="قاعة الاجتماعات بمقر الجماعة",
        latitude=Decimal("35.193200"),
        longitude=Decimal("-6.155700"),
        capacity=30,
        step_free_access=True,
        sign_language=True,
        agenda=[
            {"title": "تقديم المشاركات والمشاركين", "title_fr": "Présentation des participants"},
            {"title": "خلاصات عامة", "title_fr": "Conclusions générales"},
        ],
    )
    return meeting_publish(commune=larache, meeting=meeting, actor=officer)


def staff_page(browser, base, user):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{base}/admin/login/")
    page.locator("input[name=username]").fill(user.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")
    return context, page


def test_register_confirm_check_in_and_read_the_minutes(
    page, browser, live_server, larache, officer, meeting, axe_clean
):
    base = live_server.url

    # The calendar, then the meeting: accessible, in Arabic, right to left.
    page.goto(f"{base}/ar/larache/meetings/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    axe_clean(page)
    page.get_by_role("link", name=meeting.title).click()
    page.wait_for_url(f"{base}/ar/larache/meetings/{meeting.pk}/")
    expect(page.locator(".agenda")).to_contain_text("تقديم المشاركات والمشاركين")
    expect(page.locator("#meeting-map .leaflet-marker-icon")).to_have_count(1)
    axe_clean(page)

    # Registering without an account: a name and an e-mail address.
    form = page.locator("#registration-form")
    form.get_by_label("الاسم").fill("أمينة العلوي")
    form.locator("#id_email").fill("amina@example.ma")
    form.locator("#id_needs").fill("مقعد قريب من المنصة")
    form.get_by_role("button", name="التسجيل").click()
    page.wait_for_url(re.compile(r"/ar/larache/meetings/registrations/\d+/\w+/$"))
    expect(page.locator(".messages")).to_contain_text("أنتم مسجلون.")
    axe_clean(page)
    registration = Registration.objects.for_commune(larache).get()
    assert registration.status == "confirmed" and registration.name == "أمينة العلوي"

    # The confirmation e-mail, captured, with its calendar invitation and the link to
    # cancel (the page the browser is on).
    [confirmation] = [m for m in mail.outbox if m.to == ["amina@example.ma"]]
    assert meeting.title in confirmation.subject
    assert page.url.removeprefix(base) in confirmation.body
    filename, content, mimetype = confirmation.attachments[0]
    assert filename == "invitation.ics" and "method=REQUEST" in mimetype
    [event] = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert event.start == meeting.starts_at and str(event["SUMMARY"]) == meeting.title

    # At the door, the officer checks her in, in the back office.
    staff, admin = staff_page(browser, base, officer)
    admin.goto(f"{base}/admin/meetings/attendance/{meeting.pk}/")
    row = admin.locator(f"#r{registration.pk}")
    expect(row).to_contain_text("أمينة العلوي")
    row.locator("button[type=submit]").click()
    admin.wait_for_url(re.compile(rf"/admin/meetings/attendance/{meeting.pk}/"))
    expect(admin.locator(f"#r{registration.pk} button")).to_have_count(0)
    attendee = Attendee.objects.for_commune(larache).get()
    assert attendee.registration == registration and attendee.recorded_by == officer

    # The meeting takes place; afterwards the officer publishes its minutes.
    past = timezone.now() - timedelta(hours=4)
    Meeting.objects.for_commune(larache).filter(pk=meeting.pk).update(
        starts_at=past, ends_at=past + timedelta(hours=3)
    )
    admin.goto(f"{base}/admin/meetings/report/{meeting.pk}/")
    admin.locator("#id_minutes").fill("اتفق المشاركون على إحداث لجنة لتتبع تفعيل الميثاق.")
    admin.locator("#id_publish").check()
    admin.locator("form#w-editor-form button[type=submit]").first.click()
    admin.wait_for_url(f"{base}/admin/meetings/report/{meeting.pk}/")
    staff.close()
    meeting.refresh_from_db()
    assert meeting.minutes_published

    # The public reads the minutes, in Arabic and in French.
    for lang in ("ar", "fr"):
        page.goto(f"{base}/{lang}/larache/meetings/{meeting.pk}/")
        expect(page.locator("#minutes")).to_contain_text("إحداث لجنة لتتبع تفعيل الميثاق")
        axe_clean(page)


@pytest.mark.parametrize("lang, direction", [("ar", "rtl"), ("fr", "ltr")])
def test_pages_are_accessible(page, live_server, larache, meeting, axe_clean, lang, direction):
    base = live_server.url
    month = timezone.localtime(meeting.starts_at).strftime("%Y-%m")
    for path in ("", "?when=past", f"?view=month&month={month}"):
        page.goto(f"{base}/{lang}/larache/meetings/{path}")
        assert page.locator("html").get_attribute("dir") == direction
        axe_clean(page)
    # On a phone, the month view lists the days that have meetings.
    expect(page.locator(".month-grid td.has-meetings").first).to_be_visible()

    page.goto(f"{base}/{lang}/larache/meetings/{meeting.pk}/")
    axe_clean(page)
    # Errors are announced and accessible too.
    page.locator("#registration-form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    axe_clean(page)
