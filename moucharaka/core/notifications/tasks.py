"""Background jobs of the notifications app (Huey; run in-process in the demo)."""

from django.conf import settings
from django.core.mail import send_mail
from huey.contrib.djhuey import db_task


@db_task(retries=3, retry_delay=300)
def notification_email_send(*, to: str, subject: str, message: str) -> None:
    """One e-mail to one person; retried when the mail server fails."""
    send_mail(subject, message, settings.DEFAULT_FROM_EMAIL, [to])
