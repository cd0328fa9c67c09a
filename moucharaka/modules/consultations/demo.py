"""Demo content of digital consultations (idempotent: a consultation that exists is left
as it is, with whatever was added to it).

- Ouezzane: its draft charter of participatory democracy (seed 001, the repaired text of
  `moucharaka.core.demo.content.OUEZZANE_CHARTER`, Arabic and French) under consultation
  now, with a questionnaire and a few contributions.
- Taroudant: the public digital consultation on its draft participation charter, 3 to 15
  April 2024 (seed 003), closed, its results published. The draft itself was only
  published through a link (seed 003), so the demo's text is the charter's general
  presentation that seed 003 gives (`content.NEWS["taroudant"][0]`: the constitutional
  basis, the commune's participatory approach, its participation mechanisms, the
  programmes it joined and the strengths of its experience), under seed 003's headings.
  The commune studied and adopted the charter at the council's ordinary session of
  February 2025 (seed 003); the demo closes the consultation then.

Invented, and flagged as such: the questionnaires' questions (the Google Form of seed 003
is not in the seeds), the contributions, answers and demo respondents, the main points
and responses, the synthesis's wording, and the day the results were published.
Everything goes through the services (ledger rows, audit trail); Taroudant's acts are
then moved back to April 2024 so that the indicators see them when they happened.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from moucharaka.core.comments.models import Comment
from moucharaka.core.demo import content
from moucharaka.core.demo.seeding import DEMO_DOMAIN, demo_user
from moucharaka.core.ledger import rollup
from moucharaka.core.ledger.models import Participation
from moucharaka.core.questionnaires import services as questionnaire_services
from moucharaka.core.questionnaires.models import Question, Response
from moucharaka.core.territories.models import District
from moucharaka.modules.consultations import selectors, services, splitting
from moucharaka.modules.consultations.models import Consultation, Contribution, ResponsePoint
from moucharaka.modules.consultations.permissions import OFFICER

Kind = Question.Kind
Stance = Contribution.Stance
Decision = ResponsePoint.Decision

# Demo respondents (invented): name, gender, year of birth, index of a demo district.
RESPONDENTS = [
    ("سعيدة", "female", 1988, 0),
    ("محمد", "male", 1975, 1),
    ("Nadia", "female", 1999, 2),
    ("يوسف", "male", 2002, 0),
    ("خديجة", "female", 1969, 1),
    ("عبد الله", "male", 1984, 2),
    ("Imane", "female", 1993, 0),
    ("حسن", "male", 1958, 1),
    ("زينب", "female", 2004, 2),
    ("Rachid", "male", 1990, 0),
    ("فاطمة", "female", 1979, 1),
    ("أمين", "male", 1996, 2),
]

# Invented questions, of the kind a consultation on a charter asks.
QUESTIONS = [
    {
        "kind": Kind.SINGLE,
        "ar": "كيف علمتم بهذا التشاور؟",
        "fr": "Comment avez-vous appris l'existence de cette consultation ?",
        "choices": [
            ("موقع الجماعة", "Le site de la commune"),
            ("شبكات التواصل الاجتماعي", "Les réseaux sociaux"),
            ("جمعية", "Une association"),
            ("معارف", "Des proches"),
        ],
    },
    {
        "kind": Kind.RATING,
        "ar": "إلى أي حد تستجيب المسودة لانتظاراتكم؟",
        "fr": "Dans quelle mesure le projet répond-il à vos attentes ?",
    },
    {
        "kind": Kind.YES_NO,
        "ar": "هل ترغبون في المشاركة في تتبع تفعيل الميثاق؟",
        "fr": "Souhaitez-vous participer au suivi de la mise en œuvre de la charte ?",
    },
    {
        "kind": Kind.MULTIPLE,
        "ar": "ما الآليات التي تودون استعمالها؟",
        "fr": "Quels mécanismes souhaitez-vous utiliser ?",
        "condition": (2, "yes"),
        "required": False,
        "choices": [
            ("العرائض", "Les pétitions"),
            ("اللقاءات التشاورية", "Les rencontres de concertation"),
            ("المنصة الرقمية", "La plateforme numérique"),
            ("الهيئات الاستشارية", "Les instances consultatives"),
        ],
    },
    {
        "kind": Kind.LONG_TEXT,
        "ar": "ما الذي ينقص المسودة في نظركم؟",
        "fr": "Que manque-t-il au projet selon vous ?",
        "required": False,
    },
]

# Answers of the demo respondents (invented): choice index, mark, yes/no, mechanisms.
ANSWERS = [
    (0, 4, True, [0, 2], "إشراك الأطفال عبر مجلس الطفل."),
    (1, 5, True, [1, 2], ""),
    (1, 3, False, [], "تبسيط اللغة حتى يفهمها الجميع."),
    (2, 4, True, [2], ""),
    (2, 4, True, [0, 1, 3], "نشر الميثاق بالأمازيغية."),
    (0, 2, False, [], ""),
    (1, 5, True, [2, 3], ""),
    (3, 3, True, [1], "تحديد آجال الجواب على الاقتراحات."),
    (1, 4, True, [0, 2], ""),
    (0, 5, True, [1, 2], ""),
    (2, 3, False, [], ""),
    (1, 4, True, [2], "لقاءات في الأحياء البعيدة."),
]


def seed(*, commune, stdout=None) -> None:
    if commune.slug == "ouezzane":
        _seed_ouezzane(commune, stdout)
    elif commune.slug == "taroudant":
        _seed_taroudant(commune, stdout)


# --- Helpers --------------------------------------------------------------------------


def _officer(commune):
    from moucharaka.core.accounts.services import commune_role_grant

    user = demo_user(
        f"{OFFICER}.{commune.slug}@{DEMO_DOMAIN}", display_name=f"{OFFICER} — {commune.name_fr}"
    )
    commune_role_grant(commune=commune, user=user, role=OFFICER)
    return user


def _respondents(commune) -> list:
    districts = list(District.objects.filter(commune=commune).order_by("id"))
    people = []
    for index, (name, gender, born, district) in enumerate(RESPONDENTS, start=1):
        user = demo_user(f"respondent.{index}@{DEMO_DOMAIN}", display_name=name)
        if not user.stats_consent:
            user.gender, user.birth_year, user.stats_consent = gender, born, True
            user.stats_consent_at = timezone.now()
            user.save(update_fields=["gender", "birth_year", "stats_consent", "stats_consent_at"])
        # The profile's district is the respondent's own commune's: set per commune seeded.
        user.district = districts[district % len(districts)] if districts else None
        user.save(update_fields=["district"])
        people.append(user)
    return people


def _create(commune, *, title, summary, sections, opens_at, closes_at, officer) -> Consultation:
    consultation = Consultation.unscoped.create(
        commune=commune,
        title_ar=title[0],
        title_fr=title[1],
        summary_ar=summary[0],
        summary_fr=summary[1],
        opens_at=opens_at,
        closes_at=closes_at,
    )
    arabic = [
        splitting.ParsedSection(heading=s["heading_ar"], paragraphs=list(s["paragraphs_ar"]))
        for s in sections
    ]
    french = [
        splitting.ParsedSection(heading=s["heading_fr"], paragraphs=list(s["paragraphs_fr"]))
        for s in sections
    ]
    services.consultation_text_replace(
        consultation=consultation, actor=officer, sections=arabic, sections_fr=french
    )
    return consultation


def _questionnaire(consultation, officer):
    questionnaire = questionnaire_services.questionnaire_create(
        commune=consultation.commune,
        owner=consultation,
        module=services.MODULE,
        actor=officer,
        title={
            "ar": "استمارة التشاور حول مسودة الميثاق",
            "fr": "Questionnaire sur le projet de charte",
        },
        intro={
            "ar": "خمسة أسئلة قصيرة لإغناء مسودة الميثاق.",
            "fr": "Cinq questions courtes pour enrichir le projet de charte.",
        },
    )
    section = questionnaire.sections.get()
    questions = []
    for item in QUESTIONS:
        condition = item.get("condition")
        questions.append(
            questionnaire_services.question_save(
                questionnaire=questionnaire,
                actor=officer,
                section=section,
                kind=item["kind"],
                text={"ar": item["ar"], "fr": item["fr"]},
                required=item.get("required", True),
                choices={
                    "ar": [ar for ar, _fr in item.get("choices", [])],
                    "fr": [fr for _ar, fr in item.get("choices", [])],
                },
                condition_question=questions[condition[0]] if condition else None,
                condition_value=condition[1] if condition else "",
            )
        )
    return questionnaire, questions


def _answer(questionnaire, questions, person, row) -> None:
    single, mark, follow, mechanisms, text = row
    options = [list(q.choices.order_by("position")) for q in questions]
    answers = {
        questions[0].pk: options[0][single].pk,
        questions[1].pk: mark,
        questions[2].pk: "yes" if follow else "no",
    }
    if follow and mechanisms:
        answers[questions[3].pk] = [options[3][index].pk for index in mechanisms]
    if text:
        answers[questions[4].pk] = text
    questionnaire_services.response_submit(
        questionnaire=questionnaire, answers=answers, respondent=person, language="ar"
    )


def _paragraph(consultation, section: int, position: int):
    return consultation.paragraphs.get(section__position=section, position=position)


# --- Ouezzane: under consultation now -------------------------------------------------


@transaction.atomic
def _seed_ouezzane(commune, stdout) -> None:
    charter = content.OUEZZANE_CHARTER
    if Consultation.objects.for_commune(commune).filter(title_ar=charter["title_ar"]).exists():
        return
    officer = _officer(commune)
    now = timezone.now()
    news = content.NEWS["ouezzane"][0]
    consultation = _create(
        commune,
        title=(charter["title_ar"], charter["title_fr"]),
        summary=(
            "تعرض جماعة وزان مشروع ميثاقها للتشاور العمومي: اطلعوا على النص، وعلقوا على كل "
            "فقرة، وأجيبوا عن الاستمارة. " + news["intro_ar"],
            "La commune d'Ouezzane soumet son projet de charte à la consultation publique : "
            "lisez le texte, commentez chaque paragraphe et répondez au questionnaire. "
            + news["intro_fr"],
        ),
        sections=charter["sections"],
        opens_at=now - timedelta(days=6),
        closes_at=now + timedelta(days=40),
        officer=officer,
    )
    services.consultation_announce(consultation=consultation, actor=officer)
    questionnaire, questions = _questionnaire(consultation, officer)
    people = _respondents(commune)
    contributions = [
        (0, (1, 3), Stance.AGREE, "مسار تشاوري مهم يجب أن يستمر بعد المصادقة على الميثاق.", ""),
        (
            1,
            (3, 1),
            Stance.REWORD,
            "نقترح ذكر الأشخاص في وضعية إعاقة صراحة ضمن القيم.",
            "",
        ),
        (2, None, Stance.COMMENT, "نتمنى أن ينشر الميثاق أيضا بالأمازيغية وبلغة مبسطة.", ""),
        (4, (3, 1), Stance.DISAGREE, "الصياغة عامة جدا ولا تحدد التزامات قابلة للقياس.", ""),
    ]
    for person, where, stance, body, _proposal in contributions:
        paragraph = _paragraph(consultation, *where) if where else None
        proposed = ""
        if stance == Stance.REWORD:
            proposed = paragraph.text_ar + " مع إيلاء عناية خاصة للأشخاص في وضعية إعاقة."
        services.contribution_post(
            commune=commune,
            consultation=consultation,
            author=people[person],
            body=body,
            stance=stance,
            paragraph=paragraph,
            proposed_text=proposed,
        )
    for person, row in zip(people[:3], ANSWERS[:3], strict=True):
        _answer(questionnaire, questions, person, row)
    if stdout is not None:
        stdout.write(f"  {commune.name_fr}: consultation on the draft charter (open)")


# --- Taroudant: 3–15 April 2024, results published ------------------------------------

TAROUDANT_SECTIONS = [
    # Headings from seed 003's presentation; paragraphs: content.NEWS["taroudant"][0].
    {"heading_ar": "تقديم عام", "heading_fr": "Présentation générale", "paragraphs": [1]},
    {
        "heading_ar": "المقاربة التشاركية بجماعة تارودانت",
        "heading_fr": "L'approche participative de la commune de Taroudant",
        "paragraphs": [2, 3],
    },
    {
        "heading_ar": "إحداث آليات المشاركة المواطنة",
        "heading_fr": "La création de mécanismes de participation citoyenne",
        "paragraphs": [4, 5],
    },
    {
        "heading_ar": "نقاط قوة تجربة المقاربة التشاركية بجماعة تارودانت",
        "heading_fr": "Les points forts de l'expérience participative de Taroudant",
        "paragraphs": [6],
    },
]


def _moroccan(year, month, day, hour=0, minute=0):
    return timezone.make_aware(datetime(year, month, day, hour, minute))


@transaction.atomic
def _seed_taroudant(commune, stdout) -> None:
    title_ar = "مسودة مشروع ميثاق المشاركة المواطنة لجماعة تارودانت"
    if Consultation.objects.for_commune(commune).filter(title_ar=title_ar).exists():
        return
    officer = _officer(commune)
    source = content.NEWS["taroudant"][0]
    launch = content.NEWS["taroudant"][1]
    sections = [
        {
            "heading_ar": item["heading_ar"],
            "heading_fr": item["heading_fr"],
            "paragraphs_ar": [source["paragraphs_ar"][i] for i in item["paragraphs"]],
            "paragraphs_fr": [source["paragraphs_fr"][i] for i in item["paragraphs"]],
        }
        for item in TAROUDANT_SECTIONS
    ]
    now = timezone.now()
    # Opened now to take contributions through the services, then moved back to 2024.
    consultation = _create(
        commune,
        title=(title_ar, "Projet de charte de participation citoyenne de la commune de Taroudant"),
        summary=(launch["intro_ar"], launch["intro_fr"]),
        sections=sections,
        opens_at=now - timedelta(days=1),
        closes_at=now + timedelta(days=12),
        officer=officer,
    )
    services.consultation_announce(consultation=consultation, actor=officer)
    questionnaire, questions = _questionnaire(consultation, officer)
    people = _respondents(commune)
    for person, row in zip(people, ANSWERS, strict=True):
        _answer(questionnaire, questions, person, row)

    youth = services.contribution_post(
        commune=commune,
        consultation=consultation,
        author=people[3],
        body="الشباب غائبون عن آليات المشاركة المذكورة.",
        stance=Stance.REWORD,
        paragraph=_paragraph(consultation, 3, 1),
        proposed_text=(
            "كما أحدثت الجماعة آليات للمشاركة المواطنة، منها هيئة المساواة وتكافؤ الفرص "
            "ومقاربة النوع والفضاء التشاوري لتارودانت، وستحدث مجلسا لشباب تارودانت."
        ),
    )
    services.contribution_post(
        commune=commune,
        consultation=consultation,
        author=people[8],
        body="أتفق، ويجب أن يكون لمجلس الشباب دور استشاري حقيقي.",
        stance=Stance.AGREE,
        paragraph=_paragraph(consultation, 3, 1),
    )
    services.contribution_post(
        commune=commune,
        consultation=consultation,
        author=people[0],
        body="أتفق مع التذكير بالفصل 139 من الدستور والمادة 119 من القانون التنظيمي 113.14.",
        stance=Stance.AGREE,
        paragraph=_paragraph(consultation, 1, 1),
    )
    services.contribution_post(
        commune=commune,
        consultation=consultation,
        author=people[5],
        body="ذكر البرامج والشركاء لا مكان له في ميثاق، بل في تقرير.",
        stance=Stance.DISAGREE,
        paragraph=_paragraph(consultation, 3, 2),
    )
    languages = services.contribution_post(
        commune=commune,
        consultation=consultation,
        author=people[4],
        body="نقترح نشر الميثاق بالعربية والأمازيغية والفرنسية، وبصيغة مبسطة.",
        stance=Stance.COMMENT,
    )
    services.contribution_post(
        commune=commune,
        consultation=consultation,
        author=people[10],
        body="أساند هذا الاقتراح.",
        parent=languages,
    )

    # Back to the real dates: 3–15 April 2024 (seed 003), acts spread over them.
    opens_at = _moroccan(2024, 4, 3)
    closes_at = _moroccan(2024, 4, 15, 23, 59)
    Consultation.objects.for_commune(commune).filter(pk=consultation.pk).update(
        opens_at=opens_at,
        closes_at=closes_at,
        published_at=_moroccan(2024, 4, 2, 10),
        created_at=_moroccan(2024, 3, 28, 10),
        opening_notified_at=opens_at,
        closing_notified_at=closes_at,
        # Demo data tells no one: the demo's followers are not waiting for these results.
        results_notified_at=_moroccan(2024, 5, 6, 10),
    )
    _backdate(commune, consultation, questionnaire, opens_at)
    consultation.refresh_from_db()

    points = [
        (
            _paragraph(consultation, 3, 1),
            "إدماج الشباب ضمن آليات المشاركة المواطنة",
            "Intégrer les jeunes aux mécanismes de participation citoyenne",
            Decision.ACCEPTED,
            (
                "ينص الميثاق على مجلس لشباب تارودانت، الذي أحدث يوم 5 دجنبر 2024.",
                "La charte prévoit un conseil des jeunes de Taroudant, créé le 5 décembre 2024.",
            ),
            ("", ""),
            [youth],
        ),
        (
            None,
            "نشر الميثاق بعدة لغات وبصيغة مبسطة",
            "Publier la charte en plusieurs langues et en version simplifiée",
            Decision.PARTLY,
            (
                "سينشر الميثاق بالعربية والأمازيغية والفرنسية.",
                "La charte sera publiée en arabe, en amazighe et en français.",
            ),
            (
                "الصيغة المبسطة مؤجلة إلى ما بعد المصادقة لغياب الاعتمادات هذه السنة.",
                "La version simplifiée attendra l'adoption, faute de crédits cette année.",
            ),
            [languages],
        ),
        (
            _paragraph(consultation, 3, 2),
            "حذف قائمة البرامج والشركاء من نص الميثاق",
            "Retirer du texte la liste des programmes et des partenaires",
            Decision.REJECTED,
            ("", ""),
            (
                "تبين هذه البرامج مسار الجماعة الذي يبنى عليه الميثاق، فبقيت في التقديم العام.",
                "Ces programmes retracent le parcours sur lequel la charte s'appuie : ils restent "
                "dans la présentation générale.",
            ),
            [],
        ),
    ]
    for position, (
        paragraph,
        summary_ar,
        summary_fr,
        decision,
        change,
        reason,
        linked,
    ) in enumerate(points, start=1):
        point = services.point_save(
            consultation=consultation,
            actor=officer,
            paragraph=paragraph,
            summary_ar=summary_ar,
            summary_fr=summary_fr,
            decision=decision,
            change_ar=change[0],
            change_fr=change[1],
            reason_ar=reason[0],
            reason_fr=reason[1],
            position=position,
        )
        for comment in linked:
            contribution = Contribution.objects.for_commune(commune).get(comment=comment)
            tag = "الشباب" if position == 1 else "اللغات"
            services.contribution_classify(
                contribution=contribution, actor=officer, tags=[tag], point=point
            )
    services.synthesis_save(
        consultation=consultation,
        actor=officer,
        synthesis_ar=(
            "شارك في التشاور العمومي الرقمي من 3 إلى 15 أبريل 2024 مواطنات ومواطنون أجابوا عن "
            "الاستمارة وعلقوا على فقرات المسودة. ثمن أغلبهم التأسيس الدستوري والقانوني للميثاق، "
            "وطالبوا بإدماج الشباب ضمن آليات المشاركة، وبنشر الميثاق بعدة لغات. وقد درس المجلس "
            "الجماعي مشروع الميثاق وصادق عليه خلال دورته العادية لشهر فبراير 2025."
        ),
        synthesis_fr=(
            "Des citoyennes et des citoyens ont pris part à la consultation numérique du 3 au "
            "15 avril 2024, en répondant au questionnaire et en commentant les paragraphes du "
            "projet. La plupart ont salué son ancrage constitutionnel et légal ; ils ont "
            "demandé d'intégrer les jeunes aux mécanismes de participation et de publier la "
            "charte en plusieurs langues. Le conseil communal a examiné et adopté le projet de "
            "charte lors de sa session ordinaire de février 2025."
        ),
    )
    services.consultation_results_publish(consultation=consultation, actor=officer)
    services.consultation_close(consultation=consultation, actor=officer)
    Consultation.objects.for_commune(commune).filter(pk=consultation.pk).update(
        results_published_at=_moroccan(2024, 5, 6, 10),  # demo date
        closed_at=_moroccan(2025, 2, 7, 12),  # the February 2025 session (seed 003)
    )
    if stdout is not None:
        stdout.write(f"  {commune.name_fr}: consultation of 3–15 April 2024 (results published)")


def _backdate(commune, consultation, questionnaire, opens_at) -> None:
    """Spread the consultation's acts over its first ten days, in their order, and roll
    the ledger up again for the people concerned (moucharaka.core.ledger.rollup)."""
    comments = selectors._consultation_comments(consultation).order_by("created_at", "id")
    responses = Response.objects.for_commune(commune).filter(questionnaire=questionnaire)
    moments = {}
    for index, comment in enumerate(comments):
        moments[("comments.comment", str(comment.pk))] = opens_at + timedelta(
            days=1 + index, hours=9 + index % 8
        )
    for index, response in enumerate(responses.order_by("id")):
        moments[("response", response.pk)] = opens_at + timedelta(
            days=index % 11, hours=10 + index % 9, minutes=7 * index
        )
    for (kind, key), moment in moments.items():
        if kind == "response":
            response = responses.get(pk=key)
            responses.filter(pk=key).update(submitted_at=moment)
            Participation.objects.for_commune(commune).filter(pk=response.participation_id).update(
                occurred_at=moment
            )
        else:
            Comment.objects.for_commune(commune).filter(pk=int(key)).update(created_at=moment)
            Contribution.objects.for_commune(commune).filter(comment_id=int(key)).update(
                created_at=moment
            )
            Participation.objects.for_commune(commune).filter(
                object_type=kind, object_id=key
            ).update(occurred_at=moment)
    acts = Participation.objects.for_commune(commune).filter(module=services.MODULE)
    for participant in set(acts.values_list("participant", flat=True)):
        rollup.rebuild_participant(commune=commune, participant=participant)
