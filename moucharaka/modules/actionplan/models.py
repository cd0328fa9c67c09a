"""The commune's action programme (برنامج عمل الجماعة, PAC; organic law 113.14 arts. 78–82,
decree 2.16.301): programme → axes → projects, with their budget, milestones, indicators,
photos, documents, the public record of updates (تحيين), evaluations, and links to the
citizens' and associations' proposals each project came from."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from moucharaka.core.tenancy import TenantModel
from moucharaka.core.territories.models import LocalizedNameMixin
from moucharaka.modules.actionplan import rules


def _french() -> bool:
    return (get_language() or "ar").startswith(("fr", "en"))


def _money(label):
    return models.DecimalField(
        label, max_digits=14, decimal_places=2, default=0, validators=[MinValueValidator(0)]
    )


class Programme(TenantModel):
    """One mandate's action programme (six years, art. 78)."""

    class Status(models.TextChoices):
        DIAGNOSIS = "diagnosis", pgettext_lazy("programme status", "diagnosis")
        DRAFTING = "drafting", pgettext_lazy("programme status", "drafting")
        ADOPTED = "adopted", pgettext_lazy("programme status", "adopted")
        UNDER_UPDATE = "under_update", pgettext_lazy("programme status", "under update")
        EVALUATED = "evaluated", pgettext_lazy("programme status", "evaluated")

    title_ar = models.CharField(_("title (Arabic)"), max_length=200)
    title_fr = models.CharField(_("title (French)"), max_length=200, blank=True)
    start_year = models.PositiveSmallIntegerField(_("first year"))
    end_year = models.PositiveSmallIntegerField(_("last year"))
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.DIAGNOSIS
    )
    adopted_on = models.DateField(_("adopted by the council on"), null=True, blank=True)
    adoption_reference = models.CharField(
        _("council decision"),
        max_length=200,
        blank=True,
        help_text=_("The council's decision that adopted the programme (number, session)."),
    )
    summary_ar = models.TextField(_("summary (Arabic)"), blank=True)
    summary_fr = models.TextField(_("summary (French)"), blank=True)
    is_published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("Shown on the commune's public site."),
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-start_year", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["commune", "start_year"], name="actionplan_programme_year_unique"
            ),
            models.CheckConstraint(
                name="actionplan_programme_years_ordered",
                condition=models.Q(end_year__gte=models.F("start_year")),
            ),
        ]
        verbose_name = _("action programme")
        verbose_name_plural = _("action programmes")

    def __str__(self) -> str:
        return f"{self.title} ({self.start_year}–{self.end_year})"

    @property
    def title(self) -> str:
        return self.title_fr if _french() and self.title_fr else self.title_ar

    @property
    def summary(self) -> str:
        return self.summary_fr if _french() and self.summary_fr else self.summary_ar

    @property
    def years(self) -> range:
        return range(self.start_year, self.end_year + 1)

    def get_absolute_url(self) -> str:
        return reverse(
            "module-actionplan:programme",
            kwargs={"commune_slug": self.commune.slug, "pk": self.pk},
        )


class Axis(LocalizedNameMixin, TenantModel):
    """A strategic axis or priority of the programme (محور)."""

    programme = models.ForeignKey(
        Programme, verbose_name=_("programme"), on_delete=models.CASCADE, related_name="axes"
    )
    code = models.CharField(_("number"), max_length=20)
    name_ar = models.CharField(_("name (Arabic)"), max_length=200)
    name_fr = models.CharField(_("name (French)"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("position in lists"), default=100)

    class Meta:
        ordering = ["sort_order", "code", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "code"], name="actionplan_axis_code_unique"
            )
        ]
        verbose_name = _("axis")
        verbose_name_plural = _("axes")

    def __str__(self) -> str:
        return f"{self.code}. {self.name}"


class Category(LocalizedNameMixin, TenantModel):
    """A commune's own list of project domains (roads, lighting, social, sport…)."""

    name_ar = models.CharField(_("name (Arabic)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("position in lists"), default=100)

    class Meta:
        ordering = ["sort_order", "name_ar"]
        constraints = [
            models.UniqueConstraint(
                fields=["commune", "name_ar"], name="actionplan_category_unique"
            )
        ]
        verbose_name = _("project category")
        verbose_name_plural = _("project categories")


class Project(TenantModel, ClusterableModel):
    """An action of the programme. Its child rows (locations, yearly budget, funding,
    milestones, indicators) are edited with it in the back office."""

    # Opts in to the core comments (moucharaka.core.comments).
    comments_module = "actionplan"

    class Status(models.TextChoices):
        PLANNED = "planned", pgettext_lazy("project status", "planned")
        STUDIES = "studies", pgettext_lazy("project status", "studies and preparation")
        IN_PROGRESS = "in_progress", pgettext_lazy("project status", "in progress")
        COMPLETED = "completed", pgettext_lazy("project status", "completed")
        SUSPENDED = "suspended", pgettext_lazy("project status", "suspended")
        CANCELLED = "cancelled", pgettext_lazy("project status", "cancelled")

    class ProgressMode(models.TextChoices):
        MANUAL = "manual", _("entered by staff")
        MILESTONES = "milestones", _("computed from the milestones")

    programme = models.ForeignKey(
        Programme, verbose_name=_("programme"), on_delete=models.CASCADE, related_name="projects"
    )
    # RESTRICT: an axis with projects cannot be deleted, unless the whole programme is.
    axis = models.ForeignKey(
        Axis, verbose_name=_("axis"), on_delete=models.RESTRICT, related_name="projects"
    )
    code = models.CharField(
        _("number"),
        max_length=20,
        help_text=_("The project's number in the programme's spreadsheet, e.g. 1.3."),
    )
    title = models.CharField(_("title"), max_length=200)
    title_fr = models.CharField(_("title (French)"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="projects",
    )
    districts = models.ManyToManyField(
        "territories.District", verbose_name=_("districts"), blank=True, related_name="+"
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("planned end date"), null=True, blank=True)
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PLANNED
    )
    progress_mode = models.CharField(
        _("progress"),
        max_length=12,
        choices=ProgressMode.choices,
        default=ProgressMode.MANUAL,
    )
    # Kept in step by the services: the value entered, or the one computed from the
    # weighted milestones (rules.project_progress).
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), default=0, validators=[MaxValueValidator(100)]
    )
    partners = models.TextField(_("partners"), blank=True, help_text=_("One partner per line."))
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["axis__sort_order", "axis__code", "code", "id"]
        indexes = [
            models.Index(
                fields=["commune", "programme", "status"], name="actionplan_project_status"
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "code"], name="actionplan_project_code_unique"
            ),
            models.CheckConstraint(
                name="actionplan_project_progress_range", condition=models.Q(progress__lte=100)
            ),
        ]
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def display_title(self) -> str:
        return self.title_fr if _french() and self.title_fr else self.title

    @property
    def is_late(self) -> bool:
        return rules.is_late(status=self.status, end_date=self.end_date, today=timezone.localdate())

    @property
    def partner_list(self) -> list[str]:
        return [line.strip() for line in self.partners.splitlines() if line.strip()]

    def get_absolute_url(self) -> str:
        return reverse(
            "module-actionplan:project",
            kwargs={"commune_slug": self.commune.slug, "pk": self.pk},
        )


class ProjectLocation(TenantModel):
    """A place of the project on the map (a project may have several)."""

    project = ParentalKey(Project, on_delete=models.CASCADE, related_name="locations")
    label = models.CharField(_("place"), max_length=120, blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=6)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6)

    class Meta:
        ordering = ["id"]
        verbose_name = _("location")
        verbose_name_plural = _("locations")

    def __str__(self) -> str:
        return self.label or f"{self.latitude}, {self.longitude}"


class BudgetLine(TenantModel):
    """The project's money for one year of the programme, in dirhams: planned (المبرمج),
    committed (الملتزم به) and spent, i.e. paid (المؤدى)."""

    project = ParentalKey(Project, on_delete=models.CASCADE, related_name="budget_lines")
    year = models.PositiveSmallIntegerField(_("year"))
    planned = _money(_("planned (MAD)"))
    committed = _money(_("committed (MAD)"))
    spent = _money(_("spent (MAD)"))

    class Meta:
        ordering = ["year"]
        constraints = [
            models.UniqueConstraint(fields=["project", "year"], name="actionplan_budget_year")
        ]
        verbose_name = _("budget of a year")
        verbose_name_plural = _("budget by year")

    def __str__(self) -> str:
        return f"{self.project_id} {self.year}"


class Funding(TenantModel):
    """Who pays for the project: the commune's own budget, the region, the INDH, a
    donor… and how much, when known."""

    project = ParentalKey(Project, on_delete=models.CASCADE, related_name="fundings")
    source = models.CharField(_("source of funding"), max_length=150)
    amount = models.DecimalField(
        _("amount (MAD)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )

    class Meta:
        ordering = ["id"]
        verbose_name = _("source of funding")
        verbose_name_plural = _("sources of funding")

    def __str__(self) -> str:
        return self.source


class Milestone(TenantModel):
    """A step of the project with its planned date; `weight` says how much of the work
    it stands for when progress is computed from the milestones."""

    project = ParentalKey(Project, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(_("milestone"), max_length=200)
    planned_date = models.DateField(_("planned date"), null=True, blank=True)
    done_on = models.DateField(_("reached on"), null=True, blank=True)
    weight = models.PositiveSmallIntegerField(
        _("weight"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Share of the work, relative to the other milestones."),
    )

    class Meta:
        ordering = ["planned_date", "id"]
        constraints = [
            models.CheckConstraint(
                name="actionplan_milestone_weight", condition=models.Q(weight__gte=1)
            )
        ]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")

    def __str__(self) -> str:
        return self.title


class Indicator(TenantModel):
    """A measure of the project's results, with its target and the value reached."""

    project = ParentalKey(Project, on_delete=models.CASCADE, related_name="indicators")
    name = models.CharField(_("indicator"), max_length=200)
    unit = models.CharField(_("unit"), max_length=40, blank=True)
    baseline = models.DecimalField(
        _("starting value"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    target = models.DecimalField(
        _("target"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    actual = models.DecimalField(
        _("value reached"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    measured_on = models.DateField(_("measured on"), null=True, blank=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return self.name


def _random_path(folder: str, instance, filename: str, extension: str | None = None) -> str:
    # A random name: an uploaded file's own name may say who made it.
    suffix = extension or (filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin")
    return f"actionplan/{folder}/{instance.commune_id}/{uuid.uuid4().hex}.{suffix}"


def photo_path(instance, filename: str) -> str:
    return _random_path("photos", instance, filename, "jpg")


def document_path(instance, filename: str) -> str:
    return _random_path("documents", instance, filename)


class ProjectPhoto(TenantModel):
    """A photo of the works, re-encoded on upload without metadata (core photos)."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(
        _("photo"), upload_to=photo_path, width_field="width", height_field="height"
    )
    caption = models.CharField(_("caption"), max_length=200)
    taken_on = models.DateField(_("taken on"), null=True, blank=True)
    width = models.PositiveIntegerField(editable=False, default=0)
    height = models.PositiveIntegerField(editable=False, default=0)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-taken_on", "-id"]
        verbose_name = _("project photo")
        verbose_name_plural = _("project photos")

    def __str__(self) -> str:
        return self.caption


class ProjectDocument(TenantModel):
    """A public document about the project: study, call for tenders, agreement…"""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to=document_path)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("project document")
        verbose_name_plural = _("project documents")

    def __str__(self) -> str:
        return self.title

    @property
    def extension(self) -> str:
        return self.file.name.rsplit(".", 1)[-1].upper() if "." in self.file.name else ""


class Evaluation(TenantModel):
    """The mid-term or end-of-term evaluation of the programme (art. 78: the commune
    tracks, updates and evaluates its programme)."""

    class Kind(models.TextChoices):
        MID_TERM = "mid_term", _("mid-term evaluation")
        END_OF_TERM = "end_of_term", _("end-of-term evaluation")

    programme = models.ForeignKey(
        Programme, verbose_name=_("programme"), on_delete=models.CASCADE, related_name="evaluations"
    )
    kind = models.CharField(_("evaluation"), max_length=12, choices=Kind.choices)
    evaluated_on = models.DateField(_("date"))
    evaluator = models.CharField(
        _("evaluated by"),
        max_length=200,
        blank=True,
        help_text=_("E.g. an external expert, the equality body, a committee of the council."),
    )
    summary = models.TextField(_("main findings"))
    file = models.FileField(_("report"), upload_to=document_path, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["evaluated_on", "id"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "kind"], name="actionplan_evaluation_once")
        ]
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} — {self.programme_id}"


class Update(TenantModel):
    """A dated revision (تحيين) of a project or of the whole programme, public: what
    changed (`changes`, see changes.py), why (`reason`) and a note for the public."""

    class Kind(models.TextChoices):
        REVISION = "revision", _("revision")
        NOTE = "note", _("news")
        PROGRAMME = "programme", _("programme update")

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="updates")
    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, null=True, blank=True, related_name="updates"
    )
    kind = models.CharField(_("type"), max_length=12, choices=Kind.choices)
    at = models.DateTimeField(_("date"), default=timezone.now)
    reason = models.TextField(_("reason"), blank=True)
    note = models.TextField(_("public note"), blank=True)
    changes = models.JSONField(default=list, blank=True, editable=False)
    # Staff are not named publicly: the commune updates its programme as an institution.
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [
            models.Index(fields=["commune", "programme", "at"], name="actionplan_update_time")
        ]
        verbose_name = _("update")
        verbose_name_plural = _("updates")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.at:%Y-%m-%d}"


class Origin(TenantModel):
    """What a project came from: a suggestion, a petition, a consultation, a meeting's
    recommendation… of any module, through a generic relation (the module is not
    imported). `label` and `module` are kept as they were when it was linked."""

    class Proposer(models.TextChoices):
        CITIZENS = "citizens", _("citizens")
        ASSOCIATIONS = "associations", _("associations")
        BODIES = "bodies", _("consultative bodies")
        OTHER = "other", _("other participants")

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="origins")
    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    target_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("target_type", "target_id")
    module = models.CharField(_("module"), max_length=32)
    label = models.CharField(_("title"), max_length=255)
    proposer = models.CharField(
        _("proposed by"), max_length=16, choices=Proposer.choices, default=Proposer.CITIZENS
    )
    linked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    linked_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["linked_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "target_type", "target_id"], name="actionplan_origin_once"
            )
        ]
        verbose_name = _("origin")
        verbose_name_plural = _("origins")

    def __str__(self) -> str:
        return self.label


class Follow(TenantModel):
    """Someone who asked to be told of a project's updates, in the language they used."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="follows")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["project", "user"], name="actionplan_follow_once")
        ]
        verbose_name = _("follower")
        verbose_name_plural = _("followers")

    def __str__(self) -> str:
        return f"{self.user_id} → {self.project_id}"


class ProgrammeImport(TenantModel):
    """A spreadsheet uploaded to import or update a programme: kept from the preview to
    the confirmation, then as the record of what was imported."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="imports")
    filename = models.CharField(_("file"), max_length=255)
    content = models.BinaryField(editable=False)
    reason = models.TextField(_("reason"), blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)
    applied_at = models.DateTimeField(null=True, blank=True)
    summary = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-uploaded_at", "-id"]
        verbose_name = _("programme import")
        verbose_name_plural = _("programme imports")

    def __str__(self) -> str:
        return self.filename
