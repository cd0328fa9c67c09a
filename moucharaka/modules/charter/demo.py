"""Demo content: each demo commune's charter, the commitments of seed 001 §12 (the draft
charter of Ouezzane, which the other demo communes share here), a monitoring team, a few
targets, and for Ouezzane a published quarterly report. Idempotent."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from moucharaka.core.cms.models import CommuneHomePage
from moucharaka.core.demo import content
from moucharaka.core.demo.seeding import log
from moucharaka.core.indicators.periods import ReportingPeriod
from moucharaka.modules.charter import rules, services
from moucharaka.modules.charter.models import (
    Actor,
    Charter,
    Commitment,
    MonitoringMember,
    Report,
    Target,
)

# Seed 001 §12: the sections of the charter that list each actor's commitments.
ACTOR_SECTIONS = {
    "Rôles et engagements des acteurs territoriaux : la commune": Actor.COMMUNE,
    "Rôles et engagements des acteurs territoriaux : les associations": Actor.ASSOCIATIONS,
    "Rôles et engagements des acteurs territoriaux : les citoyennes et les citoyens": (
        Actor.CITIZENS
    ),
    "Rôles et engagements des acteurs territoriaux : rôles et engagements communs": (Actor.SHARED),
}

# Seed 003: Taroudant's council adopted its charter in the February 2025 session.
ADOPTED = {
    "taroudant": (datetime.date(2025, 2, 4), "الدورة العادية لشهر فبراير 2025"),
    "larache": (datetime.date(2024, 5, 7), "الدورة العادية لشهر ماي 2024"),
}

TEAM = [
    ("ممثل(ة) المجلس الجماعي", Actor.COMMUNE, "نائب(ة) الرئيس المكلف(ة) بالمشاركة المواطنة"),
    ("ممثل(ة) المصالح الجماعية", Actor.COMMUNE, "قسم الشؤون الإدارية والتواصل"),
    ("ممثلة الجمعيات", Actor.ASSOCIATIONS, "هيئة المساواة وتكافؤ الفرص ومقاربة النوع"),
    ("ممثل الجمعيات", Actor.ASSOCIATIONS, "شبكة جمعيات الأحياء"),
    ("ممثل(ة) الشباب", Actor.CITIZENS, "مجلس الشباب"),
]


def _commitments() -> list[tuple[str, str, str]]:
    """(actor, title, description) from the charter's text: each paragraph reads
    "Title — Rôle : … Engagement : …" (Arabic: "العنوان — الدور: … الالتزام: …")."""
    rows = []
    for section in content.OUEZZANE_CHARTER["sections"]:
        actor = ACTOR_SECTIONS.get(section["heading_fr"])
        if actor is None:
            continue
        for paragraph in section["paragraphs_ar"]:
            title, _sep, rest = paragraph.partition(" — ")
            commitment = rest.split("الالتزام:", 1)[-1].strip() if "الالتزام:" in rest else rest
            rows.append((actor, title.strip(), commitment))
    return rows


def _text_page(commune):
    home = CommuneHomePage.objects.filter(commune=commune, locale__language_code="ar").first()
    if home is None:
        return None
    return home.get_children().filter(slug="charter-text").first()


@transaction.atomic
def seed(*, commune, stdout=None) -> None:
    today = timezone.localdate()
    adopted_on, session = ADOPTED.get(commune.slug, (None, ""))
    status = Charter.Status.ADOPTED if adopted_on else Charter.Status.CONSULTATION
    charter, created = Charter.unscoped.get_or_create(
        commune=commune,
        defaults={
            "title": f"ميثاق المشاركة المواطنة لجماعة {commune.name_ar}",
            "summary": "يحدد الميثاق مبادئ المشاركة المواطنة وآلياتها وأدوار الفاعلين "
            "والتزاماتهم، ومؤشرات تتبع تفعيله وتقاريره الفصلية والسنوية.",
            "status": status,
            "text_page": _text_page(commune),
            "adopted_on": adopted_on,
            "adopted_at": session,
        },
    )
    if not created:
        return
    start = adopted_on or today.replace(month=1, day=1)
    for position, (actor, title, description) in enumerate(_commitments()):
        done = position % 4 == 0
        due = start + datetime.timedelta(days=120 + 30 * (position % 8))
        Commitment.unscoped.create(
            commune=commune,
            charter=charter,
            actor=actor,
            title=title[:200],
            description=description,
            position=position,
            status=Commitment.Status.DONE
            if done
            else (Commitment.Status.IN_PROGRESS if position % 3 else Commitment.Status.PLANNED),
            starts_on=start,
            due_on=due,
            done_on=min(due, today) if done else None,
            owner="المكتب المسير للجماعة" if actor == Actor.COMMUNE else "",
        )
    for position, (name, actor, organisation) in enumerate(TEAM):
        MonitoringMember.unscoped.create(
            commune=commune,
            charter=charter,
            name=name,
            actor=actor,
            organisation=organisation,
            position=position,
        )
    this_year, last_year = str(today.year), str(today.year - 1)
    for measure, direction, value, period in (
        ("participants", "at_least", 100, last_year),
        ("participants", "at_least", 300, this_year),
        ("women_share", "at_least", 0.4, this_year),
        ("suggestions.suggestions_answered_share", "at_least", 0.8, last_year),
        ("suggestions.suggestions_median_days_to_answer", "at_most", 30, this_year),
    ):
        Target.unscoped.create(
            commune=commune,
            charter=charter,
            measure=measure,
            direction=direction,
            value=value,
            period=period,
            due_on=rules.target_due_on(period),
        )
    if commune.slug == "ouezzane":
        quarter = ReportingPeriod.containing(today).previous()
        report = services.report_request(commune=commune, kind="quarterly", period=quarter)
        Report.unscoped.filter(pk=report.pk).update(
            achievements="انطلاق التشاور العمومي حول مشروع الميثاق وتنظيم لقاءات تواصلية "
            "مع الجمعيات والمواطنين.",
            challenges="ضعف مشاركة الشباب والنساء في اللقاءات الحضورية.",
            improvement_plan="برمجة لقاءات في الأحياء في أوقات ملائمة، وتقوية التواصل الرقمي.",
            # Shown once generated (in the background, after this transaction).
            is_published=True,
        )
    log(stdout, f"    charter: {charter.commitments.count()} commitments")
