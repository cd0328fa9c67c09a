"""Writes to a commune's calendar: its administrator only, audited, and announced to the
modules whose running deadlines depend on it (`signals.calendar_changed`)."""

from __future__ import annotations

import datetime

from django.db import transaction

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.accounts.roles import has_role
from moucharaka.core.audit.services import audit_record
from moucharaka.core.workdays.models import CalendarDay
from moucharaka.core.workdays.signals import calendar_changed


def _require_administrator(actor, commune) -> None:
    if not has_role(actor, commune, CoreRole.ADMINISTRATOR):
        raise PermissionError("only the commune's administrator changes its calendar")


def _changed(commune, days) -> None:
    calendar_changed.send(sender=CalendarDay, commune=commune, days=sorted(set(days)))


@transaction.atomic
def calendar_day_record(
    *, commune, actor, day: datetime.date, kind: str, reason: str
) -> CalendarDay:
    """Record a local closure, the announced date of a holiday or a working day."""
    _require_administrator(actor, commune)
    if kind not in CalendarDay.Kind.values:
        raise ValueError(f"unknown kind {kind!r}")
    entry = CalendarDay.unscoped.create(
        commune=commune, day=day, kind=kind, reason=reason.strip(), recorded_by=actor
    )
    audit_record(
        commune=commune,
        actor=actor,
        action="calendarday.create",
        target=entry,
        data={"day": day.isoformat(), "kind": kind},
    )
    _changed(commune, [day])
    return entry


@transaction.atomic
def calendar_day_update(
    *, entry: CalendarDay, actor, day: datetime.date, kind: str, reason: str
) -> CalendarDay:
    _require_administrator(actor, entry.commune)
    if kind not in CalendarDay.Kind.values:
        raise ValueError(f"unknown kind {kind!r}")
    before = entry.day
    entry.day, entry.kind, entry.reason = day, kind, reason.strip()
    entry.save(update_fields=["day", "kind", "reason"])
    audit_record(
        commune=entry.commune,
        actor=actor,
        action="calendarday.edit",
        target=entry,
        data={"day": day.isoformat(), "kind": kind, "was": before.isoformat()},
    )
    _changed(entry.commune, [before, day])
    return entry


@transaction.atomic
def calendar_day_delete(*, entry: CalendarDay, actor) -> None:
    _require_administrator(actor, entry.commune)
    commune, day = entry.commune, entry.day
    audit_record(
        commune=commune,
        actor=actor,
        action="calendarday.delete",
        target=entry,
        data={"day": day.isoformat(), "kind": entry.kind},
    )
    entry.delete()
    _changed(commune, [day])
