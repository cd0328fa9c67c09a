from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from moucharaka.core.registry.manifests import registry
from moucharaka.core.tenancy import TenantModel


class ModuleInstance(TenantModel):
    """A module switched on for one commune, with its own settings and order."""

    key = models.CharField(_("module"), max_length=32)
    is_published = models.BooleanField(_("published"), default=True)
    weight = models.PositiveSmallIntegerField(_("order"), default=100)
    settings = models.JSONField(_("settings"), default=dict, blank=True)
    # When the tool came into use: "mechanisms in place" at a date (charter indicator 2).
    created_at = models.DateTimeField(_("switched on"), default=timezone.now)

    class Meta:
        ordering = ["weight", "key"]
        constraints = [
            models.UniqueConstraint(fields=["commune", "key"], name="module_instance_unique")
        ]
        verbose_name = _("module of a commune")
        verbose_name_plural = _("modules of communes")

    def __str__(self) -> str:
        manifest = self.manifest
        return f"{manifest.label if manifest else self.key} — {self.commune}"

    @property
    def manifest(self):
        """None when the module's code is no longer installed."""
        return registry.get(self.key)
