"""Writes of the suggestions space.

Every function is `<entity>_<action>(*, commune, ...)`, keyword-only, and runs in one
transaction: the act itself, its row in the participation ledger (citizens' acts) or the
audit trail (staff actions), and the notifications, whose e-mails leave only once the
transaction commits. Business rules live in `rules.py`; a broken rule raises
`ValidationError`, an object of another commune `ValueError`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from moucharaka.core.audit.services import audit_record
from moucharaka.core.ledger.models import Channel
from moucharaka.core.ledger.services import participation_record
from moucharaka.core.notifications.services import publish
from moucharaka.core.photos.images import prepare_photo
from moucharaka.modules.suggestions import rules
from moucharaka.modules.suggestions.models import (
    AnswerRating,
    StatusChange,
    Suggestion,
    SuggestionPhoto,
    Support,
)

MODULE = "suggestions"
SUBMITTED = "suggestion_submitted"
SUPPORTED = "suggestion_supported"

Status = Suggestion.Status


def _check_commune(commune, *objects) -> None:
    for obj in objects:
        if obj is not None and obj.commune_id != commune.pk:
            raise ValueError(f"{obj._meta.verbose_name} {obj.pk} belongs to another commune")


def _locked(commune, suggestion: Suggestion) -> Suggestion:
    """The suggestion's row, locked until the transaction ends (PostgreSQL), so two staff
    members acting at once apply their changes one after the other."""
    _check_commune(commune, suggestion)
    return Suggestion.objects.for_commune(commune).select_for_update().get(pk=suggestion.pk)


def _followers(suggestion: Suggestion) -> list:
    """Who hears about a suggestion's progress: its author and the people who supported
    it (supporting is asking to know what becomes of it)."""
    supporters = Support.objects.for_commune(suggestion.commune_id).filter(suggestion=suggestion)
    people = list(
        get_user_model().objects.filter(pk__in=supporters.values("user_id"), is_active=True)
    )
    if suggestion.author_id:
        people.insert(0, suggestion.author)
    return people


def _notify(*, suggestion: Suggestion, event: str, recipients: list, title: str, body: str):
    """Notify in the language the suggestion was written in (Arabic for offline ones)."""
    if not recipients:
        return
    with translation.override(suggestion.language or settings.LANGUAGE_CODE):
        publish(
            commune=suggestion.commune,
            event=event,
            recipients=recipients,
            title=str(title()),
            body=str(body()),
            url=suggestion.get_absolute_url(),
        )


@transaction.atomic
def suggestion_submit(
    *,
    commune,
    title: str,
    body: str,
    kind: str = Suggestion.Kind.SUGGESTION,
    category=None,
    district=None,
    latitude=None,
    longitude=None,
    author=None,
    channel: str = Channel.ONLINE,
    citizen_name: str = "",
    entered_by=None,
    photos: Sequence = (),
    language: str = "",
    received_at: datetime | None = None,
) -> Suggestion:
    """A suggestion submitted online by a signed-in `author`, or entered by staff
    (`entered_by`) from paper, a phone call or the desk, with its `channel` and, if
    the citizen gave it, their name (kept internal). `photos` are uploaded files: each is
    checked and re-encoded without metadata. `received_at` is when the commune received
    it (a paper form entered later); it defaults to now."""
    rules.check_submission(author=author, channel=channel, entered_by=entered_by)
    rules.check_location(latitude, longitude)
    _check_commune(commune, category)
    if district is not None and district.commune_id != commune.pk:
        raise ValueError("the district belongs to another commune")
    if len(photos) > rules.MAX_PHOTOS:
        raise ValidationError({"photos": _("At most %(n)s photos.") % {"n": rules.MAX_PHOTOS}})
    now = timezone.now()
    received_at = received_at or now
    if received_at > now:
        raise ValidationError({"received_at": _("This date is in the future.")})
    # Before writing anything.
    prepared = [prepare_photo(upload, max_bytes=rules.MAX_PHOTO_BYTES) for upload in photos]

    suggestion = Suggestion(
        commune=commune,
        kind=kind,
        title=title.strip(),
        body=body.strip(),
        category=category,
        district=district,
        latitude=latitude,
        longitude=longitude,
        author=author,
        citizen_name=citizen_name.strip(),
        channel=channel,
        entered_by=entered_by,
        language=language or translation.get_language() or settings.LANGUAGE_CODE,
        created_at=received_at,
    )
    # Lengths and choices; the relations were checked above.
    suggestion.full_clean(
        exclude=["commune", "category", "district", "author", "entered_by", "title_normalized"],
        validate_unique=False,
        validate_constraints=False,
    )
    suggestion.save()
    StatusChange.unscoped.create(
        commune=commune,
        suggestion=suggestion,
        from_status="",
        to_status=Status.RECEIVED,
        by=entered_by or author,
        at=received_at,
    )
    for content in prepared:
        photo = SuggestionPhoto(commune=commune, suggestion=suggestion)
        photo.image.save(content.name, content, save=True)
    participation_record(
        commune=commune,
        kind=SUBMITTED,
        module=MODULE,
        person=author,
        target=suggestion,
        channel=channel,
        occurred_at=received_at,
    )
    if entered_by is not None:
        audit_record(
            commune=commune,
            actor=entered_by,
            action="suggestion.enter",
            target=suggestion,
            data={"channel": channel},
        )
    return suggestion


def suggestion_support(*, commune, suggestion: Suggestion, user) -> bool:
    """+1 from `user`, once: True if it counted, False if they had already supported it
    (also when a concurrent request of theirs got there first: the unique constraint
    decides, and the counter moves only with the row that was really inserted)."""
    _check_commune(commune, suggestion)
    if not rules.may_support(suggestion, user):
        raise ValidationError(_("You cannot support this suggestion."))
    try:
        with transaction.atomic():
            Support.unscoped.create(commune=commune, suggestion=suggestion, user=user)
            Suggestion.objects.for_commune(commune).filter(pk=suggestion.pk).update(
                supports_count=F("supports_count") + 1
            )
            participation_record(
                commune=commune, kind=SUPPORTED, module=MODULE, person=user, target=suggestion
            )
    except IntegrityError:
        return False
    suggestion.refresh_from_db(fields=["supports_count"])
    return True


@transaction.atomic
def suggestion_transition(
    *, commune, suggestion: Suggestion, actor, to_status: str, note: str = "", notify: bool = True
) -> Suggestion:
    """Move a suggestion along the workflow (rules.ALLOWED_TRANSITIONS), except to
    "answered", which takes an answer: `suggestion_answer`. `notify=False` is for
    back-entering history (the demo seeder, imports): nobody is told."""
    suggestion = _locked(commune, suggestion)
    if to_status == Status.ANSWERED:
        raise ValidationError({"status": _("Answering takes the answer form.")})
    rules.check_transition(suggestion, to_status)
    from_status = suggestion.status
    suggestion.status = to_status
    suggestion.save(update_fields=["status", "updated_at"])
    _history(suggestion, from_status, actor, note)
    audit_record(
        commune=commune,
        actor=actor,
        action="suggestion.transition",
        target=suggestion,
        data={"from": from_status, "to": to_status, "note": note},
    )
    if notify:
        _notify(
            suggestion=suggestion,
            event="suggestions.status_changed",
            recipients=_followers(suggestion),
            title=lambda: (
                _("Suggestion “%(title)s”: %(status)s")
                % {"title": suggestion.title, "status": suggestion.get_status_display()}
            ),
            body=lambda: (
                _("The commune changed the status of the suggestion to “%(status)s”.")
                % {"status": suggestion.get_status_display()}
                + (f"\n\n{note}" if note else "")
            ),
        )
    return suggestion


@transaction.atomic
def suggestion_answer(
    *,
    commune,
    suggestion: Suggestion,
    actor,
    answer_kind: str,
    answer: str,
    reason: str = "",
    note: str = "",
    notify: bool = True,
) -> Suggestion:
    """Publish the commune's official answer (seed 001 §12.3), or amend it. The first
    answer's date is kept: it is the one the answer delay is measured to. `notify` as in
    `suggestion_transition`."""
    suggestion = _locked(commune, suggestion)
    rules.check_answer(answer_kind=answer_kind, answer=answer, reason=reason)
    from_status = suggestion.status
    suggestion.answer_kind = answer_kind
    suggestion.answer = answer.strip()
    suggestion.answer_reason = (reason or "").strip()
    rules.check_transition(suggestion, Status.ANSWERED)
    suggestion.status = Status.ANSWERED
    if suggestion.answered_at is None:
        suggestion.answered_at = timezone.now()
        suggestion.answered_by = actor if getattr(actor, "is_authenticated", False) else None
    suggestion.save()
    _history(suggestion, from_status, actor, note)
    audit_record(
        commune=commune,
        actor=actor,
        action="suggestion.answer",
        target=suggestion,
        data={"answer_kind": answer_kind, "amended": from_status == Status.ANSWERED},
    )
    if notify:
        _notify(
            suggestion=suggestion,
            event="suggestions.answered",
            recipients=_followers(suggestion),
            title=lambda: _("The commune answered “%(title)s”") % {"title": suggestion.title},
            body=lambda: f"{suggestion.get_answer_kind_display()}\n\n{suggestion.answer}",
        )
    return suggestion


def _history(suggestion: Suggestion, from_status: str, actor, note: str) -> StatusChange:
    return StatusChange.unscoped.create(
        commune_id=suggestion.commune_id,
        suggestion=suggestion,
        from_status=from_status,
        to_status=suggestion.status,
        by=actor if getattr(actor, "is_authenticated", False) else None,
        note=(note or "").strip(),
    )


@transaction.atomic
def suggestion_assign(
    *, commune, suggestion: Suggestion, actor, assigned_service, category, district
) -> Suggestion:
    """Triage: assign the suggestion to a service of the commune, or correct its category
    or district. Audited with what changed; nothing is recorded when nothing changed."""
    suggestion = _locked(commune, suggestion)
    _check_commune(commune, assigned_service, category)
    if district is not None and district.commune_id != commune.pk:
        raise ValueError("the district belongs to another commune")
    wanted = {"assigned_service": assigned_service, "category": category, "district": district}
    changed = {
        field: str(value or "")
        for field, value in wanted.items()
        if getattr(suggestion, f"{field}_id") != (value.pk if value else None)
    }
    if not changed:
        return suggestion
    for field in changed:
        setattr(suggestion, field, wanted[field])
    suggestion.save(update_fields=[*changed, "updated_at"])
    audit_record(
        commune=commune,
        actor=actor,
        action="suggestion.assign",
        target=suggestion,
        data={"changed": changed},
    )
    return suggestion


@transaction.atomic
def suggestion_hide(*, commune, suggestion: Suggestion, actor, reason: str) -> Suggestion:
    """Moderation: hide from the public with a reason the author sees (issue 3)."""
    rules.check_hide_reason(reason)
    suggestion = _locked(commune, suggestion)
    suggestion.is_hidden = True
    suggestion.hidden_reason = reason.strip()
    suggestion.hidden_at = timezone.now()
    suggestion.save(update_fields=["is_hidden", "hidden_reason", "hidden_at", "updated_at"])
    audit_record(
        commune=commune,
        actor=actor,
        action="suggestion.hide",
        target=suggestion,
        data={"reason": suggestion.hidden_reason},
    )
    if suggestion.author_id:
        _notify(
            suggestion=suggestion,
            event="suggestions.hidden",
            recipients=[suggestion.author],
            title=lambda: _("Your suggestion “%(title)s” was hidden") % {"title": suggestion.title},
            body=lambda: (
                _("The moderators hid it from the public for this reason:")
                + f"\n\n{suggestion.hidden_reason}"
            ),
        )
    return suggestion


@transaction.atomic
def suggestion_unhide(*, commune, suggestion: Suggestion, actor) -> Suggestion:
    suggestion = _locked(commune, suggestion)
    previous_reason = suggestion.hidden_reason
    suggestion.is_hidden = False
    suggestion.hidden_reason = ""
    suggestion.hidden_at = None
    suggestion.save(update_fields=["is_hidden", "hidden_reason", "hidden_at", "updated_at"])
    audit_record(
        commune=commune,
        actor=actor,
        action="suggestion.unhide",
        target=suggestion,
        data={"previous_reason": previous_reason},
    )
    return suggestion


@transaction.atomic
def answer_rate(
    *, commune, suggestion: Suggestion, user, score: int, would_participate_again: bool
) -> AnswerRating:
    """The author's judgement of the answer (charter indicators 10 and 11). One rating
    per author and suggestion; rating again replaces it (e.g. once the work is done)."""
    _check_commune(commune, suggestion)
    if not rules.may_rate(suggestion, user):
        raise ValidationError(_("Only the author of an answered suggestion can rate the answer."))
    if score not in range(1, 6):
        raise ValidationError({"score": _("Choose a mark from 1 to 5.")})
    values = {"score": score, "would_participate_again": bool(would_participate_again)}
    ratings = AnswerRating.objects.for_commune(commune)
    try:
        with transaction.atomic():
            rating, _created = ratings.update_or_create(
                suggestion=suggestion,
                user=user,
                defaults=values,
                create_defaults={**values, "commune": commune},
            )
    except IntegrityError:  # the same author rated twice at the same moment
        rating = ratings.get(suggestion=suggestion, user=user)
        for field, value in values.items():
            setattr(rating, field, value)
        rating.save(update_fields=[*values, "updated_at"])
    return rating
