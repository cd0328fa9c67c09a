"""Sent when a commune's calendar changes, so that modules holding deadlines counted in
working days recompute the ones still running (the core never imports a module).

`calendar_changed.send(sender=CalendarDay, commune=commune, days=[date, ...])` is sent
inside the transaction of the change; receivers write in the same transaction."""

from django.dispatch import Signal

calendar_changed = Signal()
