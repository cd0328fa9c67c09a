"""The back office of the engine (/admin/questionnaires/<id>/…): building, paper entry,
results and export; the owner decides who may (by default the commune's
administrators); another commune's questionnaire answers 404."""

import csv
import io

import pytest
from openpyxl import load_workbook

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.questionnaires import services
from moucharaka.core.questionnaires.models import Question, Response, Section
from moucharaka.core.registry.models import ModuleInstance
from moucharaka.core.testing.factories import UserFactory

from .conftest import Kind, choice, full_answers


def url(name, *args):
    from django.urls import reverse

    return reverse(f"questionnaires_admin:{name}", args=args)


@pytest.fixture
def answered(questionnaire_a, questions_a, respondent):
    respondent.display_name = "Secret Name"
    respondent.save()
    return services.response_submit(
        questionnaire=questionnaire_a, answers=full_answers(questions_a), respondent=respondent
    )


@pytest.mark.parametrize(
    "name, extra",
    [
        ("builder", ()),
        ("settings", ()),
        ("section_add", ()),
        ("question_add", ()),
        ("paper", ()),
        ("results", ()),
        ("export", ("csv",)),
    ],
)
def test_other_communes_staff_get_404(client, outsider, questionnaire_a, name, extra):
    client.force_login(outsider)
    assert client.get(url(name, questionnaire_a.pk, *extra)).status_code == 404


def test_the_builder_shows_the_structure_to_administrators(client, owner, questionnaire_a):
    client.force_login(owner)
    html = client.get(url("builder", questionnaire_a.pk)).content.decode()
    assert "هل اطلعتم على المسودة؟" in html and "عنكم" in html
    assert url("question_add", questionnaire_a.pk) in html


def test_an_editor_may_not_build_by_default(client, member, questionnaire_a):
    client.force_login(member)
    assert client.get(url("settings", questionnaire_a.pk)).status_code == 302


def test_the_owner_decides_who_builds(client, member, questionnaire_a, monkeypatch):
    monkeypatch.setattr(
        ModuleInstance, "questionnaire_staff_can", lambda self, user, action: True, raising=False
    )
    client.force_login(member)
    assert client.get(url("settings", questionnaire_a.pk)).status_code == 200


def test_staff_add_a_question_with_options_and_a_condition(
    client, owner, questionnaire_a, questions_a
):
    client.force_login(owner)
    section = questionnaire_a.sections.order_by("position").first()
    response = client.post(
        url("question_add", questionnaire_a.pk),
        {
            "section": section.pk,
            "kind": Kind.SINGLE,
            "text_ar": "أي حي؟",
            "text_fr": "Quel quartier ?",
            "required": "on",
            "scale_max": 5,
            "choices_ar": "المدينة العتيقة\nالملاح",
            "choices_fr": "Médina\nMellah",
            "condition": f"{questions_a['yes_no'].pk}:yes",
        },
    )
    assert response.status_code == 302
    question = Question.objects.for_commune(questionnaire_a.commune).get(text_ar="أي حي؟")
    assert [c.label_fr for c in question.choices.order_by("position")] == ["Médina", "Mellah"]
    assert question.condition_question == questions_a["yes_no"] and question.section == section


def test_a_broken_rule_shows_on_the_form(client, owner, questionnaire_a):
    client.force_login(owner)
    section = questionnaire_a.sections.first()
    response = client.post(
        url("question_add", questionnaire_a.pk),
        {
            "section": section.pk,
            "kind": Kind.SINGLE,
            "text_ar": "سؤال",
            "scale_max": 5,
            "choices_ar": "وحيد",
        },
    )
    assert response.status_code == 200
    assert not Question.objects.for_commune(questionnaire_a.commune).filter(text_ar="سؤال").exists()


def test_staff_edit_a_question_and_its_settings(client, owner, questionnaire_a, questions_a):
    client.force_login(owner)
    question = questions_a["short_text"]
    page = client.get(url("question_edit", questionnaire_a.pk, question.pk)).content.decode()
    assert "حيكم" in page
    client.post(
        url("settings", questionnaire_a.pk),
        {"title_ar": "استمارة جديدة", "allow_anonymous": "on"},
    )
    questionnaire_a.refresh_from_db()
    assert questionnaire_a.title_ar == "استمارة جديدة" and questionnaire_a.allow_anonymous


def test_staff_add_move_and_delete_sections_and_questions(
    client, owner, questionnaire_a, questions_a
):
    client.force_login(owner)
    client.post(url("section_add", questionnaire_a.pk), {"title_ar": "قسم ثالث"})
    third = Section.objects.for_commune(questionnaire_a.commune).get(title_ar="قسم ثالث")
    client.post(url("section_change", questionnaire_a.pk, third.pk, "up"))
    third.refresh_from_db()
    assert third.position == 2
    client.post(url("section_change", questionnaire_a.pk, third.pk, "delete"))
    assert not Section.objects.for_commune(questionnaire_a.commune).filter(pk=third.pk).exists()
    client.post(url("question_change", questionnaire_a.pk, questions_a["date"].pk, "delete"))
    assert (
        not Question.objects.for_commune(questionnaire_a.commune)
        .filter(pk=questions_a["date"].pk)
        .exists()
    )
    response = client.get(
        url("question_change", questionnaire_a.pk, questions_a["number"].pk, "delete")
    )
    assert response.status_code == 405


def test_staff_enter_a_paper_sheet(client, owner, commune_a, questionnaire_a, questions_a):
    client.force_login(owner)
    data = {f"q{pk}": value for pk, value in full_answers(questions_a).items()}
    data.update(channel="paper", occurred_on="2023-12-07", source="ورشة العرائش", gender="female")
    response = client.post(url("paper", questionnaire_a.pk), data)
    assert response.status_code == 302
    stored = Response.objects.for_commune(commune_a).get()
    assert (stored.channel, stored.source, stored.entered_by) == ("paper", "ورشة العرائش", owner)
    assert stored.participation.gender == "female"
    assert str(stored.submitted_at.date()) == "2023-12-07"


def test_results_list_every_written_answer(client, owner, questionnaire_a, answered):
    client.force_login(owner)
    html = client.get(url("results", questionnaire_a.pk)).content.decode()
    assert "نقترح لقاءات في الأحياء." in html and "chart-table" in html


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_the_export_has_the_answers_and_no_personal_data(
    client, owner, commune_a, questionnaire_a, questions_a, answered, file_format
):
    client.force_login(owner)
    response = client.get(url("export", questionnaire_a.pk, file_format))
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    if file_format == "csv":
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    else:
        sheet = load_workbook(io.BytesIO(response.content)).active
        rows = [[cell or "" for cell in row] for row in sheet.iter_rows(values_only=True)]
    header, row = rows
    assert header[3].startswith("1. ") and len(header) == 3 + 8
    single = header.index("2. كيف علمتم بالتشاور؟")
    assert row[single] == choice(questions_a["single"], 0).label_ar
    assert "الشباب ; البيئة" in row
    flat = " ".join(map(str, rows))
    assert "respondent@example.ma" not in flat and "Secret Name" not in flat
    assert answered.anonymous_key not in flat or answered.anonymous_key == ""
    assert (
        AuditEntry.objects.for_commune(commune_a)
        .filter(action="questionnaire.export", data__format=file_format)
        .exists()
    )


def test_an_unknown_export_format_answers_404(client, owner, questionnaire_a):
    client.force_login(owner)
    assert client.get(url("export", questionnaire_a.pk, "pdf")).status_code == 404


def test_people_without_a_role_are_refused(client, questionnaire_a):
    client.force_login(UserFactory(email="nobody@example.ma"))
    assert client.get(url("builder", questionnaire_a.pk)).status_code in (302, 404)
