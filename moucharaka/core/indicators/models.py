from django.db import models
from django.utils.translation import gettext_lazy as _

from moucharaka.core.tenancy import TenantModel


class FiguresSnapshot(TenantModel):
    """The ledger figures of one commune for one period (`figures.compute`), kept with
    the fingerprint of the ledger rows they came from: the number of rows, the highest
    row id and the number of rows without an account. Ledger rows are only ever added
    or deleted, and deleting an account sets `person` to null, so any change to the
    rows of the period changes the fingerprint (see `snapshots.py`)."""

    start = models.DateTimeField()
    end = models.DateTimeField()
    row_count = models.PositiveIntegerField()
    last_row_id = models.BigIntegerField(null=True)
    anonymous_rows = models.PositiveIntegerField()
    data = models.JSONField()
    computed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["commune", "start", "end"], name="indicators_snapshot_unique"
            )
        ]
        verbose_name = _("figures snapshot")
        verbose_name_plural = _("figures snapshots")

    def __str__(self) -> str:
        return f"{self.commune_id} {self.start:%Y-%m-%d}–{self.end:%Y-%m-%d}"
