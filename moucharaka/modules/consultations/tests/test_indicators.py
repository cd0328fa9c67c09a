"""The charter indicators this module registers, checked against hand-counted values,
for one commune and for several (supervisors), with small numbers withheld."""

from datetime import timedelta

import pytest
from django.utils import timezone

from moucharaka.core.ledger.selectors import Period
from moucharaka.core.questionnaires import services as questionnaire_services
from moucharaka.core.registry.manifests import registry
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.consultations import selectors, services

from .conftest import close, make_consultation, paragraph

pytestmark = pytest.mark.usefixtures("module_on")


def this_year():
    return Period.year(timezone.localdate().year)


def people(n, prefix="p"):
    return [UserFactory(email=f"{prefix}{i}@example.ma") for i in range(n)]


def comment(consultation, person, stance="agree"):
    return services.contribution_post(
        commune=consultation.commune,
        consultation=consultation,
        author=person,
        body="رأي",
        stance=stance,
        paragraph=paragraph(consultation),
    )


def test_the_manifest_registers_them_with_their_charter_numbers():
    indicators = registry.get("consultations").indicators
    assert {key: (i.unit, i.charter) for key, i in indicators.items()} == {
        "consultations_held": ("count", (3,)),
        "consultations_contributors": ("people", (4,)),
        "consultations_contributions_per_consultation": ("count", (4,)),
        "consultations_points_answered_share": ("share", (10,)),
    }


def test_consultations_held_counts_the_public_ones_that_opened(
    commune_a, commune_b, officer, officer_b
):
    make_consultation(commune_a, officer)
    make_consultation(commune_a, officer, phase="closed")
    make_consultation(commune_a, officer, phase="draft")  # not public
    make_consultation(commune_b, officer_b)
    period = this_year()
    assert selectors.consultations_held(commune=commune_a, period=period) == 2
    assert selectors.consultations_held(communes=[commune_a, commune_b], period=period) == 3
    last_year = Period.year(timezone.localdate().year - 1)
    assert selectors.consultations_held(commune=commune_a, period=last_year) == 0


def test_contributors_are_people_withheld_under_five(commune_a, officer, open_a):
    for person in people(4):
        comment(open_a, person)
    assert selectors.contributors(commune=commune_a, period=this_year()).value is None
    fifth = people(1, "q")[0]
    comment(open_a, fifth)
    comment(open_a, fifth)  # the same person again
    assert selectors.contributors(commune=commune_a, period=this_year()).value == 5


def test_contributions_per_consultation_that_closed(commune_a, officer):
    first, second = make_consultation(commune_a, officer), make_consultation(commune_a, officer)
    crowd = people(6)
    for person in crowd[:4]:
        comment(first, person)
    for person in crowd[4:]:
        comment(second, person)
    questionnaire = questionnaire_services.questionnaire_create(
        commune=commune_a, owner=second, module="consultations", actor=officer, title={"ar": "س"}
    )
    question = questionnaire_services.question_save(
        questionnaire=questionnaire,
        actor=officer,
        section=questionnaire.sections.get(),
        kind="yes_no",
        text={"ar": "نعم؟"},
    )
    questionnaire_services.response_submit(
        questionnaire=questionnaire, answers={question.pk: "yes"}, respondent=crowd[0]
    )
    period = this_year()
    assert selectors.contributions_per_consultation(commune=commune_a, period=period) is None
    close(first)
    close(second)
    # (4 comments + (2 comments + 1 set of answers)) / 2 consultations
    assert selectors.contributions_per_consultation(commune=commune_a, period=period) == 3.5


def test_contributions_per_consultation_is_withheld_for_a_handful_of_people(
    commune_a, officer, open_a
):
    comment(open_a, people(1)[0])
    close(open_a)
    assert selectors.contributions_per_consultation(commune=commune_a, period=this_year()) is None


def test_share_of_points_answered_publicly(commune_a, officer):
    published = make_consultation(commune_a, officer, phase="results")  # 1 point, answered
    waiting = make_consultation(commune_a, officer)
    close(waiting)
    services.point_save(consultation=waiting, actor=officer, summary_ar="قيد الدراسة")
    services.point_save(
        consultation=waiting,
        actor=officer,
        summary_ar="مقرر غير منشور",
        decision="rejected",
        reason_ar="لأن",
    )
    assert published.points.count() == 1
    share = selectors.points_answered_share(commune=commune_a, period=this_year())
    assert share == pytest.approx(1 / 3)  # answered *and* published: 1 of 3


def test_share_of_points_is_none_without_points(commune_a, officer, open_a):
    assert selectors.points_answered_share(commune=commune_a, period=this_year()) is None


def test_they_take_exactly_one_of_commune_or_communes(commune_a):
    period = (timezone.now() - timedelta(days=1), timezone.now())
    with pytest.raises(TypeError):
        selectors.consultations_held(period=period)
    with pytest.raises(TypeError):
        selectors.consultations_held(commune=commune_a, communes=[commune_a], period=period)


def test_participation_figures_of_one_consultation(commune_a, officer, open_a):
    crowd = people(5)
    first = comment(open_a, crowd[0])
    for person in crowd[1:]:
        services.contribution_post(
            commune=commune_a, consultation=open_a, author=person, body="رد", parent=first
        )
    services.contribution_enter(
        commune=commune_a,
        consultation=open_a,
        actor=officer,
        body="ورقي",
        stance="comment",
        channel="paper",
        source="مكتب المواطن",
        occurred_at=timezone.now() - timedelta(hours=2),
    )
    figures = selectors.participation_figures(open_a)
    assert figures.contributors.value == 6  # five accounts and one paper sheet
    assert (figures.contributions, figures.replies, figures.offline) == (2, 4, 1)
    assert (figures.paragraphs_commented, figures.paragraph_count) == (1, 3)
