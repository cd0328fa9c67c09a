"""Programmes: six years (art. 78), the cycle from diagnosis to evaluation, a change of
status published as an update of the programme, audited."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from moucharaka.core.audit.models import AuditEntry
from moucharaka.modules.actionplan import services
from moucharaka.modules.actionplan.models import Programme, Update

pytestmark = pytest.mark.usefixtures("module_on")


def test_it_creates_a_six_year_programme(commune_a, manager):
    programme = services.programme_create(
        commune=commune_a,
        actor=manager,
        title_ar="برنامج عمل 2028-2033",
        start_year=2028,
        end_year=2033,
    )
    assert programme.status == "diagnosis" and not programme.is_published
    assert AuditEntry.objects.for_commune(commune_a).filter(action="programme.create").exists()
    with pytest.raises(ValidationError):
        services.programme_create(
            commune=commune_a, actor=manager, title_ar="x", start_year=2034, end_year=2038
        )


def test_an_adopted_programme_is_created_with_its_decision_date(commune_a, manager):
    with pytest.raises(ValidationError):
        services.programme_create(
            commune=commune_a,
            actor=manager,
            title_ar="x",
            start_year=2016,
            end_year=2021,
            status="adopted",
        )
    services.programme_create(
        commune=commune_a,
        actor=manager,
        title_ar="x",
        start_year=2016,
        end_year=2021,
        status="adopted",
        adopted_on=date(2017, 2, 7),
    )


def test_a_change_of_status_is_a_public_update(commune_a, manager):
    programme = services.programme_create(
        commune=commune_a,
        actor=manager,
        title_ar="x",
        start_year=2022,
        end_year=2027,
        status="drafting",
    )
    services.programme_edit(
        commune=commune_a,
        programme=programme,
        actor=manager,
        status="adopted",
        adopted_on=date(2022, 10, 4),
    )
    update = Update.objects.for_commune(commune_a).get()
    assert update.kind == "programme" and update.project is None
    assert update.changes == [{"key": "programme.status", "before": "drafting", "after": "adopted"}]
    services.programme_edit(commune=commune_a, programme=programme, actor=manager, title_fr="PAC")
    assert Update.objects.for_commune(commune_a).count() == 1


def test_it_enforces_the_cycle_and_the_update_year(commune_a, manager):
    programme = services.programme_create(
        commune=commune_a,
        actor=manager,
        title_ar="x",
        start_year=2022,
        end_year=2027,
        status="adopted",
        adopted_on=date(2022, 10, 4),
    )
    with pytest.raises(ValidationError):
        services.programme_edit(
            commune=commune_a, programme=programme, actor=manager, status="diagnosis"
        )
    with pytest.raises(ValidationError):
        services.programme_edit(
            commune=commune_a,
            programme=programme,
            actor=manager,
            status="under_update",
            today=date(2023, 6, 1),
        )
    services.programme_edit(
        commune=commune_a,
        programme=programme,
        actor=manager,
        status="under_update",
        today=date(2024, 6, 1),
    )
    assert Programme.objects.for_commune(commune_a).get().status == "under_update"


def test_it_refuses_another_communes_programme(commune_b, programme, manager):
    with pytest.raises(ValueError):
        services.programme_edit(commune=commune_b, programme=programme, actor=manager, title_fr="x")
