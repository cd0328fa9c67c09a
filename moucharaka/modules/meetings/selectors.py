"""Reads of citizen meetings: the public calendar and pages, the staff's attendance and
follow-up screens, exports and the charter indicators. Every function runs a fixed
number of queries, whatever the data's size."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from moucharaka.core.ledger.models import AgeBand, Gender
from moucharaka.core.ledger.selectors import (
    Cell,
    cell,
    diversity,
    ledger_rows,
    participant_identity,
    suppress,
    unique_participants,
)
from moucharaka.core.territories.models import District
from moucharaka.modules.meetings import rules
from moucharaka.modules.meetings.models import (
    AgendaItem,
    Attendee,
    Meeting,
    MeetingDocument,
    MeetingPhoto,
    Recommendation,
    RecommendationUpdate,
    Registration,
)
from moucharaka.modules.meetings.services import ATTENDED, MODULE, REGISTERED

PAGE_SIZE = 20
FEED_PAST_DAYS = 365  # the commune's feed: a year back, everything ahead

Status = Meeting.Status
RStatus = Registration.Status

# The attendance summary's dimensions (DESIGN §6) and the published table's labels.
DIMENSIONS = {
    "gender": _("Gender"),
    "age_band": _("Age"),
    "district": _("District"),
    "disability": _("Disability"),
}


def _scoped(model, *, commune=None, communes=None) -> QuerySet:
    if (commune is None) == (communes is None):
        raise TypeError("pass exactly one of commune= or communes=")
    if commune is not None:
        return model.objects.for_commune(commune)
    return model.objects.for_communes(communes)


# --- Public calendar ------------------------------------------------------------------


def public_meetings(*, commune) -> QuerySet[Meeting]:
    """What the public sees: published and cancelled meetings (a cancellation is news
    too), never drafts."""
    return Meeting.objects.for_commune(commune).exclude(status=Status.DRAFT)


def with_counts(rows: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """Annotate `confirmed` and `waiting` registrations (one query with the rows)."""
    return rows.annotate(
        confirmed=Count(
            "registrations", filter=Q(registrations__status=RStatus.CONFIRMED), distinct=True
        ),
        waiting=Count(
            "registrations", filter=Q(registrations__status=RStatus.WAITING), distinct=True
        ),
    )


def with_all_counts(rows: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """`with_counts`, plus `attended`, `recommendation_count` and `implemented` (for
    staff lists and exports; one query with the rows)."""
    return with_counts(rows).annotate(
        attended=Count("attendees", distinct=True),
        recommendation_count=Count("recommendations", distinct=True),
        implemented=Count(
            "recommendations",
            filter=Q(recommendations__status=Recommendation.Status.IMPLEMENTED),
            distinct=True,
        ),
    )


def meeting_list(
    *, commune, when: str = "upcoming", kind: str = "", district=None, now=None
) -> QuerySet[Meeting]:
    """Upcoming meetings (not over yet), soonest first, or past ones, latest first,
    filtered by type and district (one query per page, plus the count)."""
    now = now or timezone.now()
    rows = public_meetings(commune=commune).select_related("district")
    if kind:
        rows = rows.filter(kind=kind)
    if district is not None:
        rows = rows.filter(district=district)
    if when == "past":
        return with_counts(rows.filter(ends_at__lte=now)).order_by("-starts_at", "-id")
    return with_counts(rows.filter(ends_at__gt=now)).order_by("starts_at", "id")


@dataclass(frozen=True)
class Day:
    date: date
    in_month: bool
    is_today: bool
    meetings: list


def month_grid(*, commune, year: int, month: int, kind: str = "", district=None) -> list[list[Day]]:
    """The month view: weeks (Monday first, Moroccan usage) of days, each with its
    meetings in local time (one query)."""
    tz = timezone.get_current_timezone()
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    first, last = weeks[0][0], weeks[-1][-1]
    start = datetime.combine(first, time.min, tzinfo=tz)
    end = datetime.combine(last + timedelta(days=1), time.min, tzinfo=tz)
    rows = public_meetings(commune=commune).filter(starts_at__gte=start, starts_at__lt=end)
    if kind:
        rows = rows.filter(kind=kind)
    if district is not None:
        rows = rows.filter(district=district)
    by_day: dict[date, list] = {}
    for meeting in rows.order_by("starts_at", "id"):
        by_day.setdefault(timezone.localtime(meeting.starts_at, tz).date(), []).append(meeting)
    today = timezone.localdate()
    return [
        [
            Day(
                date=day,
                in_month=day.month == month,
                is_today=day == today,
                meetings=by_day.get(day, []),
            )
            for day in week
        ]
        for week in weeks
    ]


def feed_meetings(*, commune, now=None) -> QuerySet[Meeting]:
    """The commune's iCalendar feed: a year back and everything ahead (two queries)."""
    now = now or timezone.now()
    return (
        public_meetings(commune=commune)
        .filter(ends_at__gte=now - timedelta(days=FEED_PAST_DAYS))
        .select_related("district", "commune")
        .prefetch_related(
            Prefetch("agenda_items", queryset=AgendaItem.objects.for_commune(commune))
        )
        .order_by("starts_at", "id")
    )


# --- Public page ----------------------------------------------------------------------


def registration_of(meeting: Meeting, user) -> Registration | None:
    """The signed-in visitor's own registration, cancelled ones included."""
    if not getattr(user, "is_authenticated", False):
        return None
    return (
        Registration.objects.for_commune(meeting.commune_id)
        .filter(meeting=meeting, user=user)
        .first()
    )


def counts(meeting: Meeting) -> dict:
    """Confirmed and waiting registrations, and attendees (one query)."""
    row = (
        Registration.objects.for_commune(meeting.commune_id)
        .filter(meeting=meeting)
        .aggregate(
            confirmed=Count("id", filter=Q(status=RStatus.CONFIRMED)),
            waiting=Count("id", filter=Q(status=RStatus.WAITING)),
        )
    )
    return row


def meeting_page(meeting: Meeting, *, viewer, now=None) -> dict:
    """Everything the public page shows besides the meeting itself (a fixed number of
    queries: agenda, counts, the viewer's registration, documents, photos,
    recommendations with their history, the attendance summary)."""
    now = now or timezone.now()
    commune_id = meeting.commune_id
    registered = counts(meeting)
    state = rules.registration_state(meeting, confirmed=registered["confirmed"], now=now)
    recommendations = list(
        Recommendation.objects.for_commune(commune_id)
        .filter(meeting=meeting)
        .prefetch_related(
            Prefetch(
                "updates",
                queryset=RecommendationUpdate.objects.for_commune(commune_id).order_by("at", "id"),
            )
        )
    )
    started = meeting.has_started(now)
    return {
        "agenda": list(AgendaItem.objects.for_commune(commune_id).filter(meeting=meeting)),
        "confirmed": registered["confirmed"],
        "waiting": registered["waiting"],
        "places_left": rules.places_left(meeting, confirmed=registered["confirmed"]),
        "registration_state": state,
        "accepts_registrations": rules.accepts_registrations(state),
        "my_registration": registration_of(meeting, viewer),
        "can_cancel": rules.may_cancel_registration(meeting, now),
        "documents": list(MeetingDocument.objects.for_commune(commune_id).filter(meeting=meeting)),
        "photos": list(MeetingPhoto.objects.for_commune(commune_id).filter(meeting=meeting)),
        "recommendations": recommendations,
        "attendance": attendance_summary(meeting) if started else None,
        "has_started": started,
        "has_ended": meeting.has_ended(now),
        "today": timezone.localdate(),
    }


# --- Attendance -----------------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    """A meeting's attendance: `raw` counts for staff, `published` cells for the public
    (fewer than 5 people withheld, with secondary suppression per breakdown)."""

    total: int
    published_total: Cell
    channels: dict
    raw: dict  # dimension → {value: count}
    published: dict  # dimension → {value: Cell}
    labels: dict  # dimension → {value: label}

    def _tables(self, cells: dict) -> list[dict]:
        return [
            {
                "key": dimension,
                "label": DIMENSIONS[dimension],
                "rows": [
                    {"label": self.labels[dimension][value], "value": count, "raw": raw}
                    for (value, count), raw in zip(
                        cells[dimension].items(), self.raw[dimension].values(), strict=True
                    )
                ],
            }
            for dimension in DIMENSIONS
            if cells[dimension]
        ]

    @property
    def published_tables(self) -> list[dict]:
        """Per dimension, rows of (label, Cell) for the public page."""
        return self._tables(self.published)

    @property
    def raw_tables(self) -> list[dict]:
        """Per dimension, rows of (label, count) for staff, each with its published cell."""
        return [
            {**table, "rows": [{**row, "published": row["value"]} for row in table["rows"]]}
            for table in self._tables(self.published)
        ]


def _labels(dimension: str, values: Iterable, districts: dict) -> dict:
    known = {
        "gender": dict(Gender.choices),
        "age_band": dict(AgeBand.choices),
        "disability": {True: _("with a disability"), False: _("without a disability")},
    }
    labels = {}
    for value in values:
        if value is None:
            labels[value] = _("not said")
        elif dimension == "district":
            labels[value] = districts.get(value, "")
        else:
            labels[value] = known[dimension].get(value, value)
    return labels


def attendance_summary(meeting: Meeting) -> Summary:
    """Attendance by gender, age band, district and disability (two queries), from the
    attendees' recorded snapshot. Each attendee row is one person."""
    rows = list(
        Attendee.objects.for_commune(meeting.commune_id)
        .filter(meeting=meeting)
        .values_list("channel", "gender", "age_band", "district_id", "disability")
    )
    raw: dict[str, dict] = {dimension: {} for dimension in DIMENSIONS}
    channels: dict[str, int] = {}
    for channel, gender, age_band, district_id, disability in rows:
        channels[channel] = channels.get(channel, 0) + 1
        for dimension, value in (
            ("gender", gender or None),
            ("age_band", age_band or None),
            ("district", district_id),
            ("disability", disability),
        ):
            raw[dimension][value] = raw[dimension].get(value, 0) + 1
    district_ids = [value for value in raw["district"] if value is not None]
    districts = {}
    if district_ids:
        districts = {d.pk: d.name for d in District.objects.filter(pk__in=district_ids)}
    ordered, labels = {}, {}
    for dimension, counts_ in raw.items():
        keys = sorted(counts_, key=lambda v: (v is None, str(v)))
        ordered[dimension] = {key: counts_[key] for key in keys}
        labels[dimension] = _labels(dimension, keys, districts)
    return Summary(
        total=len(rows),
        published_total=cell(len(rows)),
        channels=channels,
        raw=ordered,
        published={dimension: suppress(values) for dimension, values in ordered.items()},
        labels=labels,
    )


def registrations_for_staff(meeting: Meeting) -> QuerySet[Registration]:
    """Registrations with whether each is checked in (one query)."""
    return (
        Registration.objects.for_commune(meeting.commune_id)
        .filter(meeting=meeting)
        .select_related("user", "attendee")
        .order_by("status", "queued_at", "id")
    )


def staff_meetings(*, communes) -> QuerySet[Meeting]:
    return with_all_counts(
        Meeting.objects.for_communes(communes).select_related("commune", "district")
    )


def recommendation_queue(*, communes) -> QuerySet[Recommendation]:
    """Recommendations across the meetings of these communes, for the follow-up list."""
    return Recommendation.objects.for_communes(communes).select_related(
        "meeting", "meeting__commune"
    )


def meetings_attached_to(obj) -> QuerySet[Meeting]:
    """The meetings another module attached to one of its objects (a consultative body,
    a steering committee, a training)."""
    return Meeting.objects.for_commune(obj.commune_id).filter(
        attached_type=ContentType.objects.get_for_model(obj), attached_id=obj.pk
    )


# --- Export ---------------------------------------------------------------------------

EXPORT_COLUMNS = {
    "id": _("number"),
    "type": _("type"),
    "title": _("title"),
    "starts_at": _("starts at"),
    "ends_at": _("ends at"),
    "mode": _("where"),
    "venue": _("venue"),
    "district": _("district"),
    "status": _("status"),
    "places": _("places"),
    "registered": _("registered"),
    "waiting": _("on the waiting list"),
    "attendees": _("attendees (withheld under 5)"),
    "minutes_published": _("minutes published"),
    "recommendations": _("recommendations"),
    "implemented": _("recommendations implemented"),
}


def meeting_row(meeting: Meeting) -> dict:
    """One meeting as export cells (annotated by `with_all_counts`). No personal data;
    attendance is a published cell (None when fewer than 5 people)."""
    return {
        "id": meeting.pk,
        "type": str(meeting.get_kind_display()),
        "title": meeting.title,
        "starts_at": timezone.localtime(meeting.starts_at).replace(tzinfo=None),
        "ends_at": timezone.localtime(meeting.ends_at).replace(tzinfo=None),
        "mode": str(meeting.get_mode_display()),
        "venue": meeting.venue,
        "district": str(meeting.district or ""),
        "status": str(meeting.get_status_display()),
        "places": meeting.capacity,
        "registered": meeting.confirmed,
        "waiting": meeting.waiting,
        "attendees": cell(meeting.attended).value,
        "minutes_published": meeting.minutes_published,
        "recommendations": meeting.recommendation_count,
        "implemented": meeting.implemented,
    }


def meeting_rows(*, commune, period=None) -> Iterator[dict]:
    """The manifest's export: the commune's public meetings (starting in `period`, if
    given), oldest first (one query)."""
    rows = with_all_counts(public_meetings(commune=commune).select_related("district"))
    if period is not None:
        start, end = period
        rows = rows.filter(starts_at__gte=start, starts_at__lt=end)
    for meeting in rows.order_by("starts_at", "id"):
        yield meeting_row(meeting)


RECOMMENDATION_COLUMNS = {
    "id": _("number"),
    "meeting": _("meeting"),
    "meeting_date": _("date of the meeting"),
    "text": _("recommendation"),
    "owner": _("responsible"),
    "due_date": _("due date"),
    "status": _("status"),
    "evidence": _("evidence"),
    "overdue": _("overdue"),
}


def recommendation_row(recommendation: Recommendation, today: date) -> dict:
    meeting = recommendation.meeting
    return {
        "id": recommendation.pk,
        "meeting": meeting.title,
        "meeting_date": timezone.localtime(meeting.starts_at).date(),
        "text": recommendation.text,
        "owner": recommendation.owner,
        "due_date": recommendation.due_date,
        "status": str(recommendation.get_status_display()),
        "evidence": recommendation.evidence,
        "overdue": rules.is_overdue(recommendation, today),
    }


def recommendation_rows(*, commune, period=None) -> Iterator[dict]:
    """The manifest's second export: every recommendation of the commune's public
    meetings (held in `period`, if given) and where its follow-up stands."""
    rows = (
        Recommendation.objects.for_commune(commune)
        .exclude(meeting__status=Status.DRAFT)
        .select_related("meeting")
        .order_by("meeting__starts_at", "position", "id")
    )
    if period is not None:
        start, end = period
        rows = rows.filter(meeting__starts_at__gte=start, meeting__starts_at__lt=end)
    today = timezone.localdate()
    for recommendation in rows:
        yield recommendation_row(recommendation, today)


# --- Charter indicators -----------------------------------------------------------------
# compute(*, commune=None, communes=None, period); period = (start, end), half-open.


def _held(*, commune=None, communes=None, period, now=None) -> QuerySet[Meeting]:
    """Meetings held in the period: published (not cancelled) and already started."""
    start, end = period
    now = now or timezone.now()
    return _scoped(Meeting, commune=commune, communes=communes).filter(
        status=Status.PUBLISHED, starts_at__gte=start, starts_at__lt=min(end, now)
    )


def meetings_held(*, commune=None, communes=None, period) -> int:
    """Charter indicator 3: meetings held with citizens and associations in the period
    (all types). A count of meetings, not of people: never withheld."""
    return _held(commune=commune, communes=communes, period=period).count()


def meetings_held_of_kind(kind: str):
    """Charter indicator 3, for one type of meeting (one indicator per type)."""

    def compute(*, commune=None, communes=None, period) -> int:
        return _held(commune=commune, communes=communes, period=period).filter(kind=kind).count()

    compute.__name__ = f"meetings_held_{kind}"
    return compute


def attendees(*, commune=None, communes=None, period) -> Cell:
    """Charter indicator 4: people who attended a meeting in the period (unique, from
    the ledger: an account counts once however many meetings; offline attendees each
    count once)."""
    return unique_participants(
        commune=commune, communes=communes, period=period, module=MODULE, kind=ATTENDED
    )


def registrants(*, commune=None, communes=None, period) -> Cell:
    """Charter indicator 4: people who registered for a meeting in the period."""
    return unique_participants(
        commune=commune, communes=communes, period=period, module=MODULE, kind=REGISTERED
    )


def women_share(*, commune=None, communes=None, period) -> float | None:
    """Charter indicator 5 (diversity by gender): women among the attendees whose
    gender is known (0–1). None unless both the women and the men are at least 5: a
    share would otherwise give a small group away."""
    breakdown = diversity(
        commune=commune,
        communes=communes,
        period=period,
        dimension="gender",
        module=MODULE,
        kind=ATTENDED,
    )
    women, men = breakdown.cells.get("female"), breakdown.cells.get("male")
    if women is None or men is None or women.suppressed or men.suppressed:
        return None
    return women.value / (women.value + men.value)


def youth_share(*, commune=None, communes=None, period) -> float | None:
    """Charter indicator 5 (diversity by age): attendees under 30 (rules.YOUTH_BANDS)
    among those whose age band is known (one query). None unless both groups are at
    least 5 people."""
    rows = ledger_rows(
        commune=commune, communes=communes, period=period, module=MODULE, kind=ATTENDED
    ).exclude(age_band="")
    people = participant_identity()
    counts_ = rows.aggregate(
        young=Count(people, distinct=True, filter=Q(age_band__in=rules.YOUTH_BANDS)),
        older=Count(people, distinct=True, filter=~Q(age_band__in=rules.YOUTH_BANDS)),
    )
    young, older = cell(counts_["young"]), cell(counts_["older"])
    if young.suppressed or older.suppressed:
        return None
    return young.value / (young.value + older.value)


def districts_reached(*, commune=None, communes=None, period) -> int:
    """Charter indicator 5 (diversity by district): how many of the commune's districts
    attendees came from (a count of districts, which names no one)."""
    return (
        ledger_rows(commune=commune, communes=communes, period=period, module=MODULE, kind=ATTENDED)
        .exclude(district__isnull=True)
        .values("district")
        .distinct()
        .count()
    )


def recommendations_implemented_share(*, commune=None, communes=None, period) -> float | None:
    """Charter indicators 13 and 14 (improvements and initiatives realised thanks to
    participation): of the recommendations of the meetings held in the period, the share
    implemented so far (0–1); None when there were none."""
    held = _held(commune=commune, communes=communes, period=period)
    counts_ = (
        _scoped(Recommendation, commune=commune, communes=communes)
        .filter(meeting__in=held.values("pk"))
        .aggregate(
            total=Count("id"),
            implemented=Count("id", filter=Q(status=Recommendation.Status.IMPLEMENTED)),
        )
    )
    if not counts_["total"]:
        return None
    return counts_["implemented"] / counts_["total"]
