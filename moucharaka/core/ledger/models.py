"""One row per act of participation; the charter indicators are queries over it."""

import uuid

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
    # Who counts as one person, fixed when the row is written: "u<account id>", else
    # "k<person_key>", else "r<random>" (a participant of its own). Deleting an account
    # later sets `person` to null but leaves this, so figures do not change.
    participant = models.CharField(max_length=80, editable=False, default="")
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
            models.Index(fields=["commune", "participant"], name="ledger_commune_participant"),
        ]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")

    def __str__(self) -> str:
        return f"{self.kind} @ {self.occurred_at:%Y-%m-%d}"

    def save(self, *args, **kwargs):
        if self.pk:
            raise ValueError("The participation ledger is append-only")
        super().save(*args, **kwargs)

    @staticmethod
    def identify(*, person_id=None, person_key: str = "") -> str:
        """The `participant` of a new row: account first, then offline key, else a
        participant of its own."""
        if person_id:
            return f"u{person_id}"
        return f"k{person_key}" if person_key else f"r{uuid.uuid4().hex}"


class ParticipantPeriod(TenantModel):
    """The ledger rolled up: one row per participant, commune and period (each quarter
    and each year, keyed "2026-Q1" and "2026" in Africa/Casablanca time), with their
    number of acts and their demographic snapshot. Charter figures for a quarter or a
    year read these rows — tens of thousands where the ledger holds millions.

    Kept exact by the ledger's services, in the transaction of each act
    (`rollup.add`, `rollup.rebuild_participant`). When a participant's acts disagree on
    an attribute, the row keeps the largest known value (any known value over "not
    known"): a rule that does not depend on the order acts arrive in, so the rollup
    equals a rebuild from the ledger whatever happened (tests check it).
    """

    period = models.CharField(max_length=8)
    participant = models.CharField(max_length=80)
    acts = models.PositiveIntegerField()
    gender = models.CharField(max_length=8, blank=True)
    age_band = models.CharField(max_length=8, blank=True)
    district = models.ForeignKey(
        "territories.District", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    disability = models.BooleanField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["commune", "period", "participant"], name="ledger_rollup_unique"
            )
        ]
        # Covering on PostgreSQL: figures read only this index (ignored by SQLite).
        indexes = [
            models.Index(
                fields=["period", "commune"],
                include=["acts", "gender", "age_band", "district", "disability"],
                name="ledger_rollup_period",
            )
        ]
        verbose_name = _("participant in a period")
        verbose_name_plural = _("participants in periods")

    def __str__(self) -> str:
        return f"{self.participant} {self.period}"
