"""Background jobs (Huey, `manage.py run_huey`): generating reports, and asking for the
quarterly and annual reports after each period (seed 001 §13.2)."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from moucharaka.modules.charter import services


@db_task(retries=1, retry_delay=60)
def generate_report(report_id: int):
    services.report_generate(report_id=report_id)


@db_periodic_task(crontab(hour="5", minute="30"))
def charter_reports_daily():
    services.reports_schedule()
