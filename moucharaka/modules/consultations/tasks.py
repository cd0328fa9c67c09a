"""Periodic job (Huey, `manage.py run_huey`): tell followers that a consultation has
opened or closed when its dates come, once each (services.consultation_sync; a page
view sends them too if it comes first)."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from moucharaka.modules.consultations import services


@db_periodic_task(crontab(minute="*/10"))
def consultations_phases():
    services.consultations_sync_due()
