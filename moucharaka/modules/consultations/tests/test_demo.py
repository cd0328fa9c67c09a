"""The demo: Ouezzane's draft charter under consultation, Taroudant's closed consultation
of 3–15 April 2024 with its results; idempotent."""

from datetime import date

import pytest
from django.utils import timezone

from moucharaka.core.demo import content
from moucharaka.core.ledger.models import ParticipantPeriod, Participation
from moucharaka.core.testing.factories import CommuneFactory, DistrictFactory
from moucharaka.modules.consultations import demo, selectors
from moucharaka.modules.consultations.models import Consultation, Phase


@pytest.fixture
def demo_communes(db):
    ouezzane = CommuneFactory(slug="ouezzane", name_fr="Ouezzane", name_ar="وزان")
    taroudant = CommuneFactory(slug="taroudant", name_fr="Taroudant", name_ar="تارودانت")
    for commune in (ouezzane, taroudant):
        DistrictFactory(commune=commune)
        DistrictFactory(commune=commune)
    return ouezzane, taroudant


def test_it_puts_ouezzanes_draft_charter_under_consultation(demo_communes):
    ouezzane, _taroudant = demo_communes
    demo.seed(commune=ouezzane)
    consultation = Consultation.objects.for_commune(ouezzane).get()
    assert consultation.title_ar == content.OUEZZANE_CHARTER["title_ar"]
    assert consultation.phase == Phase.OPEN
    sections = selectors.text_structure(consultation)
    assert len(sections) == len(content.OUEZZANE_CHARTER["sections"])
    first = content.OUEZZANE_CHARTER["sections"][0]
    assert sections[0].heading_fr == first["heading_fr"]
    assert [p.text_ar for p in sections[0].paragraph_list] == first["paragraphs_ar"]
    assert selectors.questionnaire_of(consultation) is not None
    assert consultation.contributions.count() == 4


def test_it_closes_taroudants_consultation_of_april_2024_with_results(demo_communes):
    _ouezzane, taroudant = demo_communes
    demo.seed(commune=taroudant)
    consultation = Consultation.objects.for_commune(taroudant).get()
    local = timezone.localtime
    assert local(consultation.opens_at).date() == date(2024, 4, 3)
    assert local(consultation.closes_at).date() == date(2024, 4, 15)
    assert consultation.phase == Phase.CLOSED and consultation.results_published_at
    points = selectors.points(consultation)
    assert len(points) == 3 and all(point.is_answered for point in points)
    assert "فبراير 2025" in consultation.synthesis_ar
    acts = Participation.objects.for_commune(taroudant).filter(module="consultations")
    assert acts.count() == 12 + 5 + 1  # answers, comments and the reply
    assert {local(act.occurred_at).date().year for act in acts} == {2024}
    rolled = ParticipantPeriod.objects.for_commune(taroudant)
    assert set(rolled.values_list("period", flat=True)) == {"2024-Q2", "2024"}
    assert rolled.filter(period="2024-Q2").count() == 12
    figures = selectors.participation_figures(
        consultation, questionnaire=selectors.questionnaire_of(consultation)
    )
    assert figures.contributors.value == 12 and figures.questionnaire_answers == 12


def test_it_is_idempotent(demo_communes):
    for commune in demo_communes:
        demo.seed(commune=commune)
        demo.seed(commune=commune)
        assert Consultation.objects.for_commune(commune).count() == 1
