"""The public answer and results pages (views.answer, views.results) as a module wires
them: what each visitor may do, errors kept, once per person, once per browser without
an account, flood limit, results only when the owner publishes them."""

import pytest

from moucharaka.core.questionnaires import views
from moucharaka.core.questionnaires.models import Response
from moucharaka.core.registry.models import ModuleInstance

from .conftest import choice, full_answers

pytestmark = pytest.mark.urls("moucharaka.core.questionnaires.tests.urls")

ANSWER = "/en/commune-a/testing/answer/"
RESULTS = "/en/commune-a/testing/results/"


def post_data(questions, **extra):
    data = {f"q{pk}": value for pk, value in full_answers(questions).items()}
    data.update(extra)
    return data


def test_it_shows_every_question_numbered_with_its_condition(client, questions_a, respondent):
    client.force_login(respondent)
    html = client.get(ANSWER).content.decode()
    assert f'data-show-if="q{questions_a["yes_no"].pk}"' in html
    assert "1. FR هل اطلعتم على المسودة؟" in html  # English falls back to French
    assert "Answer only if your answer to question 1 was “Yes”." in html
    assert "(optional)" in html and "questionnaires.js" in html


def test_a_signed_in_person_answers_once(
    client, commune_a, questionnaire_a, questions_a, respondent
):
    client.force_login(respondent)
    response = client.post(ANSWER, post_data(questions_a))
    assert response.status_code == 302 and response["Location"] == "/fr/commune-a/"
    assert Response.objects.for_commune(commune_a).get().respondent == respondent
    assert "You have already answered" in client.get(ANSWER).content.decode()
    client.post(ANSWER, post_data(questions_a))
    assert Response.objects.for_commune(commune_a).count() == 1


def test_errors_are_shown_and_nothing_is_kept(client, commune_a, questions_a, respondent):
    client.force_login(respondent)
    data = post_data(questions_a)
    del data[f"q{questions_a['single'].pk}"]
    response = client.post(ANSWER, data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "error-summary" in html and "This question needs an answer." in html
    assert 'value="نقترح لقاءات في الأحياء.' in html or "نقترح لقاءات في الأحياء." in html
    assert not Response.objects.for_commune(commune_a).exists()


def test_visitors_sign_in_unless_the_questionnaire_is_anonymous(
    client, commune_a, questionnaire_a, questions_a
):
    assert "Sign in to answer" in client.get(ANSWER).content.decode()
    assert client.post(ANSWER, post_data(questions_a)).status_code == 302
    assert not Response.objects.for_commune(commune_a).exists()
    questionnaire_a.allow_anonymous = True
    questionnaire_a.save()
    response = client.post(ANSWER, post_data(questions_a))
    assert response.status_code == 302 and views.ANONYMOUS_COOKIE in response.cookies
    stored = Response.objects.for_commune(commune_a).get()
    assert stored.respondent is None and len(stored.anonymous_key) == 64


def test_the_same_browser_answers_once_without_an_account(
    client, commune_a, questionnaire_a, questions_a
):
    questionnaire_a.allow_anonymous = True
    questionnaire_a.save()
    client.post(ANSWER, post_data(questions_a))
    assert "You have already answered" in client.get(ANSWER).content.decode()
    client.post(ANSWER, post_data(questions_a))
    assert Response.objects.for_commune(commune_a).count() == 1
    client.cookies.clear()  # another browser (or cleared cookies): not a trivial repeat
    client.post(ANSWER, post_data(questions_a))
    assert Response.objects.for_commune(commune_a).count() == 2


def test_it_limits_answers_from_one_address(
    client, commune_a, questionnaire_a, questions_a, monkeypatch
):
    monkeypatch.setattr(views, "ANSWER_LIMIT", 2)
    questionnaire_a.allow_anonymous = True
    questionnaire_a.save()
    statuses = []
    for _n in range(3):
        client.cookies.clear()
        statuses.append(client.post(ANSWER, post_data(questions_a)).status_code)
    assert statuses == [302, 302, 429]


def test_a_closed_questionnaire_takes_no_answer(
    client, commune_a, questions_a, respondent, monkeypatch
):
    monkeypatch.setattr(ModuleInstance, "questionnaire_open", False, raising=False)
    client.force_login(respondent)
    assert "no longer takes answers" in client.get(ANSWER).content.decode()
    client.post(ANSWER, post_data(questions_a))
    assert not Response.objects.for_commune(commune_a).exists()


def test_results_are_public_only_when_the_owner_says_so(
    client, questionnaire_a, questions_a, respondent, monkeypatch
):
    assert client.get(RESULTS).status_code == 404
    monkeypatch.setattr(ModuleInstance, "questionnaire_results_public", True, raising=False)
    client.force_login(respondent)
    client.post(ANSWER, post_data(questions_a))
    html = client.get(RESULTS).content.decode()
    assert "1 person answered." in html and "chart-table" in html
    html = client.get(RESULTS + "?group=gender:female").content.decode()
    assert "Fewer than 5 people of this group answered" in html


def test_another_communes_questionnaire_is_not_reachable(client, questionnaire_a, owner_b):
    # commune B has the module but no questionnaire: its page answers 404
    assert client.get("/en/commune-b/testing/answer/").status_code == 404


def test_the_choice_labels_follow_the_language(client, questions_a, respondent):
    client.force_login(respondent)
    html = client.get("/fr/commune-a/testing/answer/").content.decode()
    assert choice(questions_a["single"], 2).label_fr in html
