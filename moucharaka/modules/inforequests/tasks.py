"""Daily job (Huey, `manage.py run_huey`): reminders before the deadlines to answer
requests (law 31.13, arts. 16–17) and complaints (art. 19), each sent once."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from moucharaka.modules.inforequests import services


@db_periodic_task(crontab(hour="6", minute="30"))
def inforequests_daily():
    services.deadline_reminders()
