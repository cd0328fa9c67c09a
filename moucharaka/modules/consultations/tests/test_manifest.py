"""The module plugs in through its manifest alone (DESIGN §4)."""

from moucharaka.core.accounts.roles import role_choices
from moucharaka.core.registry.manifests import SHARED_LEDGER_KINDS, registry
from moucharaka.modules.consultations.models import Consultation, Paragraph


def test_it_registers_the_module():
    manifest = registry.get("consultations")
    assert manifest.urls == "moucharaka.modules.consultations.urls"
    assert manifest.ledger_kinds == ["consultation_comment", "questionnaire_answered"]
    assert "questionnaire_answered" in SHARED_LEDGER_KINDS  # the core engine's kind
    assert "consultations" in manifest.exports
    assert manifest.searchables == [Consultation]
    assert manifest.seeders
    assert ("consultations_officer", manifest.roles["consultations_officer"]) in role_choices()


def test_paragraphs_and_the_whole_text_take_the_core_comments():
    assert Paragraph.comments_module == Consultation.comments_module == "consultations"


def test_the_questionnaire_is_the_consultation_officers(commune_a, officer, moderator, member):
    consultation = Consultation(commune=commune_a)
    assert consultation.questionnaire_staff_can(officer, "build")
    assert consultation.questionnaire_staff_can(moderator, "results")
    assert not consultation.questionnaire_staff_can(moderator, "paper")
    assert not consultation.questionnaire_staff_can(member, "results")
