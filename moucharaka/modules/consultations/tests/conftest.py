"""Shared fixtures of the consultations tests: the module switched on in both communes,
a consultation officer and a moderator of commune A, consultations in each phase."""

from datetime import timedelta

import pytest
from django.utils import timezone

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.consultations import services, splitting
from moucharaka.modules.consultations.models import Consultation
from moucharaka.modules.consultations.permissions import OFFICER

TEXT = """# المبادئ
تقوم المشاركة المواطنة على الشفافية.

تلتزم الجماعة بالجواب على كل اقتراح.

# الآليات
العرائض والهيئات الاستشارية والتشاور العمومي.
"""
TEXT_FR = """# Principes
La participation citoyenne repose sur la transparence.

La commune s'engage à répondre à chaque proposition.

# Mécanismes
Les pétitions, les instances consultatives et la concertation publique.
"""


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def module_on(commune_a, commune_b):
    module_enable(commune=commune_a, key="consultations")
    module_enable(commune=commune_b, key="consultations")


@pytest.fixture
def officer(commune_a):
    user = UserFactory(email="officer@a.ma", display_name="Officer A")
    commune_role_grant(commune=commune_a, user=user, role=OFFICER)
    return user


@pytest.fixture
def officer_b(commune_b):
    user = UserFactory(email="officer@b.ma", display_name="Officer B")
    commune_role_grant(commune=commune_b, user=user, role=OFFICER)
    return user


@pytest.fixture
def moderator(commune_a):
    user = UserFactory(email="moderator@a.ma")
    commune_role_grant(commune=commune_a, user=user, role=CoreRole.MODERATOR)
    return user


def make_consultation(commune, actor, *, phase="open", text=TEXT, text_fr=TEXT_FR, **fields):
    """A consultation of `commune` in `phase` (draft, announced, open, analysis, results,
    closed), with the two-section text above."""
    now = timezone.now()
    opens_at = {"draft": now + timedelta(days=3), "announced": now + timedelta(days=3)}.get(
        phase, now - timedelta(days=2)
    )
    closes_at = opens_at + timedelta(days=14)
    consultation = Consultation.unscoped.create(
        commune=commune,
        title_ar=fields.pop("title_ar", "مشروع ميثاق المشاركة المواطنة"),
        title_fr=fields.pop("title_fr", "Projet de charte de participation citoyenne"),
        summary_ar="ملخص المشروع.",
        summary_fr="Résumé du projet.",
        opens_at=opens_at,
        closes_at=closes_at,
        **fields,
    )
    services.consultation_text_replace(
        consultation=consultation,
        actor=actor,
        sections=splitting.split_text(text),
        sections_fr=splitting.split_text(text_fr) if text_fr else None,
    )
    if phase != "draft":
        services.consultation_announce(consultation=consultation, actor=actor)
    if phase in ("analysis", "results", "closed"):
        close(consultation)
    if phase in ("results", "closed"):
        publish_results(consultation, actor)
    if phase == "closed":
        services.consultation_close(consultation=consultation, actor=actor)
    consultation.refresh_from_db()
    return consultation


def close(consultation):
    """Move the consultation's dates so that it has closed (opened 20 days ago)."""
    now = timezone.now()
    Consultation.objects.for_commune(consultation.commune).filter(pk=consultation.pk).update(
        opens_at=now - timedelta(days=20), closes_at=now - timedelta(hours=1)
    )
    consultation.refresh_from_db()


def publish_results(consultation, actor):
    services.synthesis_save(consultation=consultation, actor=actor, synthesis_ar="سمعنا الكثير.")
    services.point_save(
        consultation=consultation,
        actor=actor,
        summary_ar="نقطة رئيسية",
        decision="accepted",
        change_ar="أضيفت فقرة.",
    )
    services.consultation_results_publish(consultation=consultation, actor=actor)
    consultation.refresh_from_db()


def paragraph(consultation, section=1, position=1):
    return consultation.paragraphs.get(section__position=section, position=position)


@pytest.fixture
def open_a(commune_a, officer, module_on):
    return make_consultation(commune_a, officer)


@pytest.fixture
def open_b(commune_b, officer_b, module_on):
    return make_consultation(commune_b, officer_b, title_ar="استشارة ب")
