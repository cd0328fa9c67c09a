"""Demo petitions (idempotent: each is looked up by title before being created).

- every demo commune but Tanger records a (fictitious) CNDP authorisation, so that
  signing works; Tanger shows the page that says collection is blocked;
- Larache: one citizens' petition collecting signatures, one deposited and overdue, and
  one association's petition accepted by the council after being scheduled;
- Naour (under 35,000 inhabitants): a petition collecting signatures shows the
  threshold of 100.

Names and CNIE numbers are made up (valid format, "DM" prefix)."""

import datetime

from django.db import transaction
from django.utils import timezone

from moucharaka.core.accounts.models import Association, AssociationMembership, CommuneRole, User
from moucharaka.core.identity.models import CndpAuthorisation
from moucharaka.modules.petitions import rules, services
from moucharaka.modules.petitions.models import Basis, CouncilSession, PaperSheet, Petition

DEMO_DOMAIN = "demo.moucharaka.ma"
DEMO_PASSWORD = "moucharaka-demo"
NO_CNDP = {"tanger"}

FIRST_NAMES = ["محمد", "فاطمة", "يوسف", "خديجة", "عبد الله"]
FIRST_NAMES += ["مريم", "سعيد", "نادية", "كريم", "سناء"]
LAST_NAMES = ["العلوي", "بنعلي", "الإدريسي", "التازي", "الفاسي", "المرابط", "الحسني", "بوزيد"]


def log(stdout, message):
    if stdout is not None:
        stdout.write(message)


def demo_user(email: str, **fields) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email=email, password=DEMO_PASSWORD, **fields)
    return user


def officer_of(commune) -> User | None:
    grant = (
        CommuneRole.objects.for_commune(commune)
        .filter(role="petitions_officer")
        .select_related("user")
        .first()
    )
    return grant.user if grant else None


def ensure_cndp(commune) -> None:
    if commune.slug in NO_CNDP:
        return
    if not CndpAuthorisation.objects.for_commune(commune).exists():
        CndpAuthorisation.unscoped.create(
            commune=commune,
            reference=f"DEMO-{commune.slug.upper()}-2025",
            granted_on=datetime.date(2025, 1, 15),
            scope="عرائض المواطنات والمواطنين (القانون التنظيمي 113.14) — démonstration",
        )


def ensure_sessions(commune) -> None:
    today = timezone.localdate()
    day = today - datetime.timedelta(days=200)
    for _ in range(3):
        day = rules.next_ordinary_session(day)
        CouncilSession.unscoped.get_or_create(
            commune=commune, kind=CouncilSession.Kind.ORDINARY, starts_on=day
        )


def existing(commune, title) -> Petition | None:
    return Petition.objects.for_commune(commune).filter(title=title).first()


def draft(commune, mandatary, title, **text) -> Petition:
    return services.petition_draft_create(
        commune=commune,
        mandatary=mandatary,
        kind=Petition.Kind.CITIZENS,
        title=title,
        declares_within_powers=True,
        declares_constants_respected=True,
        mandatary_name=str(mandatary),
        mandatary_address=f"حي الأمل، {commune.name_ar}",
        **text,
    )


def paper_signatures(commune, petition, officer, count: int, start: int) -> None:
    sheet = PaperSheet.objects.for_commune(commune).filter(petition=petition).first()
    if sheet is None:
        sheet = services.petition_paper_sheet_add(
            commune=commune, petition=petition, actor=officer, label="الورقة 1"
        )
    for index in range(start, start + count):
        services.petition_paper_signature_add(
            commune=commune,
            petition=petition,
            sheet=sheet,
            actor=officer,
            full_name=f"{FIRST_NAMES[index % 10]} {LAST_NAMES[index % 8]}",
            cnie=f"DM{petition.pk:02d}{index:04d}",
            address=f"حي {index % 12 + 1}، {commune.name_ar}",
            basis=Basis.RESIDENCE if index % 5 else Basis.ACTIVITY,
            declares_electoral_eligibility=True,
        )


def collecting(commune, officer, citizen, *, title, signatures: int, **text) -> None:
    if existing(commune, title):
        return
    mandatary = demo_user(f"mandatary.{commune.slug}@{DEMO_DOMAIN}", display_name="وكيل تجريبي")
    petition = draft(commune, mandatary, title, **text)
    petition = services.petition_open(commune=commune, petition=petition, actor=mandatary)
    services.petition_sign(
        commune=commune,
        petition=petition,
        signer=citizen,
        full_name="مواطنة تجريبية",
        cnie=f"DM9{petition.pk:05d}",
        address=f"حي الأمل، {commune.name_ar}",
        basis=Basis.RESIDENCE,
        declares_electoral_eligibility=True,
    )
    paper_signatures(commune, petition, officer, signatures - 1, start=1)


def deposited_overdue(commune, officer, *, title, **text) -> None:
    if existing(commune, title):
        return
    mandatary = demo_user(f"mandatary.{commune.slug}@{DEMO_DOMAIN}", display_name="وكيل تجريبي")
    petition = draft(commune, mandatary, title, **text)
    petition = services.petition_open(commune=commune, petition=petition, actor=mandatary)
    paper_signatures(commune, petition, officer, petition.threshold, start=1)
    petition = services.petition_deposit(commune=commune, petition=petition, actor=mandatary)
    # Back-date the deposit: four months ago, so the bureau's deadline has passed.
    deposited_at = timezone.now() - datetime.timedelta(days=122)
    day = timezone.localdate(deposited_at)
    Petition.objects.for_commune(commune).filter(pk=petition.pk).update(
        deposited_at=deposited_at,
        opened_at=deposited_at - datetime.timedelta(days=40),
        decision_deadline=rules.decision_deadline(day),
    )
    petition.events.filter(kind="deposited").update(at=deposited_at)
    petition.events.exclude(kind="deposited").update(at=deposited_at - datetime.timedelta(days=40))


def association_admissible(commune, officer, *, title, **text) -> None:
    if existing(commune, title):
        return
    representative = demo_user(
        f"association.{commune.slug}@{DEMO_DOMAIN}", display_name="جمعية تجريبية — ممثل"
    )
    association, _created = Association.objects.get_or_create(
        name=f"جمعية أصدقاء البيئة — {commune.name_ar}",
        defaults={
            "name_fr": f"Association des amis de l'environnement — {commune.name_fr}",
            "registration_date": datetime.date(2012, 3, 14),
            "registration_number": "DEMO-2012-14",
            "seat_commune": commune,
            "domains": "البيئة, environnement",
        },
    )
    AssociationMembership.objects.get_or_create(
        association=association,
        user=representative,
        defaults={"role": AssociationMembership.Role.REPRESENTATIVE, "can_act": True},
    )
    from django.core.files.base import ContentFile

    petition = services.petition_draft_create(
        commune=commune,
        mandatary=representative,
        kind=Petition.Kind.ASSOCIATION,
        association=association,
        title=title,
        declares_within_powers=True,
        declares_constants_respected=True,
        mandatary_name="ممثل الجمعية (تجريبي)",
        mandatary_address=f"مقر الجمعية، {commune.name_ar}",
        declares_related_activity=True,
        declares_good_standing=True,
        good_standing_document=ContentFile(b"%PDF-1.4 demo", name="standing.pdf"),
        **text,
    )
    petition = services.petition_deposit(commune=commune, petition=petition, actor=representative)
    session = (
        CouncilSession.objects.for_commune(commune)
        .filter(starts_on__gt=timezone.localdate())
        .order_by("starts_on")
        .first()
    )
    petition = services.petition_bureau_decide(
        commune=commune,
        petition=petition,
        actor=officer,
        admissible=True,
        committees="لجنة المرافق العمومية والخدمات",
        session=session,
    )
    # Scheduled on the coming session: the committee has examined it, the council has not
    # met yet (art. 125).
    services.petition_committees_examine(
        commune=commune,
        petition=petition,
        actor=officer,
        committees="لجنة المرافق العمومية والخدمات",
        examined_on=timezone.localdate(),
        report="رأي إيجابي: توصي اللجنة بإدراج برنامج التشجير في ميزانية السنة المقبلة.",
    )


@transaction.atomic
def seed(*, commune, stdout=None) -> None:
    ensure_cndp(commune)
    ensure_sessions(commune)
    officer = officer_of(commune)
    citizen = demo_user(f"citizen@{DEMO_DOMAIN}", display_name="مواطنة تجريبية")
    if officer is None or commune.slug not in ("larache", "naour"):
        return
    if commune.slug == "larache":
        collecting(
            commune,
            officer,
            citizen,
            title="إنارة الطريق المؤدية إلى شاطئ رأس الرمل",
            signatures=37,
            requested_point="إدراج نقطة حول إنارة الطريق المؤدية إلى شاطئ رأس الرمل "
            "في جدول أعمال المجلس.",
            reasons="الطريق مظلمة ليلا ويستعملها السكان والمصطافون.",
            objectives="تحسين السلامة الطرقية وأمن المارة.",
        )
        deposited_overdue(
            commune,
            officer,
            title="تهيئة ملعب القرب بحي المغرب الجديد",
            requested_point="إدراج تهيئة ملعب القرب بحي المغرب الجديد في جدول أعمال المجلس.",
            reasons="لا يتوفر الحي على فضاء رياضي لفائدة الشباب.",
            objectives="توفير فضاء رياضي آمن للشباب.",
        )
        association_admissible(
            commune,
            officer,
            title="برنامج لتشجير الأحياء الشعبية",
            requested_point="إدراج برنامج لتشجير الأحياء الشعبية في جدول أعمال الدورة العادية.",
            reasons="ضعف المساحات الخضراء في الأحياء الشعبية.",
            objectives="تحسين جودة الهواء والإطار المعيشي.",
        )
    else:
        collecting(
            commune,
            officer,
            citizen,
            title="تزويد الدواوير بالماء الصالح للشرب",
            signatures=12,
            requested_point="إدراج نقطة حول تزويد الدواوير غير المربوطة بالماء الصالح للشرب.",
            reasons="عدة دواوير تعتمد على الآبار.",
            objectives="ربط الدواوير بشبكة الماء الصالح للشرب.",
        )
    log(stdout, f"    petitions: {Petition.objects.for_commune(commune).count()}")
