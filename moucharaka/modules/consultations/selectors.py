"""Reads of digital consultations: public pages, the staff analysis, the PDF report, the
export and the charter indicators. Every function runs a fixed number of queries,
whatever the number of paragraphs or contributions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Cast, Coalesce
from django.utils import timezone

from moucharaka.core.comments.models import Comment
from moucharaka.core.comments.selectors import comment_thread
from moucharaka.core.ledger.models import Participation
from moucharaka.core.ledger.selectors import Cell, cell, participant_identity, unique_participants
from moucharaka.core.questionnaires.models import Questionnaire, Response
from moucharaka.modules.consultations import rules
from moucharaka.modules.consultations.models import (
    Attachment,
    Consultation,
    Contribution,
    Follower,
    Paragraph,
    Phase,
    ResponsePoint,
    TextSection,
)

MODULE = "consultations"
PAGE_SIZE = 20
ANALYSIS_PAGE_SIZE = 50
Stance = Contribution.Stance


def _scope(commune=None, communes=None):
    if (commune is None) == (communes is None):
        raise TypeError("pass exactly one of commune= or communes=")
    if commune is not None:
        return Consultation.objects.for_commune(commune)
    return Consultation.objects.for_communes(communes)


# --- Public lists and pages -----------------------------------------------------------


def public_consultations(*, commune) -> QuerySet[Consultation]:
    """Announced consultations (drafts are the staff's), newest opening first."""
    return Consultation.objects.for_commune(commune).filter(published_at__isnull=False)


def consultation_list(*, commune) -> QuerySet[Consultation]:
    """The public list, each with its number of public contributions (one query)."""
    contributions = (
        Contribution.objects.for_commune(commune)
        .filter(consultation=OuterRef("pk"), comment__is_hidden=False)
        .order_by()
        .values("consultation")
        .annotate(n=Count("id"))
        .values("n")
    )
    return (
        public_consultations(commune=commune)
        .annotate(contribution_count=Coalesce(Subquery(contributions), 0))
        .order_by("-opens_at", "-id")
    )


def text_structure(consultation: Consultation) -> list[TextSection]:
    """Sections in order, each with `paragraph_list` (two queries)."""
    commune = consultation.commune_id
    sections = list(
        TextSection.objects.for_commune(commune)
        .filter(consultation=consultation)
        .prefetch_related(
            Prefetch(
                "paragraphs",
                queryset=Paragraph.objects.for_commune(commune).order_by("position", "id"),
            )
        )
        .order_by("position", "id")
    )
    for section in sections:
        section.paragraph_list = list(section.paragraphs.all())
        for paragraph in section.paragraph_list:
            paragraph.section = section  # numbers without another query
            paragraph.consultation = consultation
    return sections


def stance_counts(consultation: Consultation, *, include_hidden=False) -> dict:
    """{paragraph id (None: the whole text): {stance: n}} of top-level contributions
    (one query)."""
    rows = Contribution.objects.for_commune(consultation.commune_id).filter(
        consultation=consultation
    )
    if not include_hidden:
        rows = rows.filter(comment__is_hidden=False)
    counts = defaultdict(dict)
    for row in rows.values("paragraph_id", "stance").annotate(n=Count("id")).order_by():
        counts[row["paragraph_id"]][row["stance"]] = row["n"]
    return counts


def comment_totals(consultation: Consultation) -> dict:
    """{paragraph id (None: the whole text): public comments and replies} (one query)."""
    commune = consultation.commune_id
    paragraph_type = ContentType.objects.get_for_model(Paragraph)
    consultation_type = ContentType.objects.get_for_model(Consultation)
    paragraph_ids = Paragraph.objects.for_commune(commune).filter(consultation=consultation)
    rows = (
        Comment.objects.for_commune(commune)
        .filter(is_hidden=False)
        .filter(
            Q(target_type=paragraph_type, target_id__in=paragraph_ids.values("id"))
            | Q(target_type=consultation_type, target_id=consultation.pk)
        )
        .values("target_type_id", "target_id")
        .annotate(n=Count("id"))
        .order_by()
    )
    totals = {}
    for row in rows:
        key = None if row["target_type_id"] == consultation_type.pk else row["target_id"]
        totals[key] = row["n"]
    return totals


@dataclass
class Figures:
    """Participation in one consultation, for its page and its report."""

    contributors: Cell  # people (comments, replies, questionnaire), withheld under 5
    contributions: int  # comments with a stance, online and gathered offline
    replies: int
    offline: int  # of which gathered in workshops, on paper, by phone
    questionnaire_answers: int
    paragraphs_commented: int
    paragraph_count: int


def _consultation_comments(consultation: Consultation) -> QuerySet[Comment]:
    commune = consultation.commune_id
    paragraph_ids = Paragraph.objects.for_commune(commune).filter(consultation=consultation)
    return Comment.objects.for_commune(commune).filter(
        Q(
            target_type=ContentType.objects.get_for_model(Paragraph),
            target_id__in=paragraph_ids.values("id"),
        )
        | Q(target_type=ContentType.objects.get_for_model(Consultation), target_id=consultation.pk)
    )


def participation_figures(consultation: Consultation, *, questionnaire=None) -> Figures:
    """Four queries. Contributors are counted in the participation ledger (accounts,
    paper keys, each anonymous act as one person) and withheld under 5 people."""
    commune = consultation.commune_id
    comments = _consultation_comments(consultation)
    comment_ids = comments.annotate(key=Cast("id", output_field=CharField())).values("key")
    acts = Q(object_type="comments.comment", object_id__in=comment_ids)
    if questionnaire is not None:
        acts |= Q(object_type="questionnaires.questionnaire", object_id=str(questionnaire.pk))
    people = (
        Participation.objects.for_commune(commune)
        .filter(module=MODULE)
        .filter(acts)
        .aggregate(n=Count(participant_identity(), distinct=True))["n"]
    )
    counts = comments.filter(is_hidden=False).aggregate(
        total=Count("id"), replies=Count("id", filter=Q(parent__isnull=False))
    )
    contributions = (
        Contribution.objects.for_commune(commune)
        .filter(consultation=consultation, comment__is_hidden=False)
        .aggregate(
            n=Count("id"),
            offline=Count("id", filter=~Q(channel="online")),
            paragraphs=Count("paragraph", distinct=True),
        )
    )
    answers = 0
    if questionnaire is not None:
        answers = Response.objects.for_commune(commune).filter(questionnaire=questionnaire).count()
    paragraph_count = getattr(consultation, "paragraph_count", None)
    if paragraph_count is None:
        paragraph_count = (
            Paragraph.objects.for_commune(commune).filter(consultation=consultation).count()
        )
    return Figures(
        contributors=cell(people),
        contributions=contributions["n"],
        replies=counts["replies"],
        offline=contributions["offline"],
        questionnaire_answers=answers,
        paragraphs_commented=contributions["paragraphs"],
        paragraph_count=paragraph_count,
    )


def questionnaire_of(consultation: Consultation) -> Questionnaire | None:
    return (
        Questionnaire.objects.for_commune(consultation.commune_id)
        .filter(
            owner_type=ContentType.objects.get_for_model(Consultation), owner_id=consultation.pk
        )
        .first()
    )


def points(consultation: Consultation) -> list[ResponsePoint]:
    """The main points and responses, with their paragraph (one query)."""
    return list(
        ResponsePoint.objects.for_commune(consultation.commune_id)
        .filter(consultation=consultation)
        .select_related("paragraph__section")
        .order_by("position", "id")
    )


def consultation_page(consultation: Consultation, *, viewer) -> dict:
    """What the consultation's page shows (a fixed number of queries)."""
    sections = text_structure(consultation)
    paragraph_count = sum(len(section.paragraph_list) for section in sections)
    consultation.paragraph_count = paragraph_count
    stances = stance_counts(consultation)
    totals = comment_totals(consultation)
    for section in sections:
        for paragraph in section.paragraph_list:
            paragraph.stances = stances.get(paragraph.pk, {})
            paragraph.comment_total = totals.get(paragraph.pk, 0)
    phase = consultation.phase
    questionnaire = questionnaire_of(consultation)
    results_public = phase in (Phase.RESULTS, Phase.CLOSED)
    is_following = bool(
        getattr(viewer, "is_authenticated", False)
        and Follower.objects.for_commune(consultation.commune_id)
        .filter(consultation=consultation, user=viewer)
        .exists()
    )
    return {
        "phase": phase,
        "sections": sections,
        "whole_text_stances": stances.get(None, {}),
        "whole_text_total": totals.get(None, 0),
        "attachments": list(
            Attachment.objects.for_commune(consultation.commune_id).filter(
                consultation=consultation
            )
        ),
        "questionnaire": questionnaire,
        "figures": participation_figures(consultation, questionnaire=questionnaire),
        "points": points(consultation) if results_public else [],
        "results_public": results_public,
        "is_following": is_following,
        "accepts_contributions": rules.accepts_contributions(phase),
    }


def contributions_by_comment(comments: list[Comment]) -> dict[int, Contribution]:
    """{comment id: Contribution} for a thread's top-level comments, with the point
    each raises (one query)."""
    ids = [comment.pk for comment in comments]
    if not ids:
        return {}
    commune = comments[0].commune_id
    rows = (
        Contribution.objects.for_commune(commune).filter(comment_id__in=ids).select_related("point")
    )
    return {row.comment_id: row for row in rows}


def discussion(target, *, viewer, results_public: bool) -> list[Comment]:
    """The thread on a paragraph (or on the text as a whole), each top-level comment
    carrying `contribution` (its stance, proposed wording, channel and — once results
    are public — the response to the point it raises). Three queries."""
    comments = comment_thread(target, viewer=viewer)
    contributions = contributions_by_comment(comments)
    for comment in comments:
        comment.contribution = contributions.get(comment.pk)
        comment.response_point = None
        if results_public and comment.contribution and comment.contribution.point_id:
            comment.response_point = comment.contribution.point
    return comments


def paragraph_points(paragraph: Paragraph) -> list[ResponsePoint]:
    return list(
        ResponsePoint.objects.for_commune(paragraph.commune_id)
        .filter(paragraph=paragraph)
        .order_by("position", "id")
    )


def neighbours(consultation: Consultation, paragraph: Paragraph):
    """The paragraphs before and after `paragraph` in reading order (one query)."""
    ordered = list(
        Paragraph.objects.for_commune(consultation.commune_id)
        .filter(consultation=consultation)
        .select_related("section")
        .order_by("section__position", "position", "id")
        .only("id", "position", "section__position", "commune_id", "consultation_id")
    )
    index = next((i for i, p in enumerate(ordered) if p.pk == paragraph.pk), None)
    if index is None:
        return None, None
    previous = ordered[index - 1] if index > 0 else None
    following = ordered[index + 1] if index + 1 < len(ordered) else None
    return previous, following


# --- Staff analysis -------------------------------------------------------------------


def analysis_overview(consultation: Consultation) -> list[dict]:
    """Per paragraph (and the whole text first): contributions by stance (hidden ones
    counted apart), untagged ones, those not yet linked to a main point (3 queries)."""
    sections = text_structure(consultation)
    rows = (
        Contribution.objects.for_commune(consultation.commune_id)
        .filter(consultation=consultation)
        .values("paragraph_id")
        .annotate(
            total=Count("id", distinct=True),
            hidden=Count("id", filter=Q(comment__is_hidden=True), distinct=True),
            agree=Count("id", filter=Q(stance=Stance.AGREE), distinct=True),
            disagree=Count("id", filter=Q(stance=Stance.DISAGREE), distinct=True),
            reword=Count("id", filter=Q(stance=Stance.REWORD), distinct=True),
            comment=Count("id", filter=Q(stance=Stance.COMMENT), distinct=True),
            unlinked=Count("id", filter=Q(point__isnull=True), distinct=True),
        )
        .order_by()
    )
    by_paragraph = {row["paragraph_id"]: row for row in rows}
    empty = {
        "total": 0,
        "hidden": 0,
        "agree": 0,
        "disagree": 0,
        "reword": 0,
        "comment": 0,
        "unlinked": 0,
    }
    overview = [{"paragraph": None, "section": None, **(by_paragraph.get(None) or empty)}]
    for section in sections:
        for paragraph in section.paragraph_list:
            overview.append(
                {
                    "paragraph": paragraph,
                    "section": section,
                    **(by_paragraph.get(paragraph.pk) or empty),
                }
            )
    return overview


def analysis_contributions(consultation: Consultation, *, paragraph=None) -> QuerySet:
    """Contributions on one paragraph (or, `paragraph` None, on the whole text), oldest
    first, with their comment, author, point and tags."""
    commune = consultation.commune_id
    return (
        Contribution.objects.for_commune(commune)
        .filter(consultation=consultation, paragraph=paragraph)
        .select_related("comment__author", "point", "entered_by")
        .prefetch_related("tags")
        .annotate(
            reply_count=Count("comment__replies", distinct=True),
        )
        .order_by("created_at", "id")
    )


# --- Report ---------------------------------------------------------------------------


def report_context(consultation: Consultation) -> dict:
    """Everything the PDF report prints: figures, each paragraph's contributions by
    stance, the main points and responses, the synthesis, the questionnaire's results."""
    from moucharaka.core.questionnaires.selectors import results as questionnaire_results

    sections = text_structure(consultation)
    consultation.paragraph_count = sum(len(section.paragraph_list) for section in sections)
    stances = stance_counts(consultation)
    for section in sections:
        for paragraph in section.paragraph_list:
            paragraph.stances = stances.get(paragraph.pk, {})
            paragraph.total = sum(paragraph.stances.values())
    questionnaire = questionnaire_of(consultation)
    return {
        "consultation": consultation,
        "phase": consultation.phase,
        "sections": sections,
        "whole_text_stances": stances.get(None, {}),
        "figures": participation_figures(consultation, questionnaire=questionnaire),
        "points": points(consultation),
        "questionnaire": questionnaire,
        "questionnaire_results": questionnaire_results(questionnaire) if questionnaire else None,
    }


# --- Export ---------------------------------------------------------------------------


def contribution_rows(*, commune, period=None) -> Iterator[dict]:
    """The manifest's export: public contributions (hidden ones left out), oldest first,
    without personal data — no author, no staff member, only what was said, where and
    how it was gathered, and what the commune made of it."""
    rows = (
        Contribution.objects.for_commune(commune)
        .filter(comment__is_hidden=False)
        .select_related("consultation", "paragraph__section", "comment", "point")
        .prefetch_related("tags")
        .order_by("created_at", "id")
    )
    if period is not None:
        start, end = period
        rows = rows.filter(created_at__gte=start, created_at__lt=end)
    for contribution in rows.iterator(chunk_size=500):
        point = contribution.point
        yield {
            "consultation": contribution.consultation_id,
            "consultation_title": contribution.consultation.title_ar,
            "paragraph": contribution.paragraph.number if contribution.paragraph_id else "",
            "stance": contribution.stance,
            "text": contribution.comment.body,
            "proposed_wording": contribution.proposed_text,
            "channel": contribution.channel,
            "source": contribution.source,
            "date": contribution.created_at.date().isoformat(),
            "tags": ", ".join(tag.name for tag in contribution.tags.all()),
            "main_point": point.summary_ar if point else "",
            "response": point.decision if point else "",
        }


# --- Charter indicators ---------------------------------------------------------------
# compute(*, commune=None, communes=None, period): exactly one of commune / communes;
# period = (start, end) half-open, aware datetimes (manifests.Indicator).


def consultations_held(*, commune=None, communes=None, period) -> int:
    """Charter indicator 3 (consultations held with citizens and associations): public
    consultations that opened in the period. A count of consultations, not of people."""
    start, end = period
    return (
        _scope(commune, communes)
        .filter(published_at__isnull=False, opens_at__gte=start, opens_at__lt=end)
        .count()
    )


def contributors(*, commune=None, communes=None, period) -> Cell:
    """Charter indicator 4 (participating citizens, digital platforms included): people
    who commented on a consultation, replied, or answered its questionnaire in the
    period, online or offline; a ledger Cell, withheld under 5 people."""
    return unique_participants(commune=commune, communes=communes, period=period, module=MODULE)


def _closed_in(commune, communes, period) -> QuerySet[Consultation]:
    """Public consultations whose closing came in the period (and has come)."""
    start, end = period
    return _scope(commune, communes).filter(
        published_at__isnull=False,
        closes_at__gte=start,
        closes_at__lt=min(end, timezone.now()),
    )


def contributions_per_consultation(*, commune=None, communes=None, period) -> float | None:
    """Charter indicator 4 (level of participation): the mean number of contributions
    (comments with a stance, offline ones included, and sets of questionnaire answers)
    per consultation that closed in the period. None when none closed, or when fewer
    than 5 people took part in the module in the period (a small mean would tell what
    a handful of people did)."""
    closed = list(_closed_in(commune, communes, period).values_list("pk", "commune_id"))
    if not closed:
        return None
    if contributors(commune=commune, communes=communes, period=period).suppressed:
        return None
    ids = [pk for pk, _commune in closed]
    communes_ids = {commune_id for _pk, commune_id in closed}
    comments = (
        Contribution.objects.for_communes(communes_ids)
        .filter(consultation_id__in=ids, comment__is_hidden=False)
        .count()
    )
    consultation_type = ContentType.objects.get_for_model(Consultation)
    answers = (
        Response.objects.for_communes(communes_ids)
        .filter(questionnaire__owner_type=consultation_type, questionnaire__owner_id__in=ids)
        .count()
    )
    return round((comments + answers) / len(ids), 1)


def points_answered_share(*, commune=None, communes=None, period) -> float | None:
    """Charter indicator 10 (the commune's response to proposals; seed 001 §12.3: answer
    every proposal publicly): of the main points raised in consultations that closed in
    the period, the share (0–1) that has a published response. None without points."""
    closed = _closed_in(commune, communes, period)
    communes_ids = set(closed.values_list("commune_id", flat=True))
    if not communes_ids:
        return None
    counts = (
        ResponsePoint.objects.for_communes(communes_ids)
        .filter(consultation__in=closed.values("pk"))
        .aggregate(
            total=Count("id"),
            answered=Count(
                "id",
                filter=~Q(decision="") & Q(consultation__results_published_at__isnull=False),
            ),
        )
    )
    if not counts["total"]:
        return None
    return counts["answered"] / counts["total"]
