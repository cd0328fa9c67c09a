"""publish: in-app rows at once, e-mails only once the transaction commits."""

import pytest
from django.core import mail
from django.db import transaction

from moucharaka.core.notifications.models import Notification
from moucharaka.core.notifications.services import publish
from moucharaka.core.testing.factories import UserFactory


def notify(commune, recipients, **kwargs):
    kwargs.setdefault("event", "suggestion.answered")
    kwargs.setdefault("title", "Votre suggestion a reçu une réponse")
    kwargs.setdefault("body", "La commune a répondu à votre suggestion.")
    kwargs.setdefault("url", "/fr/commune-a/suggestions/1/")
    return publish(commune=commune, recipients=recipients, **kwargs)


def test_it_creates_rows_and_sends_mail_after_commit(
    commune_a, citizen, owner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        rows = notify(commune_a, [citizen, owner, citizen])  # the same person once
        assert mail.outbox == []  # nothing before the commit

    assert len(rows) == 2 and len(callbacks) == 2
    stored = Notification.objects.filter(commune=commune_a)
    assert {n.recipient for n in stored} == {citizen, owner}
    assert all(n.read_at is None and n.event == "suggestion.answered" for n in stored)

    for callback in callbacks:
        callback()
    assert sorted(m.to[0] for m in mail.outbox) == sorted([citizen.email, owner.email])
    message = mail.outbox[0]
    assert message.subject == "Votre suggestion a reçu une réponse"
    assert "La commune a répondu" in message.body
    assert "http://127.0.0.1:8000/fr/commune-a/suggestions/1/" in message.body


def test_it_sends_nothing_when_the_act_is_rolled_back(
    commune_a, citizen, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError):
            with transaction.atomic():
                notify(commune_a, [citizen])
                raise RuntimeError("the act failed")
    assert mail.outbox == []
    assert not Notification.objects.exists()


def test_it_sends_with_huey_in_the_demo_settings(
    commune_a, citizen, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        notify(commune_a, [citizen], title="Un titre\nsur deux lignes", url="")
    [message] = mail.outbox
    assert message.subject == "Un titre sur deux lignes"  # headers are one line
    assert message.body == "La commune a répondu à votre suggestion."


def test_it_mails_only_active_people(commune_a, django_capture_on_commit_callbacks):
    gone = UserFactory(is_active=False)
    with django_capture_on_commit_callbacks(execute=True):
        rows = notify(commune_a, [gone])
    assert len(rows) == 1 and mail.outbox == []


def test_it_accepts_platform_wide_events(citizen, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        [row] = notify(None, [citizen])
    assert row.commune is None and len(mail.outbox) == 1


def test_it_attaches_files_to_every_email(commune_a, citizen, django_capture_on_commit_callbacks):
    invitation = ("invitation.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
    with django_capture_on_commit_callbacks(execute=True):
        notify(commune_a, [citizen], attachments=[invitation])
    [message] = mail.outbox
    assert message.attachments == [invitation]


def test_it_mails_an_address_without_an_account(db, django_capture_on_commit_callbacks):
    from moucharaka.core.notifications.services import email_on_commit

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        with transaction.atomic():
            email_on_commit(
                to="someone@example.ma",
                subject="Inscription\nconfirmée",
                body="Vous êtes inscrit.",
                url="/fr/commune-a/meetings/1/",
            )
    assert mail.outbox == [] and len(callbacks) == 1
    callbacks[0]()
    [message] = mail.outbox
    assert message.to == ["someone@example.ma"] and message.subject == "Inscription confirmée"
    assert message.body.endswith("http://127.0.0.1:8000/fr/commune-a/meetings/1/")
    assert not Notification.objects.exists()
