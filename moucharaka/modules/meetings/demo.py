"""Demo content of citizen meetings, for each demo commune (idempotent).

- Larache: the consultative workshop with civil-society associations of 7 December 2023
  (seed 000): its title, its five-point agenda (moucharaka.core.demo.content) and, as
  minutes, the account of the workshop drawn from the seed. Its recommendations are the
  seed's entry points for the participation action plan ("مداخل صياغة خطة عمل المشاركة
  المواطنة بالجماعة"). Not in the seed, and flagged as demo data below: the hours, the
  place, the attendance sheet and the follow-up of each recommendation.
- Every demo commune: one upcoming periodic results meeting (invented, typical of the
  charter's "periodic results meetings", DOMAIN §2), published, with a registration.
  Seeding again creates a new one only once the previous one is over.

Everything goes through the module's services, so the ledger and the audit trail are as
real ones would be; nobody is notified.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from moucharaka.core.demo import content
from moucharaka.core.demo.seeding import DEMO_DOMAIN, demo_user
from moucharaka.core.ledger.models import AgeBand, Gender
from moucharaka.core.territories.models import District
from moucharaka.modules.meetings import services
from moucharaka.modules.meetings.models import Meeting, Recommendation
from moucharaka.modules.meetings.permissions import OFFICER

WORKSHOP = next(item for item in content.NEWS["larache"] if item["date"] == "2023-12-07")

# Seed 000, "مداخل صياغة خطة عمل المشاركة المواطنة بالجماعة". The follow-up (status,
# evidence, responsible service, due date) is demo data, not from the seed.
R = Recommendation.Status
WORKSHOP_RECOMMENDATIONS = [
    ("تملك استعمال أدوات ومناهج مبتكرة للمشاركة المواطنة", R.IN_PROGRESS, "", 180),
    (
        "تعزيز المشاركة المواطنة في تفعيل برنامج عمل الجماعة وتتبعه وتقييمه وتحيينه",
        R.PLANNED,
        "",
        1200,
    ),
    ("تقوية آليات الحوار والتشاور (مجلس الشباب نموذجا)", R.UNDER_STUDY, "", 1100),
    ("مواكبة دينامية هيئة المساواة وتكافؤ الفرص ومقاربة النوع", R.IN_PROGRESS, "", 1300),
    (
        "تعزيز المشاركة المواطنة الرقمية",
        R.IMPLEMENTED,
        "إطلاق المنصة الرقمية للمشاركة المواطنة للجماعة، وفيها فضاء الاقتراحات والملاحظات "
        "والعرائض واللقاءات المواطنة.",
        120,
    ),
    ("تقوية دينامية جمعيات المجتمع المدني", R.PLANNED, "", 1400),
    ("التواصل وضمان الحق في الوصول إلى المعلومة", R.IN_PROGRESS, "", 1250),
]
OWNER = "مصلحة الشؤون الاجتماعية والشراكة"  # demo data

# Demo attendance sheet of the workshop (not in the seed): gender, age band, district
# index (None: not said), disability; 24 people.
F, M = Gender.FEMALE, Gender.MALE
SHEET = (
    [(F, AgeBand.AGE_18_29, 0, False)] * 5
    + [(F, AgeBand.AGE_30_44, 1, False)] * 5
    + [(F, AgeBand.AGE_45_59, 2, True)] * 2
    + [(M, AgeBand.AGE_30_44, 0, False)] * 6
    + [(M, AgeBand.AGE_45_59, 1, False)] * 4
    + [(M, AgeBand.AGE_60_PLUS, None, True)] * 2
)

# The upcoming meeting of every demo commune (invented).
UPCOMING = {
    "title": "لقاء دوري لعرض حصيلة تنفيذ برنامج عمل الجماعة",
    "title_fr": "Rencontre périodique de présentation des résultats du programme d'action",
    "summary": "تعرض الجماعة على المواطنات والمواطنين والجمعيات حصيلة تنفيذ برنامج عمل الجماعة، "
    "وتتبع التوصيات الصادرة عن اللقاءات السابقة، ثم تفتح النقاش حول الأولويات المقبلة.",
    "agenda": [
        {
            "title": "تقديم حصيلة تنفيذ برنامج عمل الجماعة",
            "title_fr": "Présentation du bilan de mise en œuvre du programme d'action",
        },
        {
            "title": "تتبع توصيات اللقاءات السابقة",
            "title_fr": "Suivi des recommandations des rencontres précédentes",
        },
        {
            "title": "نقاش مفتوح مع المواطنات والمواطنين والجمعيات",
            "title_fr": "Débat ouvert avec les citoyennes, les citoyens et les associations",
        },
    ],
}
# Approximate city centre (WGS 84), demo data: Larache's meetings show a map.
LARACHE_CENTRE = (Decimal("35.1932"), Decimal("-6.1557"))


def _local(day, hour: int, minute: int = 0) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def seed(*, commune, stdout=None) -> None:
    with transaction.atomic():
        officer = demo_user(f"{OFFICER}.{commune.slug}@{DEMO_DOMAIN}")
        districts = list(District.objects.filter(commune=commune).order_by("pk"))
        if commune.slug == "larache":
            _larache_workshop(commune, officer, districts)
        _upcoming(commune, officer, districts)


def _larache_workshop(commune, officer, districts) -> None:
    if Meeting.objects.for_commune(commune).filter(title=WORKSHOP["title_ar"]).exists():
        return
    day = datetime.strptime(WORKSHOP["date"], "%Y-%m-%d").date()
    meeting = services.meeting_create(
        commune=commune,
        actor=officer,
        kind=Meeting.Kind.WORKSHOP,
        title=WORKSHOP["title_ar"],
        title_fr=WORKSHOP["title_fr"],
        summary=WORKSHOP["intro_ar"],
        starts_at=_local(day, 9, 30),  # demo data: the seed gives the date only
        ends_at=_local(day, 13),
        venue="قاعة الاجتماعات بمقر جماعة العرائش",  # demo data
        latitude=LARACHE_CENTRE[0],
        longitude=LARACHE_CENTRE[1],
        registration_enabled=False,  # associations were invited
        step_free_access=True,
        agenda=[
            {"title": item["ar"], "title_fr": item["fr"]}
            for item in content.LARACHE_WORKSHOP_AGENDA
        ],
    )
    services.meeting_publish(commune=commune, meeting=meeting, actor=officer)
    services.attendance_sheet_enter(
        commune=commune,
        meeting=meeting,
        actor=officer,
        rows=[
            {
                "gender": gender,
                "age_band": age_band,
                "district": districts[index] if index is not None and districts else None,
                "disability": disability,
            }
            for gender, age_band, index, disability in SHEET
        ],
    )
    services.minutes_save(
        commune=commune,
        meeting=meeting,
        actor=officer,
        minutes="\n\n".join(WORKSHOP["paragraphs_ar"]),
        publish=True,
    )
    for position, (text, status, evidence, due_days) in enumerate(WORKSHOP_RECOMMENDATIONS):
        recommendation = services.recommendation_create(
            commune=commune,
            meeting=meeting,
            actor=officer,
            text=text,
            owner=OWNER,
            due_date=day + timedelta(days=due_days),
            position=position,
        )
        steps = {
            R.PLANNED: [R.PLANNED],
            R.IN_PROGRESS: [R.PLANNED, R.IN_PROGRESS],
            R.IMPLEMENTED: [R.PLANNED, R.IN_PROGRESS, R.IMPLEMENTED],
        }.get(status, [])
        for offset, step in enumerate(steps, start=1):
            services.recommendation_update(
                commune=commune,
                recommendation=recommendation,
                actor=officer,
                status=step,
                evidence=evidence if step == R.IMPLEMENTED else None,
                at=_local(day + timedelta(days=45 * offset), 10),
            )


def _upcoming(commune, officer, districts) -> None:
    now = timezone.now()
    if (
        Meeting.objects.for_commune(commune)
        .filter(status=Meeting.Status.PUBLISHED, ends_at__gt=now)
        .exists()
    ):
        return
    day = timezone.localdate() + timedelta(days=21)
    located = commune.slug == "larache"
    meeting = services.meeting_create(
        commune=commune,
        actor=officer,
        kind=Meeting.Kind.RESULTS,
        title=UPCOMING["title"],
        title_fr=UPCOMING["title_fr"],
        summary=UPCOMING["summary"],
        starts_at=_local(day, 17),
        ends_at=_local(day, 19),
        mode=Meeting.Mode.HYBRID if commune.slug == "tanger" else Meeting.Mode.IN_PERSON,
        venue="قاعة الاجتماعات بمقر الجماعة",
        online_url="https://meet.jit.si/moucharaka-demo-tanger" if commune.slug == "tanger" else "",
        district=districts[0] if districts else None,
        latitude=LARACHE_CENTRE[0] if located else None,
        longitude=LARACHE_CENTRE[1] if located else None,
        capacity=80,
        step_free_access=True,
        accessibility_notes="مقاعد محجوزة في الصف الأمامي للأشخاص في وضعية إعاقة ولمرافقيهم.",
        agenda=UPCOMING["agenda"],
    )
    services.meeting_publish(commune=commune, meeting=meeting, actor=officer)
    citizen = demo_user(f"citizen@{DEMO_DOMAIN}")
    services.registration_create(
        commune=commune, meeting=meeting, user=citizen, language="ar", notify=False
    )
