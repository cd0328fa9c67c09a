"""Reads for comments and reports; every query is bounded, whatever the thread's size."""

from collections.abc import Iterable

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, Prefetch, QuerySet

from moucharaka.core.comments.models import Comment, Report


def _comments_about(target) -> QuerySet[Comment]:
    return Comment.objects.for_commune(target.commune_id).filter(
        target_type=ContentType.objects.get_for_model(target), target_id=target.pk
    )


def _mark_for_viewer(comment: Comment, viewer_id) -> None:
    comment.is_own = viewer_id is not None and comment.author_id == viewer_id
    # The author still sees their hidden comment (with the reason); others do not.
    comment.shows_body = not comment.is_hidden or comment.is_own


def comment_thread(target, *, viewer=None) -> list[Comment]:
    """Top-level comments on `target`, oldest first, each with `replies.all()` prefetched.

    Two queries whatever the number of comments (authors are joined). Every comment and
    reply carries `is_own` (written by `viewer`) and `shows_body` (False for a hidden
    comment the viewer did not write: templates then say it was hidden).
    """
    viewer_id = viewer.pk if getattr(viewer, "is_authenticated", False) else None
    replies = (
        Comment.objects.for_commune(target.commune_id)
        .select_related("author")
        .order_by("created_at", "id")
    )
    comments = list(
        _comments_about(target)
        .filter(parent__isnull=True)
        .select_related("author")
        .prefetch_related(Prefetch("replies", queryset=replies))
        .order_by("created_at", "id")
    )
    for comment in comments:
        _mark_for_viewer(comment, viewer_id)
        for reply in comment.replies.all():
            _mark_for_viewer(reply, viewer_id)
    return comments


def comment_count(target) -> int:
    """Comments and replies on `target` that the public sees (hidden ones excluded)."""
    return _comments_about(target).filter(is_hidden=False).count()


def comment_counts(targets: Iterable) -> dict[int, int]:
    """`{target pk: public comment count}` for objects of one model in one commune, in
    one query (for list pages). Objects without comments are absent from the result."""
    targets = list(targets)
    if not targets:
        return {}
    communes = {target.commune_id for target in targets}
    rows = (
        Comment.objects.for_communes(communes)
        .filter(
            target_type=ContentType.objects.get_for_model(targets[0]),
            target_id__in=[target.pk for target in targets],
            is_hidden=False,
        )
        .values("target_id")
        .annotate(n=Count("id"))
        .order_by()
    )
    return {row["target_id"]: row["n"] for row in rows}


def open_reports(communes) -> QuerySet[Report]:
    """Reports still waiting for a moderator in these communes, oldest first."""
    return (
        Report.objects.for_communes(communes)
        .filter(handled_at__isnull=True)
        .select_related("reporter", "target_type", "commune")
        .order_by("created_at", "id")
    )


def moderation_queue(communes) -> QuerySet[Report]:
    """Every report of these communes: open ones first (oldest first), then the others
    (most recently handled first)."""
    return (
        Report.objects.for_communes(communes)
        .select_related("reporter", "target_type", "commune", "handled_by")
        .order_by(F("handled_at").desc(nulls_first=True), "created_at", "id")
    )
