"""Writes for comments and reports. Views and modules call these, never the ORM directly."""

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.utils import timezone

from moucharaka.core.audit.services import audit_record
from moucharaka.core.comments.models import BODY_MAX_LENGTH, Comment, Report
from moucharaka.core.ledger.models import Channel
from moucharaka.core.ledger.services import participation_record

LEDGER_KIND = "comment_posted"  # shared by every module (registry.SHARED_LEDGER_KINDS)


def _person(actor):
    return actor if getattr(actor, "is_authenticated", False) else None


def _check_same_commune(commune, target) -> None:
    if getattr(target, "commune_id", None) is None or target.commune_id != commune.pk:
        raise ValueError("the object belongs to another commune")


@transaction.atomic
def comment_post(
    *,
    commune,
    author,
    target,
    body: str,
    module: str,
    parent=None,
    ledger_kind: str = LEDGER_KIND,
    channel: str = Channel.ONLINE,
    occurred_at=None,
    demographics: dict | None = None,
) -> Comment:
    """Publish a comment on `target` (or a reply to `parent`) and record it in the ledger.

    `author` is None for a comment staff enter from paper or a workshop; then `channel`
    says how it was gathered, `occurred_at` when (the comment is dated then too) and
    `demographics` what the sheet says of its author (see `participation_record`).
    A module whose comments are its own kind of act records them under its own
    `ledger_kind` (e.g. "consultation_comment") instead of the shared "comment_posted".
    Replies are one level deep: a reply to a reply is attached to the top-level comment
    it answers. Raises ValueError when the target or parent belongs elsewhere or the body
    is empty or too long (forms check the length first, with a friendly message).
    """
    _check_same_commune(commune, target)
    if isinstance(target, Comment):
        raise ValueError("answer a comment with parent=, not as a target")
    body = (body or "").strip()
    if not body:
        raise ValueError("a comment needs a body")
    if len(body) > BODY_MAX_LENGTH:
        raise ValueError(f"a comment has at most {BODY_MAX_LENGTH} characters")
    target_type = ContentType.objects.get_for_model(target)
    parent_id = None
    if parent is not None:
        if (
            parent.commune_id != commune.pk
            or parent.target_type_id != target_type.pk
            or parent.target_id != target.pk
        ):
            raise ValueError("the parent comment is about another object")
        parent_id = parent.parent_id or parent.pk
    comment = Comment.unscoped.create(
        commune=commune,
        target_type=target_type,
        target_id=target.pk,
        author=author,
        body=body,
        parent_id=parent_id,
        module=module,
        **({"created_at": occurred_at} if occurred_at is not None else {}),
    )
    participation_record(
        commune=commune,
        kind=ledger_kind,
        module=module,
        person=author,
        target=comment,
        channel=channel,
        occurred_at=occurred_at,
        demographics=demographics,
    )
    return comment


def _close_open_reports(*, commune_id, target, actor, outcome: str, reason: str) -> int:
    """Settle every open report about `target` with one decision."""
    return (
        Report.objects.for_commune(commune_id)
        .filter(
            target_type=ContentType.objects.get_for_model(target),
            target_id=target.pk,
            handled_at__isnull=True,
        )
        .update(
            handled_at=timezone.now(),
            handled_by=_person(actor),
            outcome=outcome,
            outcome_reason=reason,
        )
    )


@transaction.atomic
def comment_hide(*, comment: Comment, actor, reason: str) -> Comment:
    """Hide a comment from the public. Its author still sees it, with `reason`.

    Every open report about the comment is settled as "hidden" by the same decision.
    """
    reason = (reason or "").strip()
    if not reason:
        raise ValueError("a reason is required to hide a comment")
    comment.is_hidden = True
    comment.hidden_reason = reason
    comment.hidden_by = _person(actor)
    comment.hidden_at = timezone.now()
    comment.save(update_fields=["is_hidden", "hidden_reason", "hidden_by", "hidden_at"])
    _close_open_reports(
        commune_id=comment.commune_id,
        target=comment,
        actor=actor,
        outcome=Report.Outcome.HIDDEN,
        reason=reason,
    )
    audit_record(
        commune=comment.commune,
        actor=actor,
        action="comment.hide",
        target=comment,
        data={"reason": reason},
    )
    return comment


@transaction.atomic
def comment_unhide(*, comment: Comment, actor) -> Comment:
    previous_reason = comment.hidden_reason
    comment.is_hidden = False
    comment.hidden_reason = ""
    comment.hidden_by = None
    comment.hidden_at = None
    comment.save(update_fields=["is_hidden", "hidden_reason", "hidden_by", "hidden_at"])
    audit_record(
        commune=comment.commune,
        actor=actor,
        action="comment.unhide",
        target=comment,
        data={"previous_reason": previous_reason},
    )
    return comment


def report_create(*, commune, reporter, target, reason: str, details: str = "") -> Report:
    """Ask the moderators to look at `target` (a comment or an opted-in object).

    Idempotent: while the reporter's report about the target is open, it is returned
    unchanged instead of creating another.
    """
    _check_same_commune(commune, target)
    if reason not in Report.Reason.values:
        raise ValueError(f"unknown reason {reason!r}")
    target_type = ContentType.objects.get_for_model(target)
    open_reports = Report.objects.for_commune(commune).filter(
        reporter=reporter, target_type=target_type, target_id=target.pk, handled_at__isnull=True
    )
    existing = open_reports.first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return Report.unscoped.create(
                commune=commune,
                reporter=reporter,
                target_type=target_type,
                target_id=target.pk,
                reason=reason,
                details=(details or "").strip(),
            )
    except IntegrityError:  # the same person reported it twice at the same moment
        return open_reports.get()


@transaction.atomic
def report_handle(*, report: Report, actor, outcome: str, reason: str = "") -> Report:
    """A moderator's decision on an open report: hide the target, or dismiss the report.

    Hiding a comment goes through `comment_hide` (which settles every open report about
    it); another object is hidden through its model's `moderation_hide(*, actor, reason)`
    hook, and ValueError is raised when it has none. A reason is required to hide.
    """
    if outcome not in Report.Outcome.values:
        raise ValueError(f"unknown outcome {outcome!r}")
    reason = (reason or "").strip()
    report = Report.objects.for_commune(report.commune_id).select_for_update().get(pk=report.pk)
    if not report.is_open:
        raise ValueError("this report was already handled")
    if outcome == Report.Outcome.HIDDEN:
        if not reason:
            raise ValueError("a reason is required to hide")
        target = report.target
        if isinstance(target, Comment):
            comment_hide(comment=target, actor=actor, reason=reason)
        elif target is not None and callable(getattr(target, "moderation_hide", None)):
            target.moderation_hide(actor=actor, reason=reason)
            _close_open_reports(
                commune_id=report.commune_id,
                target=target,
                actor=actor,
                outcome=outcome,
                reason=reason,
            )
        else:
            raise ValueError("this object cannot be hidden from the moderation queue")
    report.handled_at = timezone.now()
    report.handled_by = _person(actor)
    report.outcome = outcome
    report.outcome_reason = reason
    report.save(update_fields=["handled_at", "handled_by", "outcome", "outcome_reason"])
    audit_record(
        commune=report.commune,
        actor=actor,
        action="report.handle",
        target=report,
        data={"outcome": outcome, "reason": reason},
    )
    return report


def report_can_hide(report: Report) -> bool:
    """Whether `report_handle(outcome="hidden")` can act on the report's target."""
    target = report.target
    return isinstance(target, Comment) or callable(getattr(target, "moderation_hide", None))
