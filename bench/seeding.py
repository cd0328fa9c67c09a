"""Benchmark data at scale (issue 10): one commune full of participation, every commune
of the country on the platform.

At scale 1, the bench commune (Larache) gets 10,000 suggestions with 100,000 comments
and 100,000 supports, 500 petitions with 200,000 signatures, and their 410,000-odd rows
in the participation ledger (plus its rollup); the 1,503 communes of the country are on
the platform. A burst petition and `burst_signers` accounts that have signed nothing are
left for the load test of the sign view.

    .venv/bin/python bench/seeding.py                     # scale 1, database "bench"
    .venv/bin/python bench/seeding.py --scale 0.01 --database-url postgres://…/other
    .venv/bin/python bench/seeding.py --reset             # wipe and seed again

From Python, after django.setup(): `seed(scale=…, burst_signers=…) -> summary`.

Rows are written with bulk inserts, but valid as the services would write them: the
normalised fields `save()` fills, the denormalised counters, encrypted CNIE numbers with
their keyed hashes (core identity helpers), one ledger row per act with the snapshot
`participation_record` takes, then the rollup rebuilt. Texts are invented, Arabic first,
some in French. Everything is drawn from a seeded random generator, so that two runs
give the same rows (dates are relative to the day of the run).

Idempotent: when the bench commune already holds the data of this scale, `seed()` only
reads the summary. When the only difference is that the burst accounts signed the burst
petition (a load test ran), those online signatures, their ledger rows and their
signers' rollup rows are removed (about a second); anything else wipes the commune's
suggestions, petitions, comments and ledger and seeds them again. Rate-limit counters
of the sign view (cache) are not touched.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import random
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ensure_database, migrate, setup  # noqa: E402

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/bench"
COMMUNE_SLUG = "larache"
EMAIL_DOMAIN = "bench.moucharaka.ma"
PASSWORD = "moucharaka-bench"
BATCH = 5000
SEED = 20_240_101

# At scale 1 (issue 10).
FULL = {
    "suggestions": 10_000,
    "comments": 100_000,
    "supports": 100_000,
    "petitions": 500,
    "signatures": 200_000,
    "users": 20_000,
}
# Below these, the mix of statuses (and the petition thresholds) cannot be shown.
MINIMUM = {
    "suggestions": 10,
    "comments": 20,
    "supports": 20,
    "petitions": 8,
    "signatures": 300,
    "users": 60,
}
# The burst petition starts with these paper signatures (none online, none from the
# burst accounts).
BURST_PAPER_SIGNATURES = 20

TOPICS = [
    ("إصلاح الإنارة العمومية", "Réparer l'éclairage public"),
    ("تنظيف الحي وجمع النفايات بانتظام", "Collecter les déchets régulièrement"),
    ("تهيئة حديقة عمومية للأطفال", "Aménager un jardin public pour les enfants"),
    ("إصلاح الطريق والأرصفة", "Réparer la chaussée et les trottoirs"),
    ("ولوجيات للأشخاص في وضعية إعاقة", "Rendre les bâtiments publics accessibles"),
    ("تنظيم السوق الأسبوعي", "Organiser le souk hebdomadaire"),
    ("إحداث ملعب للقرب", "Créer un terrain de sport de proximité"),
    ("تشوير الطرق قرب المدارس", "Signaliser les routes près des écoles"),
    ("تحسين النقل الحضري", "Améliorer le transport urbain"),
    ("محاربة الكلاب الضالة", "Lutter contre les chiens errants"),
    ("تغطية قنوات الصرف الصحي", "Couvrir les canaux d'assainissement"),
    ("غرس الأشجار على جنبات الشارع", "Planter des arbres le long de l'avenue"),
]
PLACES = [
    ("المدينة العتيقة", "la médina"),
    ("حي المغرب الجديد", "Al Maghrib Al Jadid"),
    ("جنان باشا", "Jnane Pacha"),
    ("الشارع الرئيسي", "l'avenue principale"),
    ("قرب المدرسة الابتدائية", "près de l'école primaire"),
    ("حي الأمل", "le quartier Al Amal"),
    ("الطريق المؤدية إلى الشاطئ", "la route de la plage"),
]
BODY_AR = [
    "يعاني السكان من هذا المشكل منذ عدة أشهر.",
    "نقترح على الجماعة التدخل في أقرب الآجال.",
    "الوضع يشكل خطرا على الأطفال والمسنين.",
    "سبق أن راسلنا المصلحة المعنية دون جواب.",
    "هذا المشروع سيحسن الإطار المعيشي للساكنة.",
    "نتمنى أن يدرج في برنامج عمل الجماعة.",
]
BODY_FR = [
    "Les habitants subissent ce problème depuis plusieurs mois.",
    "Nous proposons que la commune intervienne rapidement.",
    "La situation est dangereuse pour les enfants et les personnes âgées.",
    "Ce projet améliorerait le cadre de vie du quartier.",
]
COMMENTS_AR = [
    "أتفق تماما مع هذا الاقتراح.",
    "نفس المشكل موجود في حينا أيضا.",
    "شكرا على هذه المبادرة الطيبة.",
    "متى ستتدخل الجماعة؟",
    "المشكل ما زال قائما إلى اليوم.",
    "أقترح إشراك جمعيات الحي في الحل.",
    "تم إصلاح جزء فقط، والباقي ينتظر.",
]
COMMENTS_FR = [
    "Tout à fait d'accord, c'est urgent.",
    "Merci pour cette initiative.",
    "Le problème est toujours là.",
    "Il faudrait associer les associations du quartier.",
]
ANSWERS = {
    "accepted": "قررت الجماعة إنجاز هذا الاقتراح، وستبدأ الأشغال قريبا.",
    "planned": "هذا الاقتراح مبرمج في ميزانية السنة المقبلة.",
    "already_done": "تم إنجاز هذه الأشغال من قبل؛ شكرا على تتبعكم.",
    "rejected": "لم يتم الاحتفاظ بهذا الاقتراح.",
    "outside_powers": "هذا الموضوع خارج اختصاصات الجماعة، وقد أحلناه على الجهة المختصة.",
}
REJECTION_REASONS = [
    "الكلفة تفوق الإمكانيات المتاحة هذه السنة.",
    "الموقع المقترح ملك خاص.",
    "Le terrain proposé n'appartient pas à la commune.",
]
FIRST_NAMES = ["محمد", "فاطمة", "يوسف", "خديجة", "عبد الله", "مريم", "سعيد", "نادية"]
FIRST_NAMES += ["كريم", "سناء", "Youssef", "Salma", "Karim", "Imane"]
LAST_NAMES = ["العلوي", "بنعلي", "الإدريسي", "التازي", "الفاسي", "المرابط", "الحسني"]
LAST_NAMES += ["بوزيد", "El Idrissi", "Bennani", "Tazi"]
# Suggestion statuses, answer kinds and petition statuses, with their weights.
SUGGESTION_STATUSES = [("received", 30), ("under_study", 20), ("answered", 35)]
SUGGESTION_STATUSES += [("implemented", 15)]
ANSWER_KINDS = [("accepted", 30), ("planned", 25), ("already_done", 10), ("rejected", 20)]
ANSWER_KINDS += [("outside_powers", 15)]
# One round of this cycle per 20 petitions (the first petition is the burst one).
PETITION_CYCLE = [
    "collecting", "deposited", "accepted", "collecting", "admissible", "draft",
    "collecting", "rejected", "inadmissible", "collecting", "withdrawn", "deposited",
    "collecting", "admissible", "draft", "accepted", "collecting", "rejected",
    "deposited", "inadmissible",
]  # fmt: skip
AFTER_DEPOSIT = {"deposited", "admissible", "inadmissible", "accepted", "rejected"}


def targets(scale: float) -> dict[str, int]:
    """How many rows of each kind a scale asks for."""
    return {key: max(MINIMUM[key], round(FULL[key] * scale)) for key in FULL}


class Clock:
    """Prints the time of each step."""

    def __init__(self, stdout):
        self.stdout = stdout
        self.started = self.last = time.perf_counter()
        self.steps: dict[str, float] = {}

    def step(self, label: str, detail: str = "") -> None:
        now = time.perf_counter()
        self.steps[label] = round(now - self.last, 2)
        if self.stdout is not None:
            self.stdout.write(f"  {label:<28} {now - self.last:7.1f} s  {detail}\n")
            self.stdout.flush()
        self.last = now

    @property
    def total(self) -> float:
        return round(time.perf_counter() - self.started, 2)


def weighted(rng: random.Random, choices: list[tuple[str, int]]) -> str:
    return rng.choices([c for c, _w in choices], weights=[w for _c, w in choices])[0]


def between(rng: random.Random, start: datetime.datetime, end: datetime.datetime):
    if end <= start:
        return start
    return start + (end - start) * rng.random()


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


# --- Public entry point ---------------------------------------------------------------


def seed(*, scale: float = 1.0, burst_signers: int = 10_000, stdout=sys.stdout, reset=False):
    """Seed the bench commune at `scale` (see the module's docstring) and return the
    summary the benchmark runner needs (JSON-serialisable).

    Idempotent: if the bench commune is already seeded at this scale, return the summary
    quickly without writing; otherwise wipe the bench commune's module data and reseed.
    `reset=True` always wipes and reseeds."""
    from django.db import transaction

    clock = Clock(stdout)
    want = targets(scale)
    commune = _territories(clock)
    state = None if reset else _state(commune, want, burst_signers)
    if state == "seeded":
        clock.step("already seeded", "nothing written")
    elif state == "burst used":
        with transaction.atomic():
            _burst_restore(commune, clock)
    else:
        with transaction.atomic():
            _seed_all(commune, want, burst_signers, scale, clock)
        clock.step("commit", "deferred foreign-key checks")
        _analyze(clock)
    summary = _summary(commune, burst_signers)
    summary["scale"] = scale
    summary["written"] = state != "seeded"
    summary["seconds"] = clock.total
    summary["steps"] = clock.steps
    return summary


# --- Territories and the commune's site -----------------------------------------------


def _territories(clock):
    from moucharaka.core.demo.seeding import DEMO_COMMUNES, activate_commune
    from moucharaka.core.territories.loader import load_territories
    from moucharaka.core.territories.models import Commune

    load_territories()
    # Nationally, every commune runs its site on the installation.
    if Commune.objects.filter(is_active=False).exists():
        Commune.objects.filter(is_active=False).update(is_active=True)
    code, name_zgh = DEMO_COMMUNES[COMMUNE_SLUG]
    commune = activate_commune(COMMUNE_SLUG, code, name_zgh)
    clock.step("territories", f"{Commune.objects.count():,} communes, all active")
    return commune


def _commune_setup(commune, officer) -> None:
    """What the demo does for a commune: districts, its CMS site (home, news, documents,
    translations), every module switched on, the CNDP authorisation, the council's
    sessions, the suggestions' categories and services. No demo content."""
    from moucharaka.core.accounts.services import commune_role_grant
    from moucharaka.core.demo import seeding as demo
    from moucharaka.core.registry.manifests import registry
    from moucharaka.core.registry.services import module_enable
    from moucharaka.modules.petitions import demo as petitions_demo
    from moucharaka.modules.petitions.models import CouncilSession
    from moucharaka.modules.petitions.permissions import OFFICER as PETITIONS_OFFICER
    from moucharaka.modules.petitions.rules import next_ordinary_session
    from moucharaka.modules.suggestions import demo as suggestions_demo
    from moucharaka.modules.suggestions.models import Category, Service
    from moucharaka.modules.suggestions.permissions import OFFICER as SUGGESTIONS_OFFICER

    demo.ensure_districts(commune)
    locales = demo.ensure_locales()
    platform_home = demo.ensure_platform_home(locales)
    demo.ensure_commune_site(platform_home, commune, locales)
    for manifest in registry:
        module_enable(commune=commune, key=manifest.key)
    for role in (PETITIONS_OFFICER, SUGGESTIONS_OFFICER):
        commune_role_grant(commune=commune, user=officer, role=role)
    petitions_demo.ensure_cndp(commune)
    # Ordinary sessions from two years ago to a year ahead.
    today = datetime.date.today()
    day = today - datetime.timedelta(days=760)
    while day < today + datetime.timedelta(days=365):
        day = next_ordinary_session(day)
        CouncilSession.unscoped.get_or_create(
            commune=commune, kind=CouncilSession.Kind.ORDINARY, starts_on=day
        )
    for position, (name_ar, name_fr) in enumerate(suggestions_demo.CATEGORIES):
        Category.unscoped.get_or_create(
            commune=commune,
            name_ar=name_ar,
            defaults={"name_fr": name_fr, "sort_order": position * 10},
        )
    for position, (name_ar, name_fr) in enumerate(suggestions_demo.SERVICES):
        Service.unscoped.get_or_create(
            commune=commune,
            name_ar=name_ar,
            defaults={"name_fr": name_fr, "sort_order": position * 10},
        )


# --- Accounts -------------------------------------------------------------------------


def _citizen_email(index: int) -> str:
    return f"citizen.{index:06d}@{EMAIL_DOMAIN}"


def _burst_email(index: int) -> str:
    return f"burst.{index:06d}@{EMAIL_DOMAIN}"


OFFICER_EMAIL = f"officer@{EMAIL_DOMAIN}"


def _accounts(commune, count: int, burst: int, rng: random.Random) -> tuple[list, list, object]:
    """The bench's citizens (profiles, some consenting to statistics), the burst
    accounts (no profile) and one officer: created once, kept from run to run (one
    precomputed password hash), each with a verified e-mail address."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from moucharaka.core.accounts.models import User
    from moucharaka.core.territories.models import District

    districts = list(District.objects.filter(commune=commune).values_list("pk", flat=True))
    this_year = timezone.now().year
    now = timezone.now()
    wanted = {OFFICER_EMAIL: {"display_name": "Bench — petitions and suggestions officer"}}
    profile_rng = random.Random(SEED + 1)  # the same profile for the same account, always
    for index in range(count):
        consent = profile_rng.random() < 0.4
        wanted[_citizen_email(index)] = {
            "display_name": person_name(profile_rng),
            "date_joined": now - datetime.timedelta(days=profile_rng.randrange(760, 900)),
            **(
                {
                    "stats_consent": True,
                    "stats_consent_at": now - datetime.timedelta(days=760),
                    "gender": profile_rng.choice(["female", "male"]),
                    "birth_year": this_year - profile_rng.randrange(16, 80),
                    "district_id": profile_rng.choice(districts) if districts else None,
                    "disability": profile_rng.random() < 0.05,
                }
                if consent
                else {}
            ),
        }
    for index in range(burst):
        wanted[_burst_email(index)] = {"display_name": f"Bench burst {index}"}
    existing = dict(User.objects.filter(email__in=list(wanted)).values_list("email", "pk"))
    missing = [email for email in wanted if email not in existing]
    if missing:
        password = make_password(PASSWORD)
        created = [User(email=email, password=password, **wanted[email]) for email in missing]
        _insert(User, created)
        existing.update({user.email: user.pk for user in created})
    verified = set(
        EmailAddress.objects.filter(user_id__in=list(existing.values())).values_list(
            "email", flat=True
        )
    )
    _insert(
        EmailAddress,
        [
            EmailAddress(user_id=pk, email=email, verified=True, primary=True)
            for email, pk in existing.items()
            if email not in verified
        ],
    )
    citizens = list(
        User.objects.filter(pk__in=[existing[_citizen_email(i)] for i in range(count)])
        .order_by("email")
        .only("pk", "stats_consent", "gender", "birth_year", "district_id", "disability")
    )
    burst_ids = [existing[_burst_email(i)] for i in range(burst)]
    officer = User.objects.get(email=OFFICER_EMAIL)
    return citizens, burst_ids, officer


def _snapshots(citizens, commune) -> dict[int, tuple]:
    """What `participation_record` copies from a consenting profile: user id →
    (gender, age band, district (of this commune only), disability)."""
    from moucharaka.core.territories.models import District

    own = set(District.objects.filter(commune=commune).values_list("pk", flat=True))
    return {
        user.pk: (
            user.gender,
            user.age_band,
            user.district_id if user.district_id in own else None,
            user.disability,
        )
        for user in citizens
        if user.stats_consent
    }


# --- Seeding --------------------------------------------------------------------------


class Ledger:
    """Ledger rows as `participation_record` writes them, collected for one bulk insert."""

    def __init__(self, commune, snapshots):
        self.commune = commune
        self.snapshots = snapshots
        self.rows = []

    def add(self, *, kind, module, at, person_id=None, person_key="", target=None,
            channel="online"):  # fmt: skip
        from moucharaka.core.ledger.models import Participation

        gender, age_band, district_id, disability = self.snapshots.get(
            person_id, ("", "", None, None)
        )
        self.rows.append(
            Participation(
                commune_id=self.commune.pk,
                person_id=person_id,
                person_key=person_key,
                participant=Participation.identify(person_id=person_id, person_key=person_key),
                kind=kind,
                module=module,
                object_type=f"{target[0]}" if target else "",
                object_id=str(target[1]) if target else "",
                channel=channel,
                occurred_at=at,
                gender=gender or "",
                age_band=age_band or "",
                district_id=district_id,
                disability=disability,
            )
        )


def _wipe(commune) -> None:
    """The bench commune's module data: suggestions, petitions, comments, ledger."""
    from django.db import connection

    from moucharaka.core.comments.models import Comment, Report
    from moucharaka.core.ledger.models import ParticipantPeriod, Participation
    from moucharaka.modules.petitions.models import (
        PaperSheet,
        Petition,
        PetitionAttachment,
        PetitionEvent,
        Signature,
    )
    from moucharaka.modules.suggestions.models import (
        AnswerRating,
        StatusChange,
        Suggestion,
        SuggestionPhoto,
        Support,
    )

    models = [Report, Comment, Support, AnswerRating, StatusChange, SuggestionPhoto]
    models += [Suggestion, Signature, PaperSheet, PetitionEvent, PetitionAttachment, Petition]
    models += [ParticipantPeriod, Participation]
    with connection.cursor() as cursor:
        for model in models:
            table = model._meta.db_table
            cursor.execute(f"DELETE FROM {table} WHERE commune_id = %s", [commune.pk])


def _seed_all(commune, want, burst_signers, scale, clock) -> None:
    from moucharaka.core.ledger import rollup

    rng = random.Random(SEED)
    _wipe(commune)
    clock.step("wipe", f"{commune.slug}'s module data")
    citizens, burst_ids, officer = _accounts(commune, want["users"], burst_signers, rng)
    clock.step("accounts", f"{len(citizens):,} citizens, {len(burst_ids):,} burst accounts")
    _commune_setup(commune, officer)
    clock.step("commune site and modules", commune.slug)
    ledger = Ledger(commune, _snapshots(citizens, commune))
    user_ids = [user.pk for user in citizens]
    suggestions = _suggestions(commune, want, user_ids, officer, ledger, rng, clock)
    _comments(commune, want["comments"], suggestions, user_ids, ledger, rng, clock)
    _supports(commune, want["supports"], suggestions, user_ids, ledger, rng, clock)
    _petitions(commune, want, user_ids, officer, ledger, rng, clock)
    from moucharaka.core.ledger.models import Participation

    _insert(Participation, ledger.rows)
    clock.step("ledger", f"{len(ledger.rows):,} rows")
    rows = rollup.rebuild(communes=[commune])
    clock.step("rollup", f"{rows:,} participant-period rows")


def _normalised(title: str, body: str) -> dict:
    """The fields `Suggestion.save()` computes (bulk inserts skip save())."""
    from moucharaka.core.text import normalize_arabic, words

    return {
        "title_normalized": f" {' '.join(words(title))} "[:255],
        "search_text": normalize_arabic(f"{title} {body}"),
    }


def _suggestions(commune, want, user_ids, officer, ledger, rng, clock) -> list[tuple]:
    from django.utils import timezone

    from moucharaka.core.territories.models import District
    from moucharaka.modules.suggestions.demo import CENTRES
    from moucharaka.modules.suggestions.models import Category, Service, StatusChange, Suggestion

    now = timezone.now()
    categories = list(Category.objects.for_commune(commune).values_list("pk", flat=True))
    services = list(Service.objects.for_commune(commune).values_list("pk", flat=True))
    districts = list(District.objects.filter(commune=commune).values_list("pk", flat=True))
    centre = CENTRES.get(commune.slug)
    objects = []
    for index in range(want["suggestions"]):
        topic_ar, topic_fr = rng.choice(TOPICS)
        place_ar, place_fr = rng.choice(PLACES)
        french = rng.random() < 0.25
        if french:
            title = f"{topic_fr} — {place_fr}"
            body = " ".join(rng.sample(BODY_FR, 2))
        else:
            title = f"{topic_ar} في {place_ar}"
            body = " ".join(rng.sample(BODY_AR, 3))
        created = now - datetime.timedelta(days=730) * rng.random()
        online = rng.random() < 0.85
        status = weighted(rng, SUGGESTION_STATUSES)
        fields = {}
        if status in ("answered", "implemented"):
            kind = weighted(rng, ANSWER_KINDS)
            if status == "implemented" and kind not in ("accepted", "planned"):
                kind = "accepted"
            fields = {
                "answer_kind": kind,
                "answer": ANSWERS[kind],
                "answer_reason": rng.choice(REJECTION_REASONS) if kind == "rejected" else "",
                "answered_at": between(rng, created, min(now, created + datetime.timedelta(60))),
                "answered_by_id": officer.pk,
            }
        if status != "received":
            fields["assigned_service_id"] = rng.choice(services)
        hidden = rng.random() < 0.02 and index > 0
        if hidden:
            fields |= {
                "is_hidden": True,
                "hidden_reason": "يتضمن معطيات شخصية.",
                "hidden_at": between(rng, created, now),
            }
        if centre and rng.random() < 0.4:
            fields["latitude"] = centre[0] + Decimal(rng.randrange(-15000, 15000)) / 1_000_000
            fields["longitude"] = centre[1] + Decimal(rng.randrange(-15000, 15000)) / 1_000_000
        author = rng.choice(user_ids) if online else None
        objects.append(
            Suggestion(
                commune_id=commune.pk,
                kind=rng.choice(["suggestion"] * 3 + ["observation", "complaint"]),
                title=title[:150],
                body=body,
                **_normalised(title[:150], body),
                category_id=rng.choice(categories),
                district_id=rng.choice(districts) if districts and rng.random() < 0.7 else None,
                author_id=author,
                citizen_name="" if online else person_name(rng),
                channel="online" if online else rng.choice(["paper", "phone", "in_person"]),
                entered_by_id=None if online else officer.pk,
                language="fr" if french else "ar",
                status=status,
                created_at=created,
                **fields,
            )
        )
    _insert(Suggestion, objects)
    history = []
    for suggestion in objects:
        steps = [("", "received", suggestion.created_at)]
        if suggestion.status != "received":
            at = between(rng, suggestion.created_at, suggestion.answered_at or now)
            if suggestion.status == "under_study" or rng.random() < 0.5:
                steps.append(("received", "under_study", at))
        if suggestion.answered_at:
            steps.append((steps[-1][1], "answered", suggestion.answered_at))
        if suggestion.status == "implemented":
            steps.append(("answered", "implemented", between(rng, suggestion.answered_at, now)))
        for from_status, to_status, at in steps:
            history.append(
                StatusChange(
                    commune_id=commune.pk,
                    suggestion_id=suggestion.pk,
                    from_status=from_status,
                    to_status=to_status,
                    by_id=(suggestion.author_id or officer.pk) if not from_status else officer.pk,
                    at=at,
                )
            )
        ledger.add(
            kind="suggestion_submitted",
            module="suggestions",
            person_id=suggestion.author_id,
            target=("suggestions.suggestion", suggestion.pk),
            channel=suggestion.channel,
            at=suggestion.created_at,
        )
    _insert(StatusChange, history)
    clock.step("suggestions", f"{len(objects):,} suggestions, {len(history):,} status changes")
    return [(s.pk, s.created_at, s.author_id) for s in objects]


def _spread(total: int, parts: int, rng: random.Random, low=0.2, high=2.0) -> list[int]:
    """`total` split over `parts`, unevenly but never more than ~`high` times the mean."""
    weights = [rng.uniform(low, high) for _ in range(parts)]
    scale = total / sum(weights)
    counts = [int(w * scale) for w in weights]
    for index in range(total - sum(counts)):
        counts[index % parts] += 1
    return counts


def _comments(commune, total, suggestions, user_ids, ledger, rng, clock) -> None:
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    from moucharaka.core.comments.models import Comment
    from moucharaka.modules.suggestions.models import Suggestion

    now = timezone.now()
    target_type = ContentType.objects.get_for_model(Suggestion)
    counts = _spread(total, len(suggestions), rng)
    top, replies = [], []
    for (pk, created, _author), count in zip(suggestions, counts, strict=True):
        own = []
        for _ in range(count):
            body = (
                rng.choice(COMMENTS_FR)
                if rng.random() < 0.25
                else " ".join(rng.sample(COMMENTS_AR, rng.choice([1, 1, 2])))
            )
            comment = Comment(
                commune_id=commune.pk,
                target_type=target_type,
                target_id=pk,
                author_id=rng.choice(user_ids),
                body=body,
                module="suggestions",
                created_at=between(rng, created, now),
            )
            if rng.random() < 0.01:
                comment.is_hidden = True
                comment.hidden_reason = "Hors sujet / خارج الموضوع"
                comment.hidden_at = now
            if own and rng.random() < 0.25:
                replies.append((comment, rng.choice(own)))
            else:
                own.append(comment)
                top.append(comment)
    _insert(Comment, top)
    for reply, parent in replies:
        reply.parent_id = parent.pk
        reply.created_at = between(rng, parent.created_at, now)
    _insert(Comment, [reply for reply, _parent in replies])
    for comment in top + [reply for reply, _parent in replies]:
        ledger.add(
            kind="comment_posted",
            module="suggestions",
            person_id=comment.author_id,
            target=("comments.comment", comment.pk),
            at=comment.created_at,
        )
    clock.step("comments", f"{len(top) + len(replies):,} ({len(replies):,} replies)")


def _supports(commune, total, suggestions, user_ids, ledger, rng, clock) -> None:
    """Once per person and suggestion, never on one's own (rules.may_support); the
    suggestion's counter equals its rows."""
    from django.db.models import Case, IntegerField, Value, When
    from django.utils import timezone

    from moucharaka.modules.suggestions.models import Suggestion, Support

    now = timezone.now()
    limit = len(user_ids) - 1
    counts = [min(limit, c) for c in _spread(total, len(suggestions), rng, 0.05, 4.0)]
    for index in range(total - sum(counts)):  # what the cap took, given to the others
        position = index % len(counts)
        while counts[position] >= limit:
            position = (position + 1) % len(counts)
        counts[position] += 1
    rows = []
    for (pk, created, author), count in zip(suggestions, counts, strict=True):
        start = rng.randrange(len(user_ids))
        chosen = 0
        offset = 0
        while chosen < count:
            user = user_ids[(start + offset) % len(user_ids)]
            offset += 1
            if user == author:
                continue
            rows.append(
                Support(
                    commune_id=commune.pk,
                    suggestion_id=pk,
                    user_id=user,
                    created_at=between(rng, created, now),
                )
            )
            chosen += 1
    _insert(Support, rows)
    by_count: dict[int, list[int]] = {}
    for (pk, _created, _author), count in zip(suggestions, counts, strict=True):
        by_count.setdefault(count, []).append(pk)
    table = Suggestion.objects.for_commune(commune)
    whens = [When(pk__in=pks, then=Value(count)) for count, pks in by_count.items() if count]
    if whens:
        table.update(supports_count=Case(*whens, default=Value(0), output_field=IntegerField()))
    for support in rows:
        ledger.add(
            kind="suggestion_supported",
            module="suggestions",
            person_id=support.user_id,
            target=("suggestions.suggestion", support.suggestion_id),
            at=support.created_at,
        )
    clock.step("supports", f"{len(rows):,}")


def _petitions(commune, want, user_ids, officer, ledger, rng, clock) -> None:
    from django.utils import timezone

    from moucharaka.core.identity.cnie import cnie_hash
    from moucharaka.modules.petitions import rules, selectors
    from moucharaka.modules.petitions.models import (
        Basis,
        CouncilSession,
        PaperSheet,
        Petition,
        PetitionEvent,
        Signature,
    )

    now = timezone.now()
    day = datetime.timedelta(days=1)
    threshold = selectors.commune_rules(commune).threshold
    months = selectors.commune_rules(commune).decision_months
    sessions = list(CouncilSession.objects.for_commune(commune).order_by("starts_on"))
    count, budget = want["petitions"], want["signatures"]

    # Statuses: the burst petition first, then the cycle; petitions past the deposit
    # need the threshold's signatures, so a small budget keeps some collecting.
    statuses = ["collecting"] + [PETITION_CYCLE[i % len(PETITION_CYCLE)] for i in range(count - 1)]
    room = budget - BURST_PAPER_SIGNATURES
    for index, status in enumerate(statuses):
        if status in AFTER_DEPOSIT:
            if room >= threshold:
                room -= threshold
            else:
                statuses[index] = "collecting"
    signing = [i for i, s in enumerate(statuses) if s != "draft" and i > 0]
    base = [threshold if statuses[i] in AFTER_DEPOSIT else 0 for i in signing]
    extra = _spread(budget - BURST_PAPER_SIGNATURES - sum(base), len(signing), rng, 0.3, 3.0)
    signature_counts = {0: BURST_PAPER_SIGNATURES}
    for position, index in enumerate(signing):
        signature_counts[index] = base[position] + extra[position]

    petitions, receipts = [], {}
    for index, status in enumerate(statuses):
        topic_ar, topic_fr = rng.choice(TOPICS)
        place_ar, place_fr = rng.choice(PLACES)
        french = rng.random() < 0.2 and index > 0
        mandatary = rng.choice(user_ids)
        petition = Petition(
            commune_id=commune.pk,
            kind=Petition.Kind.CITIZENS,
            status=status,
            title=(
                f"Pétition : {topic_fr} — {place_fr}"
                if french
                else f"عريضة: {topic_ar} في {place_ar}"
            ),
            requested_point=(
                f"Inscrire à l'ordre du jour du conseil : {topic_fr}, {place_fr}."
                if french
                else f"إدراج نقطة حول {topic_ar} في {place_ar} في جدول أعمال المجلس."
            ),
            reasons=" ".join(rng.sample(BODY_FR if french else BODY_AR, 2)),
            objectives="Améliorer le cadre de vie." if french else "تحسين الإطار المعيشي للساكنة.",
            declares_within_powers=True,
            declares_constants_respected=True,
            mandatary_id=mandatary,
            mandatary_name=person_name(rng),
            mandatary_address=f"{place_ar}، العرائش",
            threshold=None if status == "draft" else threshold,
        )
        # Dates: procedures that ended did so within the last 300 days, so their
        # signatories' data is not due for purge yet (rules.purge_due_on).
        if status == "draft":
            petition.created_at = now - 700 * day * rng.random()
        elif status in ("collecting", "withdrawn"):
            petition.opened_at = now - (5 + 110 * rng.random()) * day
            if index == 0:
                petition.opened_at = now - 10 * day
            if status == "withdrawn":
                petition.closed_at = between(rng, petition.opened_at, now - day)
        else:
            if status == "deposited":
                deposited = now - (2 + 120 * rng.random()) * day
            elif status == "admissible":
                deposited = now - (40 + 80 * rng.random()) * day
            elif status == "inadmissible":
                deposited = now - (40 + 250 * rng.random()) * day
            else:
                deposited = now - (210 + 120 * rng.random()) * day
            petition.deposited_at = deposited
            petition.opened_at = deposited - (20 + 70 * rng.random()) * day
            deposited_on = timezone.localdate(deposited)
            year = deposited_on.year
            receipts[year] = receipts.get(year, 0) + 1
            petition.receipt_number = f"{year}/{receipts[year]:04d}"
            petition.decision_deadline = rules.decision_deadline(deposited_on, months)
            if status != "deposited":
                decided = deposited + (10 + 70 * rng.random()) * day
                if status == "admissible":
                    decided = min(decided, now - day)
                petition.bureau_decided_at = decided
            if status == "inadmissible":
                petition.bureau_reasons = "النقطة المطلوبة خارج اختصاصات الجماعة (المادة 121)."
                petition.closed_at = petition.bureau_decided_at
            if status in ("admissible", "accepted", "rejected"):
                after = timezone.localdate(petition.bureau_decided_at)
                petition.session = next(s for s in sessions if s.starts_on > after)
                petition.committees = "لجنة المرافق العمومية والخدمات"
            if status in ("accepted", "rejected"):
                session_day = petition.session.starts_on
                petition.committees_examined_on = max(
                    after + datetime.timedelta(days=1), session_day - datetime.timedelta(days=7)
                )
                petition.committees_report = "درست اللجنة العريضة وأوصت بمناقشتها في الدورة."
                decided_at = timezone.make_aware(
                    datetime.datetime.combine(session_day + datetime.timedelta(days=1),
                                              datetime.time(11))
                )  # fmt: skip
                petition.council_decided_at = min(decided_at, now - day)
                petition.council_deliberation = (
                    "وافق المجلس على العريضة بالإجماع."
                    if status == "accepted"
                    else "رفض المجلس العريضة بالأغلبية."
                )
                petition.closed_at = petition.council_decided_at
        if petition.opened_at:
            petition.created_at = petition.opened_at - (1 + 9 * rng.random()) * day
        petitions.append(petition)

    with _no_auto_now(Petition, "created_at"):
        _insert(Petition, petitions)

    # Signatures: online from distinct accounts, the rest from paper sheets; CNIE numbers
    # encrypted and hashed by the core identity helpers. Numbers starting "ZZ" are kept
    # for the burst.
    sheets = {}
    signatures, events = [], []
    number = 0
    for index, petition in enumerate(petitions):
        total = signature_counts.get(index, 0)
        if not total:
            continue
        online = 0 if index == 0 else min(int(total * rng.uniform(0.5, 0.9)), len(user_ids))
        signers = rng.sample(user_ids, online)
        if total > online:
            sheets[index] = PaperSheet(
                commune_id=commune.pk,
                petition_id=petition.pk,
                label="الورقة 1 — feuille 1",
                uploaded_by_id=officer.pk,
            )
        end = petition.deposited_at or petition.closed_at or now
        times = sorted(between(rng, petition.opened_at, end) for _ in range(total))
        for position in range(total):
            number += 1
            cnie = f"{_letters(number)}{number % 1_000_000:06d}"
            signer = signers[position] if position < online else None
            signature = Signature(
                commune_id=commune.pk,
                petition_id=petition.pk,
                channel="online" if signer else "paper",
                signer_id=signer,
                entered_by_id=None if signer else officer.pk,
                full_name=person_name(rng),
                address=f"{rng.choice(PLACES)[0]}، العرائش",
                basis=Basis.RESIDENCE if rng.random() < 0.8 else Basis.ACTIVITY,
                declares_electoral_eligibility=True,
                signed_at=times[position],
            )
            signature.set_cnie(cnie)
            signature.sheet_index = None if signer else index
            signatures.append(signature)
            ledger.add(
                kind="petition_signed",
                module="petitions",
                person_id=signer,
                person_key="" if signer else cnie_hash(cnie, purpose="ledger")[:64],
                target=("petitions.petition", petition.pk),
                channel=signature.channel,
                at=signature.signed_at,
            )
        petition.signature_count = total
        petition.paper_signature_count = total - online
        if total >= threshold:
            events.append((petition, PetitionEvent.Kind.THRESHOLD, times[threshold - 1], ""))
    _insert(PaperSheet, list(sheets.values()))
    for signature in signatures:
        if signature.sheet_index is not None:
            signature.sheet_id = sheets[signature.sheet_index].pk
    with _no_auto_now(Signature, "signed_at"):
        _insert(Signature, signatures)
    Petition.unscoped.bulk_update(
        petitions, ["signature_count", "paper_signature_count"], batch_size=1000
    )

    # The public timeline and the deposits in the ledger.
    Kind = PetitionEvent.Kind
    for petition in petitions:
        if petition.opened_at:
            events.append((petition, Kind.OPENED, petition.opened_at, ""))
        if petition.deposited_at:
            receipt = petition.receipt_number
            events.append((petition, Kind.DEPOSITED, petition.deposited_at, receipt))
            ledger.add(
                kind="petition_filed",
                module="petitions",
                person_id=petition.mandatary_id,
                target=("petitions.petition", petition.pk),
                at=petition.deposited_at,
            )
        if petition.status == "inadmissible":
            events.append((petition, Kind.INADMISSIBLE, petition.bureau_decided_at,
                           petition.bureau_reasons))  # fmt: skip
        if petition.session_id:
            events.append((petition, Kind.ADMISSIBLE, petition.bureau_decided_at, ""))
            events.append((petition, Kind.SCHEDULED, petition.bureau_decided_at,
                           f"{petition.session} — {petition.committees}"))  # fmt: skip
        if petition.committees_examined_on:
            at = timezone.make_aware(
                datetime.datetime.combine(petition.committees_examined_on, datetime.time(10))
            )
            events.append((petition, Kind.EXAMINED, at, petition.committees_report))
        if petition.council_decided_at:
            kind = Kind.ACCEPTED if petition.status == "accepted" else Kind.REJECTED
            events.append((petition, kind, petition.council_decided_at,
                           petition.council_deliberation))  # fmt: skip
        if petition.status == "withdrawn":
            events.append((petition, Kind.WITHDRAWN, petition.closed_at, ""))
    _insert(
        PetitionEvent,
        [
            PetitionEvent(commune_id=commune.pk, petition_id=p.pk, kind=k, at=at, note=note)
            for p, k, at, note in events
        ],
    )
    clock.step(
        "petitions",
        f"{len(petitions):,} petitions, {len(signatures):,} signatures, {len(events):,} events",
    )


def _letters(number: int) -> str:
    """Two letters of the issuing office from a running number, never "ZZ" (burst)."""
    block = (number // 1_000_000) % (26 * 26 - 1)
    return chr(65 + block // 26) + chr(65 + block % 26)


def _insert(model, objects: list) -> None:
    """Insert `objects` and set their primary keys: COPY on PostgreSQL (ids taken from
    the table's sequence first), `bulk_create` elsewhere. Like `bulk_create`, no
    `save()` and no signals; `auto_now` fields are filled as `save()` would."""
    from django.db import connection
    from django.db.models import FileField, JSONField

    if not objects:
        return
    if connection.vendor != "postgresql":
        model._base_manager.bulk_create(objects, batch_size=BATCH)
        return
    meta = model._meta
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [meta.db_table, meta.pk.column, len(objects)],
        )
        for obj, (pk,) in zip(objects, cursor.fetchall(), strict=True):
            obj.pk = pk
    fields = meta.concrete_fields
    stamped = [f for f in fields if getattr(f, "auto_now", 0) or getattr(f, "auto_now_add", 0)]
    prepared = [f for f in fields if isinstance(f, JSONField | FileField)]
    names = [f.attname for f in fields]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    with connection.cursor() as cursor:
        with cursor.copy(f"COPY {meta.db_table} ({columns}) FROM STDIN") as copy:
            for obj in objects:
                for field in stamped:
                    field.pre_save(obj, True)
                row = [getattr(obj, name) for name in names]
                for field in prepared:
                    position = names.index(field.attname)
                    row[position] = field.get_db_prep_save(row[position], connection)
                copy.write_row(row)


class _no_auto_now:
    """Lets bulk inserts keep the dates we give to an `auto_now_add` field."""

    def __init__(self, model, name):
        self.field = model._meta.get_field(name)

    def __enter__(self):
        self.field.auto_now_add = False

    def __exit__(self, *exc):
        self.field.auto_now_add = True


def _analyze(clock) -> None:
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    from moucharaka.core.comments.models import Comment
    from moucharaka.core.ledger.models import ParticipantPeriod, Participation
    from moucharaka.modules.petitions.models import Petition, Signature
    from moucharaka.modules.suggestions.models import StatusChange, Suggestion, Support

    tables = [Comment, ParticipantPeriod, Participation, Petition, Signature, StatusChange]
    tables += [Suggestion, Support]
    with connection.cursor() as cursor:
        for model in tables:
            cursor.execute(f"ANALYZE {model._meta.db_table}")
    clock.step("analyze", "the tables seeded")


# --- State, repair and summary --------------------------------------------------------


def _burst_petition(commune):
    from moucharaka.modules.petitions.models import Petition

    return Petition.objects.for_commune(commune).order_by("pk").first()


def _counts(commune) -> dict[str, int]:
    from moucharaka.core.comments.models import Comment
    from moucharaka.core.ledger.models import Participation
    from moucharaka.core.territories.models import Commune
    from moucharaka.modules.petitions.models import Petition, Signature
    from moucharaka.modules.suggestions.models import Suggestion, Support

    return {
        "communes": Commune.objects.count(),
        "suggestions": Suggestion.objects.for_commune(commune).count(),
        "comments": Comment.objects.for_commune(commune).count(),
        "supports": Support.objects.for_commune(commune).count(),
        "petitions": Petition.objects.for_commune(commune).count(),
        "signatures": Signature.objects.for_commune(commune).count(),
        "ledger_rows": Participation.objects.for_commune(commune).count(),
    }


def _expected_ledger_rows(commune, want) -> int:
    from moucharaka.modules.petitions.models import Petition

    filed = Petition.objects.for_commune(commune).filter(deposited_at__isnull=False).count()
    return want["suggestions"] + want["comments"] + want["supports"] + want["signatures"] + filed


def _state(commune, want, burst_signers) -> str:
    """ "seeded", "burst used" (only the burst accounts' signatures differ) or "other"."""
    from moucharaka.core.accounts.models import User
    from moucharaka.core.ledger.models import ParticipantPeriod
    from moucharaka.modules.petitions.models import Signature

    burst = _burst_petition(commune)
    if burst is None or burst.status != "collecting":
        return "other"
    counts = _counts(commune)
    expected = {key: want[key] for key in ("suggestions", "comments", "supports", "petitions")}
    if any(counts[key] != value for key, value in expected.items()):
        return "other"
    if not ParticipantPeriod.objects.for_commune(commune).exists():
        return "other"
    emails = [_burst_email(i) for i in range(burst_signers)]
    if User.objects.filter(email__in=emails, is_active=True).count() != burst_signers:
        return "other"
    used = Signature.objects.for_commune(commune).filter(petition=burst, channel="online").count()
    if counts["signatures"] - used != want["signatures"]:
        return "other"
    if counts["ledger_rows"] - used != _expected_ledger_rows(commune, want):
        return "other"
    return "burst used" if used else "seeded"


def _burst_restore(commune, clock) -> None:
    """Remove the online signatures of the burst petition (a load test's) with their
    ledger rows and their rollup: the burst petition is as seeded again."""
    from django.db.models import Count, Q

    from moucharaka.core.ledger import rollup
    from moucharaka.core.ledger.models import ParticipantPeriod, Participation
    from moucharaka.modules.petitions.models import Petition, PetitionEvent, Signature

    burst = _burst_petition(commune)
    signatures = Signature.objects.for_commune(commune).filter(petition=burst, channel="online")
    removed = signatures.count()
    signatures.delete()
    acts = Participation.objects.for_commune(commune).filter(
        kind="petition_signed",
        object_type="petitions.petition",
        object_id=str(burst.pk),
        channel="online",
    )
    participants = sorted(set(acts.values_list("participant", flat=True)))
    acts.delete()
    left = (
        Signature.objects.for_commune(commune)
        .filter(petition=burst)
        .aggregate(total=Count("pk"), paper=Count("pk", filter=Q(channel="paper")))
    )
    Petition.objects.for_commune(commune).filter(pk=burst.pk).update(
        signature_count=left["total"], paper_signature_count=left["paper"]
    )
    if burst.threshold and left["total"] < burst.threshold:
        PetitionEvent.objects.for_commune(commune).filter(petition=burst, kind="threshold").delete()
    # The rollup of those participants again: most have no other act (the burst
    # accounts), the others are rebuilt from the ledger.
    for start in range(0, len(participants), 1000):
        chunk = participants[start : start + 1000]
        ParticipantPeriod.objects.for_commune(commune).filter(participant__in=chunk).delete()
        still = Participation.objects.for_commune(commune).filter(participant__in=chunk)
        for participant in sorted(set(still.values_list("participant", flat=True))):
            rollup.rebuild_participant(commune=commune, participant=participant)
    clock.step("burst petition restored", f"{removed:,} online signatures removed")


def _summary(commune, burst_signers: int) -> dict:
    from django.db.models import Count

    from moucharaka.core.accounts.models import User
    from moucharaka.core.comments.models import Comment
    from moucharaka.modules.petitions.models import Petition
    from moucharaka.modules.suggestions import selectors as suggestion_selectors

    visible = suggestion_selectors.public_suggestions(commune=commune)
    busiest = (
        Comment.objects.for_commune(commune)
        .filter(module="suggestions", target_id__in=visible.values("pk"))
        .values("target_id")
        .annotate(n=Count("pk"))
        .order_by("-n", "target_id")
        .first()
    )
    public = Petition.objects.for_commune(commune).exclude(status__in=["draft", "collecting"])
    petition = (
        public.filter(status="deposited").order_by("-signature_count", "pk").first()
        or public.order_by("-signature_count", "pk").first()
        or Petition.objects.for_commune(commune).order_by("-signature_count", "pk").first()
    )
    burst = _burst_petition(commune)
    emails = [_burst_email(i) for i in range(burst_signers)]
    ids = dict(User.objects.filter(email__in=emails).values_list("email", "pk"))
    return {
        "commune_slug": commune.slug,
        "commune_id": commune.pk,
        "suggestion_id": busiest["target_id"] if busiest else None,
        "suggestion_comments": busiest["n"] if busiest else 0,
        "suggestion_pages": math.ceil(visible.count() / suggestion_selectors.PAGE_SIZE),
        "suggestions_page_size": suggestion_selectors.PAGE_SIZE,
        "petition_id": petition.pk if petition else None,
        "petition_signatures": petition.signature_count if petition else 0,
        "burst_petition_id": burst.pk if burst else None,
        "burst_user_ids": [ids[email] for email in emails if email in ids],
        "burst_emails_pattern": f"burst.{{index:06d}}@{EMAIL_DOMAIN}",
        "burst_password": PASSWORD,
        "burst_cnies": [f"ZZ{i:06d}" for i in range(burst_signers)],
        "counts": _counts(commune),
    }


# --- Command line ---------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--burst-signers", type=int, default=10_000)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--reset", action="store_true", help="wipe and seed again")
    args = parser.parse_args()
    if args.burst_signers > 1_000_000:
        parser.error("at most 1,000,000 burst signers (CNIE numbers ZZ000000…ZZ999999)")
    started = time.perf_counter()
    ensure_database(args.database_url)
    setup(args.database_url)
    migrate()
    print(f"migrate: {time.perf_counter() - started:.1f} s")
    summary = seed(
        scale=args.scale, burst_signers=args.burst_signers, stdout=sys.stdout, reset=args.reset
    )
    shown = {
        **summary,
        "burst_user_ids": f"{len(summary['burst_user_ids'])} ids",
        "burst_cnies": f"{len(summary['burst_cnies'])} numbers",
    }
    print(json.dumps(shown, indent=2, ensure_ascii=False))
    print(f"total: {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
