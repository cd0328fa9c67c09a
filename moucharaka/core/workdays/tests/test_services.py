"""Writes to a commune's calendar: administrators only, audited, announced by signal."""

import datetime

import pytest

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.workdays import services
from moucharaka.core.workdays.models import CalendarDay
from moucharaka.core.workdays.signals import calendar_changed

D = datetime.date


@pytest.fixture
def changes():
    received = []

    def listener(sender, *, commune, days, **kwargs):
        received.append((commune.pk, days))

    calendar_changed.connect(listener)
    yield received
    calendar_changed.disconnect(listener)


def test_it_records_audits_and_announces_a_closure(commune_a, owner, changes):
    entry = services.calendar_day_record(
        commune=commune_a, actor=owner, day=D(2026, 2, 11), kind="closure", reason=" Moussem "
    )
    assert (entry.reason, entry.recorded_by) == ("Moussem", owner)
    assert changes == [(commune_a.pk, [D(2026, 2, 11)])]
    audit = AuditEntry.objects.for_commune(commune_a).get(action="calendarday.create")
    assert audit.actor == owner and audit.data["kind"] == "closure"


def test_it_announces_both_days_when_an_entry_moves(commune_a, owner, changes):
    entry = services.calendar_day_record(
        commune=commune_a, actor=owner, day=D(2026, 3, 23), kind="holiday", reason="Eid"
    )
    services.calendar_day_update(
        entry=entry, actor=owner, day=D(2026, 3, 24), kind="holiday", reason="Eid"
    )
    assert changes[-1] == (commune_a.pk, [D(2026, 3, 23), D(2026, 3, 24)])
    services.calendar_day_delete(entry=entry, actor=owner)
    assert not CalendarDay.objects.for_commune(commune_a).exists()
    assert changes[-1] == (commune_a.pk, [D(2026, 3, 24)])
    actions = set(AuditEntry.objects.for_commune(commune_a).values_list("action", flat=True))
    assert {"calendarday.create", "calendarday.edit", "calendarday.delete"} <= actions


@pytest.mark.parametrize("who", ["member", "outsider", "citizen"])
def test_only_the_communes_administrator_changes_it(commune_a, who, request, changes):
    with pytest.raises(PermissionError):
        services.calendar_day_record(
            commune=commune_a,
            actor=request.getfixturevalue(who),
            day=D(2026, 2, 11),
            kind="closure",
            reason="x",
        )
    assert changes == []


def test_it_refuses_an_unknown_kind(commune_a, owner):
    with pytest.raises(ValueError):
        services.calendar_day_record(
            commune=commune_a, actor=owner, day=D(2026, 2, 11), kind="party", reason="x"
        )
