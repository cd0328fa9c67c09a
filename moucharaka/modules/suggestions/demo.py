"""Demo content of the suggestions space, for each demo commune (idempotent).

Everything goes through the module's services, so the ledger, the public history and the
audit trail are as real ones would be; only the dates are moved into the past afterwards
(`received_days_ago`, `answered_after_days`) so that delays and indicators look like a
commune's. Invented examples, typical of what Moroccan communes receive; places are the
commune's own demo districts. Coordinates are near each city's centre (approximate,
demo data); Naour's are left out: we know no place in it precisely enough.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from moucharaka.core.demo.seeding import DEMO_DOMAIN, demo_user
from moucharaka.core.ledger.models import Channel
from moucharaka.core.territories.models import District
from moucharaka.modules.suggestions import services
from moucharaka.modules.suggestions.models import (
    Category,
    Service,
    StatusChange,
    Suggestion,
)
from moucharaka.modules.suggestions.permissions import OFFICER

CATEGORIES = [
    ("الإنارة العمومية", "Éclairage public"),
    ("النظافة وجمع النفايات", "Propreté et collecte des déchets"),
    ("المساحات الخضراء", "Espaces verts"),
    ("الطرق والأرصفة", "Voirie et trottoirs"),
    ("الولوجيات", "Accessibilité"),
    ("الأسواق", "Marchés"),
    ("مواضيع أخرى", "Autres sujets"),
]

SERVICES = [
    ("المصلحة التقنية", "Service technique"),
    ("مصلحة البيئة والنظافة", "Service de l'environnement et de la propreté"),
    ("مصلحة الشؤون الاجتماعية", "Service des affaires sociales"),
    ("مكتب العلاقات مع المواطنين", "Bureau des relations avec les citoyens"),
]

# Approximate city centres (WGS 84), for demo markers only.
CENTRES = {
    "larache": (Decimal("35.1932"), Decimal("-6.1557")),
    "ouezzane": (Decimal("34.7968"), Decimal("-5.5797")),
    "taroudant": (Decimal("30.4727"), Decimal("-8.8749")),
    "beni-mellal": (Decimal("32.3394"), Decimal("-6.3608")),
    "tanger": (Decimal("35.7673"), Decimal("-5.7998")),
}

# Demo citizens who write, support and rate (password: the demo one).
CITIZENS = [
    ("citizen", "مواطنة تجريبية"),
    ("citizen.1", "سعاد"),
    ("citizen.2", "Youssef"),
    ("citizen.3", "خديجة"),
    ("citizen.4", "Karim"),
    ("citizen.5", "فاطمة الزهراء"),
]

A = Suggestion.AnswerKind
S = Suggestion.Status

# author: index in CITIZENS, or None for an offline suggestion (then `channel`).
# offset: (north, east) from the centre, in thousandths of a degree, or None.
ITEMS = [
    {
        "author": 1,
        "kind": Suggestion.Kind.SUGGESTION,
        "category": 0,
        "district": 0,
        "offset": (2, -3),
        "title": "إصلاح الإنارة العمومية في {district}",
        "body": "أغلب مصابيح الشارع الرئيسي في {district} معطلة منذ أكثر من شهر، مما يجعل "
        "المرور ليلا خطيرا على النساء والأطفال. نقترح إصلاحها وتعويضها بمصابيح اقتصادية.",
        "received_days_ago": 75,
        "answer": (
            A.ACCEPTED,
            "شكرا على هذه الملاحظة. برمجت المصلحة التقنية تعويض المصابيح المعطلة بمصابيح "
            "LED اقتصادية خلال هذا الشهر.",
            "",
        ),
        "answered_after_days": 12,
        "implemented": True,
        "supporters": [2, 3, 4, 5],
        "rating": (5, True),
        "service": 0,
    },
    {
        "author": 2,
        "kind": Suggestion.Kind.COMPLAINT,
        "category": 1,
        "district": 1,
        "offset": (-4, 2),
        "language": "fr",
        "title": "Collecte des déchets irrégulière à {district}",
        "body": "Depuis plusieurs semaines, les bacs de {district} débordent : le camion ne "
        "passe plus que deux fois par semaine. Nous demandons un passage quotidien et des "
        "bacs supplémentaires près de l'école.",
        "received_days_ago": 40,
        "answer": (
            A.PLANNED,
            "Le nouveau contrat de collecte, qui entre en vigueur le mois prochain, prévoit "
            "un passage quotidien et six bacs supplémentaires dans ce quartier.",
            "",
        ),
        "answered_after_days": 21,
        "supporters": [1, 3, 5],
        "rating": (4, True),
        "service": 1,
    },
    {
        "author": 3,
        "kind": Suggestion.Kind.SUGGESTION,
        "category": 2,
        "district": 2,
        "offset": (5, 4),
        "title": "تهيئة مساحة خضراء وملعب للأطفال في {district}",
        "body": "توجد أرض فارغة تابعة للجماعة قرب المدرسة الابتدائية في {district} تتجمع فيها "
        "الأزبال. نقترح تحويلها إلى حديقة صغيرة مع ألعاب للأطفال وكراس للمسنين.",
        "received_days_ago": 20,
        "under_study": True,
        "supporters": [1, 2, 4, 5],
        "service": 0,
    },
    {
        "author": 4,
        "kind": Suggestion.Kind.OBSERVATION,
        "category": 4,
        "district": 0,
        "offset": (-1, -5),
        "title": "ممر ولوج للكراسي المتحركة في مدخل المدرسة",
        "body": "مدخل المدرسة الابتدائية فيه ثلاث درجات بدون ممر مائل، والتلاميذ في وضعية إعاقة "
        "لا يستطيعون الدخول وحدهم.",
        "received_days_ago": 60,
        "answer": (
            A.ALREADY_DONE,
            "أنجزت الجماعة بشراكة مع المديرية الإقليمية للتعليم ممرا مائلا بمدخل المدرسة "
            "خلال العطلة المدرسية الأخيرة. نشكركم على تتبعكم.",
            "",
        ),
        "answered_after_days": 6,
        "supporters": [5],
        "rating": (4, True),
        "service": 2,
    },
    {
        "author": None,
        "channel": Channel.PAPER,
        "kind": Suggestion.Kind.COMPLAINT,
        "category": 5,
        "district": 1,
        "offset": None,
        "title": "نظافة السوق الأسبوعي بعد انتهاء البيع",
        "body": "يبقى السوق الأسبوعي مليئا بالنفايات والخضر الفاسدة حتى اليوم الموالي، مما يجلب "
        "الكلاب الضالة والروائح. نطلب تنظيفه مساء يوم السوق.",
        "received_days_ago": 45,
        "service": 1,
    },
    {
        "author": 5,
        "kind": Suggestion.Kind.SUGGESTION,
        "category": 5,
        "district": 0,
        "offset": (1, 1),
        "title": "تحويل موقف السيارات المركزي إلى سوق للباعة المتجولين",
        "body": "نقترح تخصيص موقف السيارات المركزي للباعة المتجولين أيام الجمعة والسبت لتنظيم "
        "البيع في الشوارع المجاورة.",
        "received_days_ago": 90,
        "answer": (
            A.REJECTED,
            "درست المصلحة التقنية الاقتراح ولم تحتفظ به.",
            "الموقف هو الوحيد القريب من المستشفى وسيارات الإسعاف تحتاجه؛ تدرس الجماعة بدلا "
            "منه فضاء مهيأ للباعة قرب المحطة الطرقية.",
        ),
        "answered_after_days": 34,
        "supporters": [2],
        "rating": (2, True),
        "service": 0,
    },
    {
        "author": 0,
        "kind": Suggestion.Kind.SUGGESTION,
        "category": 6,
        "district": None,
        "offset": None,
        "title": "تمديد ساعات عمل المركز الصحي إلى المساء",
        "body": "المركز الصحي يغلق على الساعة الرابعة، والعاملون لا يجدون وقتا للعلاج. نقترح "
        "فتحه إلى الثامنة مساء.",
        "received_days_ago": 30,
        "answer": (
            A.OUTSIDE_POWERS,
            "تنظيم ساعات عمل المراكز الصحية من اختصاص وزارة الصحة والحماية الاجتماعية وليس "
            "الجماعة. أحالت الجماعة اقتراحكم على المندوبية الإقليمية للصحة.",
            "",
        ),
        "answered_after_days": 9,
        "supporters": [1, 3],
        "rating": (3, False),
        "service": 3,
    },
    {
        "author": 2,
        "kind": Suggestion.Kind.SUGGESTION,
        "category": 2,
        "district": 2,
        "offset": (-3, -2),
        "language": "fr",
        "title": "Des bancs et de l'ombre sur la promenade de {district}",
        "body": "La promenade est très fréquentée par les familles le soir mais il n'y a ni "
        "bancs ni arbres. Nous proposons d'installer des bancs et de planter des arbres "
        "adaptés au climat.",
        "received_days_ago": 8,
        "supporters": [3],
        "service": None,
    },
    {
        "author": None,
        "channel": Channel.PHONE,
        "kind": Suggestion.Kind.OBSERVATION,
        "category": 3,
        "district": 1,
        "offset": None,
        "title": "حفر خطيرة في الطريق المؤدية إلى {district}",
        "body": "اتصل مواطن ليخبر بوجود حفر عميقة في الطريق بعد الأمطار الأخيرة، تسببت في "
        "حوادث للدراجات النارية.",
        "received_days_ago": 3,
        "service": None,
    },
]


def _place(district, commune, item) -> str:
    """The district's name (or the commune's) in the suggestion's language."""
    if item.get("language") == "fr":
        return (district.name_fr or district.name_ar) if district else commune.name_fr
    return district.name_ar if district else commune.name_ar


def seed(*, commune, stdout=None) -> None:
    with transaction.atomic():
        categories = [
            _ensure(Category, commune, name_ar, name_fr, position)
            for position, (name_ar, name_fr) in enumerate(CATEGORIES, start=1)
        ]
        departments = [
            _ensure(Service, commune, name_ar, name_fr, position)
            for position, (name_ar, name_fr) in enumerate(SERVICES, start=1)
        ]
        districts = list(District.objects.filter(commune=commune).order_by("pk"))
        people = [
            demo_user(f"{local}@{DEMO_DOMAIN}", display_name=name) for local, name in CITIZENS
        ]
        officer = demo_user(f"{OFFICER}.{commune.slug}@{DEMO_DOMAIN}")
        created = 0
        for item in ITEMS:
            district = None
            if districts and item["district"] is not None:
                district = districts[item["district"] % len(districts)]
            title = item["title"].format(district=_place(district, commune, item))
            if Suggestion.objects.for_commune(commune).filter(title=title).exists():
                continue
            _seed_item(commune, item, title, district, categories, departments, people, officer)
            created += 1
    if stdout is not None and created:
        stdout.write(f"    suggestions: {created} for {commune.name_fr}")


def _ensure(model, commune, name_ar: str, name_fr: str, position: int):
    row = model.objects.for_commune(commune).filter(name_ar=name_ar).first()
    if row is None:
        row = model.unscoped.create(
            commune=commune, name_ar=name_ar, name_fr=name_fr, sort_order=position
        )
    return row


def _seed_item(commune, item, title, district, categories, departments, people, officer):
    now = timezone.now()
    received_at = now - timedelta(days=item["received_days_ago"], hours=3)
    author = people[item["author"]] if item["author"] is not None else None
    latitude = longitude = None
    centre = CENTRES.get(commune.slug)
    if centre and item["offset"]:
        north, east = item["offset"]
        latitude = centre[0] + Decimal(north) / 1000
        longitude = centre[1] + Decimal(east) / 1000
    suggestion = services.suggestion_submit(
        commune=commune,
        title=title,
        body=item["body"].format(district=_place(district, commune, item)),
        kind=item["kind"],
        category=categories[item["category"]],
        district=district,
        latitude=latitude,
        longitude=longitude,
        author=author,
        channel=item.get("channel", Channel.ONLINE),
        entered_by=officer if author is None else None,
        language=item.get("language", "ar"),
        received_at=received_at,
    )
    if item.get("service") is not None:
        services.suggestion_assign(
            commune=commune,
            suggestion=suggestion,
            actor=officer,
            assigned_service=departments[item["service"]],
            category=suggestion.category,
            district=suggestion.district,
        )
    for index in item.get("supporters", []):
        services.suggestion_support(commune=commune, suggestion=suggestion, user=people[index])
    if item.get("under_study"):
        services.suggestion_transition(
            commune=commune,
            suggestion=suggestion,
            actor=officer,
            to_status=S.UNDER_STUDY,
            notify=False,
        )
        _backdate_history(suggestion, received_at + timedelta(days=2))
    if item.get("answer"):
        kind, text, reason = item["answer"]
        services.suggestion_transition(
            commune=commune,
            suggestion=suggestion,
            actor=officer,
            to_status=S.UNDER_STUDY,
            notify=False,
        )
        services.suggestion_answer(
            commune=commune,
            suggestion=suggestion,
            actor=officer,
            answer_kind=kind,
            answer=text,
            reason=reason,
            notify=False,
        )
        answered_at = received_at + timedelta(days=item["answered_after_days"])
        Suggestion.objects.for_commune(commune).filter(pk=suggestion.pk).update(
            answered_at=answered_at
        )
        _backdate_history(suggestion, received_at + timedelta(days=2), answered_at)
        if item.get("implemented"):
            services.suggestion_transition(
                commune=commune,
                suggestion=suggestion,
                actor=officer,
                to_status=S.IMPLEMENTED,
                note="أنجزت الأشغال.",
                notify=False,
            )
            _backdate_history(
                suggestion,
                received_at + timedelta(days=2),
                answered_at,
                answered_at + timedelta(days=20),
            )
        if item.get("rating") and author is not None:
            suggestion.refresh_from_db()
            score, again = item["rating"]
            services.answer_rate(
                commune=commune,
                suggestion=suggestion,
                user=author,
                score=score,
                would_participate_again=again,
            )


def _backdate_history(suggestion, *dates) -> None:
    """Move the suggestion's status changes after its receipt to these dates, in order."""
    changes = list(
        StatusChange.objects.for_commune(suggestion.commune_id)
        .filter(suggestion=suggestion)
        .exclude(from_status="")
        .order_by("at", "id")
    )
    for change, at in zip(changes, dates, strict=False):
        StatusChange.objects.for_commune(suggestion.commune_id).filter(pk=change.pk).update(at=at)
