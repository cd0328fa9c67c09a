"""Indicators for the charter (no. 6: use of the right, how often, response rate) and the
open-data export, without personal data."""

import datetime

import pytest
from django.utils import timezone

from moucharaka.core.ledger.selectors import Period
from moucharaka.core.testing.factories import UserFactory
from moucharaka.core.workdays.calendar import calendar_for
from moucharaka.modules.inforequests import selectors, services
from moucharaka.modules.inforequests.manifest import manifest

from .conftest import answer, days_ago, register, submit

D = datetime.date


@pytest.fixture
def recent():
    """The last 400 days (whatever the day the suite runs), as a half-open period."""
    now = timezone.now()
    return Period(now - datetime.timedelta(days=400), now + datetime.timedelta(days=1))


@pytest.fixture
def mix(commune_a, cndp_a, officer, requester):
    """Four requests of this year: one answered, one refused as already published, one
    overdue, one still within its deadline."""
    answered = answer(commune_a, submit(commune_a, requester), officer)
    refused = answer(
        commune_a,
        submit(commune_a, requester),
        officer,
        outcome="refused",
        grounds=["unclear", "in_preparation"],
        details="x",
    )
    overdue = register(commune_a, officer, days_ago(40))
    waiting = submit(commune_a, requester)
    return answered, refused, overdue, waiting


def test_it_counts_requests_received_in_the_period(commune_a, commune_b, mix, recent):
    assert selectors.requests_received(commune=commune_a, period=recent) == 4
    assert selectors.requests_received(communes=[commune_a, commune_b], period=recent) == 4
    long_ago = Period.year(2020)
    assert selectors.requests_received(commune=commune_a, period=long_ago) == 0
    with pytest.raises(TypeError):
        selectors.requests_received(period=recent)


def test_it_counts_distinct_requesters_without_small_cells(commune_a, cndp_a, recent):
    submit(commune_a, UserFactory())
    cell = selectors.distinct_requesters(commune=commune_a, period=recent)
    assert cell.value is None  # fewer than 5 people: withheld
    people = [UserFactory() for _ in range(5)]
    for person in people:
        submit(commune_a, person)
    submit(commune_a, people[0])  # the same person again
    assert selectors.distinct_requesters(commune=commune_a, period=recent).value == 6


def test_the_response_rate_counts_answered_and_overdue_requests(commune_a, mix, recent):
    # answered + refused responded; overdue did not; waiting is not due yet.
    assert selectors.response_rate(commune=commune_a, period=recent) == round(2 / 3, 3)
    assert selectors.share_answered_in_time(commune=commune_a, period=recent) == round(2 / 3, 3)


def test_the_median_working_days_to_respond(commune_a, cndp_a, officer, recent):
    calendar = calendar_for(commune_a)
    received = [days_ago(3), days_ago(10), days_ago(20)]
    for day in received:
        answer(commune_a, register(commune_a, officer, day), officer)
    expected = sorted(calendar.working_days_between(d, timezone.localdate()) for d in received)
    median = selectors.median_working_days_to_respond(commune=commune_a, period=recent)
    assert median == float(expected[1])


def test_it_counts_refusals_by_ground(commune_a, mix, recent):
    assert selectors.refusals(commune=commune_a, period=recent) == 1
    unclear = selectors.refusals_on_ground("unclear")
    assert unclear(commune=commune_a, period=recent) == 1
    assert selectors.refusals_on_ground("archives")(commune=commune_a, period=recent) == 0
    with pytest.raises(ValueError):
        selectors.refusals_on_ground("bogus")


def test_nothing_to_measure_gives_none(commune_b, inforequests_on, recent):
    assert selectors.response_rate(commune=commune_b, period=recent) is None
    assert selectors.share_answered_in_time(commune=commune_b, period=recent) is None
    assert selectors.median_working_days_to_respond(commune=commune_b, period=recent) is None


def test_indicators_compute_and_the_charter_ones_cite_indicator_6(commune_a, mix, recent):
    assert manifest.ledger_kinds == ["info_requested"]
    assert len(manifest.indicators) == 6 + 9
    for key, indicator in manifest.indicators.items():
        by_ground = key.startswith("inforequests_refusals_")
        assert indicator.charter == (() if by_ground else (6,)) and indicator.label
        indicator.compute(commune=commune_a, period=recent)
        indicator.compute(communes=[commune_a], period=recent)


def test_the_export_has_no_personal_data(commune_a, cndp_a, officer, mix, recent):
    services.complaint_file(commune=commune_a, request=mix[2], text="Rien reçu, AB1.")
    rows = selectors.request_rows(commune=commune_a, period=recent)
    assert len(rows) == 4
    text = repr(rows)
    for secret in ("Salma", "Bennani", "Orangers", "salma@example.ma", "0612345678", "IR1"):
        assert secret not in text
    assert "Budget 2025" not in text  # free text stays out too
    by_reference = {row["reference"]: row for row in rows}
    assert by_reference[mix[1].reference]["refusal_grounds"] == "unclear,in_preparation"
    assert by_reference[mix[2].reference]["complaint_filed_on"] == timezone.localdate().isoformat()
    assert selectors.request_rows(communes=[commune_a], period=None) == selectors.request_rows(
        commune=commune_a
    )
