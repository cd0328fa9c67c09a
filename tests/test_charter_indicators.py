"""Every charter indicator (seed 001 §13.1) on one commune's dashboard, each measured one
checked against values worked out by hand on a small fixture; the others explicitly
"not measured yet" with the module they need.

Commune A, year 2025, with suggestions, petitions and the charter switched on:
- suggestions: 6 received (4 answered after 2, 4, 10 and 30 days; 2 waiting), 1 of them
  implemented in 2025; 5 authors rated the answers 4, 4, 5, 3, 4 (mean 4.0), 4 of the 5
  would take part again (80 %);
- petitions: 2 deposited by citizens, 1 by an association; 1 accepted by the council;
- ledger: 12 people, 7 women and 5 men, acted in 2025, 5 of them twice;
- charter: 2 targets due in 2025, 1 reached; 1 commitment due, kept on time.
"""

import datetime

import pytest
from django.utils import timezone

from moucharaka.core.accounts.models import Association
from moucharaka.core.indicators.periods import ReportingPeriod
from moucharaka.core.indicators.selectors import commune_dashboard
from moucharaka.core.ledger.services import participation_record
from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.charter.models import Charter, Commitment, Target
from moucharaka.modules.petitions.models import Petition
from moucharaka.modules.suggestions.models import AnswerRating, StatusChange, Suggestion
from moucharaka.modules.suggestions.tests.factories import SuggestionFactory

TZ = timezone.get_default_timezone()
YEAR = ReportingPeriod.year(2025)


def at(month, day):
    return datetime.datetime(2025, month, day, 10, tzinfo=TZ)


@pytest.fixture
def commune(commune_a):
    for key in ("suggestions", "petitions", "charter"):
        module_enable(commune=commune_a, key=key)
    # Suggestions.
    answered = []
    for i, days in enumerate((2, 4, 10, 30)):
        answered.append(
            SuggestionFactory(
                commune=commune_a,
                created_at=at(3, 1 + i),
                status=Suggestion.Status.ANSWERED,
                answer="…",
                answer_kind="accepted",
                answered_at=at(3, 1 + i) + datetime.timedelta(days=days),
            )
        )
    SuggestionFactory(commune=commune_a, created_at=at(5, 1))
    SuggestionFactory(commune=commune_a, created_at=at(6, 1))
    StatusChange.unscoped.create(
        commune=commune_a,
        suggestion=answered[0],
        from_status="answered",
        to_status="implemented",
        at=at(9, 1),
    )
    for score, again in ((4, True), (4, True), (5, True), (3, False), (4, True)):
        AnswerRating.unscoped.create(
            commune=commune_a,
            suggestion=answered[0],
            user=UserFactory(),
            score=score,
            would_participate_again=again,
            created_at=at(10, 1),
        )
    # Petitions (rows written directly: the procedure has its own tests).
    mandatary = UserFactory()
    for i, status in enumerate(("accepted", "deposited")):
        Petition.unscoped.create(
            commune=commune_a,
            kind="citizens",
            status=status,
            title=f"p{i}",
            mandatary=mandatary,
            mandatary_name="M",
            deposited_at=at(2, 1 + i),
            decision_deadline=datetime.date(2025, 5, 1),
            receipt_number=f"2025/000{i + 1}",
        )
    association = Association.objects.create(
        name="Association", registration_date=datetime.date(2015, 1, 1), seat_commune=commune_a
    )
    Petition.unscoped.create(
        commune=commune_a,
        kind="association",
        association=association,
        status="deposited",
        title="pa",
        mandatary=mandatary,
        mandatary_name="M",
        deposited_at=at(4, 1),
        decision_deadline=datetime.date(2026, 7, 1),
        receipt_number="2025/0003",
    )
    # Ledger: 12 people, 5 of them twice.
    for i in range(12):
        person = UserFactory()
        for _act in range(2 if i < 5 else 1):
            participation_record(
                commune=commune_a,
                kind="x",
                module="suggestions",
                person=person,
                occurred_at=at(7, 1 + i),
                demographics={"gender": "female" if i < 7 else "male"},
            )
    # Charter.
    charter = Charter.unscoped.create(commune=commune_a, title="Charte", status="adopted")
    for value in (5, 50):  # 12 people took part in 2025: the first is reached
        Target.unscoped.create(
            commune=commune_a,
            charter=charter,
            measure="participants",
            value=value,
            period="2025",
            due_on=datetime.date(2025, 12, 31),
        )
    Commitment.unscoped.create(
        commune=commune_a,
        charter=charter,
        actor="commune",
        title="Publier",
        status="done",
        due_on=datetime.date(2025, 6, 30),
        done_on=datetime.date(2025, 6, 1),
    )
    return commune_a


# Charter indicator → {figure: value worked out by hand}.
EXPECTED = {
    1: {
        "petitions.petitions_filed_by_citizens": 2,
        "petitions.petitions_filed_by_associations": 1,
        "petitions.petitions_accepted": 1,
    },
    2: {"mechanisms": 0},  # switched on today, not in place at the end of 2025
    4: {"participants": 12, "acts": 17},
    5: {"women_share": 0.583},
    7: {"suggestions.suggestions_submitted": 6, "petitions.petitions_filed_by_citizens": 2},
    8: {"repeat": 5, "repeat_share": 0.417},
    10: {
        "suggestions.suggestions_answered_share": 4 / 6,
        "suggestions.suggestions_median_days_to_answer": 7.0,
        "suggestions.suggestions_mean_answer_rating": 4.0,
    },
    11: {"suggestions.suggestions_would_participate_again": 0.8},
    12: {
        "charter.charter_targets_due": 2,
        "charter.charter_targets_reached": 0.5,
        "charter.charter_commitments_on_time": 1.0,
    },
    13: {"suggestions.suggestions_implemented": 1},
}
NOT_MEASURED = {3: {"meetings", "consultations"}, 6: {"inforequests"}, 9: {"surveys"}}


def test_every_indicator_is_measured_by_hand_or_says_what_it_needs(commune):
    rows = {row.indicator.number: row for row in commune_dashboard(commune, YEAR)}
    assert sorted(rows) == list(range(1, 15))
    for number, expected in EXPECTED.items():
        values = {f.measure.key: f.value for f in rows[number].figures}
        for key, value in expected.items():
            assert (
                values[key] == pytest.approx(value) if value is not None else values[key] is None
            ), (
                number,
                key,
                values[key],
            )
    for number, modules in NOT_MEASURED.items():
        missing = {m.key for m in rows[number].missing}
        assert modules <= missing, number
    assert not rows[14].measured and {m.key for m in rows[14].missing} >= {"actionplan"}
