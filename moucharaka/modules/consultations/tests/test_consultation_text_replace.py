"""Replacing the draft text (services.consultation_text_replace): numbered sections and
paragraphs in Arabic and French, audited; refused once open."""

import pytest
from django.core.exceptions import ValidationError

from moucharaka.core.audit.models import AuditEntry
from moucharaka.modules.consultations import selectors, services, splitting

from .conftest import make_consultation

pytestmark = pytest.mark.usefixtures("module_on")


def test_it_numbers_sections_and_paragraphs_in_both_languages(commune_a, officer):
    draft = make_consultation(commune_a, officer, phase="draft")
    sections = selectors.text_structure(draft)
    assert [(s.position, s.heading_ar, s.heading_fr) for s in sections] == [
        (1, "المبادئ", "Principes"),
        (2, "الآليات", "Mécanismes"),
    ]
    assert [p.number for s in sections for p in s.paragraph_list] == ["1.1", "1.2", "2.1"]
    assert sections[1].paragraph_list[0].text_fr.startswith("Les pétitions")
    entry = AuditEntry.objects.for_commune(commune_a).get(action="consultation.text_replace")
    assert entry.data == {"paragraphs": 3, "sections": 2}


def test_staff_adjust_the_split_before_the_opening(commune_a, officer):
    draft = make_consultation(commune_a, officer, phase="announced")
    services.consultation_text_replace(
        consultation=draft, actor=officer, sections=splitting.split_text("# أ\nواحدة.\n\nاثنتان.")
    )
    assert draft.paragraphs.count() == 2 and draft.sections.count() == 1


def test_the_french_text_must_match_the_arabic_one(commune_a, officer):
    draft = make_consultation(commune_a, officer, phase="draft")
    with pytest.raises(ValidationError):
        services.consultation_text_replace(
            consultation=draft,
            actor=officer,
            sections=splitting.split_text("# أ\nواحدة.\n\nاثنتان."),
            sections_fr=splitting.split_text("# A\nUne."),
        )
    assert draft.paragraphs.count() == 3  # unchanged


def test_the_text_stays_once_open(officer, open_a):
    with pytest.raises(ValidationError):
        services.consultation_text_replace(
            consultation=open_a, actor=officer, sections=splitting.split_text("نص جديد.")
        )
