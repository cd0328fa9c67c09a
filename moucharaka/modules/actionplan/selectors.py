"""Reads of the action programme: public pages, roll-ups, staff pickers, exports and the
charter indicators. Every function runs a fixed number of queries, whatever the number
of projects (one per module whose items are linked, at most, for origins)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, QuerySet, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from moucharaka.core.registry.manifests import registry
from moucharaka.core.registry.selectors import module_settings
from moucharaka.core.tenancy import TenantModel
from moucharaka.core.territories.models import District
from moucharaka.core.text import normalize_arabic, words
from moucharaka.modules.actionplan import rules
from moucharaka.modules.actionplan.models import (
    Axis,
    BudgetLine,
    Follow,
    Origin,
    Programme,
    Project,
    ProjectLocation,
    Update,
)

MODULE = "actionplan"
PAGE_SIZE = 20
MAP_LIMIT = 500  # markers on the programme's map
PROPOSALS_LIMIT = 12  # projects in the programme page's "from your proposals" section
RECENT_UPDATES = 5
CANDIDATES_LIMIT = 20
CANDIDATES_SCAN = 500  # recent items searched by title when linking an origin
ZERO = Decimal(0)


# --- Settings -----------------------------------------------------------------------------


def progress_weighting(commune) -> str:
    value = module_settings(commune, MODULE).get("progress_weighting")
    return (
        value
        if value in (rules.WEIGHT_BY_BUDGET, rules.WEIGHT_EQUALLY)
        else (rules.WEIGHT_BY_BUDGET)
    )


def update_from_year(commune) -> int:
    return int(module_settings(commune, MODULE).get("update_from_year") or 0) or (
        rules.UPDATE_FROM_YEAR
    )


# --- Programmes and roll-ups ------------------------------------------------------------------


def public_programmes(commune) -> QuerySet[Programme]:
    return Programme.objects.for_commune(commune).filter(is_published=True)


def current_programme(commune) -> Programme | None:
    """The programme the public page opens on: the latest adopted (or being updated)
    one, else the latest published one."""
    programmes = public_programmes(commune)
    return (
        programmes.filter(status__in=["adopted", "under_update"]).order_by("-start_year").first()
        or programmes.order_by("-start_year").first()
    )


@dataclass
class Rollup:
    """Figures of a set of projects: an axis, or the whole programme. Cancelled projects
    are counted in `statuses` only: they are out of the progress and the budget."""

    projects: int = 0
    progress: int | None = None
    planned: Decimal = ZERO
    committed: Decimal = ZERO
    spent: Decimal = ZERO
    statuses: dict = field(default_factory=dict)
    late: int = 0

    @property
    def execution(self) -> float | None:
        return rules.share(self.spent, self.planned)

    @property
    def commitment(self) -> float | None:
        return rules.share(self.committed, self.planned)

    @property
    def execution_percent(self) -> int | None:
        return None if self.execution is None else round(100 * self.execution)

    @property
    def commitment_percent(self) -> int | None:
        return None if self.commitment is None else round(100 * self.commitment)

    @property
    def completed(self) -> int:
        return self.statuses.get(rules.COMPLETED, 0)


@dataclass
class AxisRollup(Rollup):
    axis: Axis | None = None


@dataclass
class Overview:
    programme: Programme
    axes: list[AxisRollup]
    total: Rollup
    years: list[dict]  # {year, planned, committed, spent, execution_percent}


def _rollup(rows: list[dict], *, weighting: str, today: date, into: Rollup) -> Rollup:
    counted = [row for row in rows if row["status"] in rules.COUNTED_STATUSES]
    into.projects = len(rows)
    for row in rows:
        into.statuses[row["status"]] = into.statuses.get(row["status"], 0) + 1
    into.late = sum(
        rules.is_late(status=row["status"], end_date=row["end_date"], today=today) for row in rows
    )
    into.planned = sum((row["planned"] or ZERO for row in counted), ZERO)
    into.committed = sum((row["committed"] or ZERO for row in counted), ZERO)
    into.spent = sum((row["spent"] or ZERO for row in counted), ZERO)
    into.progress = rules.rollup_progress(
        [(row["progress"], row["planned"]) for row in counted], weighting=weighting
    )
    return into


def programme_overview(
    programme: Programme, *, weighting: str | None = None, today: date | None = None
) -> Overview:
    """Progress and budget of each axis and of the programme, rolled up from the
    projects (rules.rollup_progress), and the budget year by year. Three queries."""
    commune_id = programme.commune_id
    weighting = weighting or progress_weighting(commune_id)
    today = today or timezone.localdate()
    axes = list(Axis.objects.for_commune(commune_id).filter(programme=programme))
    rows = list(
        Project.objects.for_commune(commune_id)
        .filter(programme=programme)
        .order_by()
        .values("pk", "axis_id", "status", "progress", "end_date")
        .annotate(
            planned=Sum("budget_lines__planned"),
            committed=Sum("budget_lines__committed"),
            spent=Sum("budget_lines__spent"),
        )
    )
    by_axis = defaultdict(list)
    for row in rows:
        by_axis[row["axis_id"]].append(row)
    axis_rollups = [
        _rollup(by_axis[axis.pk], weighting=weighting, today=today, into=AxisRollup(axis=axis))
        for axis in axes
    ]
    total = _rollup(rows, weighting=weighting, today=today, into=Rollup())
    yearly = {
        row["year"]: row
        for row in BudgetLine.objects.for_commune(commune_id)
        .filter(project__programme=programme, project__status__in=rules.COUNTED_STATUSES)
        .order_by()
        .values("year")
        .annotate(planned=Sum("planned"), committed=Sum("committed"), spent=Sum("spent"))
    }
    years = []
    for year in programme.years:
        money = yearly.get(year, {})
        planned = money.get("planned") or ZERO
        spent = money.get("spent") or ZERO
        execution = rules.share(spent, planned)
        years.append(
            {
                "year": year,
                "planned": planned,
                "committed": money.get("committed") or ZERO,
                "spent": spent,
                "execution_percent": None if execution is None else round(100 * execution),
            }
        )
    return Overview(programme=programme, axes=axis_rollups, total=total, years=years)


# --- Project lists ---------------------------------------------------------------------------


def _has_origin(commune_id):
    return Exists(Origin.objects.for_commune(commune_id).filter(project=OuterRef("pk")))


def project_list(
    programme: Programme,
    *,
    axis: Axis | None = None,
    district: District | None = None,
    status: str = "",
    category=None,
    from_proposals: bool = False,
    late: bool = False,
    today: date | None = None,
) -> QuerySet[Project]:
    """The programme's projects, filtered, each with its axis, category and districts,
    and `from_proposals` (linked to a proposal). One query per page, plus the count and
    the districts."""
    commune_id = programme.commune_id
    rows = (
        Project.objects.for_commune(commune_id)
        .filter(programme=programme)
        .select_related("axis", "category")
        .prefetch_related(Prefetch("districts", queryset=District.objects.order_by("name_ar")))
        .annotate(from_proposals=_has_origin(commune_id))
    )
    if axis is not None:
        rows = rows.filter(axis=axis)
    if district is not None:
        rows = rows.filter(districts=district)
    if status:
        rows = rows.filter(status=status)
    if category is not None:
        rows = rows.filter(category=category)
    if from_proposals:
        rows = rows.filter(from_proposals=True)
    if late:
        rows = rows.filter(
            status__in=rules.OPEN_STATUSES, end_date__lt=today or timezone.localdate()
        )
    return rows


def project_markers(
    rows: QuerySet[Project], *, commune_id, base_url: str, french: bool
) -> list[dict]:
    """Map markers for the places of the projects in `rows` (one query, at most
    MAP_LIMIT): plain data for a JSON script element."""
    places = (
        ProjectLocation.objects.for_commune(commune_id)
        .filter(project__in=rows.values("pk"))
        .order_by("project__code", "id")
        .values_list(
            "project_id",
            "project__title",
            "project__title_fr",
            "project__status",
            "latitude",
            "longitude",
        )[:MAP_LIMIT]
    )
    labels = dict(Project.Status.choices)
    return [
        {
            "lat": float(latitude),
            "lng": float(longitude),
            "title": (title_fr if french and title_fr else title),
            "text": str(labels.get(status, status)),
            "url": f"{base_url}{pk}/",
        }
        for pk, title, title_fr, status, latitude, longitude in places
    ]


def follow_counts(projects: Iterable[Project]) -> dict[int, int]:
    projects = list(projects)
    if not projects:
        return {}
    rows = (
        Follow.objects.for_commune(projects[0].commune_id)
        .filter(project__in=[p.pk for p in projects])
        .values("project_id")
        .annotate(n=Count("id"))
        .order_by()
    )
    return {row["project_id"]: row["n"] for row in rows}


# --- Origins ---------------------------------------------------------------------------------


def module_label(key: str) -> str:
    manifest = registry.get(key)
    return manifest.label if manifest is not None else key


def resolve_origins(origins: Iterable[Origin], commune) -> dict[int, object | None]:
    """origin pk → the linked object if it still exists and is public, else None. One
    query per type of object (per module), whatever the number of origins. `commune`
    (the object) is set on each, so that their URLs cost no query."""
    commune_id = getattr(commune, "pk", commune)
    origins = list(origins)
    ids_by_type = defaultdict(set)
    for origin in origins:
        ids_by_type[origin.target_type_id].add(origin.target_id)
    objects = {}
    for type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        if model is None or not issubclass(model, TenantModel):
            continue
        for obj in model.objects.for_commune(commune_id).filter(pk__in=ids):
            if not getattr(obj, "is_hidden", False):
                if hasattr(commune, "pk"):
                    obj.commune = commune
                objects[(type_id, obj.pk)] = obj
    return {origin.pk: objects.get((origin.target_type_id, origin.target_id)) for origin in origins}


@dataclass
class OriginEntry:
    origin: Origin
    target: object | None

    @property
    def module_label(self):
        return module_label(self.origin.module)

    @property
    def url(self) -> str:
        get_url = getattr(self.target, "get_absolute_url", None)
        return get_url() if callable(get_url) else ""


def origin_entries(origins: Iterable[Origin], commune) -> list[OriginEntry]:
    origins = list(origins)
    targets = resolve_origins(origins, commune)
    return [OriginEntry(origin, targets[origin.pk]) for origin in origins]


def proposal_projects(programme: Programme, *, limit: int = PROPOSALS_LIMIT) -> list[dict]:
    """Projects of the programme that came from proposals, with what they came from (the
    first `limit`; the full list is the project list filtered on them)."""
    commune_id = programme.commune_id
    projects = list(
        Project.objects.for_commune(commune_id)
        .filter(programme=programme)
        .filter(_has_origin(commune_id))
        .select_related("axis")[:limit]
    )
    origins = list(
        Origin.objects.for_commune(commune_id)
        .filter(project__in=[p.pk for p in projects])
        .order_by("project_id", "linked_at", "id")
    )
    entries = defaultdict(list)
    for entry in origin_entries(origins, programme.commune):
        entries[entry.origin.project_id].append(entry)
    return [{"project": project, "origins": entries[project.pk]} for project in projects]


def count_from_proposals(programme: Programme) -> int:
    return (
        Project.objects.for_commune(programme.commune_id)
        .filter(programme=programme)
        .filter(_has_origin(programme.commune_id))
        .count()
    )


def origin_sources(*, exclude: str = MODULE) -> list[dict]:
    """Where staff may pick a project's origin from: every registered module's
    searchable models (the registry; this module never imports them)."""
    sources = []
    for manifest in registry:
        if manifest.key == exclude:
            continue
        for model in manifest.searchables:
            if not issubclass(model, TenantModel):
                continue
            sources.append(
                {
                    "key": f"{manifest.key}:{model._meta.label_lower}",
                    "module": manifest.key,
                    "model": model,
                    "label": f"{manifest.label} — {model._meta.verbose_name}",
                }
            )
    return sources


def _title_field(model) -> str | None:
    names = {f.name for f in model._meta.get_fields()}
    for name in ("title", "name", "subject"):
        if name in names:
            return name
    return None


def origin_candidates(*, commune, source: dict, query: str, limit: int = CANDIDATES_LIMIT):
    """Items of `source` in this commune matching `query`: a number (the item's id), or
    words found in its title (every word, whatever the hamza or accents), among the
    CANDIDATES_SCAN most recent. One query."""
    model = source["model"]
    rows = model.objects.for_commune(commune)
    if "is_hidden" in {f.name for f in model._meta.get_fields()}:
        rows = rows.filter(is_hidden=False)
    query = (query or "").strip().lstrip("#")
    if query.isdigit():
        return list(rows.filter(pk=int(query))[:1])
    title = _title_field(model)
    if title is None:
        return []
    tokens = words(query, min_length=2)[:6]
    recent = list(rows.order_by("-pk")[:CANDIDATES_SCAN])
    if not tokens:
        return recent[:limit]
    # Normalised matching (hamza, taa marbuta, accents) is not in SQL: the most recent
    # CANDIDATES_SCAN items are matched here, in one query; older ones by their number.
    return [
        obj
        for obj in recent
        if all(token in normalize_arabic(str(getattr(obj, title) or "")) for token in tokens)
    ][:limit]


# --- A project's page ------------------------------------------------------------------------


@dataclass
class TimelineEntry:
    when: date | None
    kind: str  # "reached", "planned", "overdue", "update", "note", "added"
    milestone: object = None
    update: Update | None = None


def timeline(milestones, updates, *, today: date) -> list[TimelineEntry]:
    """Milestones and updates in one chronological list (undated milestones last)."""
    entries = []
    for milestone in milestones:
        if milestone.done_on:
            entries.append(TimelineEntry(milestone.done_on, "reached", milestone=milestone))
        elif milestone.planned_date and milestone.planned_date < today:
            entries.append(TimelineEntry(milestone.planned_date, "overdue", milestone=milestone))
        else:
            entries.append(TimelineEntry(milestone.planned_date, "planned", milestone=milestone))
    for update in updates:
        entries.append(
            TimelineEntry(timezone.localtime(update.at).date(), update.kind, update=update)
        )
    far = date.max
    return sorted(entries, key=lambda e: (e.when or far, e.update is not None))


def project_page(project: Project, *, viewer, today: date | None = None) -> dict:
    """Everything the project page shows besides the project itself (a fixed number of
    queries: one per kind of child row, the origins' objects, the follow state)."""
    today = today or timezone.localdate()
    commune_id = project.commune_id
    budget = list(project.budget_lines.all())
    milestones = list(project.milestones.all())
    updates = list(
        Update.objects.for_commune(commune_id).filter(project=project).order_by("at", "id")
    )
    totals = {
        key: sum((getattr(line, key) for line in budget), ZERO)
        for key in ("planned", "committed", "spent")
    }
    execution = rules.share(totals["spent"], totals["planned"])
    following = False
    if getattr(viewer, "is_authenticated", False):
        following = (
            Follow.objects.for_commune(commune_id).filter(project=project, user=viewer).exists()
        )
    origins = Origin.objects.for_commune(commune_id).filter(project=project)
    return {
        "districts": list(project.districts.order_by("name_ar")),
        "locations": list(project.locations.all()),
        "budget": budget,
        "budget_totals": totals,
        "execution_percent": None if execution is None else round(100 * execution),
        "fundings": list(project.fundings.all()),
        "milestones": milestones,
        "indicators": list(project.indicators.all()),
        "timeline": timeline(milestones, updates, today=today),
        "photos": list(project.photos.all()),
        "documents": list(project.documents.all()),
        "origins": [entry for entry in origin_entries(origins, project.commune) if entry.target],
        "is_following": following,
        "followers": Follow.objects.for_commune(commune_id).filter(project=project).count(),
        "is_late": rules.is_late(status=project.status, end_date=project.end_date, today=today),
    }


def programme_updates(programme: Programme) -> QuerySet[Update]:
    """The programme's public record of updates, newest first."""
    return (
        Update.objects.for_commune(programme.commune_id)
        .filter(programme=programme)
        .select_related("project")
        .order_by("-at", "-id")
    )


# --- Charter indicators -------------------------------------------------------------------------
# Each takes exactly one of commune= or communes=, and period = (start, end), half-open
# aware datetimes. They measure the programmes the council adopted (tracked ones) whose
# years meet the period; statuses are the projects' current ones.


def _years(period) -> range:
    start, end = period
    last = timezone.localtime(end - timedelta(microseconds=1)).year
    return range(timezone.localtime(start).year, last + 1)


def _scoped(model, commune, communes):
    if (commune is None) == (communes is None):
        raise TypeError("pass exactly one of commune= or communes=")
    if commune is not None:
        return model.objects.for_commune(commune)
    return model.objects.for_communes(communes)


def _projects(commune, communes, period) -> QuerySet[Project]:
    years = _years(period)
    return _scoped(Project, commune, communes).filter(
        programme__status__in=rules.TRACKED_PROGRAMME_STATUSES,
        programme__start_year__lte=years.stop - 1,
        programme__end_year__gte=years.start,
    )


def projects_with_status(status: str):
    def compute(*, commune=None, communes=None, period) -> int:
        return _projects(commune, communes, period).filter(status=status).count()

    compute.__name__ = f"projects_{status}"
    compute.__doc__ = f"Charter indicator 12: projects of the programmes in force, {status}."
    return compute


def late_projects(*, commune=None, communes=None, period) -> int:
    """Charter indicator 12: projects still open after their planned end date (as of the
    period's end, or today if sooner)."""
    cutoff = min(timezone.localtime(period[1]).date(), timezone.localdate())
    return (
        _projects(commune, communes, period)
        .filter(status__in=rules.OPEN_STATUSES, end_date__lt=cutoff)
        .count()
    )


def on_time_share(*, commune=None, communes=None, period) -> float | None:
    """Charter indicator 12 (objectives reached on schedule): of the projects completed
    in the period, the share completed by their planned end date (0–1)."""
    start, end = (timezone.localtime(moment).date() for moment in period)
    completed = _scoped(Project, commune, communes).filter(
        status=rules.COMPLETED,
        completed_on__gte=start,
        completed_on__lt=end,
        end_date__isnull=False,
    )
    counts = completed.aggregate(
        total=Count("id"), on_time=Count("id", filter=Q(completed_on__lte=F("end_date")))
    )
    if not counts["total"]:
        return None
    return counts["on_time"] / counts["total"]


def budget_execution(*, commune=None, communes=None, period) -> float | None:
    """Charter indicator 12: money spent over money planned, for the years of the period,
    across the projects of the programmes in force (cancelled ones left out)."""
    years = _years(period)
    money = (
        _scoped(BudgetLine, commune, communes)
        .filter(
            year__in=list(years),
            project__status__in=rules.COUNTED_STATUSES,
            project__programme__status__in=rules.TRACKED_PROGRAMME_STATUSES,
        )
        .aggregate(planned=Sum("planned"), spent=Sum("spent"))
    )
    return rules.share(money["spent"], money["planned"])


def projects_from_proposals(*, commune=None, communes=None, period) -> int:
    """Charter indicator 14 (projects realised thanks to participation) and 7: projects
    of the programmes in force that came from citizens' or associations' proposals."""
    origins = _scoped(Origin, commune, communes).filter(project=OuterRef("pk"))
    return (
        _projects(commune, communes, period)
        .exclude(status=rules.CANCELLED)
        .filter(Exists(origins))
        .count()
    )


def completed_from_proposals(*, commune=None, communes=None, period) -> int:
    """Charter indicators 13 and 14 (improvements after proposals were implemented):
    projects from proposals completed in the period."""
    start, end = (timezone.localtime(moment).date() for moment in period)
    origins = _scoped(Origin, commune, communes).filter(project=OuterRef("pk"))
    return (
        _scoped(Project, commune, communes)
        .filter(status=rules.COMPLETED, completed_on__gte=start, completed_on__lt=end)
        .filter(Exists(origins))
        .count()
    )


# --- Export (manifest) ----------------------------------------------------------------------------

EXPORT_COLUMNS = {
    "programme": _("programme"),
    "axis": _("axis"),
    "code": _("number"),
    "title": _("title"),
    "category": _("category"),
    "districts": _("districts"),
    "status": _("status"),
    "start_date": _("start date"),
    "end_date": _("planned end date"),
    "completed_on": _("completed on"),
    "progress": _("progress (%)"),
    "planned": _("planned (MAD)"),
    "committed": _("committed (MAD)"),
    "spent": _("spent (MAD)"),
    "from_proposals": _("from proposals"),
}


def _has_origin_scoped(commune, communes):
    return Exists(_scoped(Origin, commune, communes).filter(project=OuterRef("pk")))


def project_rows(*, commune=None, communes=None, period=None) -> Iterator[dict]:
    """The manifest's export: one row per project of the published programmes (whose
    years meet `period`, if given), with its budget totals. No personal data."""
    rows = (
        _scoped(Project, commune, communes)
        .filter(programme__is_published=True)
        .select_related("programme", "axis", "category")
        .prefetch_related(Prefetch("districts", queryset=District.objects.order_by("name_ar")))
        .annotate(
            planned=Sum("budget_lines__planned"),
            committed=Sum("budget_lines__committed"),
            spent=Sum("budget_lines__spent"),
        )
        .annotate(from_proposals=_has_origin_scoped(commune, communes))
        .order_by("commune_id", "programme__start_year", "axis__sort_order", "code", "id")
    )
    if period is not None:
        years = _years(period)
        rows = rows.filter(
            programme__start_year__lte=years.stop - 1, programme__end_year__gte=years.start
        )
    for project in rows:
        yield {
            "programme": str(project.programme),
            "axis": str(project.axis),
            "code": project.code,
            "title": project.title,
            "category": str(project.category or ""),
            "districts": "; ".join(str(d) for d in project.districts.all()),
            "status": str(project.get_status_display()),
            "start_date": project.start_date,
            "end_date": project.end_date,
            "completed_on": project.completed_on,
            "progress": project.progress,
            "planned": project.planned or ZERO,
            "committed": project.committed or ZERO,
            "spent": project.spent or ZERO,
            "from_proposals": project.from_proposals,
        }
