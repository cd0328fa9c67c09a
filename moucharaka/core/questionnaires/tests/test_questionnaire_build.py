"""Building a questionnaire (services): sections, questions and options in four
languages, conditions, moves, deletions, and the locks once people have answered."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.questionnaires import services
from moucharaka.core.questionnaires.models import Choice, Question, Section
from moucharaka.core.questionnaires.selectors import questionnaire_structure

from .conftest import Kind, choice, full_answers

pytestmark = pytest.mark.django_db


def numbers(questionnaire):
    return [(q.number, q.text_ar) for q in questionnaire_structure(questionnaire).questions]


def test_it_builds_sections_questions_and_options_audited(commune_a, questionnaire_a, questions_a):
    structure = questionnaire_structure(questionnaire_a)
    assert [len(section.question_list) for section in structure.sections] == [4, 4]
    assert [q.number for q in structure.questions] == list(range(1, 9))
    assert [c.label_ar for c in structure.by_id[questions_a["single"].pk].choice_list] == [
        "الموقع",
        "الإذاعة",
        "جمعية",
    ]
    actions = set(AuditEntry.objects.for_commune(commune_a).values_list("action", flat=True))
    assert {"questionnaire.create", "questionnaire.section", "questionnaire.question"} <= actions


def test_texts_are_read_in_the_visitors_language_with_fallbacks(questions_a):
    question = questions_a["single"]
    option = choice(question, 0)
    with translation.override("fr"):
        assert (question.text, question.text.lang) == ("FR كيف علمتم بالتشاور؟", "fr")
        assert option.label == "Site"
    with translation.override("zgh"):
        assert question.text.lang == "ar" and question.text == question.text_ar
    with translation.override("en"):
        assert question.text.lang == "fr"  # English falls back to French, then Arabic


def test_options_keep_their_identity_when_reworded(questionnaire_a, questions_a, owner):
    question = questions_a["single"]
    before = [c.pk for c in question.choices.order_by("position")]
    services.question_save(
        questionnaire=questionnaire_a,
        actor=owner,
        question=questionnaire_structure(questionnaire_a).by_id[question.pk],
        section=question.section,
        kind=Kind.SINGLE,
        text={"ar": question.text_ar},
        choices={"ar": "الموقع الإلكتروني\nالإذاعة\nجمعية\nأخرى"},
    )
    after = list(question.choices.order_by("position"))
    assert [c.pk for c in after[:3]] == before and after[0].label_ar == "الموقع الإلكتروني"
    assert len(after) == 4


def test_a_choice_question_needs_two_options_the_same_in_every_language(questionnaire_a, owner):
    section = questionnaire_a.sections.first()
    with pytest.raises(ValidationError):
        services.question_save(
            questionnaire=questionnaire_a,
            actor=owner,
            section=section,
            kind=Kind.SINGLE,
            text={"ar": "سؤال"},
            choices={"ar": ["وحيد"]},
        )
    with pytest.raises(ValidationError):
        services.question_save(
            questionnaire=questionnaire_a,
            actor=owner,
            section=section,
            kind=Kind.MULTIPLE,
            text={"ar": "سؤال"},
            choices={"ar": ["أ", "ب"], "fr": ["A"]},
        )


def test_a_condition_must_point_at_an_earlier_question(questionnaire_a, questions_a, owner):
    with pytest.raises(ValidationError):
        services.question_save(
            questionnaire=questionnaire_a,
            actor=owner,
            question=questions_a["yes_no"],
            section=questions_a["yes_no"].section,
            kind=Kind.YES_NO,
            text={"ar": "هل اطلعتم على المسودة؟"},
            condition_question=questions_a["single"],
            condition_value=str(choice(questions_a["single"], 0).pk),
        )
    assert (
        Question.objects.for_commune(questions_a["yes_no"].commune)
        .get(pk=questions_a["yes_no"].pk)
        .condition_question
        is None
    )


def test_moving_a_question_above_its_condition_is_refused(questionnaire_a, questions_a, owner):
    services.question_move(question=questions_a["single"], actor=owner, offset=-1)
    moved = numbers(questionnaire_a)
    assert [text for _n, text in moved[:3]] == [
        "كيف علمتم بالتشاور؟",
        "هل اطلعتم على المسودة؟",
        "ما تقييمكم للمسودة؟",
    ]
    with pytest.raises(ValidationError):  # the rating would come before its yes/no question
        services.question_move(question=questions_a["yes_no"], actor=owner, offset=1)
    assert numbers(questionnaire_a) == moved


def test_moving_a_section_above_the_one_its_conditions_need_is_refused(
    questionnaire_a, questions_a, owner
):
    first, second = questionnaire_a.sections.order_by("position")
    services.question_save(
        questionnaire=questionnaire_a,
        actor=owner,
        question=questions_a["short_text"],
        section=second,
        kind=Kind.SHORT_TEXT,
        text={"ar": "حيكم"},
        required=False,
        condition_question=questions_a["yes_no"],
        condition_value="yes",
    )
    with pytest.raises(ValidationError):
        services.section_move(section=second, actor=owner, offset=-1)
    assert list(questionnaire_a.sections.order_by("position")) == [first, second]


def test_only_an_empty_section_is_deleted(questionnaire_a, owner):
    first, second = questionnaire_a.sections.order_by("position")
    with pytest.raises(ValidationError):
        services.section_delete(section=second, actor=owner)
    empty = services.section_save(questionnaire=questionnaire_a, actor=owner, title={"ar": "فارغ"})
    services.section_delete(section=empty, actor=owner)
    assert not Section.objects.for_commune(questionnaire_a.commune).filter(pk=empty.pk).exists()
    assert first.position < second.position


def test_once_answered_the_type_stays_and_chosen_options_stay(
    questionnaire_a, questions_a, owner, respondent
):
    services.response_submit(
        questionnaire=questionnaire_a, answers=full_answers(questions_a), respondent=respondent
    )
    single = questions_a["single"]
    with pytest.raises(ValidationError):
        services.question_save(
            questionnaire=questionnaire_a,
            actor=owner,
            question=single,
            section=single.section,
            kind=Kind.MULTIPLE,
            text={"ar": single.text_ar},
            choices={"ar": ["أ", "ب"]},
        )
    multiple = questions_a["multiple"]
    with pytest.raises(ValidationError):  # its third option was chosen: it cannot go
        services.question_save(
            questionnaire=questionnaire_a,
            actor=owner,
            question=multiple,
            section=multiple.section,
            kind=Kind.MULTIPLE,
            text={"ar": multiple.text_ar},
            required=False,
            choices={"ar": ["الشباب", "النساء"]},
        )
    assert Choice.objects.for_commune(multiple.commune).filter(question=multiple).count() == 3
    with pytest.raises(ValidationError):
        services.question_delete(question=single, actor=owner)


def test_a_question_others_depend_on_is_not_deleted(questions_a, owner):
    with pytest.raises(ValidationError):
        services.question_delete(question=questions_a["yes_no"], actor=owner)
    services.question_delete(question=questions_a["date"], actor=owner)
    assert (
        not Question.objects.for_commune(questions_a["date"].commune)
        .filter(pk=questions_a["date"].pk)
        .exists()
    )


def test_the_owner_must_belong_to_the_commune(commune_a, owner_b, owner):
    with pytest.raises(ValueError):
        services.questionnaire_create(
            commune=commune_a, owner=owner_b, module="testing", actor=owner, title={"ar": "س"}
        )
