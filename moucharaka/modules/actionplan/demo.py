"""Demo content: a plausible action programme for Béni Mellal (2022–2027), three axes and
twenty projects, some of them linked to the commune's demo suggestions. Invented figures
and dates, typical of a city's PAC; places are the commune's demo districts and points
near the city centre (approximate).

Idempotent, and robust to the order in which modules are seeded: the programme is built
once; the links to suggestions are made on every run, with whatever suggestions exist
(the suggestions seeder may run before or after this one).
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from moucharaka.core.comments.models import Comment
from moucharaka.core.comments.services import comment_post
from moucharaka.core.demo.seeding import DEMO_DOMAIN, demo_user
from moucharaka.core.registry.manifests import registry
from moucharaka.core.territories.models import District
from moucharaka.core.text import normalize_arabic
from moucharaka.modules.actionplan import services, spreadsheet
from moucharaka.modules.actionplan.models import (
    Axis,
    BudgetLine,
    Category,
    Evaluation,
    Milestone,
    Programme,
    Project,
    Update,
)
from moucharaka.modules.actionplan.permissions import MANAGER

COMMUNES = {"beni-mellal"}
START_YEAR = 2022
CENTRE = (Decimal("32.3394"), Decimal("-6.3608"))  # approximate, demo markers only

PROGRAMME = {
    "title_ar": "برنامج عمل جماعة بني ملال 2022-2027",
    "title_fr": "Programme d'action de la commune de Béni Mellal 2022-2027",
    "adopted_on": date(2022, 10, 6),
    "adoption_reference": "مقرر المجلس الجماعي، الدورة العادية لشهر أكتوبر 2022",
    "summary_ar": (
        "أعدت الجماعة برنامج عملها بعد تشخيص تشاركي شمل لقاءات مع ساكنة الأحياء والجمعيات "
        "وهيئة المساواة وتكافؤ الفرص ومقاربة النوع، وبتنسيق مع عامل الإقليم. يحدد البرنامج "
        "ثلاثة محاور ذات أولوية وعشرين مشروعا، مع تقدير الموارد والنفقات للسنوات الثلاث الأولى."
    ),
    "summary_fr": (
        "La commune a élaboré son programme d'action après un diagnostic participatif : "
        "rencontres avec les habitants des quartiers, les associations et l'instance de "
        "l'équité, de l'égalité des chances et de l'approche genre, en coordination avec le "
        "gouverneur. Il fixe trois axes prioritaires et vingt projets, avec les ressources et "
        "dépenses estimées pour les trois premières années."
    ),
}

AXES = [
    (
        "1",
        "تأهيل البنيات التحتية والمجال الحضري",
        "Mise à niveau des infrastructures et de l'espace urbain",
    ),
    ("2", "التنمية الاجتماعية والثقافية والرياضية", "Développement social, culturel et sportif"),
    (
        "3",
        "البيئة والحكامة والإدارة الرقمية",
        "Environnement, gouvernance et administration numérique",
    ),
]

CATEGORIES = [
    ("الإنارة العمومية", "Éclairage public"),
    ("الطرق والأرصفة", "Voirie et trottoirs"),
    ("التجهيزات الاجتماعية والرياضية", "Équipements sociaux et sportifs"),
    ("البيئة والمساحات الخضراء", "Environnement et espaces verts"),
    ("الحكامة والإدارة", "Gouvernance et administration"),
    ("الأسواق والاقتصاد المحلي", "Marchés et économie locale"),
]

COMMUNE, REGION, DGCT, INDH = (
    "الميزانية الجماعية",
    "مجلس جهة بني ملال خنيفرة",
    "المديرية العامة للجماعات الترابية",
    "المبادرة الوطنية للتنمية البشرية",
)

M = 1_000_000


def _money(*years):
    """(planned, committed, spent) in millions of dirhams, from 2022."""
    return {
        START_YEAR + index: {
            "planned": Decimal(str(p)) * M,
            "committed": Decimal(str(c)) * M,
            "spent": Decimal(str(s)) * M,
        }
        for index, (p, c, s) in enumerate(years)
        if p or c or s
    }


# category: index in CATEGORIES; districts: indexes in the commune's districts; offset:
# (north, east) from the centre in thousandths of a degree, or None; progress None:
# computed from the milestones (title, planned, reached, weight); keywords: words of the
# demo suggestion the project came from (none: it came from elsewhere), proposer: who.
PROJECTS = [
    dict(
        code="1.1",
        axis="1",
        title="تعميم الإنارة العمومية الاقتصادية بالأحياء",
        title_fr="Éclairage public économique (LED) dans les quartiers",
        category=0,
        districts=[0, 1],
        offset=(2, -3),
        start=date(2022, 11, 1),
        end=date(2024, 12, 31),
        status="completed",
        completed_on=date(2024, 11, 20),
        progress=100,
        budget=_money((4, 4, 3.5), (3, 3, 3), (2, 2, 2)),
        funding=[(COMMUNE, 6 * M), (DGCT, 3 * M)],
        partners=["المكتب الوطني للكهرباء والماء الصالح للشرب"],
        milestones=[
            ("الدراسة التقنية", date(2022, 12, 31), date(2022, 12, 20), 1),
            ("الشطر الأول: عين أسردون", date(2023, 12, 31), date(2023, 11, 30), 2),
            ("الشطر الثاني: الصومعة", date(2024, 12, 31), date(2024, 11, 20), 2),
        ],
        keywords=["الانارة", "العموميه"],
        proposer="citizens",
    ),
    dict(
        code="1.2",
        axis="1",
        title="تأهيل وتقوية الطرق والأرصفة بحي الصومعة",
        title_fr="Réhabilitation des routes et trottoirs de Soumaa",
        category=1,
        districts=[1],
        offset=(-4, 2),
        start=date(2023, 3, 1),
        end=date(2025, 12, 31),
        status="in_progress",
        completed_on=None,
        progress=None,
        budget=_money((0, 0, 0), (6, 5, 3), (8, 7, 6), (4, 2, 1)),
        funding=[(COMMUNE, 8 * M), (REGION, 12 * M)],
        partners=["الشركة الجهوية متعددة الخدمات"],
        milestones=[
            ("الدراسات والصفقة", date(2023, 6, 30), date(2023, 7, 15), 1),
            ("تقوية الطريق الرئيسية", date(2024, 6, 30), date(2024, 9, 1), 3),
            ("الأرصفة والتشوير", date(2025, 12, 31), None, 2),
        ],
        keywords=["حفر", "الطريق"],
        proposer="citizens",
    ),
    dict(
        code="1.3",
        axis="1",
        title="تهيئة مداخل المدينة",
        title_fr="Aménagement des entrées de la ville",
        category=1,
        districts=[],
        offset=(8, 9),
        start=date(2023, 1, 15),
        end=date(2025, 6, 30),
        status="in_progress",
        completed_on=None,
        progress=60,
        budget=_money((2, 2, 1), (5, 4, 3), (5, 3, 2)),
        funding=[(COMMUNE, 4 * M), (DGCT, 8 * M)],
        partners=[],
        milestones=[],
        keywords=[],
        proposer="",
    ),
    dict(
        code="1.4",
        axis="1",
        title="تهيئة ممشى عين أسردون وتشجيره",
        title_fr="Promenade d'Aïn Asserdoun : aménagement et plantations",
        category=3,
        districts=[0],
        offset=(5, 4),
        start=date(2025, 1, 1),
        end=date(2026, 12, 31),
        status="studies",
        completed_on=None,
        progress=10,
        budget=_money((0, 0, 0), (0, 0, 0), (0, 0, 0), (1.5, 0.3, 0.2), (3, 0, 0)),
        funding=[(COMMUNE, 4.5 * M)],
        partners=["جمعية أصدقاء عين أسردون"],
        milestones=[],
        keywords=["bancs", "promenade"],
        proposer="citizens",
    ),
    dict(
        code="1.5",
        axis="1",
        title="إعادة تهيئة السوق الأسبوعي",
        title_fr="Réaménagement du souk hebdomadaire",
        category=5,
        districts=[1],
        offset=(-6, -4),
        start=date(2026, 1, 1),
        end=date(2027, 6, 30),
        status="planned",
        completed_on=None,
        progress=0,
        budget=_money((0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 0, 0), (2, 0, 0), (4, 0, 0)),
        funding=[(COMMUNE, 2 * M), (INDH, 4 * M)],
        partners=[],
        milestones=[],
        keywords=["السوق", "الاسبوعي"],
        proposer="citizens",
    ),
    dict(
        code="1.6",
        axis="1",
        title="تأهيل شبكة تصريف مياه الأمطار",
        title_fr="Réseau d'évacuation des eaux pluviales",
        category=1,
        districts=[2, 3],
        offset=(-2, 6),
        start=date(2022, 9, 1),
        end=date(2023, 12, 31),
        status="completed",
        completed_on=date(2024, 4, 30),
        progress=100,
        budget=_money((3, 3, 2), (4, 4, 4), (0, 1, 1)),
        funding=[(COMMUNE, 3 * M), (DGCT, 4 * M)],
        partners=[],
        milestones=[],
        keywords=[],
        proposer="",
    ),
    dict(
        code="1.7",
        axis="1",
        title="إحداث مرأب تحت أرضي بوسط المدينة",
        title_fr="Parking souterrain au centre-ville",
        category=1,
        districts=[],
        offset=None,
        start=None,
        end=None,
        status="cancelled",
        completed_on=None,
        progress=0,
        budget={},
        funding=[],
        partners=[],
        milestones=[],
        keywords=[],
        proposer="",
    ),
    dict(
        code="2.1",
        axis="2",
        title="إحداث ملاعب القرب وفضاءات ألعاب الأطفال",
        title_fr="Terrains de proximité et aires de jeux",
        category=2,
        districts=[2],
        offset=(6, 5),
        start=date(2023, 9, 1),
        end=date(2026, 12, 31),
        status="in_progress",
        completed_on=None,
        progress=None,
        budget=_money((0, 0, 0), (1, 1, 0.5), (2, 2, 2), (2, 1.5, 1), (1, 0, 0)),
        funding=[(COMMUNE, 2 * M), (INDH, 4 * M)],
        partners=["المديرية الجهوية للشباب والرياضة"],
        milestones=[
            ("ملعب أمغيلة", date(2024, 6, 30), date(2024, 7, 10), 1),
            ("فضاء ألعاب الصومعة", date(2025, 6, 30), date(2025, 8, 1), 1),
            ("ملعب أولاد حمدان", date(2026, 6, 30), None, 1),
            ("فضاء ألعاب عين أسردون", date(2026, 12, 31), None, 1),
        ],
        keywords=["ملعب", "للاطفال"],
        proposer="citizens",
    ),
    dict(
        code="2.2",
        axis="2",
        title="برنامج الولوجيات في المرافق العمومية والمدارس",
        title_fr="Accessibilité des équipements publics et des écoles",
        category=2,
        districts=[0, 1, 2, 3],
        offset=None,
        start=date(2023, 1, 1),
        end=date(2024, 12, 31),
        status="completed",
        completed_on=date(2024, 12, 15),
        progress=100,
        budget=_money((0, 0, 0), (0.8, 0.8, 0.7), (0.7, 0.7, 0.7)),
        funding=[(COMMUNE, 1.5 * M)],
        partners=["المديرية الإقليمية للتعليم", "جمعيات الأشخاص في وضعية إعاقة"],
        milestones=[],
        keywords=["ممر", "ولوج"],
        proposer="associations",
    ),
    dict(
        code="2.3",
        axis="2",
        title="بناء دار الشباب بحي أولاد حمدان",
        title_fr="Maison de jeunes d'Ouled Hamdane",
        category=2,
        districts=[3],
        offset=(-7, -1),
        start=date(2024, 3, 1),
        end=date(2026, 6, 30),
        status="in_progress",
        completed_on=None,
        progress=None,
        budget=_money((0, 0, 0), (0, 0, 0), (3, 3, 1), (4, 3, 2.5), (1, 0, 0)),
        funding=[(COMMUNE, 3 * M), (REGION, 5 * M)],
        partners=["وزارة الشباب والثقافة والتواصل"],
        milestones=[
            ("الدراسات", date(2024, 5, 31), date(2024, 5, 20), 1),
            ("الأشغال الكبرى", date(2025, 12, 31), date(2025, 12, 1), 4),
            ("التجهيز والافتتاح", date(2026, 6, 30), None, 1),
        ],
        keywords=[],
        proposer="",
    ),
    dict(
        code="2.4",
        axis="2",
        title="تأهيل المركب الثقافي",
        title_fr="Réhabilitation du complexe culturel",
        category=2,
        districts=[],
        offset=(1, -2),
        start=date(2025, 6, 1),
        end=date(2027, 6, 30),
        status="studies",
        completed_on=None,
        progress=5,
        budget=_money((0, 0, 0), (0, 0, 0), (0, 0, 0), (0.5, 0.2, 0.1), (3, 0, 0), (2, 0, 0)),
        funding=[(COMMUNE, 2.5 * M), (REGION, 3 * M)],
        partners=[],
        milestones=[],
        keywords=[],
        proposer="",
    ),
    dict(
        code="2.5",
        axis="2",
        title="دعم مشاريع الجمعيات في إطار البناء المشترك",
        title_fr="Projets co-construits avec les associations",
        category=4,
        districts=[],
        offset=None,
        start=date(2023, 1, 1),
        end=date(2027, 12, 31),
        status="in_progress",
        completed_on=None,
        progress=55,
        budget=_money(
            (0, 0, 0), (0.6, 0.6, 0.6), (0.8, 0.8, 0.8), (0.8, 0.8, 0.6), (0.8, 0, 0), (0.8, 0, 0)
        ),
        funding=[(COMMUNE, 3.8 * M)],
        partners=["جمعيات المجتمع المدني", "Enabel (مشروع تضافر)"],
        milestones=[],
        keywords=[],
        proposer="",
    ),
    dict(
        code="2.6",
        axis="2",
        title="إحداث مركز لإيواء الأشخاص بدون مأوى",
        title_fr="Centre d'accueil des personnes sans abri",
        category=2,
        districts=[1],
        offset=(-1, 7),
        start=date(2026, 1, 1),
        end=date(2027, 12, 31),
        status="planned",
        completed_on=None,
        progress=0,
        budget=_money((0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 0, 0), (2, 0, 0), (3, 0, 0)),
        funding=[(INDH, 5 * M)],
        partners=["التعاون الوطني"],
        milestones=[],
        keywords=[],
        proposer="",
    ),
    dict(
        code="2.7",
        axis="2",
        title="بناء مسبح بلدي مغطى",
        title_fr="Piscine municipale couverte",
        category=2,
        districts=[2],
        offset=(4, -6),
        start=date(2024, 1, 1),
        end=date(2026, 12, 31),
        status="in_progress",
        completed_on=None,
        progress=15,
        budget=_money((0, 0, 0), (0, 0, 0), (2, 1, 1), (6, 0, 0)),
        funding=[(COMMUNE, 3 * M), (REGION, 5 * M)],
        partners=[],
        milestones=[],
        keywords=[],
        proposer="",
    ),
    dict(
        code="3.1",
        axis="3",
        title="تحسين خدمة جمع النفايات المنزلية",
        title_fr="Amélioration de la collecte des déchets ménagers",
        category=3,
        districts=[0, 1, 2, 3],
        offset=None,
        start=date(2023, 1, 1),
        end=date(2027, 12, 31),
        status="in_progress",
        completed_on=None,
        progress=70,
        budget=_money((0, 0, 0), (9, 9, 9), (9.5, 9.5, 9.5), (10, 10, 8), (10, 0, 0), (10, 0, 0)),
        funding=[(COMMUNE, 48.5 * M)],
        partners=["شركة التدبير المفوض"],
        milestones=[],
        keywords=["collecte", "dechets"],
        proposer="citizens",
    ),
    dict(
        code="3.2",
        axis="3",
        title="توسيع حديقة عين أسردون وتهيئة المساحات الخضراء",
        title_fr="Jardin d'Aïn Asserdoun et espaces verts",
        category=3,
        districts=[0],
        offset=(7, 2),
        start=date(2023, 4, 1),
        end=date(2025, 12, 31),
        status="in_progress",
        completed_on=None,
        progress=None,
        budget=_money((0, 0, 0), (2, 2, 1.5), (3, 3, 2.5), (2, 1, 0.5)),
        funding=[(COMMUNE, 3 * M), (REGION, 4 * M)],
        partners=["المديرية الإقليمية للمياه والغابات"],
        milestones=[
            ("السقي بالتنقيط", date(2023, 12, 31), date(2024, 2, 15), 2),
            ("التشجير", date(2024, 12, 31), date(2025, 3, 1), 2),
            ("المسالك والإنارة", date(2025, 12, 31), None, 1),
        ],
        keywords=[],
        proposer="",
    ),
    dict(
        code="3.3",
        axis="3",
        title="رقمنة الخدمات الإدارية وإحداث شباك إلكتروني",
        title_fr="Dématérialisation des services et guichet en ligne",
        category=4,
        districts=[],
        offset=None,
        start=date(2023, 6, 1),
        end=date(2026, 12, 31),
        status="in_progress",
        completed_on=None,
        progress=None,
        budget=_money((0, 0, 0), (0.5, 0.5, 0.4), (1, 1, 0.8), (1, 0.6, 0.3)),
        funding=[(COMMUNE, 1.5 * M), (DGCT, 1 * M)],
        partners=["وكالة التنمية الرقمية"],
        milestones=[
            ("رقمنة الحالة المدنية", date(2024, 6, 30), date(2024, 6, 1), 1),
            ("رخص التعمير عبر الإنترنت", date(2025, 6, 30), date(2025, 10, 1), 1),
            ("الشباك الإلكتروني الموحد", date(2026, 12, 31), None, 1),
        ],
        keywords=[],
        proposer="",
    ),
    dict(
        code="3.4",
        axis="3",
        title="تفعيل آليات المشاركة المواطنة",
        title_fr="Mécanismes de participation citoyenne",
        category=4,
        districts=[],
        offset=None,
        start=date(2022, 12, 1),
        end=date(2024, 6, 30),
        status="completed",
        completed_on=date(2024, 6, 10),
        progress=100,
        budget=_money((0.2, 0.2, 0.2), (0.5, 0.5, 0.5), (0.3, 0.3, 0.3)),
        funding=[(COMMUNE, 0.5 * M), ("Enabel (مشروع تضافر)", 0.5 * M)],
        partners=["هيئة المساواة وتكافؤ الفرص ومقاربة النوع"],
        milestones=[],
        keywords=[],
        proposer="",
    ),
    dict(
        code="3.5",
        axis="3",
        title="إحداث محطة لمعالجة المياه العادمة لسقي المساحات الخضراء",
        title_fr="Station de traitement des eaux usées pour l'arrosage",
        category=3,
        districts=[3],
        offset=(-9, 8),
        start=date(2026, 3, 1),
        end=date(2027, 12, 31),
        status="planned",
        completed_on=None,
        progress=0,
        budget=_money((0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 0, 0), (5, 0, 0), (7, 0, 0)),
        funding=[(REGION, 7 * M), (DGCT, 5 * M)],
        partners=[],
        milestones=[],
        keywords=[],
        proposer="",
    ),
    dict(
        code="3.6",
        axis="3",
        title="تجهيز مكتب العلاقات مع المواطنين",
        title_fr="Bureau des relations avec les citoyens",
        category=4,
        districts=[],
        offset=(0, 0),
        start=date(2022, 11, 1),
        end=date(2023, 6, 30),
        status="completed",
        completed_on=date(2023, 6, 20),
        progress=100,
        budget=_money((0.3, 0.3, 0.2), (0.2, 0.3, 0.3)),
        funding=[(COMMUNE, 0.5 * M)],
        partners=[],
        milestones=[],
        keywords=[],
        proposer="",
    ),
]

# (project code, date, reason, changes to make, note)
REVISIONS = [
    (
        "1.2",
        date(2025, 5, 6),
        "تحيين البرنامج خلال الدورة العادية لشهر ماي 2025: رفع الغلاف المالي بعد نتائج "
        "الدراسة الجيوتقنية.",
        {"budget": {2025: {"planned": 6 * M, "committed": 2 * M, "spent": 1 * M}}},
        "",
    ),
    (
        "1.3",
        date(2025, 7, 15),
        "تأخر الأشغال بسبب إعادة مسار قنوات الماء الصالح للشرب.",
        {},
        "ستستأنف الأشغال بعد انتهاء المكتب الوطني للكهرباء والماء الصالح للشرب من تحويل القنوات.",
    ),
    (
        "2.7",
        date(2025, 9, 10),
        "توقيف الأشغال في انتظار اتفاقية التمويل مع مجلس الجهة.",
        {"status": "suspended"},
        "",
    ),
]


def _row(spec: dict, districts) -> spreadsheet.Row:
    locations = []
    if spec["offset"] is not None:
        north, east = spec["offset"]
        locations = [(CENTRE[0] + Decimal(north) / 1000, CENTRE[1] + Decimal(east) / 1000)]
    return spreadsheet.Row(
        number=0,
        axis_code=spec["axis"],
        code=spec["code"],
        title=spec["title"],
        title_fr=spec["title_fr"],
        districts=[districts[i % len(districts)] for i in spec["districts"]] if districts else [],
        locations=locations,
        start_date=spec["start"],
        end_date=spec["end"],
        status=spec["status"],
        completed_on=spec["completed_on"],
        progress=spec["progress"],
        funding=[(source, Decimal(amount)) for source, amount in spec["funding"]],
        partners=list(spec["partners"]),
        budget={year: dict(money) for year, money in spec["budget"].items()},
    )


def seed(*, commune, stdout=None) -> None:
    if commune.slug not in COMMUNES:
        return
    manager = demo_user(f"{MANAGER}.{commune.slug}@{DEMO_DOMAIN}")
    with transaction.atomic():
        programme = Programme.objects.for_commune(commune).filter(start_year=START_YEAR).first()
        created = programme is None
        if created:
            programme = _build(commune, manager)
        linked = _link_suggestions(commune, programme, manager)
        _followers(commune, programme)
    if stdout is not None and (created or linked):
        stdout.write(
            f"    actionplan: {'programme, ' if created else ''}{linked} links to suggestions "
            f"for {commune.name_fr}"
        )


def _build(commune, manager) -> Programme:
    programme = services.programme_create(
        commune=commune,
        actor=manager,
        start_year=START_YEAR,
        end_year=START_YEAR + 5,
        status=Programme.Status.DRAFTING,
        is_published=True,
        title_ar=PROGRAMME["title_ar"],
        title_fr=PROGRAMME["title_fr"],
        summary_ar=PROGRAMME["summary_ar"],
        summary_fr=PROGRAMME["summary_fr"],
    )
    axes = {
        code: Axis.unscoped.create(
            commune=commune,
            programme=programme,
            code=code,
            name_ar=name_ar,
            name_fr=name_fr,
            sort_order=position,
        )
        for position, (code, name_ar, name_fr) in enumerate(AXES, start=1)
    }
    categories = []
    for position, (name_ar, name_fr) in enumerate(CATEGORIES, start=1):
        category = Category.objects.for_commune(commune).filter(name_ar=name_ar).first()
        categories.append(
            category
            or Category.unscoped.create(
                commune=commune, name_ar=name_ar, name_fr=name_fr, sort_order=position
            )
        )
    districts = list(District.objects.filter(commune=commune).order_by("pk"))
    for spec in PROJECTS:
        row = _row(spec, districts)
        project = Project(commune=commune, programme=programme)
        milestones = spec["milestones"]
        if spec["progress"] is None:
            project.progress_mode = Project.ProgressMode.MILESTONES

        def save(project=project, row=row, spec=spec, milestones=milestones):
            spreadsheet.write_row(
                project, row, axis=axes[spec["axis"]], category=categories[spec["category"]]
            )
            description = (
                f"{row.title}: مشروع من محور «{axes[spec['axis']].name_ar}» في برنامج عمل الجماعة."
            )
            Project.objects.for_commune(commune).filter(pk=project.pk).update(
                description=description
            )
            Milestone.unscoped.bulk_create(
                Milestone(
                    commune=commune,
                    project=project,
                    title=title,
                    planned_date=planned,
                    done_on=done,
                    weight=weight,
                )
                for title, planned, done, weight in milestones
            )
            return project

        services.project_edit(
            commune=commune, project=project, actor=manager, save=save, notify=False
        )
    programme = services.programme_edit(
        commune=commune,
        programme=programme,
        actor=manager,
        status=Programme.Status.ADOPTED,
        adopted_on=PROGRAMME["adopted_on"],
        adoption_reference=PROGRAMME["adoption_reference"],
    )
    _backdate(
        Update.objects.for_commune(commune).filter(programme=programme), PROGRAMME["adopted_on"]
    )
    for code, day, reason, changes, note in REVISIONS:
        _revise(commune, programme, manager, code, day, reason, changes, note)
    evaluation = Evaluation.unscoped.create(
        commune=commune,
        programme=programme,
        kind=Evaluation.Kind.MID_TERM,
        evaluated_on=date(2025, 3, 20),
        evaluator="مكتب دراسات مستقل، بمشاركة هيئة المساواة وتكافؤ الفرص ومقاربة النوع",
        summary=(
            "بلغت نسبة الإنجاز الإجمالية حوالي 45 في المائة في منتصف المدة. تقدمت مشاريع "
            "البنيات التحتية بوتيرة جيدة، بينما تأخرت المشاريع الاجتماعية الكبرى بسبب "
            "التمويل المشترك. توصي الدراسة بتعزيز تتبع المشاريع مع الجمعيات ونشر تقارير "
            "دورية عن التقدم."
        ),
    )
    services.evaluation_record(commune=commune, evaluation=evaluation, actor=manager, created=True)
    _backdate(
        Update.objects.for_commune(commune).filter(changes__0__key="programme.evaluation"),
        date(2025, 3, 20),
    )
    return programme


def _revise(commune, programme, manager, code, day, reason, changes, note):
    project = Project.objects.for_commune(commune).get(programme=programme, code=code)

    def save():
        if "status" in changes:
            project.status = changes["status"]
            project.save()
        for year, money in changes.get("budget", {}).items():
            BudgetLine.objects.for_commune(commune).update_or_create(
                project=project,
                year=year,
                defaults=money,
                create_defaults={**money, "commune": commune, "project": project, "year": year},
            )
        return project

    services.project_edit(
        commune=commune,
        project=project,
        actor=manager,
        save=save,
        reason=reason,
        note=note,
        notify=False,
        at=_moment(day),
    )


def _moment(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(10)))


def _backdate(updates, day: date) -> None:
    updates.update(at=_moment(day))


def _suggestions(commune):
    """The commune's demo suggestions, through the registry (no import of the module)."""
    manifest = registry.get("suggestions")
    if manifest is None:
        return None, []
    for model in manifest.searchables:
        rows = model.objects.for_commune(commune)
        if "is_hidden" in {f.name for f in model._meta.get_fields()}:
            rows = rows.filter(is_hidden=False)
        return manifest.key, [(normalize_arabic(obj.title), obj) for obj in rows.order_by("pk")]
    return manifest.key, []


def _link_suggestions(commune, programme, manager) -> int:
    module, suggestions = _suggestions(commune)
    linked = 0
    projects = {p.code: p for p in Project.objects.for_commune(commune).filter(programme=programme)}
    for spec in PROJECTS:
        code, keywords, proposer = spec["code"], spec["keywords"], spec["proposer"]
        if not keywords or code not in projects:
            continue
        for title, suggestion in suggestions:
            if all(normalize_arabic(word) in title for word in keywords):
                before = projects[code].origins.count()
                services.origin_link(
                    commune=commune,
                    project=projects[code],
                    target=suggestion,
                    module=module,
                    actor=manager,
                    proposer=proposer,
                )
                linked += projects[code].origins.count() - before
    return linked


def _followers(commune, programme) -> None:
    citizen = demo_user(f"citizen@{DEMO_DOMAIN}", display_name="مواطنة تجريبية")
    projects = {p.code: p for p in Project.objects.for_commune(commune).filter(programme=programme)}
    for code in ("1.2", "2.1"):
        if code in projects:
            services.project_follow(
                commune=commune, project=projects[code], user=citizen, language="ar"
            )
    playground = projects.get("2.1")
    if (
        playground is not None
        and not Comment.objects.for_commune(commune)
        .filter(target_id=playground.pk, module="actionplan")
        .exists()
    ):
        comment_post(
            commune=commune,
            author=citizen,
            target=playground,
            body="شكرا على ملعب أمغيلة. متى ستنطلق أشغال ملعب أولاد حمدان؟",
            module="actionplan",
        )
