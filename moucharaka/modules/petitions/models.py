"""Petitions to the commune council (organic law 113.14, arts. 121–125; DOMAIN §4).

Personal data (law 09-08): signatories' names, addresses and CNIE numbers live only in
`Signature` (CNIE encrypted, with a keyed hash) and scanned sheets in `PaperSheet`
(private storage); both are purged a configurable time after the procedure ends, while
the counts on `Petition` and the decisions stay.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from moucharaka.core.identity.models import CnieColumns
from moucharaka.core.identity.storage import private_storage
from moucharaka.core.ledger.models import Channel
from moucharaka.core.tenancy import TenantModel
from moucharaka.modules.petitions import rules


class Basis(models.TextChoices):
    """Art. 123: why a citizen may petition this commune."""

    RESIDENCE = "residence", _("I live in the commune")
    ACTIVITY = (
        "activity",
        _("I carry on an economic, commercial or professional activity in the commune"),
    )


class CouncilSession(TenantModel):
    """The commune council's calendar (ordinary sessions: February, May, October [U])."""

    class Kind(models.TextChoices):
        ORDINARY = "ordinary", _("ordinary session")
        EXTRAORDINARY = "extraordinary", _("extraordinary session")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.ORDINARY)
    starts_on = models.DateField(_("opening day"))
    title = models.CharField(_("title"), max_length=120, blank=True)

    class Meta:
        ordering = ["starts_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["commune", "kind", "starts_on"], name="petitions_session_unique"
            )
        ]
        verbose_name = _("council session")
        verbose_name_plural = _("council sessions")

    def __str__(self) -> str:
        from django.utils.formats import date_format

        label = self.title or self.get_kind_display()
        return f"{label} — {date_format(self.starts_on, 'F Y')}"


class Petition(TenantModel):
    comments_module = "petitions"  # opts in to core comments

    class Kind(models.TextChoices):
        CITIZENS = "citizens", _("citizens' petition")
        ASSOCIATION = "association", _("association's petition")

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        COLLECTING = "collecting", _("collecting signatures")
        DEPOSITED = "deposited", _("deposited, awaiting the bureau")
        ADMISSIBLE = "admissible", _("admissible, on the council's agenda")
        INADMISSIBLE = "inadmissible", _("not admissible")
        ACCEPTED = "accepted", _("accepted by the council")
        REJECTED = "rejected", _("rejected by the council")
        WITHDRAWN = "withdrawn", _("withdrawn by the mandatary")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    title = models.CharField(_("title"), max_length=200)
    requested_point = models.TextField(
        _("point to put on the council's agenda"),
        help_text=_("What exactly the council is asked to discuss (art. 121)."),
    )
    reasons = models.TextField(_("reasons"))
    objectives = models.TextField(_("objectives"))
    declares_within_powers = models.BooleanField(
        _("The point falls within the powers of the commune (art. 121)"), default=False
    )
    declares_constants_respected = models.BooleanField(
        _("The petition does not touch the constants of article 1 of the Constitution (art. 122)"),
        default=False,
    )

    # The mandatary (وكيل): the citizen who follows the procedure, or the person holding
    # the association's written mandate.
    mandatary = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("mandatary"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    mandatary_name = models.CharField(_("mandatary's full name"), max_length=150)
    mandatary_address = models.CharField(_("mandatary's address"), max_length=300, blank=True)
    mandatary_phone = models.CharField(_("mandatary's phone"), max_length=30, blank=True)

    # Associations' petitions (art. 124).
    association = models.ForeignKey(
        "accounts.Association",
        verbose_name=_("association"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    declares_branch_in_commune = models.BooleanField(
        _("The association has a branch in the commune"), default=False
    )
    branch_address = models.CharField(_("address of the branch"), max_length=300, blank=True)
    declares_related_activity = models.BooleanField(
        _("The association's activity is related to the subject of the petition"), default=False
    )
    declares_good_standing = models.BooleanField(
        _("The association is in good standing and run democratically according to its statutes"),
        default=False,
    )
    good_standing_document = models.FileField(
        _("supporting document (good standing)"),
        storage=private_storage,
        upload_to="petitions/standing/%Y/",
        blank=True,
    )
    mandate_document = models.FileField(
        _("written mandate of the association"),
        storage=private_storage,
        upload_to="petitions/mandates/%Y/",
        blank=True,
    )

    # Signatures (citizens' petitions). Counts stay after personal data is purged.
    threshold = models.PositiveIntegerField(_("signatures required"), null=True, blank=True)
    signature_count = models.PositiveIntegerField(_("signatures"), default=0)
    paper_signature_count = models.PositiveIntegerField(_("signatures on paper"), default=0)

    # Procedure (art. 125).
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    opened_at = models.DateTimeField(_("open for signatures since"), null=True, blank=True)
    deposited_at = models.DateTimeField(_("deposited"), null=True, blank=True)
    receipt_number = models.CharField(_("receipt number"), max_length=40, blank=True)
    decision_deadline = models.DateField(_("bureau's deadline"), null=True, blank=True)
    bureau_decided_at = models.DateTimeField(_("bureau's decision"), null=True, blank=True)
    bureau_reasons = models.TextField(_("bureau's reasons"), blank=True)
    session = models.ForeignKey(
        CouncilSession,
        verbose_name=_("council session"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="petitions",
    )
    committees = models.CharField(_("standing committee(s)"), max_length=300, blank=True)
    committees_examined_on = models.DateField(
        _("examined by the committee(s) on"), null=True, blank=True
    )
    committees_report = models.TextField(_("committee(s)' conclusions"), blank=True)
    council_decided_at = models.DateTimeField(_("council's decision"), null=True, blank=True)
    council_deliberation = models.TextField(_("council's deliberation"), blank=True)
    closed_at = models.DateTimeField(_("procedure ended"), null=True, blank=True)
    personal_data_purged_at = models.DateTimeField(
        _("signatories' data purged"), null=True, blank=True
    )
    reminders_sent = models.JSONField(default=list, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["commune", "status"], name="petitions_commune_status")]
        constraints = [
            models.UniqueConstraint(
                fields=["commune", "receipt_number"],
                condition=~models.Q(receipt_number=""),
                name="petitions_receipt_unique",
            ),
            models.CheckConstraint(
                condition=models.Q(kind="citizens", association__isnull=True)
                | models.Q(kind="association", association__isnull=False),
                name="petitions_kind_matches_association",
            ),
        ]
        verbose_name = _("petition")
        verbose_name_plural = _("petitions")

    def __str__(self) -> str:
        return self.title

    @property
    def is_open_for_signatures(self) -> bool:
        return self.status == self.Status.COLLECTING

    @property
    def online_signature_count(self) -> int:
        return self.signature_count - self.paper_signature_count

    @property
    def threshold_met(self) -> bool:
        return self.threshold is not None and self.signature_count >= self.threshold

    @property
    def is_overdue(self) -> bool:
        """Art. 125 [V]: deposited, past the bureau's deadline, no decision yet."""
        return rules.is_overdue(
            deadline=self.decision_deadline,
            decided=self.bureau_decided_at is not None,
            today=timezone.localdate(),
        )

    @property
    def deadline_status(self) -> str:
        """For staff screens (art. 125): days left, or overdue, while the bureau has
        not decided."""
        from django.utils.translation import ngettext

        if self.decision_deadline is None or self.bureau_decided_at is not None:
            return ""
        if self.is_overdue:
            return str(_("overdue"))
        left = (self.decision_deadline - timezone.localdate()).days
        return ngettext("%(n)s day left", "%(n)s days left", left) % {"n": left}

    @property
    def purge_due_on(self):
        if self.closed_at is None:
            return None
        return rules.purge_due_on(timezone.localdate(self.closed_at))

    @property
    def progress_percent(self) -> int:
        if not self.threshold:
            return 0
        return min(100, self.signature_count * 100 // self.threshold)


class PetitionAttachment(TenantModel):
    """Documents the petitioners attach to their text; public once the petition is."""

    petition = models.ForeignKey(Petition, on_delete=models.CASCADE, related_name="attachments")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to="petitions/attachments/%Y/")

    class Meta:
        ordering = ["id"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.title


class PaperSheet(TenantModel):
    """A scanned paper signature sheet; its signatures are entered one by one or
    imported from a spreadsheet. The scan holds personal data: private storage."""

    petition = models.ForeignKey(Petition, on_delete=models.CASCADE, related_name="sheets")
    label = models.CharField(_("sheet"), max_length=60, help_text=_("e.g. sheet 3 of 5"))
    scan = models.FileField(
        _("scanned sheet"), storage=private_storage, upload_to="petitions/sheets/%Y/", blank=True
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("paper sheet")
        verbose_name_plural = _("paper sheets")

    def __str__(self) -> str:
        return self.label


class Signature(CnieColumns, TenantModel):
    """One signatory of a citizens' petition, online or on paper. One per CNIE and
    petition whatever the account or channel (unique keyed hash); at most one online
    signature per account and petition."""

    petition = models.ForeignKey(Petition, on_delete=models.CASCADE, related_name="signatures")
    channel = models.CharField(
        max_length=12,
        choices=[(Channel.ONLINE, Channel.ONLINE.label), (Channel.PAPER, Channel.PAPER.label)],
        default=Channel.ONLINE,
    )
    signer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    full_name = models.CharField(_("full name"), max_length=150)
    address = models.CharField(_("address"), max_length=300)
    basis = models.CharField(_("link with the commune"), max_length=12, choices=Basis.choices)
    declares_electoral_eligibility = models.BooleanField(
        _("I meet the conditions to be registered on the electoral rolls"), default=False
    )
    sheet = models.ForeignKey(
        PaperSheet, on_delete=models.PROTECT, null=True, blank=True, related_name="signatures"
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    signed_at = models.DateTimeField(_("signed"), auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["petition", "cnie_hash"], name="petitions_one_signature_per_cnie"
            ),
            models.UniqueConstraint(
                fields=["petition", "signer"],
                condition=models.Q(signer__isnull=False),
                name="petitions_one_signature_per_account",
            ),
        ]
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")

    def __str__(self) -> str:
        return f"{self.petition_id} — {self.get_channel_display()}"


class PetitionEvent(TenantModel):
    """One dated step of the public timeline (art. 125 procedure)."""

    class Kind(models.TextChoices):
        OPENED = "opened", _("opened for signatures")
        THRESHOLD = "threshold", _("signature threshold reached")
        DEPOSITED = "deposited", _("deposited with the president, receipt issued")
        ADMISSIBLE = "admissible", _("declared admissible by the bureau")
        INADMISSIBLE = "inadmissible", _("declared not admissible by the bureau")
        SCHEDULED = "scheduled", _("put on the agenda of a council session")
        EXAMINED = "examined", _("examined by the standing committee(s)")
        ACCEPTED = "accepted", _("accepted by the council")
        REJECTED = "rejected", _("rejected by the council")
        WITHDRAWN = "withdrawn", _("withdrawn by the mandatary")
        PURGED = "purged", _("signatories' personal data deleted")

    petition = models.ForeignKey(Petition, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    at = models.DateTimeField(_("date"))
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("petition event")
        verbose_name_plural = _("petition events")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.at:%Y-%m-%d})"
