"""A change of a commune's calendar moves the running deadlines counted in its working
days (core.workdays.signals.calendar_changed)."""

from moucharaka.modules.inforequests import services


def recompute_deadlines(sender, *, commune, days, **kwargs):
    services.deadlines_recompute(commune=commune, days=days)
