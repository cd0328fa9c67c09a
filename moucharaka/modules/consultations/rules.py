"""Rules of digital consultations; pure functions, each citing where it comes from.

Sources: issue 5 (the module's specification: phases derived from the dates and staff
action, contributions only while open, paragraph comments with a stance, workshop and
paper contributions, a synthesis and a response per main point); seed 001 §12.3 (the
commune commits to "digital platforms for public consultation" and to "answer every
proposal seriously, clearly and publicly"); seed 003 (Taroudant's consultation of 3–15
April 2024: read the draft, then give observations and proposals, within fixed dates).
"""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from moucharaka.modules.consultations.models import Contribution, Phase, ResponsePoint

Stance = Contribution.Stance

# Issue 5: "Phases derived from dates and staff action: announced → open → under
# analysis → results published → closed."
PHASE_ORDER = [
    Phase.DRAFT,
    Phase.ANNOUNCED,
    Phase.OPEN,
    Phase.ANALYSIS,
    Phase.RESULTS,
    Phase.CLOSED,
]

# Platform defaults, not legal rules (no text sets a consultation's length): Taroudant's
# consultation lasted 13 days (seed 003); less than a week leaves people no time to read
# a draft, and a consultation left open for months is never analysed. The commune
# chooses its dates within these bounds.
MIN_DURATION_DAYS = 7
MAX_DURATION_DAYS = 120


def phase(consultation, now: datetime) -> str:
    """The consultation's phase at `now` (issue 5). Staff actions (announce, publish
    the results, close) take precedence over the dates; between announcing and
    publishing the results, the dates decide."""
    if consultation.closed_at is not None:
        return Phase.CLOSED
    if consultation.results_published_at is not None:
        return Phase.RESULTS
    if consultation.published_at is None:
        return Phase.DRAFT
    if now < consultation.opens_at:
        return Phase.ANNOUNCED
    if now < consultation.closes_at:
        return Phase.OPEN
    return Phase.ANALYSIS


def is_public(phase_value: str) -> bool:
    """Only announced consultations are shown to the public (issue 5: "announced" is the
    first public phase)."""
    return phase_value != Phase.DRAFT


def accepts_contributions(phase_value: str) -> bool:
    """Issue 5: "Contributions are accepted only while open"."""
    return phase_value == Phase.OPEN


def check_dates(opens_at: datetime, closes_at: datetime) -> None:
    """Seed 003 (a fixed period, announced beforehand): the closing comes after the
    opening, leaving at least MIN_DURATION_DAYS and at most MAX_DURATION_DAYS (platform
    defaults, see above)."""
    if closes_at <= opens_at:
        raise ValidationError({"closes_at": _("The consultation must close after it opens.")})
    days = (closes_at - opens_at).total_seconds() / 86400
    if days < MIN_DURATION_DAYS:
        raise ValidationError(
            {"closes_at": _("Leave at least %(n)s days to contribute.") % {"n": MIN_DURATION_DAYS}}
        )
    if days > MAX_DURATION_DAYS:
        raise ValidationError(
            {"closes_at": _("A consultation lasts at most %(n)s days.") % {"n": MAX_DURATION_DAYS}}
        )


def check_date_change(phase_value: str, *, old, new, field: str) -> None:
    """Issue 5 (phases follow the dates people were told): once a consultation has
    opened its opening date stays, and once it has closed its closing date stays."""
    if old == new:
        return
    if field == "opens_at" and phase_value not in (Phase.DRAFT, Phase.ANNOUNCED):
        raise ValidationError({field: _("The consultation has opened: its opening date stays.")})
    if field == "closes_at" and phase_value not in (Phase.DRAFT, Phase.ANNOUNCED, Phase.OPEN):
        raise ValidationError({field: _("The consultation has closed: its closing date stays.")})


def may_edit_text(phase_value: str, *, has_contributions: bool) -> bool:
    """Issue 5 ("staff paste or upload text and can adjust the split"): the split can
    change until people start commenting on it; comments must keep their paragraph."""
    return phase_value in (Phase.DRAFT, Phase.ANNOUNCED) and not has_contributions


def may_announce(phase_value: str, *, paragraph_count: int) -> bool:
    """A consultation is announced once it has a text to comment on (issue 5)."""
    return phase_value == Phase.DRAFT and paragraph_count > 0


def may_close_early(phase_value: str) -> bool:
    """Staff may end an open consultation before its date (issue 5: "staff action")."""
    return phase_value == Phase.OPEN


def check_stance(stance: str, *, paragraph, proposed_text: str) -> None:
    """Issue 5: on a paragraph people agree, disagree or propose a rewording; on the
    whole text they agree, disagree or comment. A rewording needs its wording."""
    if stance not in Stance.values:
        raise ValidationError({"stance": _("Choose what you think of the text.")})
    if stance == Stance.REWORD:
        if paragraph is None:
            raise ValidationError(
                {"stance": _("A rewording is proposed for one paragraph, not for the whole text.")}
            )
        if not (proposed_text or "").strip():
            raise ValidationError({"proposed_text": _("Write the wording you propose.")})


def may_enter_offline(phase_value: str) -> bool:
    """Issue 5 ("staff enter contributions gathered in workshops or on paper"): what was
    gathered while the consultation ran can be entered until the results are out."""
    return phase_value in (Phase.OPEN, Phase.ANALYSIS)


def may_analyse(phase_value: str) -> bool:
    """Tagging, grouping into main points and moderating go on while contributions
    come in and during the analysis, and stay possible afterwards (corrections)."""
    return phase_value in (Phase.OPEN, Phase.ANALYSIS, Phase.RESULTS, Phase.CLOSED)


def check_response(decision: str, *, change: str, reason: str) -> None:
    """Seed 001 §12.3 and issue 5: taken into account → with the resulting change; not
    taken into account → with the reason; partly → both."""
    if decision and decision not in ResponsePoint.Decision.values:
        raise ValidationError({"decision": _("Unknown response.")})
    needs_change = decision in (ResponsePoint.Decision.ACCEPTED, ResponsePoint.Decision.PARTLY)
    needs_reason = decision in (ResponsePoint.Decision.REJECTED, ResponsePoint.Decision.PARTLY)
    if needs_change and not (change or "").strip():
        raise ValidationError({"change_ar": _("Say what changed in the text.")})
    if needs_reason and not (reason or "").strip():
        raise ValidationError({"reason_ar": _("Say why it was not taken into account.")})


def check_results(phase_value: str, *, synthesis: str, points: list) -> None:
    """Publishing the results (issue 5; seed 001 §12.3: every proposal answered
    publicly): after the closing date, with a synthesis, and every main point
    answered."""
    if phase_value != Phase.ANALYSIS:
        raise ValidationError(_("Results are published once the consultation has closed."))
    if not (synthesis or "").strip():
        raise ValidationError(_("Write the synthesis (what we heard) first."))
    if not points:
        raise ValidationError(_("List the main points people raised, with a response to each."))
    waiting = [point for point in points if not point.is_answered]
    if waiting:
        raise ValidationError(
            _("%(n)s main points still wait for a response.") % {"n": len(waiting)}
        )


def may_close(phase_value: str) -> bool:
    """The consultation is closed (archived) once its results are out (issue 5)."""
    return phase_value == Phase.RESULTS
