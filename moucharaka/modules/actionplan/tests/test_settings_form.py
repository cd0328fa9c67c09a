"""The module's settings (how progress rolls up, from which year the programme may be
updated) through the core's settings screen; they reach the roll-ups and the rules."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from moucharaka.core.registry.models import ModuleInstance
from moucharaka.modules.actionplan import selectors, services

pytestmark = pytest.mark.usefixtures("module_on")


def test_the_administrator_sets_the_weighting_and_the_update_year(
    client, owner, commune_a, programme, manager
):
    assert selectors.progress_weighting(commune_a) == "budget"
    assert selectors.update_from_year(commune_a) == 3
    client.force_login(owner)
    instance = ModuleInstance.objects.for_commune(commune_a).get(key="actionplan")
    settings_url = reverse("module_instances:settings", args=[instance.pk])
    assert client.get(settings_url).status_code == 200
    invalid = client.post(settings_url, {"progress_weighting": "equal", "update_from_year": "9"})
    assert invalid.status_code == 200 and invalid.context["form"].errors
    response = client.post(settings_url, {"progress_weighting": "equal", "update_from_year": "2"})
    assert response.status_code == 302
    assert selectors.progress_weighting(commune_a) == "equal"
    assert selectors.update_from_year(commune_a) == 2
    # 2023 is the programme's second year: an update may now open.
    services.programme_edit(
        commune=commune_a,
        programme=programme,
        actor=manager,
        status="under_update",
        today=date(2023, 3, 1),
    )


def test_the_default_update_year_applies_otherwise(commune_a, programme, manager):
    with pytest.raises(ValidationError):
        services.programme_edit(
            commune=commune_a,
            programme=programme,
            actor=manager,
            status="under_update",
            today=date(2023, 3, 1),
        )
