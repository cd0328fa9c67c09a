"""One test (or more) per rule of rules.py, with the article each one encodes."""

import datetime

import pytest

from moucharaka.core.territories.models import Commune
from moucharaka.core.testing.factories import AssociationFactory, CommuneFactory
from moucharaka.modules.petitions import rules
from moucharaka.modules.petitions.models import Basis

D = datetime.date


def commune(population, kind=Commune.Type.URBAN):
    return Commune(commune_type=kind, population_2024=population, population_2014=None)


# art. 123: thresholds per commune type
@pytest.mark.parametrize(
    "population, kind, expected",
    [
        (12_000, Commune.Type.RURAL, 100),
        (34_999, Commune.Type.URBAN, 100),
        (35_000, Commune.Type.URBAN, 200),
        (133_731, Commune.Type.URBAN, 200),
        (1_275_428, Commune.Type.WITH_ARRONDISSEMENTS, 400),
        (20_000, Commune.Type.WITH_ARRONDISSEMENTS, 400),  # arrondissements come first
        (None, Commune.Type.URBAN, 200),  # unknown population: the higher figure
    ],
)
def test_it_sets_the_legal_threshold_per_commune_type(population, kind, expected):
    assert rules.legal_threshold(commune(population, kind)) == expected


def test_it_uses_the_latest_legal_population():
    older = Commune(commune_type=Commune.Type.URBAN, population_2014=30_000, population_2024=36_000)
    assert rules.legal_threshold(older) == 200


def test_it_reads_the_thresholds_from_settings(settings):
    settings.PETITIONS_THRESHOLD_SMALL_COMMUNE = 150
    assert rules.legal_threshold(commune(10_000)) == 150


def test_it_lets_a_commune_tighten_but_not_loosen_the_threshold():
    small = commune(10_000)
    assert rules.effective_threshold(small, 250) == 250
    assert rules.effective_threshold(small, 50) == 100
    assert rules.effective_threshold(small, None) == 100


# art. 123: signatories' declarations
@pytest.mark.parametrize(
    "basis, electoral, expected",
    [
        (Basis.RESIDENCE, True, True),
        (Basis.ACTIVITY, True, True),
        (Basis.RESIDENCE, False, False),
        ("tourist", True, False),
        ("", True, False),
    ],
)
def test_it_checks_the_signatorys_declarations(basis, electoral, expected):
    assert (
        rules.signatory_eligible(basis=basis, declares_electoral_eligibility=electoral) is expected
    )


# art. 124: more than three years
@pytest.mark.parametrize(
    "registered, deposit, expected",
    [
        (D(2020, 3, 10), D(2023, 3, 10), False),  # exactly three years: not more
        (D(2020, 3, 10), D(2023, 3, 11), True),
        (D(2021, 1, 1), D(2023, 12, 31), False),
        (D(2020, 2, 29), D(2023, 3, 1), True),  # leap day
    ],
)
def test_it_requires_more_than_three_years_of_existence(registered, deposit, expected):
    assert rules.association_old_enough(registered, deposit) is expected


def failures(association, commune_obj, **overrides):
    args = {
        "association": association,
        "commune": commune_obj,
        "on": D(2025, 6, 1),
        "declares_branch_in_commune": False,
        "branch_address": "",
        "declares_related_activity": True,
        "declares_good_standing": True,
        "has_good_standing_document": True,
    }
    args.update(overrides)
    return [f.code for f in rules.association_failures(**args)]


def test_it_accepts_an_eligible_association(db):
    home = CommuneFactory()
    association = AssociationFactory(seat_commune=home, registration_date=D(2015, 1, 1))
    assert failures(association, home) == []


def test_it_says_everything_that_fails_for_an_association(db):
    home, elsewhere = CommuneFactory(), CommuneFactory()
    association = AssociationFactory(seat_commune=elsewhere, registration_date=D(2024, 1, 1))
    assert failures(
        association,
        home,
        declares_related_activity=False,
        declares_good_standing=True,
        has_good_standing_document=False,
    ) == ["too_young", "no_seat", "unrelated", "standing"]


def test_it_accepts_a_branch_in_the_commune_with_its_address(db):
    home, elsewhere = CommuneFactory(), CommuneFactory()
    association = AssociationFactory(seat_commune=elsewhere, registration_date=D(2015, 1, 1))
    assert failures(association, home, declares_branch_in_commune=True) == ["no_seat"]
    assert (
        failures(
            association, home, declares_branch_in_commune=True, branch_address="Rue 5, Larache"
        )
        == []
    )


def test_it_explains_failures_with_the_article(db):
    home = CommuneFactory()
    association = AssociationFactory(seat_commune=home, registration_date=D(2024, 1, 1))
    [failure] = rules.association_failures(
        association=association,
        commune=home,
        on=D(2025, 6, 1),
        declares_branch_in_commune=False,
        branch_address="",
        declares_related_activity=True,
        declares_good_standing=True,
        has_good_standing_document=True,
    )
    assert "3" in str(failure.message) and "124" in str(failure.message)


# art. 125: three months from receipt
@pytest.mark.parametrize(
    "received, deadline",
    [
        (D(2025, 1, 15), D(2025, 4, 15)),
        (D(2025, 11, 30), D(2026, 2, 28)),  # end of month clamps
        (D(2023, 11, 30), D(2024, 2, 29)),  # leap year
        (D(2025, 12, 31), D(2026, 3, 31)),
    ],
)
def test_it_gives_the_bureau_three_months(received, deadline):
    assert rules.decision_deadline(received) == deadline


def test_it_reads_the_deadline_from_settings_and_lets_the_commune_shorten_it(settings):
    assert rules.decision_deadline(D(2025, 1, 15), months=2) == D(2025, 3, 15)
    assert rules.effective_decision_months(2) == 2
    assert rules.effective_decision_months(6) == 3  # never longer than the law
    assert rules.effective_decision_months(None) == 3
    settings.PETITIONS_DECISION_MONTHS = 4
    assert rules.decision_deadline(D(2025, 1, 15)) == D(2025, 5, 15)


def test_it_flags_overdue_petitions():
    deadline = D(2025, 4, 15)
    assert not rules.is_overdue(deadline=deadline, decided=False, today=D(2025, 4, 15))
    assert rules.is_overdue(deadline=deadline, decided=False, today=D(2025, 4, 16))
    assert not rules.is_overdue(deadline=deadline, decided=True, today=D(2025, 5, 1))
    assert not rules.is_overdue(deadline=None, decided=False, today=D(2025, 5, 1))


def test_it_counts_answers_on_the_last_day_as_in_time():
    deadline = D(2025, 4, 15)
    assert rules.answered_in_time(deadline=deadline, decided_on=D(2025, 4, 15))
    assert not rules.answered_in_time(deadline=deadline, decided_on=D(2025, 4, 16))
    assert not rules.answered_in_time(deadline=deadline, decided_on=None)


def test_it_reminds_on_the_configured_days(settings):
    settings.PETITIONS_REMINDER_DAYS = [30, 7]
    deadline = D(2025, 4, 30)
    assert rules.reminder_due(deadline=deadline, today=D(2025, 3, 31)) == 30
    assert rules.reminder_due(deadline=deadline, today=D(2025, 4, 23)) == 7
    assert rules.reminder_due(deadline=deadline, today=D(2025, 4, 22)) is None


# Ordinary sessions [U]: February, May, October
@pytest.mark.parametrize(
    "after, session",
    [
        (D(2025, 1, 10), D(2025, 2, 1)),
        (D(2025, 2, 1), D(2025, 5, 1)),  # strictly after
        (D(2025, 6, 30), D(2025, 10, 1)),
        (D(2025, 10, 2), D(2026, 2, 1)),
    ],
)
def test_it_finds_the_next_ordinary_session(after, session):
    assert rules.next_ordinary_session(after) == session


def test_it_reads_the_session_months_from_settings(settings):
    settings.PETITIONS_ORDINARY_SESSION_MONTHS = [3, 9]
    assert rules.next_ordinary_session(D(2025, 4, 1)) == D(2025, 9, 1)


# Law 09-08: retention
def test_it_purges_a_configurable_time_after_the_end(settings):
    settings.PETITIONS_PURGE_AFTER_DAYS = 30
    assert rules.purge_due_on(D(2025, 1, 1)) == D(2025, 1, 31)


def test_it_adds_months_to_month_ends():
    assert rules.add_months(D(2025, 1, 31), 1) == D(2025, 2, 28)
    assert rules.add_months(D(2025, 10, 15), 3) == D(2026, 1, 15)


def test_the_council_decides_after_the_committees_examined_the_petition():
    assert rules.council_may_decide(committees_examined=True)
    assert not rules.council_may_decide(committees_examined=False)
