"""Business rules of the suggestions space, each with the source it comes from.

Pure functions over models and values: no writes. `check_*` functions raise
`ValidationError` (keyed by form field where one applies) so that staff and citizen forms
show the same messages the services enforce; `may_*` functions answer yes or no.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from moucharaka.core.ledger.models import Channel
from moucharaka.core.maps.places import check_location  # noqa: F401 (the suggestions' rule)
from moucharaka.modules.suggestions.models import Suggestion

Status = Suggestion.Status
AnswerKind = Suggestion.AnswerKind

OPEN_STATUSES = (Status.RECEIVED, Status.UNDER_STUDY)
ANSWERED_STATUSES = (Status.ANSWERED, Status.IMPLEMENTED)

# Issue 3 (the module's specification): received → under study → answered →
# implemented. An answer may be amended (answered → answered, e.g. "planned" becomes
# "accepted" with a date); the history keeps every step. Going to "answered" always
# goes through `check_answer` (seed 001 §12.3, below).
ALLOWED_TRANSITIONS: dict[str, frozenset[str]] = {
    Status.RECEIVED: frozenset({Status.UNDER_STUDY, Status.ANSWERED}),
    Status.UNDER_STUDY: frozenset({Status.ANSWERED}),
    Status.ANSWERED: frozenset({Status.ANSWERED, Status.IMPLEMENTED}),
    Status.IMPLEMENTED: frozenset(),
}

# Only an answer that says the commune will do it can end in "implemented".
IMPLEMENTABLE_ANSWERS = (AnswerKind.ACCEPTED, AnswerKind.PLANNED)

# No law fixes a delay for answering a citizen's proposal; the charter (seed 001 §12.3)
# commits the commune to answer each one. 30 days is our default target, which each
# commune changes in the module's settings. (For complaints, decree 2.17.265 of
# 23 June 2017 on users' observations, suggestions and complaints is believed to set
# 60 days [U — verify against the Bulletin officiel]; 30 days stays within it.)
ANSWER_TARGET_DAYS = 30

# Photos: enough to show a problem, small enough for cheap phones and our disks.
MAX_PHOTOS = 5
MAX_PHOTO_BYTES = 5 * 1024 * 1024


def check_transition(suggestion: Suggestion, to_status: str) -> None:
    """The status workflow above (issue 3)."""
    if to_status not in ALLOWED_TRANSITIONS.get(suggestion.status, ()):
        raise ValidationError(
            {
                "status": _("A suggestion cannot go from “%(from)s” to “%(to)s”.")
                % {
                    "from": Status(suggestion.status).label,
                    "to": Status(to_status).label if to_status in Status.values else to_status,
                }
            }
        )
    if to_status == Status.ANSWERED and not suggestion.answer.strip():
        # Seed 001 §12.3: "answer every proposal seriously, clearly and publicly".
        raise ValidationError({"answer": _("Write the public answer before closing it.")})
    if to_status == Status.IMPLEMENTED and suggestion.answer_kind not in IMPLEMENTABLE_ANSWERS:
        raise ValidationError(
            {
                "status": _(
                    "Only a suggestion whose answer is “accepted” or “planned” can be "
                    "marked implemented."
                )
            }
        )


def check_answer(*, answer_kind: str, answer: str, reason: str = "") -> None:
    """Seed 001 §12.3: the commune answers every proposal "seriously, clearly and
    publicly" — so no answer without a public text and a decision, and a refusal says
    why (issue 3: "rejected with a reason")."""
    errors = {}
    if answer_kind not in AnswerKind.values:
        errors["answer_kind"] = _("Choose the decision.")
    if not (answer or "").strip():
        errors["answer"] = _("Write the public answer: every suggestion gets one.")
    if answer_kind == AnswerKind.REJECTED and not (reason or "").strip():
        errors["answer_reason"] = _("Say why the suggestion is not retained.")
    if errors:
        raise ValidationError(errors)


def check_submission(*, author, channel: str, entered_by) -> None:
    """Issue 3: signed-in citizens submit online; staff enter what reached them on
    paper, by phone or at the desk, with the channel recorded."""
    if channel == Channel.ONLINE:
        if author is None or not author.is_authenticated:
            raise ValidationError(_("Sign in to submit a suggestion."))
    elif entered_by is None:
        raise ValidationError(_("A suggestion received offline is entered by a staff member."))


def check_hide_reason(reason: str) -> None:
    """Issue 3: moderators hide "with a reason (visible to the author)"."""
    if not (reason or "").strip():
        raise ValidationError({"hidden_reason": _("Give the reason: the author will see it.")})


def may_view(suggestion: Suggestion, user) -> bool:
    """A hidden suggestion is gone for the public, but its author still sees it, with
    the reason (issue 3)."""
    if not suggestion.is_hidden:
        return True
    return bool(getattr(user, "is_authenticated", False) and suggestion.author_id == user.pk)


def may_support(suggestion: Suggestion, user) -> bool:
    """Issue 3: "support (+1) once per person" — signed in, not on one's own suggestion
    (it is already theirs) and not on a hidden one. Once is enforced by the database."""
    return (
        getattr(user, "is_authenticated", False)
        and not suggestion.is_hidden
        and suggestion.author_id != user.pk
    )


def may_rate(suggestion: Suggestion, user) -> bool:
    """Who rates the answer: its author only, once it has been answered.

    Issue 3: "after the answer: rate it". Charter indicator 10 (seed 001 §13.1) is the
    citizens' satisfaction with the commune's response *to their proposals*; supporters
    only backed someone else's, and letting them rate would let a campaign of +1s swing
    the mean. A suggestion received offline has no account to rate with: its author is
    asked on paper, outside this module."""
    return (
        getattr(user, "is_authenticated", False)
        and suggestion.author_id == user.pk
        and suggestion.status in ANSWERED_STATUSES
        and not suggestion.is_hidden
    )


def answer_deadline(suggestion: Suggestion, target_days: int) -> datetime:
    return suggestion.created_at + timedelta(days=target_days)


def is_overdue(suggestion: Suggestion, *, target_days: int, now: datetime) -> bool:
    """Still waiting for its answer after the commune's target delay (see
    ANSWER_TARGET_DAYS)."""
    return suggestion.status in OPEN_STATUSES and answer_deadline(suggestion, target_days) < now
