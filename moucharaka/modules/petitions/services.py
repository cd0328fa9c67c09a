"""Writes for petitions (DESIGN §3): every function is keyword-only, takes the commune,
runs in one transaction with its ledger rows, audit entries and notifications.

Errors the person can act on are raised as `PetitionError` with a translated message;
`PermissionError` means the caller should not have offered the action at all.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass, field

from django.conf import settings
from django.core.files.base import File
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from moucharaka.core.accounts.models import AssociationMembership
from moucharaka.core.accounts.roles import has_role
from moucharaka.core.audit.services import audit_record
from moucharaka.core.identity.cnie import cnie_hash, is_valid_cnie, normalize_cnie
from moucharaka.core.identity.services import require_cnie_collection_allowed
from moucharaka.core.ledger.models import Channel
from moucharaka.core.ledger.services import participation_record, participation_retract
from moucharaka.core.notifications.services import publish
from moucharaka.core.territories.models import Commune
from moucharaka.modules.petitions import rules, selectors
from moucharaka.modules.petitions.models import (
    Basis,
    CouncilSession,
    PaperSheet,
    Petition,
    PetitionAttachment,
    PetitionEvent,
    Signature,
)
from moucharaka.modules.petitions.selectors import DECISION_ROLES, MODULE, OFFICER

Status = Petition.Status


class PetitionError(Exception):
    """Something the person can fix or should be told, with a translated message."""

    def __init__(self, message, code: str = "invalid"):
        super().__init__(message)
        self.message = message
        self.code = code


# --- Helpers -------------------------------------------------------------------------


def _check_commune(commune, petition) -> None:
    if petition.commune_id != commune.pk:
        raise ValueError("the petition belongs to another commune")


def _lock(commune, petition) -> Petition:
    """The petition's row, locked until the transaction ends (PostgreSQL; SQLite
    serialises writers anyway): signing, depositing and deciding never interleave."""
    _check_commune(commune, petition)
    return Petition.objects.for_commune(commune).select_for_update().get(pk=petition.pk)


def _require_roles(user, commune, roles, what: str) -> None:
    if not has_role(user, commune, *roles):
        raise PermissionError(f"{what} needs one of the roles {sorted(map(str, roles))}")


def _event(petition, kind: str, *, note: str = "", at=None) -> PetitionEvent:
    return PetitionEvent.unscoped.create(
        commune_id=petition.commune_id,
        petition=petition,
        kind=kind,
        at=at or timezone.now(),
        note=note,
    )


def petition_url(petition) -> str:
    return reverse(
        "module-petitions:detail",
        kwargs={"commune_slug": petition.commune.slug, "pk": petition.pk},
    )


def _notify(petition, event: str, title: str, body: str, *, signatories=False, staff=()):
    recipients = []
    if petition.mandatary_id:
        recipients.append(petition.mandatary)
    if signatories:
        recipients.extend(selectors.signer_accounts(petition))
    if staff:
        recipients.extend(selectors.staff_with_roles(petition.commune, staff))
    publish(
        commune=petition.commune,
        event=f"petitions.{event}",
        recipients=recipients,
        title=title,
        body=body,
        url=petition_url(petition),
    )


def _audit(petition, actor, action: str, **data):
    audit_record(
        commune=petition.commune,
        actor=actor,
        action=f"petition.{action}",
        target=petition,
        data=data,
    )


# --- Drafting ------------------------------------------------------------------------

DRAFT_FIELDS = (
    "title",
    "requested_point",
    "reasons",
    "objectives",
    "declares_within_powers",
    "declares_constants_respected",
    "mandatary_name",
    "mandatary_address",
    "mandatary_phone",
    "declares_branch_in_commune",
    "branch_address",
    "declares_related_activity",
    "declares_good_standing",
)


def _check_declarations(petition) -> None:
    if not (petition.declares_within_powers and petition.declares_constants_respected):
        raise PetitionError(
            _(
                "Declare that the point falls within the commune's powers and does not "
                "touch the constants of article 1 of the Constitution (arts. 121–122)."
            ),
            "declarations",
        )


def _check_association(petition, *, on: datetime.date) -> None:
    failures = rules.association_failures(
        association=petition.association,
        commune=petition.commune,
        on=on,
        declares_branch_in_commune=petition.declares_branch_in_commune,
        branch_address=petition.branch_address,
        declares_related_activity=petition.declares_related_activity,
        declares_good_standing=petition.declares_good_standing,
        has_good_standing_document=bool(petition.good_standing_document),
    )
    if failures:
        raise PetitionError(" ".join(str(f.message) for f in failures), "association")


def _check_can_act(user, association) -> None:
    if not AssociationMembership.objects.filter(
        association=association, user=user, can_act=True
    ).exists():
        raise PetitionError(
            _("Only a member mandated to act in the association's name may do this."),
            "not_mandated",
        )


@transaction.atomic
def petition_draft_create(
    *,
    commune: Commune,
    mandatary,
    kind: str,
    title: str,
    requested_point: str,
    reasons: str,
    objectives: str,
    declares_within_powers: bool,
    declares_constants_respected: bool,
    mandatary_name: str,
    mandatary_address: str = "",
    mandatary_phone: str = "",
    association=None,
    declares_branch_in_commune: bool = False,
    branch_address: str = "",
    declares_related_activity: bool = False,
    declares_good_standing: bool = False,
    good_standing_document: File | None = None,
    mandate_document: File | None = None,
    attachments: list[tuple[str, File]] | None = None,
) -> Petition:
    """A draft, visible only to its mandatary until it is opened or deposited (art. 121).

    An association's petition is checked at once against art. 124 so that what fails is
    said before any work is wasted; it is checked again on the day of deposit."""
    if kind not in Petition.Kind.values:
        raise ValueError(f"unknown kind {kind!r}")
    if (kind == Petition.Kind.ASSOCIATION) != (association is not None):
        raise ValueError("an association's petition names its association, and only it")
    petition = Petition(
        commune=commune,
        kind=kind,
        mandatary=mandatary,
        association=association,
        title=title.strip(),
        requested_point=requested_point.strip(),
        reasons=reasons.strip(),
        objectives=objectives.strip(),
        declares_within_powers=declares_within_powers,
        declares_constants_respected=declares_constants_respected,
        mandatary_name=mandatary_name.strip(),
        mandatary_address=mandatary_address.strip(),
        mandatary_phone=mandatary_phone.strip(),
        declares_branch_in_commune=declares_branch_in_commune,
        branch_address=branch_address.strip(),
        declares_related_activity=declares_related_activity,
        declares_good_standing=declares_good_standing,
    )
    if good_standing_document is not None:
        petition.good_standing_document = good_standing_document
    if mandate_document is not None:
        petition.mandate_document = mandate_document
    _check_declarations(petition)
    if association is not None:
        _check_can_act(mandatary, association)
        _check_association(petition, on=timezone.localdate())
    petition.save()
    for attachment_title, attachment_file in attachments or []:
        PetitionAttachment.unscoped.create(
            commune=commune, petition=petition, title=attachment_title, file=attachment_file
        )
    return petition


@transaction.atomic
def petition_draft_update(*, commune: Commune, petition: Petition, actor, **changes) -> Petition:
    """The mandatary edits the draft (only while it is a draft)."""
    petition = _lock(commune, petition)
    if petition.mandatary_id != getattr(actor, "pk", None):
        raise PermissionError("only the mandatary edits the draft")
    if petition.status != Status.DRAFT:
        raise PetitionError(_("Only a draft can be changed."), "not_draft")
    unknown = set(changes) - set(DRAFT_FIELDS) - {"good_standing_document", "mandate_document"}
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    for name, value in changes.items():
        if name in ("good_standing_document", "mandate_document"):
            if value:
                setattr(petition, name, value)
            continue
        setattr(petition, name, value.strip() if isinstance(value, str) else value)
    _check_declarations(petition)
    if petition.association_id:
        _check_association(petition, on=timezone.localdate())
    petition.save()
    return petition


@transaction.atomic
def petition_open(*, commune: Commune, petition: Petition, actor) -> Petition:
    """The mandatary publishes a citizens' petition to collect signatures. The threshold
    is fixed now (art. 123), so that a later change of the commune's rules does not move
    the goal of a running collection."""
    petition = _lock(commune, petition)
    if petition.mandatary_id != getattr(actor, "pk", None):
        raise PermissionError("only the mandatary opens the petition")
    if petition.kind != Petition.Kind.CITIZENS:
        raise PetitionError(_("Only citizens' petitions collect signatures."), "kind")
    if petition.status != Status.DRAFT:
        raise PetitionError(_("This petition is already open."), "not_draft")
    require_cnie_collection_allowed(commune)
    _check_declarations(petition)
    petition.status = Status.COLLECTING
    petition.threshold = selectors.commune_rules(commune).threshold
    petition.opened_at = timezone.now()
    petition.save(update_fields=["status", "threshold", "opened_at"])
    _event(petition, PetitionEvent.Kind.OPENED)
    return petition


@transaction.atomic
def petition_withdraw(*, commune: Commune, petition: Petition, actor) -> Petition:
    """The mandatary withdraws the petition before deposit."""
    petition = _lock(commune, petition)
    if petition.mandatary_id != getattr(actor, "pk", None):
        raise PermissionError("only the mandatary withdraws the petition")
    if petition.status not in (Status.DRAFT, Status.COLLECTING):
        raise PetitionError(_("A deposited petition can no longer be withdrawn."), "deposited")
    was_public = petition.status == Status.COLLECTING
    petition.status = Status.WITHDRAWN
    petition.closed_at = timezone.now()
    petition.save(update_fields=["status", "closed_at"])
    if was_public:
        _event(petition, PetitionEvent.Kind.WITHDRAWN)
        _notify(
            petition,
            "withdrawn",
            _("Petition withdrawn: %(title)s") % {"title": petition.title},
            _("The mandatary withdrew the petition you signed."),
            signatories=True,
        )
    return petition


# --- Signatures ----------------------------------------------------------------------


def _add_signature(
    petition: Petition,
    *,
    channel: str,
    signer,
    entered_by,
    sheet,
    full_name: str,
    cnie: str,
    address: str,
    basis: str,
    declares_electoral_eligibility: bool,
) -> Signature:
    """Inside a transaction; paper entries hold the petition's lock, online signatures
    do not (the count's conditional update below keeps both exact)."""
    if petition.status != Status.COLLECTING:
        raise PetitionError(_("This petition is not collecting signatures."), "not_open")
    if not rules.signatory_eligible(
        basis=basis, declares_electoral_eligibility=declares_electoral_eligibility
    ):
        raise PetitionError(
            _(
                "Signatories must live in the commune or work there, and meet the "
                "conditions for electoral registration (art. 123)."
            ),
            "not_eligible",
        )
    if not is_valid_cnie(cnie):
        raise PetitionError(_("This is not a valid CNIE number."), "invalid_cnie")
    if not full_name.strip() or not address.strip():
        raise PetitionError(_("Full name and address are required."), "incomplete")
    signature = Signature(
        commune_id=petition.commune_id,
        petition=petition,
        channel=channel,
        signer=signer,
        entered_by=entered_by,
        sheet=sheet,
        full_name=full_name.strip(),
        address=address.strip(),
        basis=basis,
        declares_electoral_eligibility=True,
    )
    signature.set_cnie(cnie)
    existing = Signature.objects.for_commune(petition.commune).filter(petition=petition)
    if existing.filter(cnie_hash=signature.cnie_hash).exists():
        raise PetitionError(
            _("This CNIE number has already signed this petition."), "duplicate_cnie"
        )
    if signer is not None and existing.filter(signer=signer).exists():
        raise PetitionError(_("You have already signed this petition."), "duplicate_account")
    try:
        with transaction.atomic():
            signature.save()
    except IntegrityError as exc:  # the constraints back the checks above
        raise PetitionError(
            _("This CNIE number has already signed this petition."), "duplicate_cnie"
        ) from exc
    participation_record(
        commune=petition.commune,
        kind="petition_signed",
        module=MODULE,
        person=signer,
        person_key="" if signer else cnie_hash(cnie, purpose="ledger")[:64],
        target=petition,
        channel=channel,
    )
    # Last, so the row lock this update takes is held only until the commit. It counts
    # only while the petition collects: a deposit that committed meanwhile (it locks the
    # row) makes it match nothing, and the whole signature is rolled back.
    paper = int(channel == Channel.PAPER)
    rows = Petition.objects.for_commune(petition.commune).filter(pk=petition.pk)
    if not rows.filter(status=Status.COLLECTING).update(
        signature_count=F("signature_count") + 1,
        paper_signature_count=F("paper_signature_count") + paper,
    ):
        raise PetitionError(_("This petition is not collecting signatures."), "not_open")
    # Our update holds the row until the commit: these are exactly the counts after it,
    # so one signature only ever meets the threshold.
    petition.signature_count, petition.paper_signature_count = rows.values_list(
        "signature_count", "paper_signature_count"
    ).get()
    if petition.threshold and petition.signature_count == petition.threshold:
        _event(petition, PetitionEvent.Kind.THRESHOLD)
        _notify(
            petition,
            "threshold",
            _("Your petition has enough signatures: %(title)s") % {"title": petition.title},
            _("You can now deposit it with the president of the council."),
        )
    return signature


@transaction.atomic
def petition_sign(
    *,
    commune: Commune,
    petition: Petition,
    signer,
    full_name: str,
    cnie: str,
    address: str,
    basis: str,
    declares_electoral_eligibility: bool,
) -> Signature:
    """An online signature (art. 123): one per CNIE number and petition whatever the
    account, one per account. Exact under concurrency without holding the petition's
    row for the whole act (many citizens sign at once): unique constraints on
    (petition, cnie_hash) and (petition, signer) back the duplicate checks, and the
    count is raised last, only while the petition still collects (see _add_signature)."""
    if not getattr(signer, "is_authenticated", False):
        raise PermissionError("online signatures need an account")
    _check_commune(commune, petition)
    require_cnie_collection_allowed(commune)
    return _add_signature(
        petition,
        channel=Channel.ONLINE,
        signer=signer,
        entered_by=None,
        sheet=None,
        full_name=full_name,
        cnie=cnie,
        address=address,
        basis=basis,
        declares_electoral_eligibility=declares_electoral_eligibility,
    )


@transaction.atomic
def petition_signature_withdraw(*, commune: Commune, petition: Petition, signer) -> None:
    """A signer takes back their online signature before deposit; it is deleted, and
    so is its ledger row (a withdrawn signature is not participation)."""
    petition = _lock(commune, petition)
    if petition.status != Status.COLLECTING:
        raise PetitionError(
            _("Signatures can only be withdrawn before the petition is deposited."), "closed"
        )
    deleted, _rows = (
        Signature.objects.for_commune(commune)
        .filter(petition=petition, signer=signer, channel=Channel.ONLINE)
        .delete()
    )
    if not deleted:
        raise PetitionError(_("You have not signed this petition."), "not_signed")
    Petition.objects.for_commune(commune).filter(pk=petition.pk).update(
        signature_count=F("signature_count") - 1
    )
    participation_retract(commune=commune, kind="petition_signed", target=petition, person=signer)


def _require_officer(actor, commune):
    _require_roles(actor, commune, (OFFICER,), "entering paper signatures")


@transaction.atomic
def petition_paper_sheet_add(
    *, commune: Commune, petition: Petition, actor, label: str, scan: File | None = None
) -> PaperSheet:
    """The petitions officer registers a paper sheet, with its scan (private storage)."""
    _require_officer(actor, commune)
    require_cnie_collection_allowed(commune)
    petition = _lock(commune, petition)
    if petition.status != Status.COLLECTING:
        raise PetitionError(_("This petition is not collecting signatures."), "not_open")
    sheet = PaperSheet(commune=commune, petition=petition, label=label.strip(), uploaded_by=actor)
    if scan is not None:
        sheet.scan = scan
    sheet.save()
    _audit(petition, actor, "paper_sheet_add", sheet=sheet.pk, label=sheet.label)
    return sheet


@transaction.atomic
def petition_paper_signature_add(
    *,
    commune: Commune,
    petition: Petition,
    sheet: PaperSheet,
    actor,
    full_name: str,
    cnie: str,
    address: str,
    basis: str,
    declares_electoral_eligibility: bool,
) -> Signature:
    """One signature read from a paper sheet, de-duplicated against every other
    signature (online or paper) by CNIE."""
    _require_officer(actor, commune)
    require_cnie_collection_allowed(commune)
    petition = _lock(commune, petition)
    if sheet.petition_id != petition.pk:
        raise ValueError("the sheet belongs to another petition")
    signature = _add_signature(
        petition,
        channel=Channel.PAPER,
        signer=None,
        entered_by=actor,
        sheet=sheet,
        full_name=full_name,
        cnie=cnie,
        address=address,
        basis=basis,
        declares_electoral_eligibility=declares_electoral_eligibility,
    )
    _audit(petition, actor, "paper_signature_add", sheet=sheet.pk, signature=signature.pk)
    return signature


# Spreadsheet columns for paper sheets (first row: headings, ignored).
IMPORT_COLUMNS = ("full_name", "cnie", "address", "basis", "electoral")
_YES = {"1", "x", "yes", "y", "oui", "o", "نعم", "true", "vrai"}
_BASIS_WORDS = {
    Basis.RESIDENCE: {"residence", "résidence", "r", "سكن", "السكن", "الإقامة", "اقامة", "إقامة"},
    Basis.ACTIVITY: {"activity", "activité", "activite", "a", "نشاط", "النشاط"},
}


@dataclass
class ImportResult:
    added: int = 0
    duplicates: list[int] = field(default_factory=list)  # spreadsheet row numbers
    errors: list[tuple[int, str]] = field(default_factory=list)  # (row, message)


def _basis_from_cell(value) -> str | None:
    word = str(value or "").strip().lower()
    for basis, words in _BASIS_WORDS.items():
        if word in words or word == basis:
            return basis
    return None


@transaction.atomic
def petition_paper_import(
    *, commune: Commune, petition: Petition, sheet: PaperSheet, actor, xlsx: File
) -> ImportResult:
    """Import a paper sheet typed into a spreadsheet (columns: full name, CNIE, address,
    link with the commune, electoral eligibility). Valid rows are added; duplicates
    (online or paper, same CNIE) and invalid rows are reported by row number and
    skipped. One audit entry says how many rows came in."""
    from openpyxl import load_workbook

    _require_officer(actor, commune)
    require_cnie_collection_allowed(commune)
    petition = _lock(commune, petition)
    if sheet.petition_id != petition.pk:
        raise ValueError("the sheet belongs to another petition")
    try:
        workbook = load_workbook(io.BytesIO(xlsx.read()), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not XLSX
        raise PetitionError(_("This file is not an XLSX spreadsheet."), "not_xlsx") from exc
    result = ImportResult()
    rows = workbook.active.iter_rows(min_row=2, values_only=True)
    for number, row in enumerate(rows, start=2):
        cells = list(row[: len(IMPORT_COLUMNS)]) + [None] * len(IMPORT_COLUMNS)
        full_name, cnie, address, basis_cell, electoral = cells[: len(IMPORT_COLUMNS)]
        if not any(cells):
            continue
        basis = _basis_from_cell(basis_cell)
        if basis is None:
            result.errors.append((number, _("Link with the commune not understood.")))
            continue
        try:
            _add_signature(
                petition,
                channel=Channel.PAPER,
                signer=None,
                entered_by=actor,
                sheet=sheet,
                full_name=str(full_name or ""),
                cnie=normalize_cnie(cnie),
                address=str(address or ""),
                basis=basis,
                declares_electoral_eligibility=str(electoral or "").strip().lower() in _YES,
            )
        except PetitionError as error:
            if error.code == "duplicate_cnie":
                result.duplicates.append(number)
            elif error.code == "not_open":
                raise
            else:
                result.errors.append((number, str(error.message)))
            continue
        result.added += 1
    workbook.close()
    _audit(
        petition,
        actor,
        "paper_import",
        sheet=sheet.pk,
        added=result.added,
        duplicates=len(result.duplicates),
        errors=len(result.errors),
    )
    return result


# --- Deposit and decisions -----------------------------------------------------------


def _receipt_number(commune: Commune, year: int) -> str:
    # Deposits of one commune are serialised by locking the commune's row.
    Commune.objects.select_for_update().filter(pk=commune.pk).first()
    taken = (
        Petition.objects.for_commune(commune).filter(receipt_number__startswith=f"{year}/").count()
    )
    return f"{year}/{taken + 1:04d}"


@transaction.atomic
def petition_deposit(*, commune: Commune, petition: Petition, actor) -> Petition:
    """The mandatary deposits the petition with the president (art. 125): the receipt is
    issued at once, numbered and dated, and the bureau's 3-month clock starts."""
    petition = _lock(commune, petition)
    if petition.mandatary_id != getattr(actor, "pk", None):
        raise PermissionError("only the mandatary deposits the petition")
    expected = Status.COLLECTING if petition.kind == Petition.Kind.CITIZENS else Status.DRAFT
    if petition.status != expected:
        raise PetitionError(_("This petition cannot be deposited now."), "status")
    _check_declarations(petition)
    today = timezone.localdate()
    if petition.kind == Petition.Kind.CITIZENS:
        if not petition.threshold_met:
            raise PetitionError(
                _("The petition needs %(threshold)s signatures; it has %(count)s (art. 123).")
                % {"threshold": petition.threshold, "count": petition.signature_count},
                "threshold",
            )
    else:
        _check_can_act(actor, petition.association)
        _check_association(petition, on=today)
    now = timezone.now()
    petition.status = Status.DEPOSITED
    petition.deposited_at = now
    petition.receipt_number = _receipt_number(commune, today.year)
    months = selectors.commune_rules(commune).decision_months
    petition.decision_deadline = rules.decision_deadline(today, months)
    petition.save(update_fields=["status", "deposited_at", "receipt_number", "decision_deadline"])
    _event(petition, PetitionEvent.Kind.DEPOSITED, note=petition.receipt_number, at=now)
    participation_record(
        commune=commune, kind="petition_filed", module=MODULE, person=actor, target=petition
    )
    _notify(
        petition,
        "deposited",
        _("Petition deposited: %(title)s") % {"title": petition.title},
        _("Receipt no. %(number)s. The bureau must decide by %(deadline)s.")
        % {
            "number": petition.receipt_number,
            "deadline": date_format(petition.decision_deadline, "DATE_FORMAT"),
        },
        signatories=True,
        staff=selectors.REMINDED_ROLES,
    )
    return petition


def _session_for(commune: Commune, after: datetime.date) -> CouncilSession:
    session = selectors.next_session(commune, after)
    if session is None:
        session, _created = CouncilSession.unscoped.get_or_create(
            commune=commune,
            kind=CouncilSession.Kind.ORDINARY,
            starts_on=rules.next_ordinary_session(after),
        )
    return session


@transaction.atomic
def petition_bureau_decide(
    *,
    commune: Commune,
    petition: Petition,
    actor,
    admissible: bool,
    reasons: str = "",
    committees: str = "",
    session: CouncilSession | None = None,
) -> Petition:
    """The bureau's decision on admissibility (art. 125), recorded by the petitions
    officer (or a bureau member, or the president). Not admissible: reasons are
    required and the procedure ends. Admissible: the petition goes on the agenda of
    the next ordinary session (or `session`), referred to `committees`."""
    _require_roles(actor, commune, DECISION_ROLES, "recording the bureau's decision")
    petition = _lock(commune, petition)
    if petition.status != Status.DEPOSITED:
        raise PetitionError(_("The bureau decides on deposited petitions only."), "status")
    reasons = reasons.strip()
    if not admissible and not reasons:
        raise PetitionError(
            _("A decision of inadmissibility must give its reasons (art. 125)."), "reasons"
        )
    now = timezone.now()
    petition.bureau_decided_at = now
    petition.bureau_reasons = reasons
    if admissible:
        if session is not None and session.commune_id != commune.pk:
            raise ValueError("the session belongs to another commune")
        petition.status = Status.ADMISSIBLE
        petition.session = session or _session_for(commune, timezone.localdate())
        petition.committees = committees.strip()
        _event(petition, PetitionEvent.Kind.ADMISSIBLE, note=reasons, at=now)
        _event(
            petition,
            PetitionEvent.Kind.SCHEDULED,
            note=" — ".join(filter(None, [str(petition.session), petition.committees])),
            at=now,
        )
        title = _("Petition admissible: %(title)s")
        body = _("The bureau found the petition admissible. It is on the agenda of: %(s)s.") % {
            "s": petition.session
        }
    else:
        petition.status = Status.INADMISSIBLE
        petition.closed_at = now
        _event(petition, PetitionEvent.Kind.INADMISSIBLE, note=reasons, at=now)
        title = _("Petition not admissible: %(title)s")
        body = _("The bureau found the petition not admissible. Reasons: %(reasons)s") % {
            "reasons": reasons
        }
    petition.save()
    _audit(petition, actor, "bureau_decide", admissible=admissible)
    _notify(petition, "bureau", title % {"title": petition.title}, body, signatories=True)
    return petition


@transaction.atomic
def petition_schedule(
    *, commune: Commune, petition: Petition, actor, session: CouncilSession, committees: str
) -> Petition:
    """Move an admissible petition to another session or change its committees."""
    _require_roles(actor, commune, DECISION_ROLES, "scheduling a petition")
    petition = _lock(commune, petition)
    if petition.status != Status.ADMISSIBLE:
        raise PetitionError(_("Only admissible petitions are scheduled."), "status")
    if session.commune_id != commune.pk:
        raise ValueError("the session belongs to another commune")
    petition.session = session
    petition.committees = committees.strip()
    petition.save(update_fields=["session", "committees"])
    _event(
        petition,
        PetitionEvent.Kind.SCHEDULED,
        note=" — ".join(filter(None, [str(session), petition.committees])),
    )
    _audit(petition, actor, "schedule", session=session.pk, committees=petition.committees)
    _notify(
        petition,
        "scheduled",
        _("Petition scheduled: %(title)s") % {"title": petition.title},
        _("On the agenda of: %(session)s.") % {"session": session},
        signatories=True,
    )
    return petition


@transaction.atomic
def petition_committees_examine(
    *,
    commune: Commune,
    petition: Petition,
    actor,
    committees: str,
    examined_on: datetime.date,
    report: str,
) -> Petition:
    """The standing committee(s) the petition was referred to have examined it (art. 125
    [P]); their conclusions are published before the council deliberates."""
    _require_roles(actor, commune, DECISION_ROLES, "recording the committees' examination")
    petition = _lock(commune, petition)
    if petition.status != Status.ADMISSIBLE:
        raise PetitionError(
            _("Only petitions the bureau found admissible go to the committees."), "status"
        )
    committees, report = committees.strip(), report.strip()
    if not committees or not report:
        raise PetitionError(
            _("Name the committee(s) and summarise their conclusions."), "incomplete"
        )
    if examined_on > timezone.localdate():
        raise PetitionError(_("The examination date cannot be in the future."), "future")
    petition.committees = committees
    petition.committees_examined_on = examined_on
    petition.committees_report = report
    petition.save(update_fields=["committees", "committees_examined_on", "committees_report"])
    _event(petition, PetitionEvent.Kind.EXAMINED, note=f"{committees} — {report}")
    _audit(petition, actor, "committees_examine", committees=committees)
    _notify(
        petition,
        "examined",
        _("Petition examined by the committee(s): %(title)s") % {"title": petition.title},
        _("%(committees)s examined the petition. Conclusions: %(report)s")
        % {"committees": committees, "report": report},
        signatories=True,
    )
    return petition


@transaction.atomic
def petition_council_decide(
    *, commune: Commune, petition: Petition, actor, accepted: bool, deliberation: str
) -> Petition:
    """The council's decision after deliberation, published with its summary."""
    _require_roles(actor, commune, DECISION_ROLES, "recording the council's decision")
    petition = _lock(commune, petition)
    if petition.status != Status.ADMISSIBLE:
        raise PetitionError(
            _("The council decides on petitions the bureau found admissible."), "status"
        )
    if not rules.council_may_decide(committees_examined=bool(petition.committees_examined_on)):
        raise PetitionError(
            _(
                "The standing committee(s) examine the petition before the council "
                "deliberates (art. 125): record their examination first."
            ),
            "committees",
        )
    deliberation = deliberation.strip()
    if not deliberation:
        raise PetitionError(_("Summarise the council's deliberation."), "deliberation")
    now = timezone.now()
    petition.status = Status.ACCEPTED if accepted else Status.REJECTED
    petition.council_decided_at = now
    petition.council_deliberation = deliberation
    petition.closed_at = now
    petition.save()
    kind = PetitionEvent.Kind.ACCEPTED if accepted else PetitionEvent.Kind.REJECTED
    _event(petition, kind, note=deliberation, at=now)
    _audit(petition, actor, "council_decide", accepted=accepted)
    title = _("Council's decision on your petition: %(title)s") % {"title": petition.title}
    body = (
        _("The council accepted the petition.")
        if accepted
        else _("The council rejected the petition.")
    )
    _notify(petition, "council", title, body, signatories=True)
    return petition


# --- Personal data -------------------------------------------------------------------


SIGNATORY_EXPORT_FORMATS = ("xlsx", "pdf")


def petition_signatories_export(
    *, commune: Commune, petition: Petition, actor, fmt: str = "xlsx"
) -> bytes:
    """The list of signatories for the official file, as XLSX or PDF (clear CNIE
    numbers): the petitions officer only, and each export is in the audit trail."""
    if fmt not in SIGNATORY_EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    _require_roles(actor, commune, (OFFICER,), "exporting signatories")
    _check_commune(commune, petition)
    if petition.personal_data_purged_at:
        raise PetitionError(_("The signatories' data was deleted."), "purged")
    header = [
        "#",
        _("full name"),
        _("CNIE number"),
        _("address"),
        _("link with the commune"),
        _("channel"),
        _("sheet"),
        _("signed"),
    ]
    rows = [
        [
            number,
            signature.full_name,
            signature.cnie_clear(),
            signature.address,
            str(signature.get_basis_display()),
            str(signature.get_channel_display()),
            signature.sheet.label if signature.sheet_id else "",
            timezone.localtime(signature.signed_at).strftime("%Y-%m-%d %H:%M"),
        ]
        for number, signature in enumerate(selectors.signatures_for_file(petition), start=1)
    ]
    content = _signatories_pdf(petition, header, rows) if fmt == "pdf" else _xlsx(header, rows)
    with transaction.atomic():
        _audit(petition, actor, "export_signatories", format=fmt, rows=len(rows))
    return content


def _xlsx(header: list, rows: list[list]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "signatories"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def _signatories_pdf(petition: Petition, header: list, rows: list[list]) -> bytes:
    from moucharaka.core.pdf import render_pdf

    return render_pdf(
        "petitions/pdf/signatories.html",
        {"petition": petition, "header": header, "rows": rows, "printed_at": timezone.now()},
    )


def petition_receipt_pdf(*, petition: Petition) -> bytes:
    """The deposit receipt (art. 125) as a PDF, in the active language."""
    from moucharaka.core.pdf import render_pdf

    if not petition.receipt_number:
        raise PetitionError(_("This petition has not been deposited."), "not_deposited")
    return render_pdf("petitions/pdf/receipt.html", {"petition": petition})


@transaction.atomic
def petition_personal_data_purge(*, commune: Commune, petition: Petition, actor=None) -> int:
    """Delete the signatories' personal data of an ended procedure (law 09-08): the
    signatures (names, addresses, encrypted CNIE numbers, hashes), the scanned sheets,
    the association's documents and the mandatary's contact details. The counts, the
    decisions and the timeline stay. Returns how many signatures were deleted."""
    petition = _lock(commune, petition)
    if petition.closed_at is None:
        raise PetitionError(_("The procedure has not ended."), "open")
    if petition.personal_data_purged_at:
        return 0
    deleted, _rows = Signature.objects.for_commune(commune).filter(petition=petition).delete()
    for sheet in PaperSheet.objects.for_commune(commune).filter(petition=petition):
        if sheet.scan:
            sheet.scan.delete(save=False)
            sheet.save(update_fields=["scan"])
    for document in (petition.good_standing_document, petition.mandate_document):
        if document:
            document.delete(save=False)
    petition.mandatary_address = ""
    petition.mandatary_phone = ""
    petition.personal_data_purged_at = timezone.now()
    petition.save()
    _event(petition, PetitionEvent.Kind.PURGED)
    _audit(petition, actor, "purge", signatures=deleted)
    return deleted


def petitions_purge_due(*, today: datetime.date | None = None) -> int:
    """Purge every ended procedure whose retention period is over (all communes);
    run daily by the Huey task and by `manage.py purge_petition_signatories`."""
    today = today or timezone.localdate()
    # Ended on or before `last_day` (local time) means the purge is due (rules.purge_due_on).
    last_day = today - datetime.timedelta(days=settings.PETITIONS_PURGE_AFTER_DAYS)
    before = timezone.make_aware(
        datetime.datetime.combine(last_day + datetime.timedelta(days=1), datetime.time())
    )
    due = (
        Petition.objects.across_communes()
        .filter(closed_at__lt=before, personal_data_purged_at__isnull=True)
        .select_related("commune")
        .order_by("id")
    )
    purged = 0
    for petition in due:
        if rules.purge_due_on(timezone.localdate(petition.closed_at)) <= today:
            petition_personal_data_purge(commune=petition.commune, petition=petition)
            purged += 1
    return purged


def petition_deadline_reminders(*, today: datetime.date | None = None) -> int:
    """Remind the petitions officer and the president of bureau deadlines (art. 125),
    PETITIONS_REMINDER_DAYS days before; each reminder goes once."""
    today = today or timezone.localdate()
    waiting = (
        Petition.objects.across_communes()
        .filter(status=Status.DEPOSITED, decision_deadline__gte=today)
        .select_related("commune")
    )
    sent = 0
    for petition in waiting:
        days = rules.reminder_due(deadline=petition.decision_deadline, today=today)
        if days is None or days in petition.reminders_sent:
            continue
        with transaction.atomic():
            petition.reminders_sent = [*petition.reminders_sent, days]
            petition.save(update_fields=["reminders_sent"])
            publish(
                commune=petition.commune,
                event="petitions.deadline",
                recipients=selectors.staff_with_roles(petition.commune, selectors.REMINDED_ROLES),
                title=_("%(days)s days left for the bureau: %(title)s")
                % {"days": days, "title": petition.title},
                body=_("The bureau must decide on petition %(number)s by %(deadline)s.")
                % {
                    "number": petition.receipt_number,
                    "deadline": date_format(petition.decision_deadline, "DATE_FORMAT"),
                },
                url=petition_url(petition),
            )
        sent += 1
    return sent
