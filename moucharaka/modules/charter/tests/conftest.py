import datetime

import pytest

from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.charter.models import Actor, Charter, Commitment, Target


@pytest.fixture
def charter_on(commune_a, commune_b):
    module_enable(commune=commune_a, key="charter")
    module_enable(commune=commune_b, key="charter")


@pytest.fixture
def charter(commune_a, charter_on):
    return Charter.unscoped.create(
        commune=commune_a, title="ميثاق المشاركة", status=Charter.Status.ADOPTED
    )


@pytest.fixture
def manager(commune_a):
    user = UserFactory(email="manager@a.ma")
    commune_role_grant(commune=commune_a, user=user, role="charter_manager")
    return user


@pytest.fixture
def manager_b(commune_b):
    user = UserFactory(email="manager@b.ma")
    commune_role_grant(commune=commune_b, user=user, role="charter_manager")
    return user


def commitment(charter, **fields):
    fields.setdefault("actor", Actor.COMMUNE)
    fields.setdefault("title", "Publier les informations")
    return Commitment.unscoped.create(commune=charter.commune, charter=charter, **fields)


def target(charter, measure, value, period, direction="at_least"):
    from moucharaka.modules.charter import rules

    return Target.unscoped.create(
        commune=charter.commune,
        charter=charter,
        measure=measure,
        value=value,
        period=period,
        direction=direction,
        due_on=rules.target_due_on(period),
    )


def day(year, month, d):
    return datetime.date(year, month, d)
