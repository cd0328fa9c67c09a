"""Staff screens of meetings (Wagtail): list, create with the agenda, edit (registrants
told of a new date), publish, cancel; other communes' meetings 404; roles decide."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.meetings.models import Meeting
from moucharaka.modules.meetings.services import registration_create

from .factories import AgendaItemFactory, MeetingFactory

pytestmark = pytest.mark.usefixtures("module_on")

FORMAT = "%Y-%m-%d %H:%M"


def form_data(commune, *, start=None, agenda=(), existing=(), **overrides):
    start = start or timezone.localtime() + timedelta(days=14)
    data = {
        "commune": commune.pk,
        "kind": "hearing",
        "title": "جلسة استماع حول النقل الحضري",
        "title_fr": "Audition publique sur le transport urbain",
        "language": "ar",
        "summary": "",
        "starts_at": start.strftime(FORMAT),
        "ends_at": (start + timedelta(hours=2)).strftime(FORMAT),
        "mode": "in_person",
        "venue": "قاعة الاجتماعات",
        "address": "",
        "district": "",
        "latitude": "",
        "longitude": "",
        "online_url": "",
        "step_free_access": "on",
        "accessibility_notes": "",
        "registration_enabled": "on",
        "capacity": "40",
        "registration_closes_at": "",
        "agenda_items-TOTAL_FORMS": str(len(existing) + len(agenda)),
        "agenda_items-INITIAL_FORMS": str(len(existing)),
        "agenda_items-MIN_NUM_FORMS": "0",
        "agenda_items-MAX_NUM_FORMS": "1000",
    }
    rows = [(item.pk, item.title) for item in existing] + [("", title) for title in agenda]
    for n, (pk, title) in enumerate(rows):
        data.update(
            {
                f"agenda_items-{n}-id": pk,
                f"agenda_items-{n}-title": title,
                f"agenda_items-{n}-title_fr": "",
                f"agenda_items-{n}-details": "",
                f"agenda_items-{n}-starts_at_time": "",
                f"agenda_items-{n}-ORDER": str(n + 1),
                f"agenda_items-{n}-DELETE": "",
            }
        )
    data.update(overrides)
    return data


def test_the_list_shows_the_users_communes_only(client, officer, meeting, meeting_b):
    client.force_login(officer)
    response = client.get(reverse("meetings:index"))
    assert response.status_code == 200
    body = response.content.decode()
    assert meeting.title in body and meeting_b.title not in body


def test_staff_create_a_draft_with_its_agenda(client, officer, commune_a):
    client.force_login(officer)
    response = client.post(
        reverse("meetings:add"), form_data(commune_a, agenda=["الافتتاح", "النقاش"])
    )
    meeting = Meeting.objects.for_commune(commune_a).get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "meetings:edit", args=[meeting.pk]
    )
    assert meeting.status == Meeting.Status.DRAFT and meeting.created_by == officer
    assert list(meeting.agenda_items.values_list("title", flat=True)) == ["الافتتاح", "النقاش"]
    assert meeting.capacity == 40 and meeting.step_free_access
    assert AuditEntry.objects.for_commune(commune_a).filter(action="meeting.create").exists()


def test_the_form_shows_the_rules_errors(client, officer, commune_a, district_b):
    client.force_login(officer)
    start = timezone.localtime() + timedelta(days=3)
    response = client.post(
        reverse("meetings:add"),
        form_data(
            commune_a,
            start=start,
            ends_at=start.strftime(FORMAT),
            district=district_b.pk,
            latitude="48.85",
            longitude="2.35",
        ),
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert {"ends_at", "latitude"} <= set(errors) and "district" in errors
    assert not Meeting.objects.for_commune(commune_a).exists()


def test_a_new_date_tells_the_registrants(
    client, officer, commune_a, meeting, citizen, django_capture_on_commit_callbacks
):
    item = AgendaItemFactory(meeting=meeting, title="الافتتاح")
    registration_create(commune=commune_a, meeting=meeting, user=citizen, notify=False)
    client.force_login(officer)
    later = timezone.localtime(meeting.starts_at) + timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("meetings:edit", args=[meeting.pk]),
            form_data(commune_a, start=later, existing=[item], capacity="3"),
        )
    assert response.status_code == 302, response.context["form"].errors
    meeting.refresh_from_db()
    assert meeting.sequence == 1 and meeting.kind == "hearing"
    assert meeting.commune == commune_a
    [message] = mail.outbox
    assert message.to == [citizen.email] and message.attachments


def test_publishing_and_cancelling(
    client, officer, commune_a, citizen, django_capture_on_commit_callbacks
):
    draft = MeetingFactory(commune=commune_a, status=Meeting.Status.DRAFT)
    client.force_login(officer)
    assert client.get(reverse("meetings:publish", args=[draft.pk])).status_code == 200
    response = client.post(reverse("meetings:publish", args=[draft.pk]))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Meeting.Status.PUBLISHED
    registration_create(commune=commune_a, meeting=draft, user=citizen, notify=False)
    response = client.post(reverse("meetings:cancel", args=[draft.pk]), {"reason": ""})
    assert response.status_code == 200 and "reason" in response.context["form"].errors
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("meetings:cancel", args=[draft.pk]), {"reason": "عطلة استثنائية"})
    draft.refresh_from_db()
    assert draft.status == Meeting.Status.CANCELLED and len(mail.outbox) == 1


def test_publishing_shows_what_is_missing(client, officer, commune_a):
    online = MeetingFactory(commune=commune_a, status="draft", mode="online", online_url="")
    client.force_login(officer)
    response = client.post(reverse("meetings:publish", args=[online.pk]))
    assert response.status_code == 200 and response.context["form"].non_field_errors()


@pytest.mark.parametrize(
    "name",
    ["edit", "publish", "cancel", "attendance", "report", "sheet", "walk_in", "delete", "inspect"],
)
def test_another_communes_meeting_is_not_found(client, outsider, meeting, name):
    client.force_login(outsider)
    assert client.get(reverse(f"meetings:{name}", args=[meeting.pk])).status_code == 404


def test_roles_decide_who_does_what(client, commune_a, meeting, member):
    president = UserFactory()
    commune_role_grant(commune=commune_a, user=president, role=CoreRole.PRESIDENT)
    client.force_login(president)
    assert client.get(reverse("meetings:index")).status_code == 200
    assert client.get(reverse("meetings:edit", args=[meeting.pk])).status_code == 302
    assert client.get(reverse("meetings:publish", args=[meeting.pk])).status_code == 302
    # Editors staff the door: attendance, but not the meeting itself.
    client.force_login(member)
    assert client.get(reverse("meetings:attendance", args=[meeting.pk])).status_code == 200
    assert client.get(reverse("meetings:cancel", args=[meeting.pk])).status_code == 302


def test_the_export_has_no_personal_data(client, officer, commune_a, meeting):
    registration_create(
        commune=commune_a, meeting=meeting, name="Amina", email="amina@example.ma", notify=False
    )
    client.force_login(officer)
    response = client.get(reverse("meetings:index") + "?export=csv")
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    assert meeting.title in content and "amina" not in content.lower()
