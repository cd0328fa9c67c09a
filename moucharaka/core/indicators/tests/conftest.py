"""A small ledger whose every figure is worked out by hand (see `hand_figures`).

Commune A, 2026 Q1 (1 January – 31 March 2026, Africa/Casablanca):
- 10 women with accounts: ages 18–29 (5) and 30–44 (5); districts D1 (5) and D2 (5);
  no disability. Eight act once, two act three times.
- 6 men with accounts: age 45–59, district D1, with a disability; two acts each.
- 5 people from paper sheets (keys k1…k5), nothing else known; k1 acts six times.
Noise that must not count: a row in commune B, a row in commune A in April 2026.
"""

import datetime

import pytest
from django.utils import timezone

from moucharaka.core.indicators.periods import ReportingPeriod
from moucharaka.core.ledger.services import participation_record
from moucharaka.core.testing.factories import DistrictFactory, UserFactory

Q1 = ReportingPeriod.quarter(2026, 1)


def at(day: int, month: int = 2) -> datetime.datetime:
    return datetime.datetime(2026, month, day, 10, tzinfo=timezone.get_default_timezone())


def act(commune, *, day=10, month=2, **kwargs):
    kwargs.setdefault("kind", "suggestion_submitted")
    kwargs.setdefault("module", "suggestions")
    return participation_record(commune=commune, occurred_at=at(day, month), **kwargs)


@pytest.fixture
def districts(commune_a):
    return DistrictFactory(commune=commune_a, name_ar="حي 1"), DistrictFactory(
        commune=commune_a, name_ar="حي 2"
    )


@pytest.fixture
def ledger(commune_a, commune_b, districts):
    d1, d2 = districts
    women = []
    for i in range(10):
        woman = UserFactory()
        women.append(woman)
        demographics = {
            "gender": "female",
            "age_band": "18_29" if i < 5 else "30_44",
            "district": d1 if i < 5 else d2,
            "disability": False,
        }
        for day in range(3 if i < 2 else 1):
            act(commune_a, person=woman, demographics=demographics, day=day + 1)
    for _i in range(6):
        man = UserFactory()
        demographics = {"gender": "male", "age_band": "45_59", "district": d1, "disability": True}
        for day in range(2):
            act(commune_a, person=man, demographics=demographics, day=day + 1, kind="meeting_x")
    for key in ("k1", "k2", "k3", "k4", "k5"):
        for day in range(6 if key == "k1" else 1):
            act(commune_a, person_key=key, channel="paper", day=day + 1)
    act(commune_b, person=UserFactory(), day=5)
    act(commune_a, person=UserFactory(), day=5, month=4)
    return {"women": women}


# What `figures.compute` must give for commune A in Q1 (worked out in the docstring).
HAND_FIGURES = {
    "participants": 21,
    "acts": 36,  # women 8 + 6, men 12, paper 4 + 6
    "women_share": 0.625,  # 10 of the 16 whose gender is known
    "youth_share": 0.312,  # 5 of 16
    "disability_share": 0.375,  # 6 of 16
    "districts_reached": 2,
    "repeat": 9,  # 21 − 12 who acted once
    "repeat_share": 0.429,  # 9 / 21
}
