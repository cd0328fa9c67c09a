"""Daily jobs (Huey, `manage.py run_huey`): deadline reminders and the purge of
signatories' personal data."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from moucharaka.modules.petitions import services


@db_periodic_task(crontab(hour="6", minute="15"))
def petitions_daily():
    services.petition_deadline_reminders()
    services.petitions_purge_due()
