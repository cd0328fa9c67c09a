"""participation_record: what a ledger row keeps, and that it is never rewritten."""

from datetime import UTC, datetime

import pytest
from django.utils import timezone

from moucharaka.core.ledger.models import AgeBand, Channel, Gender, Participation
from moucharaka.core.ledger.services import participation_record
from moucharaka.core.testing.factories import DistrictFactory, UserFactory

WHEN = datetime(2025, 5, 1, 10, tzinfo=UTC)


@pytest.fixture
def district_a(commune_a):
    return DistrictFactory(commune=commune_a)


@pytest.fixture
def profile(district_a):
    """A citizen with a full profile; consent is set by each test."""
    return dict(
        gender=Gender.FEMALE,
        birth_year=timezone.now().year - 35,
        district=district_a,
        disability=True,
    )


def record(commune, **kwargs):
    kwargs.setdefault("kind", "petition_signed")
    kwargs.setdefault("module", "petitions")
    kwargs.setdefault("occurred_at", WHEN)
    return participation_record(commune=commune, **kwargs)


def test_snapshot_copied_with_stats_consent(commune_a, district_a, profile):
    person = UserFactory(stats_consent=True, **profile)
    row = record(commune_a, person=person)
    row.refresh_from_db()
    assert row.person == person
    assert (row.gender, row.age_band, row.district, row.disability) == (
        Gender.FEMALE,
        AgeBand.AGE_30_44,
        district_a,
        True,
    )
    assert row.channel == Channel.ONLINE
    assert row.participant == f"u{person.pk}"


def test_no_snapshot_without_consent(commune_a, profile):
    person = UserFactory(stats_consent=False, **profile)
    row = record(commune_a, person=person)
    row.refresh_from_db()
    assert row.person == person
    assert (row.gender, row.age_band, row.district, row.disability) == ("", "", None, None)


def test_district_of_another_commune_is_not_copied(commune_a, commune_b, profile):
    profile["district"] = DistrictFactory(commune=commune_b)
    person = UserFactory(stats_consent=True, **profile)
    row = record(commune_a, person=person)
    row.refresh_from_db()
    assert row.district is None  # lives in B: says nothing about A's districts
    assert row.gender == Gender.FEMALE
    assert record(commune_b, person=person).district == profile["district"]


def test_offline_entry_takes_explicit_demographics(commune_a, district_a):
    row = record(
        commune_a,
        channel=Channel.PAPER,
        person_key="sheet-12-line-4",
        demographics={
            "gender": Gender.MALE,
            "age_band": AgeBand.AGE_60_PLUS,
            "district": district_a,
            "disability": False,
        },
    )
    row.refresh_from_db()
    assert row.person is None
    assert row.person_key == "sheet-12-line-4"
    assert row.channel == Channel.PAPER
    assert (row.gender, row.age_band, row.district, row.disability) == (
        Gender.MALE,
        AgeBand.AGE_60_PLUS,
        district_a,
        False,
    )
    assert row.participant == "ksheet-12-line-4"


def test_partial_demographics_leave_the_rest_unknown(commune_a):
    row = record(commune_a, channel=Channel.IN_PERSON, demographics={"gender": Gender.FEMALE})
    row.refresh_from_db()
    assert (row.gender, row.age_band, row.district, row.disability) == ("female", "", None, None)
    # Neither account nor key: a participant of its own.
    assert row.participant.startswith("r") and len(row.participant) == 33


def test_demographics_are_checked(commune_a, commune_b):
    with pytest.raises(ValueError, match="unknown demographic keys"):
        record(commune_a, demographics={"sex": Gender.MALE})
    with pytest.raises(ValueError, match="another commune"):
        record(commune_a, demographics={"district": DistrictFactory(commune=commune_b)})
    assert Participation.unscoped.count() == 0


def test_target_and_default_time(commune_a, district_a):
    before = timezone.now()
    row = record(commune_a, target=district_a, occurred_at=None)
    assert (row.object_type, row.object_id) == ("territories.district", str(district_a.pk))
    assert before <= row.occurred_at <= timezone.now()
    assert (row.commune, row.kind, row.module) == (commune_a, "petition_signed", "petitions")


def test_ledger_rows_are_append_only(commune_a, citizen):
    row = record(commune_a, person=citizen)
    row.kind = "something_else"
    with pytest.raises(ValueError, match="append-only"):
        row.save()
    fetched = Participation.objects.for_commune(commune_a).get()
    with pytest.raises(ValueError, match="append-only"):
        fetched.save(update_fields=["kind"])
    assert Participation.objects.for_commune(commune_a).get().kind == "petition_signed"


def test_retract_removes_only_the_latest_matching_act(commune_a, commune_b):
    from moucharaka.core.ledger.services import participation_retract

    person, other = UserFactory(), UserFactory()
    target, elsewhere = commune_a, commune_b  # any model instance serves as a target
    first = record(commune_a, person=person, target=target)
    second = record(commune_a, person=person, target=target, occurred_at=WHEN.replace(hour=11))
    kept = [
        record(commune_a, person=other, target=target).pk,
        record(commune_a, person=person, target=elsewhere).pk,
        record(commune_a, person=person, target=target, kind="suggestion_submitted").pk,
        record(commune_b, person=person, target=target).pk,
    ]
    removed = participation_retract(
        commune=commune_a, kind="petition_signed", target=target, person=person
    )
    assert removed == 1
    remaining = set(Participation.unscoped.values_list("pk", flat=True))
    assert second.pk not in remaining
    assert remaining == {first.pk, *kept}


def test_retract_by_offline_key_and_nothing_to_retract(commune_a):
    from moucharaka.core.ledger.services import participation_retract

    record(commune_a, person_key="abc", target=commune_a)
    assert (
        participation_retract(
            commune=commune_a, kind="petition_signed", target=commune_a, person_key="abc"
        )
        == 1
    )
    assert (
        participation_retract(
            commune=commune_a, kind="petition_signed", target=commune_a, person_key="abc"
        )
        == 0
    )
    with pytest.raises(ValueError):
        participation_retract(commune=commune_a, kind="petition_signed", target=commune_a)
