"""Reads for petitions: public register, staff screens, indicators and exports.

Public selectors never return signatories' personal data: counts only."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from moucharaka.core.accounts.models import AssociationMembership, CoreRole
from moucharaka.core.registry.selectors import module_settings
from moucharaka.modules.petitions import rules
from moucharaka.modules.petitions.models import (
    CouncilSession,
    Petition,
    PetitionEvent,
    Signature,
)

MODULE = "petitions"
OFFICER = "petitions_officer"
# Who records the bureau's and the council's decisions (DOMAIN §4, art. 125).
DECISION_ROLES = (OFFICER, CoreRole.COUNCIL_BUREAU, CoreRole.PRESIDENT)
# Who is reminded of the bureau's deadline.
REMINDED_ROLES = (OFFICER, CoreRole.PRESIDENT)
PUBLIC_STATUSES = [s for s in Petition.Status.values if s != Petition.Status.DRAFT]


@dataclass(frozen=True)
class CommuneRules:
    """The rules as they apply in one commune: legal defaults and the commune's own."""

    legal_threshold: int
    threshold: int
    legal_decision_months: int
    decision_months: int


def commune_rules(commune) -> CommuneRules:
    saved = module_settings(commune, MODULE)
    return CommuneRules(
        legal_threshold=rules.legal_threshold(commune),
        threshold=rules.effective_threshold(commune, saved.get("threshold")),
        legal_decision_months=rules.legal_decision_months(),
        decision_months=rules.effective_decision_months(saved.get("decision_months")),
    )


# --- Public --------------------------------------------------------------------------


def public_petitions(commune, *, status: str | None = None) -> QuerySet:
    """The public register: every petition past the draft stage (one query per page)."""
    rows = (
        Petition.objects.for_commune(commune)
        .filter(status__in=PUBLIC_STATUSES)
        .select_related("association", "session")
    )
    if status == "overdue":
        rows = rows.filter(
            status=Petition.Status.DEPOSITED, decision_deadline__lt=timezone.localdate()
        )
    elif status in PUBLIC_STATUSES:
        rows = rows.filter(status=status)
    return rows


def status_counts(commune) -> dict[str, int]:
    """Petitions per public status, for the register's filters (one query)."""
    rows = (
        Petition.objects.for_commune(commune)
        .filter(status__in=PUBLIC_STATUSES)
        .values("status")
        .annotate(n=Count("id"))
        .order_by()
    )
    return {row["status"]: row["n"] for row in rows}


def visible_petition(commune, pk, user) -> Petition:
    """A petition as a visitor may see it: drafts only to their mandatary (404 else)."""
    from django.http import Http404

    rows = Petition.objects.for_commune(commune).select_related("association", "session", "commune")
    visible = Q(status__in=PUBLIC_STATUSES)
    if getattr(user, "is_authenticated", False):
        visible |= Q(mandatary=user)
    try:
        return rows.filter(visible).get(pk=pk)
    except (Petition.DoesNotExist, ValueError) as exc:
        raise Http404("No petition here") from exc


def petition_timeline(petition) -> list[PetitionEvent]:
    return list(PetitionEvent.objects.for_commune(petition.commune).filter(petition=petition))


def user_signature(petition, user) -> Signature | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return (
        Signature.objects.for_commune(petition.commune)
        .filter(petition=petition, signer=user)
        .only("id", "signed_at", "petition_id", "commune_id", "channel")
        .first()
    )


def user_drafts(commune, user) -> QuerySet:
    if not getattr(user, "is_authenticated", False):
        return Petition.objects.none()
    return Petition.objects.for_commune(commune).filter(
        mandatary=user, status=Petition.Status.DRAFT
    )


def acting_associations(user) -> QuerySet:
    """Associations in whose name this user may act (AssociationMembership.can_act)."""
    from moucharaka.core.accounts.models import Association

    if not getattr(user, "is_authenticated", False):
        return Association.objects.none()
    return Association.objects.filter(
        pk__in=AssociationMembership.objects.filter(user=user, can_act=True).values(
            "association_id"
        )
    ).select_related("seat_commune")


# --- Staff ---------------------------------------------------------------------------


def staff_with_roles(commune, roles) -> QuerySet:
    return (
        get_user_model()
        .objects.filter(
            is_active=True, commune_roles__commune=commune, commune_roles__role__in=roles
        )
        .distinct()
    )


def signer_accounts(petition) -> QuerySet:
    """Accounts of the online signatories (paper signatories have none)."""
    return get_user_model().objects.filter(
        pk__in=Signature.objects.for_commune(petition.commune)
        .filter(petition=petition, signer__isnull=False)
        .values("signer_id")
    )


def signatures_for_file(petition) -> QuerySet:
    """Signatories for the official file (petitions officer only; every export is
    audited by the service that calls this)."""
    return (
        Signature.objects.for_commune(petition.commune)
        .filter(petition=petition)
        .select_related("sheet")
        .order_by("id")
    )


def next_session(commune, after) -> CouncilSession | None:
    return (
        CouncilSession.objects.for_commune(commune)
        .filter(kind=CouncilSession.Kind.ORDINARY, starts_on__gt=after)
        .order_by("starts_on")
        .first()
    )


# --- Indicators and export (no personal data) ----------------------------------------


def _filed(commune=None, communes=None, period=None) -> QuerySet:
    if (commune is None) == (communes is None):
        raise TypeError("pass exactly one of commune= or communes=")
    rows = (
        Petition.objects.for_commune(commune)
        if commune is not None
        else Petition.objects.for_communes(communes)
    )
    rows = rows.filter(deposited_at__isnull=False)
    if period is not None:
        start, end = period
        rows = rows.filter(deposited_at__gte=start, deposited_at__lt=end)
    return rows.order_by()


def petitions_filed_by_citizens(*, commune=None, communes=None, period=None) -> int:
    """Charter indicator 1: petitions deposited by citizens."""
    return _filed(commune, communes, period).filter(kind=Petition.Kind.CITIZENS).count()


def petitions_filed_by_associations(*, commune=None, communes=None, period=None) -> int:
    """Charter indicator 1: petitions deposited by associations."""
    return _filed(commune, communes, period).filter(kind=Petition.Kind.ASSOCIATION).count()


def petitions_admissible(*, commune=None, communes=None, period=None) -> int:
    """Petitions deposited in the period that the bureau found admissible."""
    return (
        _filed(commune, communes, period)
        .filter(
            status__in=[
                Petition.Status.ADMISSIBLE,
                Petition.Status.ACCEPTED,
                Petition.Status.REJECTED,
            ]
        )
        .count()
    )


def petitions_accepted(*, commune=None, communes=None, period=None) -> int:
    """Charter indicator 1: how many petitions the council accepted."""
    return _filed(commune, communes, period).filter(status=Petition.Status.ACCEPTED).count()


def median_days_to_decision(*, commune=None, communes=None, period=None) -> float | None:
    """Median days from deposit to the bureau's decision (decided petitions only)."""
    rows = _filed(commune, communes, period).filter(bureau_decided_at__isnull=False)
    days = [
        (decided - deposited).total_seconds() / 86400
        for deposited, decided in rows.values_list("deposited_at", "bureau_decided_at")
    ]
    return round(statistics.median(days), 1) if days else None


def share_answered_in_time(*, commune=None, communes=None, period=None) -> float | None:
    """Share (0–1) of deposited petitions whose deadline has passed or that were
    decided, answered by the bureau on or before the deadline (art. 125)."""
    today = timezone.localdate()
    rows = _filed(commune, communes, period).filter(
        Q(bureau_decided_at__isnull=False) | Q(decision_deadline__lt=today)
    )
    due = in_time = 0
    for deadline, decided in rows.values_list("decision_deadline", "bureau_decided_at"):
        due += 1
        decided_on = timezone.localdate(decided) if decided else None
        in_time += rules.answered_in_time(deadline=deadline, decided_on=decided_on)
    return round(in_time / due, 3) if due else None


def petition_rows(*, commune=None, communes=None, period=None) -> list[dict]:
    """Open-data export: one row per public petition, no personal data."""
    rows = (
        Petition.objects.for_commune(commune)
        if commune is not None
        else Petition.objects.for_communes(communes)
    )
    rows = rows.filter(status__in=PUBLIC_STATUSES).select_related("commune", "association")
    if period is not None:
        start, end = period
        rows = rows.filter(opened_at__gte=start, opened_at__lt=end) | rows.filter(
            deposited_at__gte=start, deposited_at__lt=end
        )
    return [
        {
            "commune": p.commune.slug,
            "id": p.pk,
            "kind": p.kind,
            "status": p.status,
            "title": p.title,
            "association": p.association.name if p.association_id else "",
            "signatures": p.signature_count,
            "signatures_on_paper": p.paper_signature_count,
            "threshold": p.threshold,
            "receipt_number": p.receipt_number,
            "deposited_on": timezone.localdate(p.deposited_at).isoformat()
            if p.deposited_at
            else "",
            "decision_deadline": p.decision_deadline.isoformat() if p.decision_deadline else "",
            "bureau_decided_on": timezone.localdate(p.bureau_decided_at).isoformat()
            if p.bureau_decided_at
            else "",
            "council_decided_on": timezone.localdate(p.council_decided_at).isoformat()
            if p.council_decided_at
            else "",
        }
        for p in rows.order_by("id")
    ]
