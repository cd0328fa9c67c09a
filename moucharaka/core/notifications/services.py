"""Tell people that something happened: in-app notifications plus an e-mail copy."""

from collections.abc import Iterable
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from moucharaka.core.notifications.models import Notification
from moucharaka.core.notifications.tasks import notification_email_send

TITLE_MAX_LENGTH = Notification._meta.get_field("title").max_length


def _absolute(url: str) -> str:
    if url.startswith("/"):
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url
    return url


def email_on_commit(*, to: str, subject: str, body: str, url: str = "", attachments=()) -> None:
    """Queue one e-mail to an address once the surrounding transaction commits: for
    people who gave an address without having an account (an account holder is told
    through `publish`). Same subject and link handling as `publish`."""
    subject = " ".join(subject.split())[:TITLE_MAX_LENGTH]
    message = f"{body}\n\n{_absolute(url)}" if url else body
    transaction.on_commit(
        partial(
            notification_email_send,
            to=to,
            subject=subject,
            message=message,
            attachments=tuple(attachments),
        )
    )


@transaction.atomic
def publish(
    *,
    commune,
    event: str,
    recipients: Iterable,
    title: str,
    body: str,
    url: str,
    attachments=(),
) -> list[Notification]:
    """Notify each recipient in the app and, if they have an e-mail address, by e-mail.

    `title` and `body` are shown as given: the caller translates them (e.g. under
    `translation.override(...)`) before calling. `url` is a local path ("/ar/larache/…")
    or an absolute URL; e-mails carry it made absolute with settings.WAGTAILADMIN_BASE_URL.
    `commune` may be None for platform-wide events. The same person listed twice is
    notified once. E-mails are queued only when the surrounding transaction commits, so
    a rolled-back act sends nothing. `attachments`, (filename, content, mimetype)
    triples, go with every e-mail (e.g. a calendar invitation).
    """
    people = list({person.pk: person for person in recipients if person is not None}.values())
    title = " ".join(title.split())[:TITLE_MAX_LENGTH]  # e-mail subjects are one line
    now = timezone.now()
    notifications = Notification.objects.bulk_create(
        [
            Notification(
                recipient=person,
                commune=commune,
                event=event,
                title=title,
                body=body,
                url=url,
                created_at=now,
            )
            for person in people
        ]
    )
    for person in people:
        if person.email and person.is_active:
            email_on_commit(
                to=person.email, subject=title, body=body, url=url, attachments=attachments
            )
    return notifications


def mark_read(*, user, notification_ids: Iterable[int] | None = None) -> int:
    """Mark the user's unread notifications as read (all, or only these ids); returns
    how many changed. Other people's notifications are never touched."""
    unread = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if notification_ids is not None:
        unread = unread.filter(pk__in=list(notification_ids))
    return unread.update(read_at=timezone.now())
