"""Legal rules of local petitions, each citing its source (DOMAIN §4).

Status of each rule as in DOMAIN.md: [V] seen in a published source; [P] partly
confirmed; [U] believed, to be verified against the Bulletin officiel before a release.
Every number is a setting with the legal default (moucharaka/settings.py, "Petitions");
a commune administrator sees them on the "Petition rules" staff screen and may tighten
the ones the commune controls (`effective_threshold`, `effective_decision_months`), never
loosen them.
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _


def add_months(day: datetime.date, months: int) -> datetime.date:
    """Same day `months` later; the 31st becomes the last day of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# --- Signatures ----------------------------------------------------------------------


def legal_threshold(commune) -> int:
    """Organic law 113.14, art. 123 [U]: a citizens' petition needs at least 100
    signatures where the commune has fewer than 35,000 inhabitants, 200 otherwise, and
    400 in communes with arrondissements (the commune's latest legal population). A
    commune whose population is not known gets the higher figure (200)."""
    if commune.has_arrondissements:
        return settings.PETITIONS_THRESHOLD_ARRONDISSEMENTS
    population = commune.legal_population
    if population is not None and population < settings.PETITIONS_SMALL_COMMUNE_POPULATION:
        return settings.PETITIONS_THRESHOLD_SMALL_COMMUNE
    return settings.PETITIONS_THRESHOLD_LARGE_COMMUNE


def effective_threshold(commune, commune_setting: int | None = None) -> int:
    """Art. 123 [U]: a commune may require more signatures than the law (tighten), never
    fewer: a lower figure set by the commune is ignored."""
    legal = legal_threshold(commune)
    return max(legal, commune_setting or 0)


def signatory_eligible(*, basis: str, declares_electoral_eligibility: bool) -> bool:
    """Art. 123 [U]: a signatory lives in the commune or carries on an economic,
    commercial or professional activity there, and meets the conditions for electoral
    registration. The platform can only record the signatory's declarations."""
    from moucharaka.modules.petitions.models import Basis

    return basis in Basis.values and bool(declares_electoral_eligibility)


# --- Associations --------------------------------------------------------------------


def association_old_enough(registration_date: datetime.date, on: datetime.date) -> bool:
    """Art. 124 [P]: an association must have been legally constituted in Morocco for
    more than 3 years (PETITIONS_ASSOCIATION_MIN_YEARS) on the day of deposit."""
    years = settings.PETITIONS_ASSOCIATION_MIN_YEARS
    return add_months(registration_date, 12 * years) < on


@dataclass(frozen=True)
class Failure:
    code: str
    message: str


def association_failures(
    *,
    association,
    commune,
    on: datetime.date,
    declares_branch_in_commune: bool,
    branch_address: str,
    declares_related_activity: bool,
    declares_good_standing: bool,
    has_good_standing_document: bool,
) -> list[Failure]:
    """Art. 124 [P]: an association may petition if it was constituted more than three
    years ago, has its seat or a branch in the commune, works in a field related to the
    subject, and is in good standing and run democratically under its statutes
    (declaration plus a supporting document). Returns what fails, with clear messages;
    an empty list means the association may petition."""
    failures = []
    if not association_old_enough(association.registration_date, on):
        failures.append(
            Failure(
                "too_young",
                _(
                    "The association must have been legally constituted for more than "
                    "%(years)s years on the day the petition is deposited (art. 124)."
                )
                % {"years": settings.PETITIONS_ASSOCIATION_MIN_YEARS},
            )
        )
    if association.seat_commune_id != commune.pk and not (
        declares_branch_in_commune and branch_address.strip()
    ):
        failures.append(
            Failure(
                "no_seat",
                _(
                    "The association's seat is in another commune: declare its branch in "
                    "this commune and give the branch's address (art. 124)."
                ),
            )
        )
    if not declares_related_activity:
        failures.append(
            Failure(
                "unrelated",
                _(
                    "Declare that the association's activity is related to the subject "
                    "of the petition (art. 124)."
                ),
            )
        )
    if not declares_good_standing or not has_good_standing_document:
        failures.append(
            Failure(
                "standing",
                _(
                    "Declare that the association is in good standing and attach a "
                    "supporting document, e.g. the receipt of its last general assembly "
                    "(art. 124)."
                ),
            )
        )
    return failures


# --- Procedure -----------------------------------------------------------------------


def legal_decision_months() -> int:
    return settings.PETITIONS_DECISION_MONTHS


def effective_decision_months(commune_setting: int | None = None) -> int:
    """Art. 125 [V]: the commune may commit to answer sooner (tighten), never later."""
    legal = legal_decision_months()
    if commune_setting and 0 < commune_setting < legal:
        return commune_setting
    return legal


def decision_deadline(received_on: datetime.date, months: int | None = None) -> datetime.date:
    """Art. 125 [V]: a petition found not admissible is notified to the mandatary, with
    reasons, within 3 months of its receipt (PETITIONS_DECISION_MONTHS). The platform
    holds the bureau to the same deadline for every decision."""
    return add_months(received_on, months or legal_decision_months())


def is_overdue(*, deadline: datetime.date | None, decided: bool, today: datetime.date) -> bool:
    """Art. 125 [V]: past the deadline without the bureau's decision."""
    return deadline is not None and not decided and today > deadline


def answered_in_time(*, deadline: datetime.date, decided_on: datetime.date | None) -> bool:
    """Art. 125 [V]: the bureau decided on or before the deadline."""
    return decided_on is not None and decided_on <= deadline


def reminder_due(*, deadline: datetime.date, today: datetime.date) -> int | None:
    """Art. 125 [V]: remind the petitions officer and the president before the deadline
    expires, PETITIONS_REMINDER_DAYS days before (e.g. 30 and 7). Returns the number of
    days left when a reminder is due today, else None."""
    left = (deadline - today).days
    return left if left in settings.PETITIONS_REMINDER_DAYS else None


def next_ordinary_session(after: datetime.date) -> datetime.date:
    """Art. 125 [P]: an admissible petition goes on the agenda of the council's next
    ordinary session. Ordinary sessions are held in the first week of February, May and
    October [U] (PETITIONS_ORDINARY_SESSION_MONTHS); this gives the first day of the
    first such month strictly after `after`. The commune's calendar, kept by its staff,
    gives the actual date."""
    months = sorted(settings.PETITIONS_ORDINARY_SESSION_MONTHS)
    for year in (after.year, after.year + 1):
        for month in months:
            candidate = datetime.date(year, month, 1)
            if candidate > after:
                return candidate
    raise AssertionError("unreachable: there is always a session within a year")


def council_may_decide(*, committees_examined: bool) -> bool:
    """Art. 125 [P]: an admissible petition is referred to the competent standing
    committee(s) before the council deliberates on it; the council's decision is recorded
    only once the committees' examination is."""
    return committees_examined


def purge_due_on(closed_on: datetime.date) -> datetime.date:
    """Law 09-08 (DOMAIN §7 [V]: retention limited to the purpose; art. 3 [P]): signatories'
    personal data is deleted PETITIONS_PURGE_AFTER_DAYS days after the procedure ends
    (decision of the bureau or of the council, or withdrawal)."""
    return closed_on + datetime.timedelta(days=settings.PETITIONS_PURGE_AFTER_DAYS)
