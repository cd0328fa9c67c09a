"""A questionnaire needs an owner: a `ModuleInstance` (a TenantModel) of a module
"testing" registered for the test, as the core comments' tests do. The owner's hooks
(`questionnaire_open`, …) are set per test with monkeypatch."""

import pytest

from moucharaka.core.questionnaires import services
from moucharaka.core.questionnaires.models import Question
from moucharaka.core.registry.manifests import ModuleManifest, registry
from moucharaka.core.registry.models import ModuleInstance
from moucharaka.core.testing.factories import UserFactory

MODULE = "testing"
Kind = Question.Kind


@pytest.fixture
def testing_module():
    manifest = ModuleManifest(
        key=MODULE,
        label="Testing",
        urls="moucharaka.core.testing.empty_urls",
        ledger_kinds=["questionnaire_answered"],
    )
    with registry.temporarily(manifest):
        yield manifest


@pytest.fixture
def owner_a(commune_a, testing_module):
    return ModuleInstance.unscoped.create(commune=commune_a, key=MODULE)


@pytest.fixture
def owner_b(commune_b, testing_module):
    return ModuleInstance.unscoped.create(commune=commune_b, key=MODULE)


def build(commune, owner, actor, **options):
    """A questionnaire with one question of each type, in two sections; question 3
    (rating) is asked only if question 1 is "yes" (conditions)."""
    questionnaire = services.questionnaire_create(
        commune=commune,
        owner=owner,
        module=MODULE,
        actor=actor,
        title={"ar": "استمارة", "fr": "Questionnaire"},
        **options,
    )
    first = questionnaire.sections.get()
    second = services.section_save(
        questionnaire=questionnaire, actor=actor, title={"ar": "عنكم", "fr": "Vous"}
    )

    def add(section, kind, text, **kwargs):
        return services.question_save(
            questionnaire=questionnaire,
            actor=actor,
            section=section,
            kind=kind,
            text={"ar": text, "fr": f"FR {text}"},
            **kwargs,
        )

    questions = {
        "yes_no": add(first, Kind.YES_NO, "هل اطلعتم على المسودة؟"),
        "single": add(
            first,
            Kind.SINGLE,
            "كيف علمتم بالتشاور؟",
            choices={"ar": ["الموقع", "الإذاعة", "جمعية"], "fr": ["Site", "Radio", "Association"]},
        ),
    }
    questions["rating"] = add(
        first,
        Kind.RATING,
        "ما تقييمكم للمسودة؟",
        condition_question=questions["yes_no"],
        condition_value="yes",
    )
    questions["multiple"] = add(
        first,
        Kind.MULTIPLE,
        "ما المواضيع التي تهمكم؟",
        required=False,
        choices={"ar": ["الشباب", "النساء", "البيئة"]},
    )
    questions["short_text"] = add(second, Kind.SHORT_TEXT, "حيكم", required=False)
    questions["long_text"] = add(second, Kind.LONG_TEXT, "ملاحظات أخرى", required=False)
    questions["number"] = add(second, Kind.NUMBER, "عدد أفراد الأسرة", required=False)
    questions["date"] = add(second, Kind.DATE, "تاريخ آخر زيارة للجماعة", required=False)
    return questionnaire, questions


@pytest.fixture
def built_a(commune_a, owner_a, owner):
    return build(commune_a, owner_a, owner)


@pytest.fixture
def questionnaire_a(built_a):
    return built_a[0]


@pytest.fixture
def questions_a(built_a):
    return built_a[1]


def choice(question, index):
    return question.choices.order_by("position")[index]


def full_answers(questions, *, rating=4):
    """Raw answers to every question, as a form would send them."""
    return {
        questions["yes_no"].pk: "yes",
        questions["single"].pk: str(choice(questions["single"], 0).pk),
        questions["rating"].pk: str(rating),
        questions["multiple"].pk: [
            str(choice(questions["multiple"], 0).pk),
            str(choice(questions["multiple"], 2).pk),
        ],
        questions["short_text"].pk: "المدينة العتيقة",
        questions["long_text"].pk: "نقترح لقاءات في الأحياء.",
        questions["number"].pk: "5",
        questions["date"].pk: "2024-04-05",
    }


@pytest.fixture
def respondent(db):
    return UserFactory(email="respondent@example.ma")
