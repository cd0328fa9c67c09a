"""One row per act of participation; the charter indicators are queries over it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from moucharaka.core.tenancy import TenantModel


class Channel(models.TextChoices):
    ONLINE = "online", _("online")
    PAPER = "paper", _("on paper")
    IN_PERSON = "in_person", _("in person")
    PHONE = "phone", _("by phone")


class Gender(models.TextChoices):
    FEMALE = "female", _("woman")
    MALE = "male", _("man")


class AgeBand(models.TextChoices):
    UNDER_18 = "u18", _("under 18")
    AGE_18_29 = "18_29", _("18–29")
    AGE_30_44 = "30_44", _("30–44")
    AGE_45_59 = "45_59", _("45–59")
    AGE_60_PLUS = "60p", _("60 and over")


class Participation(TenantModel):
    """Append-only. `person` is null for anonymous or offline participants; then
    `person_key` (e.g. a keyed hash from a paper sheet) may still identify repeats."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    person_key = models.CharField(max_length=64, blank=True)
    kind = models.CharField(max_length=48)
    module = models.CharField(max_length=32)
    object_type = models.CharField(max_length=100, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    channel = models.CharField(max_length=12, choices=Channel.choices, default=Channel.ONLINE)
    occurred_at = models.DateTimeField()
    # Demographic snapshot at the time of the act, only with the person's consent.
    gender = models.CharField(max_length=8, choices=Gender.choices, blank=True)
    age_band = models.CharField(max_length=8, choices=AgeBand.choices, blank=True)
    district = models.ForeignKey(
        "territories.District", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    disability = models.BooleanField(null=True)

    class Meta:
        indexes = [
            models.Index(fields=["commune", "occurred_at"], name="ledger_commune_time"),
            models.Index(fields=["commune", "kind", "occurred_at"], name="ledger_commune_kind"),
            models.Index(fields=["person", "occurred_at"], name="ledger_person_time"),
            models.Index(fields=["commune", "person_key"], name="ledger_commune_personkey"),
        ]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")

    def __str__(self) -> str:
        return f"{self.kind} @ {self.occurred_at:%Y-%m-%d}"

    def save(self, *args, **kwargs):
        if self.pk:
            raise ValueError("The participation ledger is append-only")
        super().save(*args, **kwargs)

    @property
    def participant(self) -> str:
        """Identity used to count unique people: account first, then offline key; a row
        with neither is a participant of its own. `selectors.participant_identity()` is
        the same rule in SQL."""
        if self.person_id:
            return f"u{self.person_id}"
        return f"k{self.person_key}" if self.person_key else f"r{self.pk}"
