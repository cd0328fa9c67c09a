"""The consultation's questionnaire (…/questionnaire/ and …/questionnaire/results/): the
core engine under the consultation's URLs and phases; those who answer follow it."""

import pytest

from moucharaka.core.questionnaires import services as questionnaire_services
from moucharaka.core.questionnaires.models import Response
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.consultations.models import Follower

from .conftest import close, publish_results
from .helpers import url

pytestmark = pytest.mark.usefixtures("module_on")


@pytest.fixture
def question(commune_a, officer, open_a):
    questionnaire = questionnaire_services.questionnaire_create(
        commune=commune_a,
        owner=open_a,
        module="consultations",
        actor=officer,
        title={"ar": "استمارة", "fr": "Questionnaire"},
    )
    return questionnaire_services.question_save(
        questionnaire=questionnaire,
        actor=officer,
        section=questionnaire.sections.get(),
        kind="yes_no",
        text={"ar": "هل تتفقون؟", "fr": "Êtes-vous d'accord ?"},
    )


def test_a_person_answers_while_open_then_follows(client, commune_a, open_a, question, citizen):
    client.force_login(citizen)
    path = url("questionnaire", commune_a, pk=open_a.pk)
    assert "هل تتفقون؟" in client.get(path).content.decode()
    response = client.post(path, {f"q{question.pk}": "yes"})
    assert response["Location"] == open_a.get_absolute_url() + "#questionnaire"
    stored = Response.objects.for_commune(commune_a).get()
    assert stored.participation.module == "consultations"
    assert Follower.objects.for_commune(commune_a).filter(user=citizen).exists()


def test_once_closed_it_says_why(client, commune_a, open_a, question, citizen):
    close(open_a)
    client.force_login(citizen)
    path = url("questionnaire", commune_a, "en", pk=open_a.pk)
    assert "contributions are no longer accepted" in client.get(path).content.decode()
    client.post(path, {f"q{question.pk}": "yes"})
    assert not Response.objects.for_commune(commune_a).exists()


def test_results_are_public_with_the_consultations_results(
    client, commune_a, officer, open_a, question
):
    for n in range(5):
        questionnaire_services.response_submit(
            questionnaire=question.questionnaire,
            answers={question.pk: "yes" if n else "no"},
            respondent=UserFactory(email=f"r{n}@example.ma"),
        )
    path = url("results", commune_a, "en", pk=open_a.pk)
    assert client.get(path).status_code == 404
    close(open_a)
    publish_results(open_a, officer)
    html = client.get(path).content.decode()
    assert "5 people answered." in html and "80%" in html


def test_without_questionnaire_it_answers_404(client, commune_a, open_a, citizen):
    client.force_login(citizen)
    assert client.get(url("questionnaire", commune_a, pk=open_a.pk)).status_code == 404


def test_another_communes_consultation_answers_404(client, commune_a, open_b):
    assert client.get(url("questionnaire", commune_a, pk=open_b.pk)).status_code == 404
