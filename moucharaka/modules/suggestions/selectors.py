"""Reads of the suggestions space: public pages, the staff queue, exports and the charter
indicators. Every function runs a fixed number of queries, whatever the data's size."""

from __future__ import annotations

import operator
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from functools import reduce

from django.db.models import (
    Avg,
    BooleanField,
    Case,
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
)
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from moucharaka.core.ledger.selectors import MIN_CELL
from moucharaka.core.registry.models import ModuleInstance
from moucharaka.core.registry.selectors import module_settings
from moucharaka.core.text import words
from moucharaka.modules.suggestions import rules
from moucharaka.modules.suggestions.models import (
    AnswerRating,
    StatusChange,
    Suggestion,
    SuggestionPhoto,
    Support,
)

MODULE = "suggestions"
PAGE_SIZE = 20
SIMILAR_LIMIT = 5
MAP_LIMIT = 500  # markers on the map: the most recent located suggestions
SEARCH_WORDS = 8  # words of a search or a title that are matched

SORTS = {
    "newest": ("-created_at", "-id"),
    "supported": ("-supports_count", "-created_at", "-id"),
}


# --- Settings -------------------------------------------------------------------------


def answer_target_days(commune) -> int:
    """The commune's target delay to answer a suggestion (module settings; one query)."""
    return int(module_settings(commune, MODULE).get("answer_target_days") or 0) or (
        rules.ANSWER_TARGET_DAYS
    )


# --- Public pages ---------------------------------------------------------------------


def public_suggestions(*, commune) -> QuerySet[Suggestion]:
    """What the public sees of a commune's suggestions: everything but hidden ones."""
    return Suggestion.objects.for_commune(commune).filter(is_hidden=False)


def suggestion_list(
    *,
    commune,
    category=None,
    district=None,
    status: str = "",
    query: str = "",
    sort: str = "newest",
) -> QuerySet[Suggestion]:
    """The public list, filtered and sorted (one query per page, plus the count).

    The search matches every word of `query` in the normalised title and text, so that
    "الانارة" finds "الإنارة" (moucharaka.core.text)."""
    rows = public_suggestions(commune=commune).select_related("category", "district")
    if category is not None:
        rows = rows.filter(category=category)
    if district is not None:
        rows = rows.filter(district=district)
    if status:
        rows = rows.filter(status=status)
    for word in words(query, min_length=2)[:SEARCH_WORDS]:
        rows = rows.filter(search_text__contains=word)
    return rows.order_by(*SORTS.get(sort, SORTS["newest"]))


def suggestion_markers(rows: QuerySet[Suggestion], *, base_url: str) -> list[dict]:
    """Map markers for the located suggestions among `rows` (one query, at most
    MAP_LIMIT): plain data for a JSON script element."""
    located = rows.filter(latitude__isnull=False, longitude__isnull=False).values_list(
        "pk", "title", "latitude", "longitude", "status"
    )[:MAP_LIMIT]
    labels = dict(Suggestion.Status.choices)
    return [
        {
            "lat": float(latitude),
            "lng": float(longitude),
            "title": title,
            "status": str(labels.get(status, status)),
            "url": f"{base_url}{pk}/",
        }
        for pk, title, latitude, longitude, status in located
    ]


def map_center(*, commune) -> tuple[float, float] | None:
    """Where to open the map picker: the middle of the commune's located suggestions
    (we have no commune boundaries), or None (the map then shows Morocco)."""
    middle = (
        Suggestion.objects.for_commune(commune)
        .filter(latitude__isnull=False, longitude__isnull=False)
        .aggregate(lat=Avg("latitude"), lng=Avg("longitude"))
    )
    if middle["lat"] is None:
        return None
    return float(middle["lat"]), float(middle["lng"])


def similar_suggestions(
    *, commune, title: str, exclude_pk: int | None = None, limit: int = SIMILAR_LIMIT
) -> list[Suggestion]:
    """Public suggestions sharing at least one significant word (3 letters or more,
    normalised, without the article) with `title`, most shared words first, then most
    supported. One query, at most `limit` rows."""
    tokens = words(title)[:SEARCH_WORDS]
    if not tokens:
        return []
    matches = [Q(title_normalized__contains=f" {token} ") for token in tokens]
    shared = reduce(
        operator.add,
        [Case(When(match, then=1), default=0, output_field=IntegerField()) for match in matches],
        Value(0, output_field=IntegerField()),
    )
    rows = (
        public_suggestions(commune=commune)
        .filter(reduce(operator.or_, matches))
        .annotate(shared=shared)
        .order_by("-shared", "-supports_count", "-created_at")
    )
    if exclude_pk:
        rows = rows.exclude(pk=exclude_pk)
    return list(rows[:limit])


def suggestion_page(suggestion: Suggestion, *, viewer) -> dict:
    """Everything the detail page shows besides the suggestion itself (four queries)."""
    commune_id = suggestion.commune_id
    signed_in = getattr(viewer, "is_authenticated", False)
    supported = rating = None
    if signed_in:
        supported = (
            Support.objects.for_commune(commune_id)
            .filter(suggestion=suggestion, user=viewer)
            .exists()
        )
        rating = (
            AnswerRating.objects.for_commune(commune_id)
            .filter(suggestion=suggestion, user=viewer)
            .first()
        )
    return {
        "photos": list(
            SuggestionPhoto.objects.for_commune(commune_id).filter(suggestion=suggestion)
        ),
        "history": list(
            StatusChange.objects.for_commune(commune_id)
            .filter(suggestion=suggestion)
            .order_by("at", "id")
        ),
        "has_supported": bool(supported),
        "can_support": rules.may_support(suggestion, viewer) and not supported,
        "can_rate": rules.may_rate(suggestion, viewer),
        "rating": rating,
    }


# --- Staff queue ----------------------------------------------------------------------


def suggestion_queue(*, communes: Iterable, now: datetime | None = None) -> QuerySet[Suggestion]:
    """Suggestions of these communes for the staff queue, each annotated with
    `is_overdue` (still open after the commune's target delay) and `queue_rank` (0 for
    open, 1 for answered: ordering on it puts the waiting ones first). Two queries to
    prepare (communes and their settings), then one per page."""
    now = now or timezone.now()
    commune_ids = [getattr(c, "pk", c) for c in communes]
    saved = dict(
        ModuleInstance.objects.for_communes(commune_ids)
        .filter(key=MODULE)
        .values_list("commune_id", "settings")
    )
    overdue = Q(pk__in=[])
    for commune_id in commune_ids:
        days = int((saved.get(commune_id) or {}).get("answer_target_days") or 0)
        cutoff = now - timedelta(days=days or rules.ANSWER_TARGET_DAYS)
        overdue |= Q(commune_id=commune_id, created_at__lt=cutoff)
    return Suggestion.objects.for_communes(commune_ids).annotate(
        is_overdue=Case(
            When(Q(status__in=rules.OPEN_STATUSES) & overdue, then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        ),
        queue_rank=Case(
            When(status__in=rules.OPEN_STATUSES, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        ),
    )


# --- Export ---------------------------------------------------------------------------

# Columns of the CSV/XLSX exports and of the manifest's export. No personal data: no
# author, no citizen's name, no staff member; the title and text of hidden suggestions
# (often hidden *because* of personal data) are left out too.
EXPORT_COLUMNS = {
    "id": _("number"),
    "received_on": _("received on"),
    "kind": _("type"),
    "channel": _("received"),
    "category": _("category"),
    "district": _("district"),
    "title": _("title"),
    "text": _("text"),
    "latitude": _("latitude"),
    "longitude": _("longitude"),
    "supports": _("supports"),
    "status": _("status"),
    "assigned_service": _("assigned to"),
    "decision": _("decision"),
    "answer": _("official answer"),
    "reason": _("reason"),
    "first_answered_on": _("first answered on"),
    "days_to_answer": _("days to answer"),
    "hidden": _("hidden by the moderators"),
}


def export_row(suggestion: Suggestion) -> dict:
    """One suggestion as export cells (needs category, district and assigned_service
    selected with it)."""
    hidden = suggestion.is_hidden
    days = None
    if suggestion.answered_at:
        days = (suggestion.answered_at - suggestion.created_at).days
    return {
        "id": suggestion.pk,
        "received_on": timezone.localtime(suggestion.created_at).date(),
        "kind": str(suggestion.get_kind_display()),
        "channel": str(suggestion.get_channel_display()),
        "category": str(suggestion.category or ""),
        "district": str(suggestion.district or ""),
        "title": "" if hidden else suggestion.title,
        "text": "" if hidden else suggestion.body,
        "latitude": None if hidden or suggestion.latitude is None else float(suggestion.latitude),
        "longitude": None
        if hidden or suggestion.longitude is None
        else float(suggestion.longitude),
        "supports": suggestion.supports_count,
        "status": str(suggestion.get_status_display()),
        "assigned_service": str(suggestion.assigned_service or ""),
        "decision": str(suggestion.get_answer_kind_display()) if suggestion.answer_kind else "",
        "answer": suggestion.answer,
        "reason": suggestion.answer_reason,
        "first_answered_on": timezone.localtime(suggestion.answered_at).date()
        if suggestion.answered_at
        else None,
        "days_to_answer": days,
        "hidden": hidden,
    }


def suggestion_rows(*, commune, period=None) -> Iterator[dict]:
    """The manifest's export: the commune's suggestions (received in `period`, if
    given), oldest first, without personal data (see EXPORT_COLUMNS)."""
    rows = (
        Suggestion.objects.for_commune(commune)
        .select_related("category", "district", "assigned_service")
        .order_by("created_at", "id")
    )
    if period is not None:
        start, end = period
        rows = rows.filter(created_at__gte=start, created_at__lt=end)
    for suggestion in rows.iterator(chunk_size=500):
        yield export_row(suggestion)


# --- Charter indicators ---------------------------------------------------------------
# Each takes exactly one of `commune` or `communes` and a half-open `(start, end)` period,
# like the ledger's selectors (the registry's indicator contract). Hidden suggestions
# (abuse, spam) are not counted.


def _public(commune, communes, model=Suggestion) -> QuerySet:
    if (commune is None) == (communes is None):
        raise TypeError("pass exactly one of commune= or communes=")
    rows = model.objects.for_commune(commune) if commune else model.objects.for_communes(communes)
    hidden = "is_hidden" if model is Suggestion else "suggestion__is_hidden"
    return rows.filter(**{hidden: False})


def _received_in(commune, communes, period) -> QuerySet[Suggestion]:
    start, end = period
    return _public(commune, communes).filter(created_at__gte=start, created_at__lt=end)


def suggestions_submitted(*, commune=None, communes=None, period) -> int:
    """Charter indicator 7 (proposals by citizens): suggestions, observations and
    complaints received in the period, all channels. A count of public proposals, not
    of people, so it is not withheld when small."""
    return _received_in(commune, communes, period).count()


def answered_share(*, commune=None, communes=None, period) -> float | None:
    """Of the suggestions received in the period, the share answered so far (0–1);
    None when none were received."""
    counts = _received_in(commune, communes, period).aggregate(
        total=Count("id"), answered=Count("id", filter=Q(status__in=rules.ANSWERED_STATUSES))
    )
    if not counts["total"]:
        return None
    return counts["answered"] / counts["total"]


def median_days_to_answer(*, commune=None, communes=None, period) -> float | None:
    """Median delay, in days, from receipt to the first answer, over the suggestions
    first answered in the period (two queries, computed in the database)."""
    start, end = period
    answered = (
        _public(commune, communes)
        .filter(answered_at__gte=start, answered_at__lt=end)
        .annotate(
            delay=ExpressionWrapper(
                F("answered_at") - F("created_at"), output_field=DurationField()
            )
        )
    )
    n = answered.count()
    if not n:
        return None
    middle = list(
        answered.order_by("delay", "id").values_list("delay", flat=True)[(n - 1) // 2 : n // 2 + 1]
    )
    seconds = sum(delay.total_seconds() for delay in middle) / len(middle)
    return round(seconds / 86400, 1)


def suggestions_implemented(*, commune=None, communes=None, period) -> int:
    """Charter indicator 13 (service improvements after proposals were implemented):
    suggestions the commune marked as implemented in the period."""
    start, end = period
    return (
        _public(commune, communes, StatusChange)
        .filter(to_status=Suggestion.Status.IMPLEMENTED, at__gte=start, at__lt=end)
        .values("suggestion_id")
        .distinct()
        .count()
    )


def _ratings_in(commune, communes, period) -> dict:
    start, end = period
    return (
        _public(commune, communes, AnswerRating)
        .filter(created_at__gte=start, created_at__lt=end)
        .aggregate(
            raters=Count("user", distinct=True),
            mean=Avg("score"),
            ratings=Count("id"),
            again=Count("id", filter=Q(would_participate_again=True)),
        )
    )


def mean_answer_rating(*, commune=None, communes=None, period) -> float | None:
    """Charter indicator 10 (satisfaction with the response to proposals): the mean
    mark (1–5) given in the period. None when fewer than MIN_CELL people rated: a mean
    of one to four marks tells each person's opinion (DESIGN §6)."""
    ratings = _ratings_in(commune, communes, period)
    if ratings["raters"] < MIN_CELL:
        return None
    return round(ratings["mean"], 2)


def would_participate_again_share(*, commune=None, communes=None, period) -> float | None:
    """Charter indicator 11 (positive interaction): the share (0–1) of ratings given in
    the period that say they would take part again; withheld under MIN_CELL raters."""
    ratings = _ratings_in(commune, communes, period)
    if ratings["raters"] < MIN_CELL:
        return None
    return ratings["again"] / ratings["ratings"]
