"""Demo requests for information in Ouezzane (idempotent: each request is looked up by
its subject before being created).

Every stage of the procedure appears once: an online request of the demo citizen, a
request entered at the desk and another received by post, an urgent one, one extended
with its reasons, one overdue, one answered with a document and published in the
register, one refused as already published (linking to that entry), one partly
answered, and one refused, complained about and decided by the president. The commune
calendar holds one (fictitious) local closure.

Names, addresses and CNIE numbers are made up (valid format, "DM" prefix)."""

import datetime

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from moucharaka.core.accounts.models import CommuneRole, CoreRole, User
from moucharaka.core.identity.models import CndpAuthorisation
from moucharaka.core.workdays import services as calendar_services
from moucharaka.core.workdays.calendar import calendar_for
from moucharaka.core.workdays.models import CalendarDay
from moucharaka.modules.inforequests import rules, services
from moucharaka.modules.inforequests.models import (
    AnswerDocument,
    InfoRequest,
    PublishedInformation,
    RequestEvent,
)
from moucharaka.modules.inforequests.selectors import OFFICER

DEMO_COMMUNES = {"ouezzane"}
CITIZEN_EMAIL = "citizen@demo.moucharaka.ma"
DEMO_PASSWORD = "moucharaka-demo"


def log(stdout, message):
    if stdout is not None:
        stdout.write(message)


def holder(commune, role) -> User | None:
    grant = (
        CommuneRole.objects.for_commune(commune).filter(role=role).select_related("user").first()
    )
    return grant.user if grant else None


def citizen() -> User:
    user = User.objects.filter(email=CITIZEN_EMAIL).first()
    if user is None:
        user = User.objects.create_user(
            email=CITIZEN_EMAIL, password=DEMO_PASSWORD, display_name="مواطنة تجريبية"
        )
    return user


def ensure_cndp(commune) -> None:
    """Requests ask for the CNIE number: the demo commune records an authorisation."""
    if not CndpAuthorisation.objects.for_commune(commune).exists():
        CndpAuthorisation.unscoped.create(
            commune=commune,
            reference=f"DEMO-DAI-{commune.slug.upper()}",
            granted_on=datetime.date(2025, 1, 15),
            scope="طلبات الحصول على المعلومات (القانون 31.13) — démonstration",
        )


def ensure_closure(commune, administrator) -> None:
    if administrator is None or CalendarDay.objects.for_commune(commune).exists():
        return
    calendar = calendar_for(commune)
    day = calendar.next_working_day(timezone.localdate() + datetime.timedelta(days=45))
    calendar_services.calendar_day_record(
        commune=commune,
        actor=administrator,
        day=day,
        kind=CalendarDay.Kind.LOCAL_CLOSURE,
        reason="إغلاق استثنائي لمقر الجماعة (مثال تجريبي)",
    )


def existing(commune, subject) -> InfoRequest | None:
    return InfoRequest.objects.for_commune(commune).filter(subject=subject).first()


def identity(number: int, **overrides) -> dict:
    names = ["خديجة الوزاني", "يوسف العلمي", "نادية الريفي", "كريم الشاوني", "سناء البقالي"]
    names += ["عبد الله الإدريسي", "مريم التطواني", "سعيد الزرهوني", "فاطمة الجبلي"]
    data = {
        "full_name": names[number % len(names)],
        "cnie": f"DM{7000 + number}",
        "address": f"حي {number + 1}، وزان",
        "email": f"requester{number}@demo.moucharaka.ma",
        "phone": "",
        "access_form": "email",
    }
    data.update(overrides)
    return data


def received(commune, officer, number, *, days_ago, channel="desk", **fields) -> InfoRequest:
    """A request received `days_ago` days ago, entered by the officer."""
    day = timezone.localdate() - datetime.timedelta(days=days_ago)
    return services.request_register(
        commune=commune,
        actor=officer,
        channel=channel,
        received_on=day,
        details=services.RequestDetails(**{**identity(number), **fields}),
    )


def backdate_response(commune, request, *, working_days: int) -> InfoRequest:
    """Move a response made today back to `working_days` after the receipt, so that the
    demo's indicators (median time, share in time) look like a real year."""
    calendar = calendar_for(commune)
    day = calendar.add_working_days(request.received_on, working_days)
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(11, 0)))
    InfoRequest.objects.for_commune(commune).filter(pk=request.pk).update(
        responded_at=moment,
        working_days_to_respond=working_days,
        responded_in_time=rules.answered_in_time(due_on=request.due_on, responded_on=day),
    )
    RequestEvent.objects.for_commune(commune).filter(
        request=request, kind__in=["answered", "partial", "refused"]
    ).update(at=moment)
    received_at = timezone.make_aware(
        datetime.datetime.combine(request.received_on, datetime.time(9, 30))
    )
    RequestEvent.objects.for_commune(commune).filter(request=request, kind="received").update(
        at=received_at
    )
    request.refresh_from_db()
    return request


def seed_requests(commune, officer, stdout) -> None:
    # 1. An online request of the demo citizen, waiting for its answer.
    subject = "ميزانية الجماعة لسنة 2026 حسب الأبواب والفصول"
    if not existing(commune, subject):
        details = services.RequestDetails(
            subject=subject,
            information_sought="نسخة من الميزانية المصادق عليها لسنة 2026، مفصلة حسب الأبواب "
            "والفصول، مع محضر دورة المصادقة.",
            **identity(0, full_name="مواطنة تجريبية", email=CITIZEN_EMAIL),
        )
        services.request_submit(commune=commune, requester=citizen(), details=details)

    # 2. An urgent request (art. 17).
    subject = "تقرير الخبرة حول البنايات الآيلة للسقوط بالمدينة العتيقة"
    if not existing(commune, subject):
        received(
            commune,
            officer,
            1,
            days_ago=1,
            subject=subject,
            information_sought="تقرير الخبرة التقنية ولائحة البنايات المهددة بالانهيار بدرب "
            "الزاوية، حيث نسكن.",
            urgent=True,
            urgency_ground="safety",
            urgency_justification="تشققات جديدة ظهرت في جدار المنزل بعد الأمطار الأخيرة.",
        )

    # 3. A request extended once, with its reasons (art. 16).
    subject = "صفقات تهيئة الطرق الحضرية 2024–2025"
    request = existing(commune, subject)
    if request is None:
        request = received(
            commune,
            officer,
            2,
            days_ago=12,
            channel="post",
            access_form="paper",
            subject=subject,
            information_sought="لائحة صفقات تهيئة الطرق الحضرية المبرمة سنتي 2024 و2025 "
            "ومبالغها والشركات النائلة لها.",
        )
        if request.first_due_on >= timezone.localdate():
            services.request_extend(
                commune=commune,
                request=request,
                actor=officer,
                reason="volume",
                details="تتعلق المعلومات بعدد كبير من الصفقات الموزعة على مصلحتين، ويجري تجميعها.",
            )

    # 4. An overdue request: no answer within 20 working days.
    subject = "محاضر لجنة المرافق العمومية لسنة 2025"
    if not existing(commune, subject):
        received(
            commune,
            officer,
            3,
            days_ago=45,
            subject=subject,
            information_sought="محاضر اجتماعات لجنة المرافق العمومية والخدمات خلال سنة 2025.",
        )

    # 5. Answered with a document, then published in the register (art. 10).
    subject = "لائحة الجمعيات المستفيدة من الدعم العمومي لسنة 2025"
    published = PublishedInformation.objects.for_commune(commune).filter(title=subject).first()
    if not existing(commune, subject):
        request = received(
            commune,
            officer,
            4,
            days_ago=70,
            subject=subject,
            information_sought="لائحة الجمعيات التي استفادت من منح الجماعة سنة 2025 ومبلغ كل منحة.",
        )
        table = "الجمعية;المجال;المبلغ (درهم)\nجمعية الأمل للتنمية;التنمية المحلية;40000\n"
        table += "نادي وزان الرياضي;الرياضة;65000\nجمعية أصدقاء المكتبة;الثقافة;15000\n"
        request = services.request_respond(
            commune=commune,
            request=request,
            actor=officer,
            outcome="answered",
            text="تجدون رفقته لائحة الجمعيات المستفيدة من الدعم العمومي لسنة 2025 ومبالغ المنح.",
            documents=[
                ("لائحة الجمعيات المستفيدة 2025", ContentFile(table.encode(), "subsidies.csv"))
            ],
        )
        request = backdate_response(commune, request, working_days=12)
        published = services.request_publish(
            commune=commune,
            request=request,
            actor=officer,
            title=subject,
            summary="منحت الجماعة سنة 2025 دعما عموميا لثلاث جمعيات بمبلغ إجمالي قدره "
            "120000 درهم، حسب اللائحة المرفقة.",
            documents=AnswerDocument.objects.for_commune(commune).filter(request=request),
        )

    # 6. Refused: the information is already published (art. 18), with the link.
    subject = "المنح المقدمة للجمعيات سنة 2025"
    if not existing(commune, subject) and published is not None:
        request = received(
            commune,
            officer,
            5,
            days_ago=30,
            channel="email",
            subject=subject,
            information_sought="ما هي الجمعيات التي حصلت على منح من الجماعة سنة 2025؟",
        )
        request = services.request_respond(
            commune=commune,
            request=request,
            actor=officer,
            outcome="refused",
            grounds=["published"],
            details="سبق للجماعة أن نشرت هذه المعلومات في سجل المعلومات المنشورة.",
            already_published=published,
        )
        backdate_response(commune, request, working_days=3)

    # 7. Partly answered: the rest is still being prepared.
    subject = "برنامج عمل الجماعة: حصيلة التنفيذ"
    if not existing(commune, subject):
        request = received(
            commune,
            officer,
            6,
            days_ago=60,
            subject=subject,
            information_sought="حصيلة تنفيذ مشاريع برنامج عمل الجماعة 2022–2027 إلى غاية 2025.",
        )
        request = services.request_respond(
            commune=commune,
            request=request,
            actor=officer,
            outcome="partial",
            text="حصيلة سنتي 2023 و2024 منشورة في الوثيقة المرفقة بتقرير التتبع.",
            grounds=["in_preparation"],
            details="حصيلة سنة 2025 في طور الإعداد وستعرض على المجلس في دورة فبراير.",
        )
        backdate_response(commune, request, working_days=18)

    # 8. Refused (art. 7), complaint to the president (art. 19), decision; the CDAI next.
    subject = "ملف رخصة البناء لجاري"
    if not existing(commune, subject):
        request = received(
            commune,
            officer,
            7,
            days_ago=20,
            subject=subject,
            information_sought="نسخة كاملة من ملف رخصة البناء الخاصة بجاري، "
            "بما فيها وثائق الملكية.",
        )
        request = services.request_respond(
            commune=commune,
            request=request,
            actor=officer,
            outcome="refused",
            grounds=["private_life"],
            details="يتضمن الملف معطيات شخصية لصاحب الرخصة (المادة 7 من القانون 31.13 "
            "والقانون 09.08). يمكنكم الاطلاع على قرار الرخصة المعلق بالورش.",
        )
        request = backdate_response(commune, request, working_days=4)
        complaint = services.complaint_file(
            commune=commune,
            request=request,
            text="أرى أن الاطلاع على التصاميم لا يمس بالحياة الخاصة لجاري.",
            actor=officer,
            channel="desk",
            filed_on=timezone.localdate(),
        )
        services.complaint_answer(
            commune=commune,
            complaint=complaint,
            actor=holder(commune, CoreRole.PRESIDENT) or officer,
            upheld=False,
            text="قرر رئيس المجلس تأكيد الرفض، مع تمكينكم من الاطلاع على التصميم العام دون "
            "الوثائق الشخصية.",
        )


@transaction.atomic
def seed(*, commune, stdout=None) -> None:
    if commune.slug not in DEMO_COMMUNES:
        return
    officer = holder(commune, OFFICER)
    if officer is None:
        return
    ensure_cndp(commune)
    ensure_closure(commune, holder(commune, CoreRole.ADMINISTRATOR))
    seed_requests(commune, officer, stdout)
    log(stdout, f"    inforequests: {InfoRequest.objects.for_commune(commune).count()} requests")
