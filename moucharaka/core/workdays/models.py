"""A commune's own working calendar, on top of weekends and national public holidays."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from moucharaka.core.tenancy import TenantModel


class CalendarDay(TenantModel):
    """One day on which the commune's calendar differs from the national one.

    - a local closure: the commune's offices are closed (e.g. a local event decided by
      the governor);
    - a public holiday observed on this day: Islamic holidays follow the sighting of the
      moon, so the national calendar only estimates them; when the official date is
      announced, the commune administrator records it here...
    - ...and marks the estimated day as a working day if it is not a holiday after all.

    Recorded and corrected by the commune's administrator (audited); every legal
    deadline counted in working days for this commune takes these days into account.
    """

    class Kind(models.TextChoices):
        LOCAL_CLOSURE = "closure", _("local closure")
        HOLIDAY = "holiday", _("public holiday observed on this day")
        WORKING = "working", _("working day (the estimated holiday is not observed)")

    CLOSED_KINDS = (Kind.LOCAL_CLOSURE, Kind.HOLIDAY)

    day = models.DateField(_("day"))
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    reason = models.CharField(
        _("reason"),
        max_length=200,
        help_text=_(
            "e.g. “Eid al-Fitr observed on Monday after the moon sighting” or the "
            "decision that closes the offices."
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
        ordering = ["-day"]
        constraints = [
            models.UniqueConstraint(fields=["commune", "day"], name="workdays_one_entry_per_day")
        ]
        verbose_name = _("calendar day")
        verbose_name_plural = _("commune calendar")

    def __str__(self) -> str:
        return f"{self.day:%Y-%m-%d} — {self.get_kind_display()}"

    @property
    def is_closed(self) -> bool:
        return self.kind in self.CLOSED_KINDS
