"""Daily job (Huey, `manage.py run_huey`): deleting the contact details of people who
registered without an account, once their meeting is long over (law 09-08)."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from moucharaka.modules.meetings import services


@db_periodic_task(crontab(hour="6", minute="30"))
def meetings_daily():
    services.registrations_purge_due()
