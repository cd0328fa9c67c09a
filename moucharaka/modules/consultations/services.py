"""Writes of digital consultations.

Every function is `<entity>_<action>(*, …)`, keyword-only, and runs in one transaction:
the act, its ledger row (people's contributions: "consultation_comment") or its audit
entry (staff actions), and the notifications (whose e-mails leave once the transaction
commits). Rules live in rules.py; a broken rule raises ValidationError, an object of
another commune ValueError.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from moucharaka.core.audit.services import audit_record
from moucharaka.core.comments.models import Comment
from moucharaka.core.comments.services import comment_hide, comment_post, comment_unhide
from moucharaka.core.notifications.services import publish
from moucharaka.core.questionnaires.services import OFFLINE_CHANNELS
from moucharaka.modules.consultations import rules, splitting
from moucharaka.modules.consultations.models import (
    Attachment,
    Consultation,
    Contribution,
    Follower,
    Paragraph,
    Phase,
    ResponsePoint,
    Tag,
    TextSection,
)

MODULE = "consultations"
COMMENTED = "consultation_comment"


def _check_commune(commune, *objects) -> None:
    for obj in objects:
        if obj is not None and obj.commune_id != commune.pk:
            raise ValueError(f"{obj._meta.verbose_name} {obj.pk} belongs to another commune")


def _check_paragraph(consultation: Consultation, paragraph: Paragraph | None) -> None:
    if paragraph is not None and paragraph.consultation_id != consultation.pk:
        raise ValueError("the paragraph belongs to another consultation")


def _contribution(comment, consultation, paragraph, stance, proposed_text, **extra):
    """The Contribution of a top-level comment: its stance and, for a rewording, the
    wording proposed."""
    return Contribution.unscoped.create(
        commune_id=consultation.commune_id,
        comment=comment,
        consultation=consultation,
        paragraph=paragraph,
        stance=stance,
        proposed_text=(proposed_text or "").strip() if stance == Contribution.Stance.REWORD else "",
        **extra,
    )


def _locked(consultation: Consultation) -> Consultation:
    """The consultation's row, locked until the transaction ends (PostgreSQL)."""
    return (
        Consultation.objects.for_commune(consultation.commune_id)
        .select_for_update()
        .select_related("commune")
        .get(pk=consultation.pk)
    )


def _copy(source: Consultation, target: Consultation, *fields: str) -> Consultation:
    """Give the caller's object the values the service saved on the locked row."""
    for name in fields:
        setattr(target, name, getattr(source, name))
    return target


def _audit(consultation, actor, action: str, target=None, **data) -> None:
    audit_record(
        commune=consultation.commune,
        actor=actor,
        action=f"consultation.{action}",
        target=target or consultation,
        data=data,
    )


# --- Preparing ------------------------------------------------------------------------


@transaction.atomic
def consultation_text_replace(
    *,
    consultation: Consultation,
    actor,
    sections: list[splitting.ParsedSection],
    sections_fr: list[splitting.ParsedSection] | None = None,
) -> int:
    """Replace the draft text by these sections (and their French translation, with the
    same shape). Returns the number of paragraphs. Refused once people have commented."""
    consultation = _locked(consultation)
    commune = consultation.commune
    has_contributions = (
        Contribution.objects.for_commune(commune).filter(consultation=consultation).exists()
    )
    if not rules.may_edit_text(consultation.phase, has_contributions=has_contributions):
        raise ValidationError(
            _("The text can no longer change: the consultation has opened or has comments.")
        )
    splitting.check_split(sections)
    if sections_fr:
        splitting.check_same_shape(sections, sections_fr)
    Paragraph.objects.for_commune(commune).filter(consultation=consultation).delete()
    TextSection.objects.for_commune(commune).filter(consultation=consultation).delete()
    count = 0
    for index, parsed in enumerate(sections):
        french = sections_fr[index] if sections_fr else None
        section = TextSection.unscoped.create(
            commune=commune,
            consultation=consultation,
            position=index + 1,
            heading_ar=parsed.heading[:300],
            heading_fr=(french.heading if french else "")[:300],
        )
        Paragraph.objects.bulk_create(
            Paragraph(
                commune=commune,
                consultation=consultation,
                section=section,
                position=number,
                text_ar=text,
                text_fr=french.paragraphs[number - 1] if french else "",
            )
            for number, text in enumerate(parsed.paragraphs, start=1)
        )
        count += len(parsed.paragraphs)
    _audit(consultation, actor, "text_replace", paragraphs=count, sections=len(sections))
    return count


def consultation_dates_check(*, consultation: Consultation, opens_at, closes_at) -> None:
    """Validate new dates for a consultation (the staff form calls it before saving)."""
    rules.check_dates(opens_at, closes_at)
    if consultation.pk:
        current = Consultation.objects.for_commune(consultation.commune_id).get(pk=consultation.pk)
        phase = current.phase
        rules.check_date_change(phase, old=current.opens_at, new=opens_at, field="opens_at")
        rules.check_date_change(phase, old=current.closes_at, new=closes_at, field="closes_at")


@transaction.atomic
def consultation_announce(*, consultation: Consultation, actor) -> Consultation:
    """Make the consultation public (announced, or open at once if its opening date has
    passed); followers are told of the opening when it comes."""
    original, consultation = consultation, _locked(consultation)
    paragraphs = Paragraph.objects.for_commune(consultation.commune).filter(
        consultation=consultation
    )
    if not rules.may_announce(consultation.phase, paragraph_count=paragraphs.count()):
        raise ValidationError(_("Only a consultation in preparation, with its text, is announced."))
    consultation.published_at = timezone.now()
    consultation.save(update_fields=["published_at"])
    _audit(consultation, actor, "announce")
    consultation_sync(consultation=consultation)
    return _copy(
        consultation, original, "published_at", "opening_notified_at", "closing_notified_at"
    )


@transaction.atomic
def consultation_close_early(*, consultation: Consultation, actor) -> Consultation:
    original, consultation = consultation, _locked(consultation)
    if not rules.may_close_early(consultation.phase):
        raise ValidationError(_("Only an open consultation can be closed early."))
    previous = consultation.closes_at
    consultation.closes_at = timezone.now()
    consultation.save(update_fields=["closes_at"])
    _audit(consultation, actor, "close_early", planned=previous.isoformat())
    consultation_sync(consultation=consultation)
    return _copy(consultation, original, "closes_at", "closing_notified_at")


@transaction.atomic
def attachment_add(*, consultation: Consultation, actor, title: str, upload) -> Attachment:
    attachment = Attachment(
        commune=consultation.commune,
        consultation=consultation,
        title=title.strip(),
        size=getattr(upload, "size", 0) or 0,
    )
    attachment.file.save(upload.name, upload, save=False)
    attachment.save()
    _audit(consultation, actor, "attachment_add", title=attachment.title)
    return attachment


@transaction.atomic
def attachment_delete(*, attachment: Attachment, actor) -> None:
    consultation = attachment.consultation
    _audit(consultation, actor, "attachment_delete", title=attachment.title)
    attachment.file.delete(save=False)
    attachment.delete()


# --- Notifications --------------------------------------------------------------------


def followers(consultation: Consultation) -> list:
    rows = Follower.objects.for_commune(consultation.commune_id).filter(consultation=consultation)
    return list(get_user_model().objects.filter(pk__in=rows.values("user_id"), is_active=True))


def _notify(consultation: Consultation, event: str, title, body) -> None:
    people = followers(consultation)
    if not people:
        return
    # Notifications are in Arabic, the commune's working language (DESIGN §8).
    with translation.override(settings.LANGUAGE_CODE):
        publish(
            commune=consultation.commune,
            event=event,
            recipients=people,
            title=str(title()) % {"title": consultation.title_ar},
            body=str(body()),
            url=consultation.get_absolute_url(),
        )


def _claim(consultation: Consultation, field: str, now: datetime) -> bool:
    """Mark a notification as sent, once: a conditional update that only one request or
    task can win, however many run at the same moment."""
    claimed = (
        Consultation.objects.for_commune(consultation.commune_id)
        .filter(pk=consultation.pk, **{f"{field}__isnull": True})
        .update(**{field: now})
    )
    if claimed:
        setattr(consultation, field, now)
    return bool(claimed)


@transaction.atomic
def consultation_sync(*, consultation: Consultation, now: datetime | None = None) -> list[str]:
    """Send what the dates make due: the opening and the closing, each once (issue 5:
    "followers get the opening, closing and results"). Called by the periodic task
    (tasks.py) and when a consultation's page is viewed, whichever comes first; returns
    the events sent."""
    now = now or timezone.now()
    if consultation.published_at is None:
        return []
    sent = []
    if now >= consultation.opens_at and _claim(consultation, "opening_notified_at", now):
        if now < consultation.closes_at:
            _notify(
                consultation,
                "consultation_opened",
                lambda: _("The consultation “%(title)s” is open"),
                lambda: (
                    _(
                        "You can read the draft, comment on it paragraph by paragraph and "
                        "answer the questionnaire until %(date)s."
                    )
                    % {
                        "date": timezone.localtime(consultation.closes_at).strftime(
                            "%Y-%m-%d %H:%M"
                        )
                    }
                ),
            )
            sent.append("opened")
    if now >= consultation.closes_at and _claim(consultation, "closing_notified_at", now):
        _notify(
            consultation,
            "consultation_closed",
            lambda: _("The consultation “%(title)s” has closed"),
            lambda: _(
                "Thank you for taking part. The commune is analysing the contributions and "
                "will publish what it heard and its response to each main point."
            ),
        )
        sent.append("closed")
    return sent


def consultations_sync_due(now: datetime | None = None) -> int:
    """The periodic task: every consultation whose opening or closing is due and not yet
    announced to its followers, across communes. Returns how many were handled."""
    from django.db.models import Q

    now = now or timezone.now()
    due = (
        Consultation.objects.across_communes()
        .filter(published_at__isnull=False)
        .filter(
            Q(opens_at__lte=now, opening_notified_at__isnull=True)
            | Q(closes_at__lte=now, closing_notified_at__isnull=True)
        )
        .select_related("commune")
    )
    handled = 0
    for consultation in due.iterator(chunk_size=100):
        consultation_sync(consultation=consultation, now=now)
        handled += 1
    return handled


# --- Following ------------------------------------------------------------------------


def follower_add(*, consultation: Consultation, user) -> bool:
    """Follow the consultation; False when already following."""
    try:
        with transaction.atomic():
            Follower.unscoped.create(
                commune_id=consultation.commune_id, consultation=consultation, user=user
            )
    except IntegrityError:
        return False
    return True


def follower_remove(*, consultation: Consultation, user) -> None:
    Follower.objects.for_commune(consultation.commune_id).filter(
        consultation=consultation, user=user
    ).delete()


# --- Contributing ---------------------------------------------------------------------


@transaction.atomic
def contribution_post(
    *,
    commune,
    consultation: Consultation,
    author,
    body: str,
    stance: str = Contribution.Stance.COMMENT,
    paragraph: Paragraph | None = None,
    proposed_text: str = "",
    parent: Comment | None = None,
) -> Comment:
    """A signed-in person's comment on a paragraph (or, `paragraph` None, on the text as
    a whole) with its stance, or a reply to another comment (`parent`; no stance).
    Recorded in the ledger as "consultation_comment"; the author then follows the
    consultation. Only while it is open."""
    _check_commune(commune, consultation, paragraph, parent)
    if parent is not None:  # a reply is about what the comment it answers is about
        paragraph = parent.target if isinstance(parent.target, Paragraph) else None
        if parent.target is None or (paragraph is None and parent.target != consultation):
            raise ValueError("the comment answered is about another consultation")
    _check_paragraph(consultation, paragraph)
    if not rules.accepts_contributions(consultation.phase):
        raise ValidationError(_("This consultation does not take contributions now."))
    target = paragraph or consultation
    if parent is None:
        rules.check_stance(stance, paragraph=paragraph, proposed_text=proposed_text)
    comment = comment_post(
        commune=commune,
        author=author,
        target=target,
        body=body,
        module=MODULE,
        parent=parent,
        ledger_kind=COMMENTED,
    )
    if parent is None:
        _contribution(
            comment, consultation, paragraph, stance, proposed_text, created_at=comment.created_at
        )
    follower_add(consultation=consultation, user=author)
    return comment


@transaction.atomic
def contribution_enter(
    *,
    commune,
    consultation: Consultation,
    actor,
    body: str,
    stance: str,
    channel: str,
    source: str,
    occurred_at: datetime,
    paragraph: Paragraph | None = None,
    proposed_text: str = "",
    demographics: Mapping | None = None,
) -> Contribution:
    """A contribution gathered in a workshop, on a paper form or by phone, entered by
    staff with its channel, where and when (e.g. the Larache workshop of 7 December
    2023, seed 000); what the sheet says of its author goes to the ledger only."""
    _check_commune(commune, consultation, paragraph)
    _check_paragraph(consultation, paragraph)
    if channel not in OFFLINE_CHANNELS:
        raise ValidationError({"channel": _("Choose how it was gathered.")})
    if not rules.may_enter_offline(consultation.phase):
        raise ValidationError(
            _(
                "Contributions gathered offline are entered while the consultation runs "
                "or is analysed."
            )
        )
    if occurred_at > timezone.now():
        raise ValidationError({"occurred_on": _("This date is in the future.")})
    rules.check_stance(stance, paragraph=paragraph, proposed_text=proposed_text)
    demographics = {k: v for k, v in (demographics or {}).items() if v not in (None, "")}
    comment = comment_post(
        commune=commune,
        author=None,
        target=paragraph or consultation,
        body=body,
        module=MODULE,
        ledger_kind=COMMENTED,
        channel=channel,
        occurred_at=occurred_at,
        demographics=demographics or None,
    )
    contribution = _contribution(
        comment,
        consultation,
        paragraph,
        stance,
        proposed_text,
        channel=channel,
        source=source.strip(),
        entered_by=actor,
        created_at=occurred_at,
    )
    _audit(consultation, actor, "contribution_enter", contribution, channel=channel, source=source)
    return contribution


# --- Analysing ------------------------------------------------------------------------


@transaction.atomic
def contribution_classify(
    *,
    contribution: Contribution,
    actor,
    tags: Iterable[str] = (),
    point: ResponsePoint | None = None,
) -> Contribution:
    """Tag a contribution (tags are made as needed, per consultation) and link it to
    the main point it raises."""
    consultation = contribution.consultation
    if not rules.may_analyse(consultation.phase):
        raise ValidationError(_("Contributions are analysed once the consultation has opened."))
    if point is not None and point.consultation_id != consultation.pk:
        raise ValueError("the point belongs to another consultation")
    names = sorted({" ".join(name.split())[:80] for name in tags if name and name.strip()})
    tag_objects = []
    for name in names:
        tag, _created = Tag.unscoped.get_or_create(
            commune_id=consultation.commune_id, consultation=consultation, name=name
        )
        tag_objects.append(tag)
    contribution.tags.set(tag_objects)
    contribution.point = point
    contribution.save(update_fields=["point"])
    _audit(
        consultation,
        actor,
        "contribution_classify",
        contribution,
        tags=names,
        point=point.pk if point else None,
    )
    return contribution


def contribution_hide(*, contribution: Contribution, actor, reason: str) -> None:
    """Moderation: the core comments hide it (its author still sees it, with the reason)."""
    comment_hide(comment=contribution.comment, actor=actor, reason=reason)


def contribution_unhide(*, contribution: Contribution, actor) -> None:
    comment_unhide(comment=contribution.comment, actor=actor)


@transaction.atomic
def point_save(
    *,
    consultation: Consultation,
    actor,
    summary_ar: str,
    summary_fr: str = "",
    paragraph: Paragraph | None = None,
    decision: str = "",
    change_ar: str = "",
    change_fr: str = "",
    reason_ar: str = "",
    reason_fr: str = "",
    position: int | None = None,
    point: ResponsePoint | None = None,
) -> ResponsePoint:
    """A main point people raised (and, once decided, the commune's response)."""
    _check_commune(consultation.commune, paragraph, point)
    _check_paragraph(consultation, paragraph)
    if point is not None and point.consultation_id != consultation.pk:
        raise ValueError("the point belongs to another consultation")
    if consultation.phase == Phase.DRAFT:
        raise ValidationError(_("Main points come from contributions: wait for the opening."))
    if not (summary_ar or "").strip():
        raise ValidationError({"summary_ar": _("Say what the point is, in Arabic.")})
    rules.check_response(decision, change=change_ar, reason=reason_ar)
    if point is None:
        count = ResponsePoint.objects.for_commune(consultation.commune).filter(
            consultation=consultation
        )
        point = ResponsePoint(
            commune=consultation.commune,
            consultation=consultation,
            position=count.count() + 1,
        )
    was_decided = point.decision
    point.paragraph = paragraph
    point.summary_ar, point.summary_fr = summary_ar.strip(), summary_fr.strip()
    point.decision = decision
    taken = decision in (ResponsePoint.Decision.ACCEPTED, ResponsePoint.Decision.PARTLY)
    not_taken = decision in (ResponsePoint.Decision.REJECTED, ResponsePoint.Decision.PARTLY)
    point.change_ar = change_ar.strip() if taken else ""
    point.change_fr = change_fr.strip() if taken else ""
    point.reason_ar = reason_ar.strip() if not_taken else ""
    point.reason_fr = reason_fr.strip() if not_taken else ""
    if position is not None:
        point.position = position
    if decision and (decision != was_decided or point.answered_at is None):
        point.answered_at = timezone.now()
        point.answered_by = actor if getattr(actor, "is_authenticated", False) else None
    if not decision:
        point.answered_at, point.answered_by = None, None
    point.save()
    _audit(consultation, actor, "point_save", point, decision=decision)
    return point


@transaction.atomic
def point_delete(*, point: ResponsePoint, actor) -> None:
    consultation = point.consultation
    if consultation.phase in (Phase.RESULTS, Phase.CLOSED):
        raise ValidationError(_("The results are published: their points stay."))
    _audit(consultation, actor, "point_delete", summary=point.summary_ar[:200])
    point.delete()


@transaction.atomic
def synthesis_save(*, consultation: Consultation, actor, synthesis_ar: str, synthesis_fr: str = ""):
    original, consultation = consultation, _locked(consultation)
    consultation.synthesis_ar = synthesis_ar.strip()
    consultation.synthesis_fr = synthesis_fr.strip()
    consultation.save(update_fields=["synthesis_ar", "synthesis_fr"])
    _audit(consultation, actor, "synthesis_save")
    return _copy(consultation, original, "synthesis_ar", "synthesis_fr")


@transaction.atomic
def consultation_results_publish(*, consultation: Consultation, actor) -> Consultation:
    """Publish the synthesis and every response (rules.check_results), and tell the
    followers, once."""
    original, consultation = consultation, _locked(consultation)
    points = list(
        ResponsePoint.objects.for_commune(consultation.commune).filter(consultation=consultation)
    )
    rules.check_results(consultation.phase, synthesis=consultation.synthesis_ar, points=points)
    now = timezone.now()
    consultation.results_published_at = now
    consultation.save(update_fields=["results_published_at"])
    _audit(consultation, actor, "results_publish", points=len(points))
    if _claim(consultation, "results_notified_at", now):
        _notify(
            consultation,
            "consultation_results",
            lambda: _("What we heard: the results of the consultation “%(title)s”"),
            lambda: _(
                "The commune has published the synthesis of the contributions and its "
                "response to each main point: taken into account, with the change it made, "
                "or not, with the reason."
            ),
        )
    return _copy(consultation, original, "results_published_at", "results_notified_at")


@transaction.atomic
def consultation_close(*, consultation: Consultation, actor) -> Consultation:
    original, consultation = consultation, _locked(consultation)
    if not rules.may_close(consultation.phase):
        raise ValidationError(_("A consultation is closed once its results are published."))
    consultation.closed_at = timezone.now()
    consultation.save(update_fields=["closed_at"])
    _audit(consultation, actor, "close")
    return _copy(consultation, original, "closed_at")


def tag_names(consultation: Consultation) -> list[str]:
    return list(
        Tag.objects.for_commune(consultation.commune_id)
        .filter(consultation=consultation)
        .values_list("name", flat=True)
    )
