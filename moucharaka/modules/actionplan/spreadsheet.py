"""The programme as a spreadsheet (XLSX or CSV): communes keep their PAC in Excel.

One row per project; the columns are `COLUMNS` then, for each year of the programme, the
money planned, committed and spent that year. Headers are recognised in Arabic, French
or English, or as their keys (`code`, `planned_2024`…), so a file exported in one
language imports in another. Several values in one cell (districts, places, funding,
partners) are separated by “;” or a line break.

- `read_table(filename, content)`: the cells, from XLSX or CSV (UTF-8 or Windows-1256,
  “,” “;” or tab);
- `plan_import(programme=..., filename=..., content=...)`: what an import would do —
  new and changed projects with their changes, new axes and categories, warnings, and
  every error by row and column. It writes nothing (the preview);
- `write_row(...)`: the writes of one row, run by the services inside the import's single
  transaction;
- `export_table(programme)` / `to_xlsx(...)` / `to_csv(...)`: the same format out, so that
  an exported file imports back unchanged.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from moucharaka.core.territories.models import District
from moucharaka.core.text import normalize_arabic
from moucharaka.modules.actionplan import changes, rules
from moucharaka.modules.actionplan.models import (
    Axis,
    BudgetLine,
    Category,
    Funding,
    Programme,
    Project,
    ProjectLocation,
)

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 2000
SEPARATORS = re.compile(r"\s*(?:;|\n|\r)+\s*")

# key → header (in the staff member's language).
COLUMNS = {
    "axis_code": gettext_lazy("axis number"),
    "axis": gettext_lazy("axis"),
    "axis_fr": gettext_lazy("axis (French)"),
    "code": gettext_lazy("project number"),
    "title": gettext_lazy("project"),
    "title_fr": gettext_lazy("project (French)"),
    "description": gettext_lazy("description"),
    "category": gettext_lazy("category"),
    "districts": gettext_lazy("districts"),
    "locations": gettext_lazy("places (latitude, longitude)"),
    "start_date": gettext_lazy("start date"),
    "end_date": gettext_lazy("planned end date"),
    "status": gettext_lazy("status"),
    "completed_on": gettext_lazy("completed on"),
    "progress": gettext_lazy("progress (%)"),
    "funding": gettext_lazy("sources of funding"),
    "partners": gettext_lazy("partners"),
}
REQUIRED = ("axis_code", "axis", "code", "title")
# The year comes last in each of these headers: “planned 2024”.
YEAR_COLUMNS = {
    "planned": gettext_lazy("planned %(year)s"),
    "committed": gettext_lazy("committed %(year)s"),
    "spent": gettext_lazy("spent %(year)s"),
}
_YEAR_AT_END = re.compile(r"^(.*?)[\s_]*(\d{4})$")


def _key(text) -> str:
    return re.sub(r"[^\w]+", " ", normalize_arabic(str(text or ""))).replace("_", " ").strip()


def _languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def _header_index() -> tuple[dict[str, str], dict[str, str]]:
    """Normalised header → column key, and normalised year prefix → money field."""
    names, prefixes = {}, {}
    for language in _languages():
        with translation.override(language):
            for key, label in COLUMNS.items():
                names.setdefault(_key(label), key)
            for key, label in YEAR_COLUMNS.items():
                prefixes.setdefault(_key(str(label) % {"year": ""}), key)
    for key in COLUMNS:
        names[_key(key)] = key
    for key in YEAR_COLUMNS:
        prefixes[_key(key)] = key
    return names, prefixes


# --- Reading cells ---------------------------------------------------------------------------


class FileError(Exception):
    """The file as a whole cannot be read."""


def read_table(filename: str, content: bytes) -> list[list]:
    """The rows of the first sheet (XLSX) or of the CSV file, as lists of cells."""
    if not content:
        raise FileError(_("The file is empty."))
    if filename.lower().endswith(".csv"):
        return _read_csv(content)
    if content[:2] != b"PK":  # every XLSX file is a zip archive
        raise FileError(_("Choose an XLSX or CSV file."))
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise FileError(_("This file is not an XLSX spreadsheet.")) from exc
    try:
        rows = [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()
    return rows


def _read_csv(content: bytes) -> list[list]:
    for encoding in ("utf-8-sig", "cp1256"):
        try:
            text = content.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1256 decodes almost anything
        raise FileError(_("The CSV file is not in UTF-8."))
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect)]


# --- Parsing values ----------------------------------------------------------------------------


def _str(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def parse_amount(value) -> Decimal:
    """Dirhams from a number or a text as people type it: “1 200 000”, “1.200.000,50”,
    “1,200,000.50 MAD”, “250000 درهم”. Empty is 0."""
    if value is None or value == "":
        return Decimal(0)
    if isinstance(value, (int, float, Decimal)):
        amount = Decimal(str(value))
    else:
        text = normalize_arabic(str(value))
        text = re.sub(r"(mad|dhs?|درهم|دراهم)", "", text)
        text = re.sub(r"[\s\u00a0\u202f']", "", text)
        if "," in text and "." in text:
            decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
            thousands = "." if decimal_mark == "," else ","
            text = text.replace(thousands, "").replace(decimal_mark, ".")
        elif "," in text or "." in text:
            mark = "," if "," in text else "."
            parts = text.split(mark)
            if len(parts) == 2 and len(parts[1]) in (1, 2):
                text = text.replace(mark, ".")
            else:
                text = text.replace(mark, "")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValueError(_("“%(value)s” is not an amount.") % {"value": value}) from None
    if amount < 0:
        raise ValueError(_("Amounts cannot be negative."))
    return amount.quantize(Decimal("0.01"))


def parse_date(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _str(value)
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(_("“%(value)s” is not a date (e.g. 2024-03-31).") % {"value": text})


def parse_progress(value) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, float) and 0 < value < 1:  # a cell formatted as a percentage
        value = value * 100
    text = _str(value).replace("%", "").replace(",", ".").strip()
    try:
        number = round(float(text))
    except ValueError:
        raise ValueError(_("“%(value)s” is not a percentage.") % {"value": value}) from None
    if not 0 <= number <= 100:
        raise ValueError(_("Progress goes from 0 to 100."))
    return number


def parse_locations(value) -> list[tuple[Decimal, Decimal]]:
    places = []
    for part in SEPARATORS.split(_str(value)):
        if not part:
            continue
        numbers = re.split(r"[\s,،]+", part.strip())
        try:
            latitude, longitude = (Decimal(n).quantize(Decimal("0.000001")) for n in numbers)
        except (ValueError, InvalidOperation):
            raise ValueError(
                _("“%(value)s”: write each place as latitude, longitude.") % {"value": part}
            ) from None
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise ValueError(_("“%(value)s” is not a place on Earth.") % {"value": part})
        places.append((latitude, longitude))
    return places


def parse_funding(value) -> list[tuple[str, Decimal | None]]:
    """“source: amount; source” → [(source, amount or None)]."""
    sources = []
    for part in SEPARATORS.split(_str(value)):
        if not part:
            continue
        source, colon, amount = part.rpartition(":")
        if not colon:
            source, amount = part, ""
        source = source.strip()
        if not source:
            raise ValueError(_("“%(value)s”: the source of funding is missing.") % {"value": part})
        sources.append((source[:150], parse_amount(amount) if amount.strip() else None))
    return sources


def _status_index() -> dict[str, str]:
    index = {}
    for language in _languages():
        with translation.override(language):
            for value, label in Project.Status.choices:
                index.setdefault(_key(label), value)
    for value in Project.Status.values:
        index[_key(value)] = value
    return index


# --- Planning an import ------------------------------------------------------------------------


@dataclass
class Row:
    number: int
    axis_code: str = ""
    axis: str = ""
    axis_fr: str = ""
    code: str = ""
    title: str = ""
    title_fr: str = ""
    description: str = ""
    category: str = ""
    districts: list = field(default_factory=list)
    locations: list = field(default_factory=list)
    start_date: date | None = None
    end_date: date | None = None
    status: str = Project.Status.PLANNED
    completed_on: date | None = None
    progress: int | None = None
    funding: list = field(default_factory=list)
    partners: list = field(default_factory=list)
    budget: dict = field(default_factory=dict)  # year → {planned, committed, spent}
    # The columns and years the file has (None: all). What a file leaves out stays as it
    # is: a file without French titles does not erase them.
    columns: frozenset | None = None
    years: frozenset | None = None

    def has(self, key: str) -> bool:
        return self.columns is None or key in self.columns

    def has_year(self, year: int) -> bool:
        return self.years is None or year in self.years


@dataclass
class Plan:
    programme: Programme
    years: list[int] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    errors: list[tuple[int, str, str]] = field(default_factory=list)  # (row, column, message)
    warnings: list[str] = field(default_factory=list)
    new_axes: list[tuple[str, str]] = field(default_factory=list)
    renamed_axes: list[tuple[str, str, str]] = field(default_factory=list)
    new_categories: list[str] = field(default_factory=list)
    created: list[Row] = field(default_factory=list)
    changed: list[tuple[Row, list[dict]]] = field(default_factory=list)
    unchanged: list[Row] = field(default_factory=list)
    existing: dict = field(default_factory=dict)  # code → Project

    @property
    def needs_reason(self) -> bool:
        return self.programme.status in rules.TRACKED_PROGRAMME_STATUSES and bool(
            self.created or self.changed
        )

    def error(self, row: int, column: str, message) -> None:
        label = str(COLUMNS.get(column, column)) if column else ""
        self.errors.append((row, label, str(message)))


def _columns(plan: Plan, header: list) -> dict[int, tuple[str, int | None]]:
    """Column index → (key, year or None). File-level errors go to row 1."""
    names, prefixes = _header_index()
    found: dict[int, tuple[str, int | None]] = {}
    seen = set()
    for index, cell in enumerate(header):
        text = _key(cell)
        if not text:
            continue
        key, year = names.get(text), None
        if key is None:
            match = _YEAR_AT_END.match(text)
            if match and _key(match.group(1)) in prefixes:
                key, year = prefixes[_key(match.group(1))], int(match.group(2))
                if year not in plan.programme.years:
                    plan.error(
                        1,
                        "",
                        _("Column “%(header)s”: %(year)s is not a year of the programme.")
                        % {"header": cell, "year": year},
                    )
                    continue
        if key is None:
            plan.warnings.append(_("Column “%(header)s” is not known: ignored.") % {"header": cell})
            continue
        if (key, year) in seen:
            plan.error(1, "", _("Column “%(header)s” appears twice.") % {"header": cell})
            continue
        seen.add((key, year))
        found[index] = (key, year)
    present = {key for key, _year in found.values()}
    for key in REQUIRED:
        if key not in present:
            plan.error(1, "", _("The column “%(column)s” is missing.") % {"column": COLUMNS[key]})
    return found


def _parse_row(plan: Plan, number: int, cells: list, columns, lookups) -> Row | None:
    values: dict = {}
    budget: dict = {}
    for index, (key, year) in columns.items():
        value = cells[index] if index < len(cells) else None
        if year is None:
            values[key] = value
        else:
            budget.setdefault(year, {})[key] = value
    if not any(_str(v) for v in values.values()) and not any(
        _str(v) for money in budget.values() for v in money.values()
    ):
        return None  # an empty line
    row = Row(
        number=number,
        columns=frozenset(key for key, year in columns.values() if year is None),
        years=frozenset(year for _key, year in columns.values() if year is not None),
    )
    for key in ("axis_code", "axis", "axis_fr", "code", "title", "title_fr", "description"):
        setattr(row, key, _str(values.get(key)))
    for key in REQUIRED:
        if not getattr(row, key):
            plan.error(number, key, _("This cell is empty."))
    if len(row.title) > 200 or len(row.title_fr) > 200:
        plan.error(number, "title", _("At most 200 characters."))
    if len(row.code) > 20 or len(row.axis_code) > 20:
        plan.error(number, "code", _("At most 20 characters."))
    category = _str(values.get("category"))[:120]
    if category:
        row.category = lookups["categories"].setdefault(_key(category), category)

    def parse(key, parser):
        try:
            return parser(values.get(key))
        except ValueError as error:
            plan.error(number, key, error)
            return None

    row.start_date = parse("start_date", parse_date)
    row.end_date = parse("end_date", parse_date)
    row.completed_on = parse("completed_on", parse_date)
    row.progress = parse("progress", parse_progress)
    row.locations = parse("locations", parse_locations) or []
    row.funding = parse("funding", parse_funding) or []
    row.partners = [p for p in SEPARATORS.split(_str(values.get("partners"))) if p]
    status = _str(values.get("status"))
    if status:
        row.status = lookups["statuses"].get(_key(status), "")
        if not row.status:
            plan.error(number, "status", _("“%(value)s” is not a status.") % {"value": status})
    for name in SEPARATORS.split(_str(values.get("districts"))):
        if not name:
            continue
        district = lookups["districts"].get(_key(name))
        if district is None:
            plan.error(
                number,
                "districts",
                _("“%(value)s” is not a district of the commune.") % {"value": name},
            )
        else:
            row.districts.append(district)
    checks = [lambda: rules.check_dates(start_date=row.start_date, end_date=row.end_date)]
    if row.has("status") and row.has("completed_on"):
        checks.append(
            lambda: rules.check_completion(
                status=row.status or "", completed_on=row.completed_on, today=lookups["today"]
            )
        )
    for check in checks:
        try:
            check()
        except ValidationError as error:
            for key, messages in error.message_dict.items():
                for message in messages:
                    plan.error(number, key, message)
    for year, money in sorted(budget.items()):
        amounts = {}
        for key in YEAR_COLUMNS:
            try:
                amounts[key] = parse_amount(money.get(key))
            except ValueError as error:
                plan.error(number, str(YEAR_COLUMNS[key] % {"year": year}), error)
                amounts[key] = Decimal(0)
        try:
            rules.check_budget_line(year=year, years=plan.programme.years, **amounts)
        except ValidationError as error:
            plan.error(number, str(YEAR_COLUMNS["spent"] % {"year": year}), error.messages[0])
        if any(amounts.values()):
            row.budget[year] = amounts
    return row


def _existing_projects(programme: Programme) -> dict[str, Project]:
    children = ("locations", "budget_lines", "fundings", "milestones", "indicators")
    projects = (
        Project.objects.for_commune(programme.commune_id)
        .filter(programme=programme)
        .select_related("axis", "category")
        .prefetch_related(
            *children,
            Prefetch("districts", queryset=District.objects.order_by("name_ar")),
        )
    )
    return {project.code: project for project in projects}


def row_snapshot(row: Row, project: Project | None, before: dict, *, axis_name: str) -> dict:
    """What `changes.snapshot` would read once the row is written."""
    after = dict(before)
    text = changes.text_value
    values = {
        "title": text(row.title),
        "title_fr": text(row.title_fr),
        "description": text(row.description),
        "status": text(row.status),
        "start_date": text(row.start_date),
        "end_date": text(row.end_date),
        "completed_on": text(row.completed_on),
        "category": row.category,
        "partners": "; ".join(row.partners),
        "districts": "; ".join(sorted(d.name_ar for d in row.districts)),
        "locations": "; ".join(f"{text(lat)}, {text(lng)}" for lat, lng in row.locations),
        "funding": "; ".join(
            f"{source}: {text(amount)}" if amount is not None else source
            for source, amount in row.funding
        ),
    }
    after.update({key: value for key, value in values.items() if row.has(key)})
    after["axis"] = axis_name
    for key in [k for k in after if k.startswith("budget.")]:
        if row.has_year(int(key.split(".")[1])):
            del after[key]
    for year, amounts in row.budget.items():
        for key, amount in amounts.items():
            if amount:
                after[f"budget.{year}.{key}"] = text(amount)
    mode = project.progress_mode if project else Project.ProgressMode.MANUAL
    milestones = []
    if project is not None:
        milestones = [(m.weight, m.done_on is not None) for m in project.milestones.all()]
    entered = project.progress if project else 0
    if row.progress is not None and row.has("progress"):
        entered = row.progress
    status = row.status if row.has("status") or project is None else project.status
    after["progress"] = str(
        rules.project_progress(mode=mode, entered=entered, milestones=milestones, status=status)
    )
    return after


def plan_import(*, programme: Programme, filename: str, content: bytes, today=None) -> Plan:
    """What importing this file into `programme` would do (reads only)."""
    from django.utils import timezone

    plan = Plan(programme=programme, years=list(programme.years))
    try:
        table = read_table(filename, content)
    except FileError as error:
        plan.error(1, "", error)
        return plan
    table = [row for row in table if any(_str(cell) for cell in row)] if table else []
    if not table:
        plan.error(1, "", _("The file is empty."))
        return plan
    if len(table) > MAX_ROWS + 1:
        plan.error(1, "", _("At most %(n)s projects per file.") % {"n": MAX_ROWS})
        return plan
    columns = _columns(plan, list(table[0]))
    if plan.errors:
        return plan
    districts = District.objects.filter(commune=programme.commune_id)
    lookups = {
        "statuses": _status_index(),
        "districts": {
            _key(name): district
            for district in districts
            for name in (district.name_ar, district.name_fr)
            if name
        },
        "today": today or timezone.localdate(),
        # normalised name (Arabic or French) → the category's Arabic name; names not
        # found are added as they come (new categories).
        "categories": {
            _key(name): category.name_ar
            for category in Category.objects.for_commune(programme.commune_id)
            for name in (category.name_ar, category.name_fr)
            if name
        },
    }
    known_categories = set(lookups["categories"].values())
    codes: dict[str, int] = {}
    axis_names: dict[str, tuple[str, str]] = {}
    for number, cells in enumerate(table[1:], start=2):
        row = _parse_row(plan, number, list(cells), columns, lookups)
        if row is None:
            continue
        if row.code in codes:
            plan.error(
                number,
                "code",
                _("Project number %(code)s is already on row %(row)s.")
                % {"code": row.code, "row": codes[row.code]},
            )
        codes.setdefault(row.code, number)
        if row.axis_code:
            known = axis_names.setdefault(row.axis_code, (row.axis, row.axis_fr))
            if known[0] != row.axis:
                plan.error(
                    number,
                    "axis",
                    _("Axis %(code)s has another name on an earlier row.")
                    % {"code": row.axis_code},
                )
        plan.rows.append(row)
    if not plan.rows and not plan.errors:
        plan.error(1, "", _("The file has no project."))
    plan.new_categories = sorted(
        {row.category for row in plan.rows if row.category} - known_categories
    )
    _compare(plan, axis_names)
    planned = {}
    for row in plan.rows:
        for year, amounts in row.budget.items():
            planned[year] = planned.get(year, Decimal(0)) + amounts["planned"]
    missing = rules.missing_estimates(start_year=programme.start_year, planned_by_year=planned)
    if plan.rows and missing:
        plan.warnings.append(
            _(
                "Nothing is planned for %(years)s: the programme estimates its resources "
                "and expenditure for its first three years (decree 2.16.301)."
            )
            % {"years": ", ".join(map(str, missing))}
        )
    return plan


def _compare(plan: Plan, axis_names: dict[str, tuple[str, str]]) -> None:
    programme = plan.programme
    axes = {
        axis.code: axis
        for axis in Axis.objects.for_commune(programme.commune_id).filter(programme=programme)
    }
    for code, (name, _name_fr) in axis_names.items():
        if code not in axes:
            plan.new_axes.append((code, name))
        elif axes[code].name_ar != name:
            plan.renamed_axes.append((code, axes[code].name_ar, name))
    plan.existing = _existing_projects(programme)
    for row in plan.rows:
        project = plan.existing.get(row.code)
        if project is None:
            plan.created.append(row)
            continue
        before = changes.snapshot(project)
        after = row_snapshot(row, project, before, axis_name=axis_names[row.axis_code][0])
        found = changes.diff(before, after)
        if found:
            plan.changed.append((row, found))
        else:
            plan.unchanged.append(row)


# --- Writing one row ---------------------------------------------------------------------------


def write_row(project: Project, row: Row, *, axis: Axis, category: Category | None) -> Project:
    """Set the project's data to the row's, for the columns the file has (children
    included). Milestones, indicators, photos and documents are not in the file and
    stay as they are."""
    commune_id = project.programme.commune_id
    project.commune_id = commune_id
    project.axis = axis
    project.code = row.code
    project.title = row.title
    scalars = {
        "title_fr": row.title_fr,
        "description": row.description,
        "category": category,
        "start_date": row.start_date,
        "end_date": row.end_date,
        "status": row.status or Project.Status.PLANNED,
        "completed_on": row.completed_on,
        "partners": "\n".join(row.partners),
    }
    for field_name, value in scalars.items():
        if row.has(field_name):
            setattr(project, field_name, value)
    manual = project.progress_mode == Project.ProgressMode.MANUAL
    if row.has("progress") and row.progress is not None and manual:
        project.progress = row.progress
    project.save()
    if row.has("districts"):
        project.districts.set(row.districts)
    if row.has("locations"):
        ProjectLocation.objects.for_commune(commune_id).filter(project=project).delete()
        ProjectLocation.unscoped.bulk_create(
            ProjectLocation(commune_id=commune_id, project=project, latitude=lat, longitude=lng)
            for lat, lng in row.locations
        )
    if row.has("funding"):
        Funding.objects.for_commune(commune_id).filter(project=project).delete()
        Funding.unscoped.bulk_create(
            Funding(commune_id=commune_id, project=project, source=source, amount=amount)
            for source, amount in row.funding
        )
    lines = BudgetLine.objects.for_commune(commune_id).filter(project=project)
    emptied = [year for year in project.programme.years if row.has_year(year)]
    lines.filter(year__in=emptied).exclude(year__in=list(row.budget)).delete()
    for year, amounts in row.budget.items():
        BudgetLine.objects.for_commune(commune_id).update_or_create(
            project=project,
            year=year,
            defaults=amounts,
            create_defaults={**amounts, "commune_id": commune_id, "project": project, "year": year},
        )
    return project


# --- Export ------------------------------------------------------------------------------------


def export_table(programme: Programme) -> list[list]:
    """Header and one row per project, in the active language (a fixed number of
    queries)."""
    years = list(programme.years)
    header = [str(label) for label in COLUMNS.values()]
    for year in years:
        header += [str(label % {"year": year}) for label in YEAR_COLUMNS.values()]
    rows = [header]
    status_labels = dict(Project.Status.choices)
    projects = _existing_projects(programme).values()
    for project in sorted(projects, key=lambda p: (p.axis.sort_order, p.axis.code, p.code, p.pk)):
        money = {line.year: line for line in project.budget_lines.all()}
        cells = [
            project.axis.code,
            project.axis.name_ar,
            project.axis.name_fr,
            project.code,
            project.title,
            project.title_fr,
            project.description,
            project.category.name_ar if project.category else "",
            "; ".join(d.name_ar for d in project.districts.all()),
            "; ".join(
                f"{changes.text_value(p.latitude)}, {changes.text_value(p.longitude)}"
                for p in project.locations.all()
            ),
            project.start_date,
            project.end_date,
            str(status_labels[project.status]),
            project.completed_on,
            project.progress,
            "; ".join(
                f"{f.source}: {changes.text_value(f.amount)}" if f.amount is not None else f.source
                for f in project.fundings.all()
            ),
            "; ".join(project.partner_list),
        ]
        for year in years:
            line = money.get(year)
            cells += [
                line.planned if line else 0,
                line.committed if line else 0,
                line.spent if line else 0,
            ]
        rows.append(cells)
    return rows


def to_xlsx(table: list[list], *, title: str = "PAC") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    sheet.sheet_view.rightToLeft = translation.get_language_bidi()
    for row in table:
        sheet.append([float(v) if isinstance(v, Decimal) else v for v in row])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, (date, datetime)):
                cell.number_format = "yyyy-mm-dd"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def to_csv(table: list[list]) -> bytes:
    """UTF-8 with a byte-order mark, so that Excel shows Arabic right."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in table:
        writer.writerow(
            [
                value.isoformat()
                if isinstance(value, date)
                else changes.text_value(value)
                if isinstance(value, Decimal)
                else value
                for value in row
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
