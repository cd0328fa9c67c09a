"""The public list of consultations: announced ones only, phases, bounded queries."""

import pytest

from moucharaka.core.registry.models import ModuleInstance
from moucharaka.modules.consultations import services

from .conftest import make_consultation, paragraph
from .helpers import queries_of, url

pytestmark = pytest.mark.usefixtures("module_on")


def test_it_lists_announced_consultations_with_their_phase(client, commune_a, officer, open_a):
    draft = make_consultation(commune_a, officer, phase="draft", title_ar="مسودة داخلية")
    html = client.get(url("index", commune_a, "en")).content.decode()
    assert "Projet de charte de participation citoyenne" in html  # English falls back to French
    assert "Open for contributions" in html
    assert draft.title_ar not in html


def test_it_shows_no_consultation_of_another_commune(client, commune_a, open_b):
    html = client.get(url("index", commune_a)).content.decode()
    assert "استشارة ب" not in html


def test_it_answers_404_when_the_commune_has_not_switched_the_module_on(client, commune_a):
    ModuleInstance.objects.for_commune(commune_a).filter(key="consultations").update(
        is_published=False
    )
    assert client.get(url("index", commune_a)).status_code == 404


def test_its_queries_do_not_grow_with_the_list(client, commune_a, officer, citizen, open_a):
    few = queries_of(client, url("index", commune_a))
    for index in range(6):
        consultation = make_consultation(commune_a, officer, title_ar=f"استشارة {index}")
        services.contribution_post(
            commune=commune_a,
            consultation=consultation,
            author=citizen,
            body="رأي",
            stance="agree",
            paragraph=paragraph(consultation),
        )
    assert queries_of(client, url("index", commune_a)) == few
