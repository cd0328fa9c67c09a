"""Deleting in the back office: an axis that still has projects is kept (the projects
would lose their place in the programme); an administrator deletes a whole programme
with everything in it."""

import pytest
from django.urls import reverse

from moucharaka.modules.actionplan.models import Axis, Programme, Project

from .factories import ProjectFactory

pytestmark = pytest.mark.usefixtures("module_on")


def test_an_axis_with_projects_is_not_deleted(client, axis, owner):
    ProjectFactory(axis=axis)
    client.force_login(owner)
    response = client.post(reverse("actionplan_axes:delete", args=[axis.pk]))
    assert response.status_code in (200, 302)
    assert Axis.objects.for_commune(axis.commune).filter(pk=axis.pk).exists()


def test_a_programme_is_deleted_with_its_axes_and_projects(client, axis, owner):
    ProjectFactory(axis=axis)
    client.force_login(owner)
    response = client.post(reverse("actionplan_programmes:delete", args=[axis.programme.pk]))
    assert response.status_code == 302
    commune = axis.commune
    assert not Programme.objects.for_commune(commune).exists()
    assert not Project.objects.for_commune(commune).exists()
