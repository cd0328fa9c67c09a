"""CNDP authorisations and the columns a model uses to hold a CNIE number."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from moucharaka.core.identity.cnie import cnie_hash, decrypt_cnie, encrypt_cnie, mask_cnie
from moucharaka.core.tenancy import TenantModel


class CnieColumns(models.Model):
    """Abstract: an encrypted CNIE number plus its keyed hash (never the clear number).

    Subclasses add their own uniqueness, e.g. `UniqueConstraint(fields=["petition",
    "cnie_hash"])` for one signature per person and petition. `cnie_clear()` is for the
    official file only; pages show `cnie_masked()` at most.
    """

    cnie_encrypted = models.TextField(_("CNIE number (encrypted)"), blank=True, editable=False)
    cnie_hash = models.CharField(
        _("CNIE keyed hash"), max_length=64, blank=True, editable=False, db_index=True
    )

    class Meta:
        abstract = True

    def set_cnie(self, number: str) -> None:
        self.cnie_encrypted = encrypt_cnie(number)
        self.cnie_hash = cnie_hash(number)

    def clear_cnie(self) -> None:
        """Forget the number (purge); the hash goes too, so nothing links back."""
        self.cnie_encrypted = ""
        self.cnie_hash = ""

    def cnie_clear(self) -> str:
        return decrypt_cnie(self.cnie_encrypted)

    def cnie_masked(self) -> str:
        return mask_cnie(self.cnie_clear())


class CndpAuthorisation(TenantModel):
    """The commune's authorisation from the CNDP to process CNIE numbers (law 09-08).

    Until a commune administrator records one that is in force, no form of the
    platform collects CNIE numbers for this commune (DOMAIN §7)."""

    reference = models.CharField(
        _("authorisation reference"),
        max_length=100,
        help_text=_("The number on the CNDP's decision, e.g. A-GC-123/2025."),
    )
    granted_on = models.DateField(_("date of the decision"))
    valid_until = models.DateField(
        _("valid until"),
        null=True,
        blank=True,
        help_text=_("Leave empty if the decision sets no end date."),
    )
    scope = models.TextField(
        _("purpose and scope"),
        help_text=_(
            "The processing the CNDP authorised, as written in its decision "
            "(e.g. petitions to the council, requests for information)."
        ),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        ordering = ["-granted_on", "-id"]
        verbose_name = _("CNDP authorisation")
        verbose_name_plural = _("CNDP authorisations")

    def __str__(self) -> str:
        return f"{self.reference} ({self.granted_on:%Y-%m-%d})"

    def in_force_on(self, day) -> bool:
        return self.granted_on <= day and (self.valid_until is None or day <= self.valid_until)
