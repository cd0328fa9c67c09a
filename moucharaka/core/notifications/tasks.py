"""Background jobs of the notifications app (Huey; run in-process in the demo)."""

from django.conf import settings
from django.core.mail import EmailMessage
from huey.contrib.djhuey import db_task


@db_task(retries=3, retry_delay=300)
def notification_email_send(*, to: str, subject: str, message: str, attachments=()) -> None:
    """One e-mail to one person; retried when the mail server fails. `attachments` are
    (filename, content, mimetype) triples, e.g. a calendar invitation."""
    email = EmailMessage(subject, message, settings.DEFAULT_FROM_EMAIL, [to])
    for filename, content, mimetype in attachments:
        email.attach(filename, content, mimetype)
    email.send()
