"""Answering (services.response_submit): every type stored, once per person, anonymous
answers once per browser key, only while the owner accepts them, answers entered by
staff from paper with their channel; one ledger act each, in the same transaction."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.ledger.models import Participation
from moucharaka.core.questionnaires import services
from moucharaka.core.questionnaires.models import Answer, Response
from moucharaka.core.registry.models import ModuleInstance
from moucharaka.core.testing.factories import DistrictFactory

from .conftest import choice, full_answers


def stored(response):
    return {
        answer.question_id: answer
        for answer in Answer.objects.for_commune(response.commune).filter(response=response)
    }


def test_it_stores_an_answer_of_each_type(questionnaire_a, questions_a, respondent):
    response = services.response_submit(
        questionnaire=questionnaire_a, answers=full_answers(questions_a), respondent=respondent
    )
    answers = Answer.objects.for_commune(response.commune).filter(response=response)
    by_question = stored(response)
    assert by_question[questions_a["yes_no"].pk].boolean is True
    assert by_question[questions_a["single"].pk].choice == choice(questions_a["single"], 0)
    assert by_question[questions_a["rating"].pk].number == 4
    assert sorted(a.choice.position for a in answers.filter(question=questions_a["multiple"])) == [
        1,
        3,
    ]
    assert by_question[questions_a["short_text"].pk].text == "المدينة العتيقة"
    assert by_question[questions_a["number"].pk].number == Decimal("5")
    assert str(by_question[questions_a["date"].pk].date) == "2024-04-05"


def test_it_records_one_act_in_the_ledger_under_the_owners_module(
    commune_a, questionnaire_a, questions_a, respondent
):
    response = services.response_submit(
        questionnaire=questionnaire_a, answers=full_answers(questions_a), respondent=respondent
    )
    act = Participation.objects.for_commune(commune_a).get()
    assert (act.kind, act.module, act.person, act.channel) == (
        "questionnaire_answered",
        "testing",
        respondent,
        "online",
    )
    assert response.participation == act


def test_a_person_answers_once(questionnaire_a, questions_a, respondent):
    services.response_submit(
        questionnaire=questionnaire_a, answers=full_answers(questions_a), respondent=respondent
    )
    with pytest.raises(services.AlreadyAnswered):
        services.response_submit(
            questionnaire=questionnaire_a, answers=full_answers(questions_a), respondent=respondent
        )
    assert Response.objects.for_commune(questionnaire_a.commune).count() == 1


def test_anonymous_answers_need_the_questionnaires_leave_and_a_browser_key(
    questionnaire_a, questions_a
):
    with pytest.raises(ValueError):
        services.response_submit(
            questionnaire=questionnaire_a, answers=full_answers(questions_a), anonymous_key="k1"
        )
    questionnaire_a.allow_anonymous = True
    with pytest.raises(ValueError):
        services.response_submit(questionnaire=questionnaire_a, answers=full_answers(questions_a))
    response = services.response_submit(
        questionnaire=questionnaire_a, answers=full_answers(questions_a), anonymous_key="k1"
    )
    assert response.respondent is None and response.participation.person is None
    with pytest.raises(services.AlreadyAnswered):  # the same browser again
        services.response_submit(
            questionnaire=questionnaire_a, answers=full_answers(questions_a), anonymous_key="k1"
        )
    services.response_submit(
        questionnaire=questionnaire_a, answers=full_answers(questions_a), anonymous_key="k2"
    )


def test_online_answers_wait_for_the_owner(questionnaire_a, questions_a, respondent, monkeypatch):
    monkeypatch.setattr(ModuleInstance, "questionnaire_open", False, raising=False)
    with pytest.raises(services.QuestionnaireClosed):
        services.response_submit(
            questionnaire=questionnaire_a, answers=full_answers(questions_a), respondent=respondent
        )


def test_invalid_answers_write_nothing(questionnaire_a, questions_a, respondent):
    answers = full_answers(questions_a)
    del answers[questions_a["single"].pk]  # required
    with pytest.raises(ValidationError) as raised:
        services.response_submit(
            questionnaire=questionnaire_a, answers=answers, respondent=respondent
        )
    assert f"q{questions_a['single'].pk}" in raised.value.message_dict
    assert not Participation.objects.for_commune(questionnaire_a.commune).exists()


def test_staff_enter_paper_answers_with_their_channel_and_the_sheets_details(
    commune_a, questionnaire_a, questions_a, owner, monkeypatch
):
    monkeypatch.setattr(ModuleInstance, "questionnaire_open", False, raising=False)
    district = DistrictFactory(commune=commune_a)
    gathered = timezone.now() - timedelta(days=30)
    response = services.response_submit(
        questionnaire=questionnaire_a,
        answers=full_answers(questions_a),
        channel="paper",
        entered_by=owner,
        source="ورشة 7 دجنبر 2023",
        occurred_at=gathered,
        demographics={
            "gender": "female",
            "age_band": "30_44",
            "district": district,
            "disability": None,
        },
    )
    act = response.participation
    assert (response.channel, response.entered_by, response.source) == (
        "paper",
        owner,
        "ورشة 7 دجنبر 2023",
    )
    assert (act.channel, act.person, act.gender, act.age_band, act.district) == (
        "paper",
        None,
        "female",
        "30_44",
        district,
    )
    assert act.occurred_at == gathered == response.submitted_at
    assert (
        AuditEntry.objects.for_commune(commune_a)
        .filter(action="questionnaire.paper_entry")
        .exists()
    )


def test_paper_answers_need_staff_and_an_offline_channel(questionnaire_a, questions_a, owner):
    with pytest.raises(ValueError):
        services.response_submit(
            questionnaire=questionnaire_a, answers=full_answers(questions_a), channel="paper"
        )
    with pytest.raises(ValueError):
        services.response_submit(
            questionnaire=questionnaire_a,
            answers=full_answers(questions_a),
            channel="fax",
            entered_by=owner,
        )
    with pytest.raises(ValidationError):
        services.response_submit(
            questionnaire=questionnaire_a,
            answers=full_answers(questions_a),
            channel="paper",
            entered_by=owner,
            occurred_at=timezone.now() + timedelta(days=1),
        )


def test_the_profile_details_go_to_the_ledger_only_with_consent(
    commune_a, questionnaire_a, questions_a, respondent
):
    respondent.gender, respondent.stats_consent = "male", False
    respondent.save()
    response = services.response_submit(
        questionnaire=questionnaire_a, answers=full_answers(questions_a), respondent=respondent
    )
    assert response.participation.gender == ""
