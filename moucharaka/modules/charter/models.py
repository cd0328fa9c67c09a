"""The commune's participation charter (seed 001), its commitments, monitoring team,
targets and the quarterly and annual reports (§13.2)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from moucharaka.core.identity.storage import private_storage
from moucharaka.core.tenancy import TenantModel


class Actor(models.TextChoices):
    """The charter's actors (seed 001 §12): who a commitment binds."""

    COMMUNE = "commune", _("the commune")
    ASSOCIATIONS = "associations", _("associations")
    CITIZENS = "citizens", _("citizens")
    SHARED = "shared", _("shared commitments")


class Charter(TenantModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("being drafted")
        CONSULTATION = "consultation", _("under public consultation")
        ADOPTED = "adopted", _("adopted by the council")

    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices)
    text_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page with the charter's text"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    adopted_at = models.CharField(_("council session that adopted it"), max_length=200, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["commune"], name="charter_one_per_commune")]
        verbose_name = _("participation charter")
        verbose_name_plural = _("participation charters")

    def __str__(self) -> str:
        return self.title


class Commitment(TenantModel):
    class Status(models.TextChoices):
        # Contexts keep these apart from other modules' "planned" (a suggestion's answer).
        PLANNED = "planned", pgettext_lazy("commitment", "planned")
        IN_PROGRESS = "in_progress", pgettext_lazy("commitment", "in progress")
        DONE = "done", pgettext_lazy("commitment", "done")
        DROPPED = "dropped", pgettext_lazy("commitment", "dropped")

    charter = models.ForeignKey(Charter, on_delete=models.CASCADE, related_name="commitments")
    actor = models.CharField(_("actor"), max_length=16, choices=Actor.choices)
    title = models.CharField(_("commitment"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PLANNED
    )
    owner = models.CharField(_("who is responsible"), max_length=200, blank=True)
    evidence = models.TextField(_("evidence"), blank=True)
    evidence_url = models.URLField(_("link to the evidence"), blank=True)
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    due_on = models.DateField(_("due on"), null=True, blank=True)
    done_on = models.DateField(_("done on"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["actor", "position", "id"]
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")

    def __str__(self) -> str:
        return self.title

    @property
    def is_late(self) -> bool:
        return (
            self.status not in (self.Status.DONE, self.Status.DROPPED)
            and self.due_on is not None
            and self.due_on < timezone.localdate()
        )


class MonitoringMember(TenantModel):
    """A member of the charter's monitoring team (seed 001 §13.2)."""

    charter = models.ForeignKey(Charter, on_delete=models.CASCADE, related_name="members")
    name = models.CharField(_("name"), max_length=150)
    actor = models.CharField(_("represents"), max_length=16, choices=Actor.choices)
    organisation = models.CharField(_("organisation or role"), max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("monitoring team member")
        verbose_name_plural = _("monitoring team members")

    def __str__(self) -> str:
        return self.name


class Target(TenantModel):
    """A figure the charter aims at by a date: "500 participants in 2026". Whether it was
    reached is computed from the measure itself (charter indicator 12), never typed."""

    class Direction(models.TextChoices):
        AT_LEAST = "at_least", _("at least")
        AT_MOST = "at_most", _("at most")

    charter = models.ForeignKey(Charter, on_delete=models.CASCADE, related_name="targets")
    measure = models.CharField(_("measure"), max_length=100)
    direction = models.CharField(
        _("aim"), max_length=8, choices=Direction.choices, default=Direction.AT_LEAST
    )
    value = models.FloatField(_("target value"))
    period = models.CharField(
        _("period"), max_length=24, help_text=_("A year (2026) or a quarter (2026-Q3).")
    )
    due_on = models.DateField(_("due on"), editable=False)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        ordering = ["due_on", "id"]
        verbose_name = _("target")
        verbose_name_plural = _("targets")

    def __str__(self) -> str:
        return f"{self.measure} {self.get_direction_display()} {self.value:g} ({self.period})"


class Report(TenantModel):
    """A quarterly or annual report (seed 001 §13.2), generated in the background as PDF
    (Arabic and French) and XLSX from the figures and the staff's written sections."""

    class Kind(models.TextChoices):
        QUARTERLY = "quarterly", _("quarterly report")
        ANNUAL = "annual", _("annual report")

    class Status(models.TextChoices):
        QUEUED = "queued", _("waiting to be generated")
        RUNNING = "running", _("being generated")
        READY = "ready", _("ready")
        FAILED = "failed", _("failed")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    period = models.CharField(_("period"), max_length=24)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.QUEUED
    )
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    error = models.TextField(blank=True, editable=False)
    # Written by the monitoring team (seed 001 §13.2).
    achievements = models.TextField(_("achievements"), blank=True)
    challenges = models.TextField(_("challenges"), blank=True)
    improvement_plan = models.TextField(_("improvement plan"), blank=True)
    pdf_ar = models.FileField(storage=private_storage, upload_to="charter/reports/", blank=True)
    pdf_fr = models.FileField(storage=private_storage, upload_to="charter/reports/", blank=True)
    xlsx = models.FileField(storage=private_storage, upload_to="charter/reports/", blank=True)
    is_published = models.BooleanField(_("published"), default=False)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    generated_at = models.DateTimeField(_("generated"), null=True, blank=True)

    class Meta:
        ordering = ["-period", "kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["commune", "kind", "period"], name="charter_one_report_per_period"
            )
        ]
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.period}"
