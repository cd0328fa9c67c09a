"""What changed in a project, for its public record of updates (تحيين).

`snapshot(project)` reads what the public sees of a project as flat keys → text values;
`diff(before, after)` lists the changes as JSON-ready dicts
`{"key": ..., "before": ..., "after": ...}` (stored in `Update.changes`); `describe(change)`
says one of them in the reader's language. Values are stored neutral (choice codes, ISO
dates, plain numbers) and put into words only when shown, so each reader sees them in
their own language.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from django.utils import formats
from django.utils.translation import gettext as _

from moucharaka.modules.actionplan.models import Evaluation, Programme, Project

SCALARS = ("title", "title_fr", "description", "status", "start_date", "end_date", "completed_on")


def text_value(value) -> str:
    """A value as stored in a change: ISO dates, plain decimals without trailing zeros."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value else "0"
    return str(value)


def snapshot(project: Project) -> dict[str, str]:
    """The project as the public sees it (about ten queries: the child rows)."""
    values = {field: text_value(getattr(project, field)) for field in SCALARS}
    values["progress"] = str(project.progress)
    values["axis"] = project.axis.name_ar if project.axis_id else ""
    values["category"] = project.category.name_ar if project.category_id else ""
    values["partners"] = "; ".join(project.partner_list)
    if project.pk:
        values["districts"] = "; ".join(
            sorted(district.name_ar for district in project.districts.all())
        )
    values["locations"] = "; ".join(
        f"{text_value(place.latitude)}, {text_value(place.longitude)}"
        for place in project.locations.all()
    )
    for line in project.budget_lines.all():
        for field in ("planned", "committed", "spent"):
            if getattr(line, field):  # nothing is the same as zero
                values[f"budget.{line.year}.{field}"] = text_value(getattr(line, field))
    values["funding"] = "; ".join(
        f"{funding.source}: {text_value(funding.amount)}"
        if funding.amount is not None
        else funding.source
        for funding in project.fundings.all()
    )
    for milestone in project.milestones.all():
        values[f"milestone.{milestone.pk}.title"] = milestone.title
        values[f"milestone.{milestone.pk}.planned_date"] = text_value(milestone.planned_date)
        values[f"milestone.{milestone.pk}.done_on"] = text_value(milestone.done_on)
    for indicator in project.indicators.all():
        values[f"indicator.{indicator.pk}.name"] = indicator.name
        values[f"indicator.{indicator.pk}.target"] = text_value(indicator.target)
        values[f"indicator.{indicator.pk}.actual"] = text_value(indicator.actual)
    return values


def diff(before: dict[str, str], after: dict[str, str]) -> list[dict]:
    """The changes from `before` to `after`, in a stable order. A milestone or an
    indicator carries its name, so the change can be told after it is deleted."""
    changes = []
    for key in sorted(set(before) | set(after), key=_order):
        old, new = before.get(key, ""), after.get(key, "")
        if old == new:
            continue
        change = {"key": key, "before": old, "after": new}
        if key.startswith(("milestone.", "indicator.")):
            kind, pk, _field = key.split(".")
            name_key = f"{kind}.{pk}.{'title' if kind == 'milestone' else 'name'}"
            change["name"] = after.get(name_key) or before.get(name_key, "")
        changes.append(change)
    return _merge_rows(changes)


MONEY_ORDER = {"planned": 0, "committed": 1, "spent": 2}


def _order(key: str):
    parts = key.split(".")
    if parts[0] == "budget" and len(parts) == 3:
        parts[2] = str(MONEY_ORDER.get(parts[2], 9))
    return (parts[0] not in SCALARS, parts[0], parts[1:] if len(parts) > 1 else [])


def _merge_rows(changes: list[dict]) -> list[dict]:
    """A milestone or indicator added or deleted is one change, not one per field."""
    merged, seen = [], set()
    for change in changes:
        key = change["key"]
        if key.startswith(("milestone.", "indicator.")):
            kind, pk, _field = key.split(".")
            rows = [c for c in changes if c["key"].startswith(f"{kind}.{pk}.")]
            added = all(not c["before"] for c in rows) and any(
                c["key"].endswith((".title", ".name")) for c in rows
            )
            removed = all(not c["after"] for c in rows) and any(
                c["key"].endswith((".title", ".name")) for c in rows
            )
            if added or removed:
                if (kind, pk) in seen:
                    continue
                seen.add((kind, pk))
                merged.append(
                    {
                        "key": f"{kind}.{pk}.{'added' if added else 'removed'}",
                        "before": "",
                        "after": "",
                        "name": change["name"],
                    }
                )
                continue
        merged.append(change)
    return merged


# --- Saying it in words ----------------------------------------------------------------------


def _labels() -> dict[str, str]:
    return {
        "title": _("title"),
        "title_fr": _("title (French)"),
        "description": _("description"),
        "status": _("status"),
        "start_date": _("start date"),
        "end_date": _("planned end date"),
        "completed_on": _("completed on"),
        "progress": _("progress"),
        "axis": _("axis"),
        "category": _("category"),
        "partners": _("partners"),
        "districts": _("districts"),
        "locations": _("places on the map"),
        "funding": _("sources of funding"),
    }


def _budget_label(year: str, field: str) -> str:
    labels = {
        "planned": _("budget planned for %(year)s"),
        "committed": _("budget committed in %(year)s"),
        "spent": _("budget spent in %(year)s"),
    }
    return labels[field] % {"year": year}


def _show(key: str, value: str) -> str:
    if value == "":
        return "—"
    field = key.rsplit(".", 1)[-1]
    if field == "status":
        return str(dict(Project.Status.choices).get(value, value))
    if field in ("start_date", "end_date", "completed_on", "planned_date", "done_on"):
        try:
            return formats.date_format(date.fromisoformat(value), "j F Y")
        except ValueError:
            return value
    if key.startswith("budget.") or field in ("target", "actual"):
        try:
            return formats.number_format(Decimal(value), use_l10n=True, force_grouping=True)
        except (InvalidOperation, ValueError):
            return value
    if field == "progress":
        return f"{value} %"
    return value


def _row_sentence(kind: str, field: str, name: str, after: str) -> str | None:
    """A milestone or an indicator added, removed, reached: a sentence of its own."""
    sentences = {
        ("milestone", "added"): _("new milestone: %(name)s"),
        ("milestone", "removed"): _("milestone removed: %(name)s"),
        ("indicator", "added"): _("new indicator: %(name)s"),
        ("indicator", "removed"): _("indicator removed: %(name)s"),
    }
    if (kind, field) in sentences:
        return sentences[(kind, field)] % {"name": name}
    if (kind, field) == ("milestone", "done_on"):
        if after:
            return _("milestone reached: %(name)s (%(date)s)") % {
                "name": name,
                "date": _show("done_on", after),
            }
        return _("milestone no longer reached: %(name)s") % {"name": name}
    return None


def _row_label(kind: str, field: str, name: str) -> str:
    labels = {
        ("milestone", "title"): _("milestone renamed"),
        ("milestone", "planned_date"): _("planned date of the milestone “%(name)s”"),
        ("indicator", "name"): _("indicator renamed"),
        ("indicator", "target"): _("target of “%(name)s”"),
        ("indicator", "actual"): _("value reached for “%(name)s”"),
    }
    label = labels.get((kind, field), field)
    return label % {"name": name} if "%(name)s" in label else label


def _programme_sentence(key: str, before: str, after: str) -> str | None:
    if key == "project.added":
        return _("new project in the programme: %(title)s") % {"title": after}
    if key == "programme.status":
        labels = dict(Programme.Status.choices)
        return _("status of the programme: %(before)s → %(after)s") % {
            "before": labels.get(before, before or "—"),
            "after": labels.get(after, after),
        }
    if key == "programme.evaluation":
        return _("%(evaluation)s published") % {
            "evaluation": dict(Evaluation.Kind.choices).get(after, after)
        }
    if key == "programme.import":
        return _("projects added from a spreadsheet: %(n)s") % {"n": after}
    if key == "programme.import_changed":
        return _("projects changed by a spreadsheet: %(n)s") % {"n": after}
    return None


def describe(change: dict) -> str:
    """One change, in the active language: “status: planned → in progress”."""
    key = change.get("key", "")
    before, after = change.get("before", ""), change.get("after", "")
    sentence = _programme_sentence(key, before, after)
    if sentence is not None:
        return sentence
    parts = key.split(".")
    if parts[0] in ("milestone", "indicator") and len(parts) == 3:
        name = change.get("name", "")
        sentence = _row_sentence(parts[0], parts[2], name, after)
        if sentence is not None:
            return sentence
        label = _row_label(parts[0], parts[2], name)
    elif parts[0] == "budget" and len(parts) == 3:
        label = _budget_label(parts[1], parts[2])
    else:
        label = _labels().get(key, key)
    return _("%(label)s: %(before)s → %(after)s") % {
        "label": label,
        "before": _show(key, before),
        "after": _show(key, after),
    }
