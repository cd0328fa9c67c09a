"""Writes of the action programme.

Every function is `<entity>_<action>(*, commune, ...)`, keyword-only, and runs in one
transaction: the change, its public record (`Update`, for programmes the council has
adopted), the audit trail and the followers' notifications (whose e-mails leave only once
the transaction commits). Rules live in `rules.py`; a broken rule raises
`ValidationError`, an object of another commune `ValueError`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from functools import partial

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from moucharaka.core.audit.services import audit_record
from moucharaka.core.ledger.services import participation_record
from moucharaka.core.notifications.services import publish
from moucharaka.core.photos.images import prepare_photo
from moucharaka.core.tenancy import TenantModel
from moucharaka.modules.actionplan import changes, rules, selectors, spreadsheet
from moucharaka.modules.actionplan.models import (
    Axis,
    Category,
    Evaluation,
    Follow,
    Origin,
    Programme,
    ProgrammeImport,
    Project,
    ProjectDocument,
    ProjectPhoto,
    Update,
)

MODULE = "actionplan"
FOLLOWED = "project_followed"


DOCUMENT_EXTENSIONS = {"pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "csv", "jpg", "png"}
DOCUMENT_MAX_BYTES = 20 * 1024 * 1024


def _check_commune(commune, *objects) -> None:
    for obj in objects:
        if obj is not None and obj.commune_id != commune.pk:
            raise ValueError(f"{obj._meta.verbose_name} {obj.pk} belongs to another commune")


def _person(actor):
    return actor if getattr(actor, "is_authenticated", False) else None


def is_tracked(programme: Programme) -> bool:
    return programme.status in rules.TRACKED_PROGRAMME_STATUSES


# --- Programme ----------------------------------------------------------------------------


@transaction.atomic
def programme_create(
    *,
    commune,
    actor,
    title_ar: str,
    start_year: int,
    end_year: int,
    status: str = Programme.Status.DIAGNOSIS,
    adopted_on: date | None = None,
    **fields,
) -> Programme:
    """A new programme. One recorded from an earlier adoption may start as adopted,
    with the council's decision date."""
    rules.check_mandate_years(start_year, end_year)
    if status in rules.TRACKED_PROGRAMME_STATUSES and adopted_on is None:
        raise ValidationError(
            {"adopted_on": _("Give the date of the council's decision that adopted it.")}
        )
    programme = Programme(
        commune=commune,
        title_ar=title_ar.strip(),
        start_year=start_year,
        end_year=end_year,
        status=status,
        adopted_on=adopted_on,
        **fields,
    )
    programme.full_clean(exclude=["commune"], validate_constraints=False)
    programme.save()
    audit_record(commune=commune, actor=actor, action="programme.create", target=programme)
    return programme


@transaction.atomic
def programme_edit(
    *, commune, programme: Programme, actor, today: date | None = None, **fields
) -> Programme:
    """Change the programme's details or status (rules.check_programme_transition). A
    change of status is a public update of the programme."""
    _check_commune(commune, programme)
    programme = Programme.objects.for_commune(commune).select_for_update().get(pk=programme.pk)
    previous = programme.status
    for field, value in fields.items():
        setattr(programme, field, value)
    rules.check_mandate_years(programme.start_year, programme.end_year)
    rules.check_programme_transition(
        from_status=previous,
        to_status=programme.status,
        start_year=programme.start_year,
        adopted_on=programme.adopted_on,
        today=today or timezone.localdate(),
        update_from_year=selectors.update_from_year(commune),
    )
    programme.full_clean(exclude=["commune"], validate_constraints=False)
    programme.save()
    audit_record(
        commune=commune,
        actor=actor,
        action="programme.edit",
        target=programme,
        data={"fields": sorted(fields), "status": [previous, programme.status]},
    )
    if previous != programme.status:
        Update.unscoped.create(
            commune=commune,
            programme=programme,
            kind=Update.Kind.PROGRAMME,
            changes=[{"key": "programme.status", "before": previous, "after": programme.status}],
            by=_person(actor),
        )
    return programme


# --- Projects -----------------------------------------------------------------------------


def _fresh(project: Project) -> Project:
    return (
        Project.objects.for_commune(project.commune_id)
        .select_related("axis", "category")
        .get(pk=project.pk)
    )


def _milestone_pairs(project: Project) -> list[tuple[int, bool]]:
    return [(m.weight, m.done_on is not None) for m in project.milestones.all()]


def project_check(project: Project, *, today: date | None = None) -> None:
    """The project's rules, on what is saved (its child rows included)."""
    today = today or timezone.localdate()
    errors: dict[str, list] = defaultdict(list)
    for check in (
        lambda: rules.check_dates(start_date=project.start_date, end_date=project.end_date),
        lambda: rules.check_completion(
            status=project.status, completed_on=project.completed_on, today=today
        ),
    ):
        try:
            check()
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                errors[field].extend(messages)
    years = project.programme.years
    for line in project.budget_lines.all():
        try:
            rules.check_budget_line(
                year=line.year,
                planned=line.planned,
                committed=line.committed,
                spent=line.spent,
                years=years,
            )
        except ValidationError as error:
            errors["budget_lines"].extend(error.messages)
    if project.axis.programme_id != project.programme_id:
        errors["axis"].append(_("This axis belongs to another programme."))
    if errors:
        raise ValidationError(dict(errors))


def _refresh_progress(project: Project) -> None:
    progress = rules.project_progress(
        mode=project.progress_mode,
        entered=project.progress,
        milestones=_milestone_pairs(project),
        status=project.status,
    )
    if progress != project.progress:
        project.progress = progress
        Project.objects.for_commune(project.commune_id).filter(pk=project.pk).update(
            progress=progress
        )


@transaction.atomic
def project_edit(
    *,
    commune,
    project: Project,
    actor,
    save: Callable[[], Project],
    reason: str = "",
    note: str = "",
    notify: bool = True,
    at: datetime | None = None,
    today: date | None = None,
) -> Update | None:
    """Apply a change to a project — `save()` writes it: the staff form's save, or the
    import's — then check the rules on what was saved, keep the progress in step with
    the milestones, and, for a programme the council adopted, record the public update:
    what changed, the `reason` (required) and the `note`. Followers are told. A project
    added to an adopted programme is an update too. Returns the update, if any."""
    _check_commune(commune, project)
    is_new = project.pk is None
    before = {} if is_new else changes.snapshot(_fresh(project))
    project = save()
    _check_commune(commune, project)
    project_check(project, today=today)
    _refresh_progress(project)
    project = _fresh(project)
    after = changes.snapshot(project)
    audit_record(
        commune=commune,
        actor=actor,
        action="project.create" if is_new else "project.edit",
        target=project,
        data={"changed": sorted({c["key"] for c in changes.diff(before, after)})[:50]},
    )
    if not is_tracked(project.programme):
        return None
    if is_new:
        found = [{"key": "project.added", "before": "", "after": project.title}]
    else:
        found = changes.diff(before, after)
    reason, note = (reason or "").strip(), (note or "").strip()
    if not found and not note:
        return None
    if found and not reason:
        raise ValidationError({"reason": _("Say why the project changes: the update is public.")})
    update = Update.unscoped.create(
        commune=commune,
        programme=project.programme,
        project=project,
        kind=Update.Kind.REVISION if found else Update.Kind.NOTE,
        at=at or timezone.now(),
        reason=reason,
        note=note,
        changes=found,
        by=_person(actor),
    )
    if notify:
        _notify_followers(project, update)
    return update


@transaction.atomic
def update_note_add(
    *,
    commune,
    programme: Programme,
    actor,
    note: str,
    project: Project | None = None,
    reason: str = "",
    at: datetime | None = None,
    notify: bool = True,
) -> Update:
    """Public news of a project or of the whole programme, without a change of data
    (e.g. “works resumed after the rains”)."""
    _check_commune(commune, programme, project)
    if project is not None and project.programme_id != programme.pk:
        raise ValueError("the project belongs to another programme")
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": _("Write the news to publish.")})
    update = Update.unscoped.create(
        commune=commune,
        programme=programme,
        project=project,
        kind=Update.Kind.NOTE if project is not None else Update.Kind.PROGRAMME,
        at=at or timezone.now(),
        reason=(reason or "").strip(),
        note=note,
        by=_person(actor),
    )
    audit_record(commune=commune, actor=actor, action="update.add", target=update)
    if notify and project is not None:
        _notify_followers(project, update)
    return update


def _notify_followers(project: Project, update: Update) -> None:
    """Each follower hears of the update in the language they followed it in."""
    by_language = defaultdict(list)
    follows = (
        Follow.objects.for_commune(project.commune_id)
        .filter(project=project, user__is_active=True)
        .select_related("user")
    )
    for follow in follows:
        by_language[follow.language or settings.LANGUAGE_CODE].append(follow.user)
    for language, people in by_language.items():
        with translation.override(language):
            lines = [f"• {changes.describe(change)}" for change in update.changes]
            body = "\n".join(
                part
                for part in (
                    update.reason and _("Reason: %(reason)s") % {"reason": update.reason},
                    "\n".join(lines),
                    update.note,
                )
                if part
            )
            publish(
                commune=project.commune,
                event="actionplan.project_updated",
                recipients=people,
                title=_("Project “%(title)s” was updated") % {"title": project.display_title},
                body=body,
                url=project.get_absolute_url(),
            )


# --- Following ----------------------------------------------------------------------------


def project_follow(*, commune, project: Project, user, language: str = "") -> bool:
    """Ask to be told of the project's updates: True if it is new, False if `user`
    already followed it (also when a concurrent request got there first)."""
    _check_commune(commune, project)
    if not getattr(user, "is_authenticated", False):
        raise ValidationError(_("Sign in to follow a project."))
    try:
        with transaction.atomic():
            Follow.unscoped.create(
                commune=commune,
                project=project,
                user=user,
                language=language or translation.get_language() or settings.LANGUAGE_CODE,
            )
            participation_record(
                commune=commune, kind=FOLLOWED, module=MODULE, person=user, target=project
            )
    except IntegrityError:
        return False
    return True


def project_unfollow(*, commune, project: Project, user) -> bool:
    """Stop following (the ledger keeps the act of following: it is append-only)."""
    _check_commune(commune, project)
    deleted, _rows = Follow.objects.for_commune(commune).filter(project=project, user=user).delete()
    return bool(deleted)


# --- Where projects came from ---------------------------------------------------------------


@transaction.atomic
def origin_link(
    *,
    commune,
    project: Project,
    target: TenantModel,
    module: str,
    actor,
    proposer: str = Origin.Proposer.CITIZENS,
) -> Origin:
    """Say that `project` came from `target` (a suggestion, a petition, a meeting's
    recommendation… of module `module`). Linking the same item twice changes nothing."""
    _check_commune(commune, project, target)
    if proposer not in Origin.Proposer.values:
        raise ValidationError({"proposer": _("Choose who proposed it.")})
    target_type = ContentType.objects.get_for_model(target)
    origin, created = Origin.objects.for_commune(commune).get_or_create(
        project=project,
        target_type=target_type,
        target_id=target.pk,
        defaults={
            "commune": commune,
            "module": module,
            "label": str(target)[:255],
            "proposer": proposer,
            "linked_by": _person(actor),
        },
    )
    if created:
        audit_record(
            commune=commune,
            actor=actor,
            action="project.origin_link",
            target=project,
            data={"type": target_type.natural_key(), "id": target.pk},
        )
    return origin


@transaction.atomic
def origin_unlink(*, commune, origin: Origin, actor) -> None:
    _check_commune(commune, origin)
    audit_record(
        commune=commune,
        actor=actor,
        action="project.origin_unlink",
        target=origin.project,
        data={"label": origin.label, "id": origin.target_id},
    )
    Origin.objects.for_commune(commune).filter(pk=origin.pk).delete()


# --- Photos, documents, evaluations -----------------------------------------------------------


@transaction.atomic
def photo_add(
    *, commune, project: Project, actor, upload, caption: str, taken_on: date | None = None
) -> ProjectPhoto:
    """A photo of the works, re-encoded without metadata before anything is stored."""
    _check_commune(commune, project)
    content = prepare_photo(upload)
    photo = ProjectPhoto(
        commune=commune, project=project, caption=caption.strip(), taken_on=taken_on
    )
    photo.image.save(content.name, content, save=True)
    audit_record(commune=commune, actor=actor, action="project.photo_add", target=photo)
    return photo


def check_document(upload) -> None:
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if extension not in DOCUMENT_EXTENSIONS:
        raise ValidationError(
            _("Accepted files: %(extensions)s.")
            % {"extensions": ", ".join(sorted(DOCUMENT_EXTENSIONS))}
        )
    if upload.size > DOCUMENT_MAX_BYTES:
        raise ValidationError(
            _("The file is larger than %(mb)s MB.") % {"mb": DOCUMENT_MAX_BYTES // (1024 * 1024)}
        )


@transaction.atomic
def document_add(*, commune, project: Project, actor, upload, title: str) -> ProjectDocument:
    _check_commune(commune, project)
    check_document(upload)
    document = ProjectDocument(commune=commune, project=project, title=title.strip())
    document.file.save(upload.name, upload, save=True)
    audit_record(commune=commune, actor=actor, action="project.document_add", target=document)
    return document


@transaction.atomic
def evaluation_record(*, commune, evaluation: Evaluation, actor, created: bool) -> Evaluation:
    """After staff attach (or correct) an evaluation: audited, and its publication is an
    update of the programme."""
    _check_commune(commune, evaluation)
    audit_record(
        commune=commune,
        actor=actor,
        action="evaluation.create" if created else "evaluation.edit",
        target=evaluation,
    )
    if created:
        Update.unscoped.create(
            commune=commune,
            programme=evaluation.programme,
            kind=Update.Kind.PROGRAMME,
            changes=[{"key": "programme.evaluation", "before": "", "after": evaluation.kind}],
            note=evaluation.summary[:500],
            by=_person(actor),
        )
    return evaluation


# --- Spreadsheet import -------------------------------------------------------------------------


class ImportRefused(ValidationError):
    """The file has errors: nothing was imported."""

    def __init__(self, plan):
        self.plan = plan
        super().__init__(_("The file has errors: nothing was imported."))


@transaction.atomic
def programme_import_upload(
    *, commune, programme: Programme, actor, filename: str, content: bytes, reason: str = ""
) -> ProgrammeImport:
    """Keep an uploaded spreadsheet for its preview; nothing of the programme changes."""
    _check_commune(commune, programme)
    if len(content) > spreadsheet.MAX_BYTES:
        raise ValidationError(
            _("The file is larger than %(mb)s MB.") % {"mb": spreadsheet.MAX_BYTES // 2**20}
        )
    return ProgrammeImport.unscoped.create(
        commune=commune,
        programme=programme,
        filename=filename[:255],
        content=content,
        reason=(reason or "").strip(),
        uploaded_by=_person(actor),
    )


@transaction.atomic
def programme_import_apply(*, commune, batch: ProgrammeImport, actor, notify: bool = True) -> dict:
    """Import the previewed spreadsheet: all of it, or — at the first error, in the file
    or while writing — nothing (one transaction). Projects are matched by their number;
    those missing from the file are left as they are. Returns the summary."""
    _check_commune(commune, batch)
    batch = ProgrammeImport.objects.for_commune(commune).select_for_update().get(pk=batch.pk)
    if batch.applied_at is not None:
        raise ValidationError(_("This file was already imported."))
    programme = (
        Programme.objects.for_commune(commune).select_for_update().get(pk=batch.programme_id)
    )
    plan = spreadsheet.plan_import(
        programme=programme, filename=batch.filename, content=bytes(batch.content)
    )
    if plan.errors:
        raise ImportRefused(plan)
    if plan.needs_reason and not batch.reason:
        raise ValidationError(
            {"reason": _("Say why the programme changes: its updates are public.")}
        )
    summary = _apply_plan(plan, commune=commune, actor=actor, reason=batch.reason, notify=notify)
    batch.applied_at = timezone.now()
    batch.summary = summary
    batch.save(update_fields=["applied_at", "summary"])
    audit_record(
        commune=commune, actor=actor, action="programme.import", target=programme, data=summary
    )
    if is_tracked(programme) and (summary["created"] or summary["changed"]):
        Update.unscoped.create(
            commune=commune,
            programme=programme,
            kind=Update.Kind.PROGRAMME,
            reason=batch.reason,
            changes=[
                {"key": "programme.import", "before": "", "after": str(summary["created"])},
                {"key": "programme.import_changed", "before": "", "after": str(summary["changed"])},
            ],
            by=_person(actor),
        )
    return summary


def _apply_plan(plan: spreadsheet.Plan, *, commune, actor, reason: str, notify: bool) -> dict:
    """The writes of an import, inside programme_import_apply's transaction."""
    programme = plan.programme
    axes = {
        axis.code: axis for axis in Axis.objects.for_commune(commune).filter(programme=programme)
    }
    names: dict[str, tuple[str, str]] = {}
    for row in plan.rows:
        names.setdefault(row.axis_code, (row.axis, row.axis_fr))
    for code, (name, name_fr) in names.items():
        axis = axes.get(code)
        if axis is None:
            axes[code] = Axis.unscoped.create(
                commune=commune,
                programme=programme,
                code=code,
                name_ar=name,
                name_fr=name_fr,
                sort_order=len(axes) + 1,
            )
        elif axis.name_ar != name or (name_fr and axis.name_fr != name_fr):
            axis.name_ar, axis.name_fr = name, name_fr or axis.name_fr
            axis.save(update_fields=["name_ar", "name_fr"])
    categories = {category.name_ar: category for category in Category.objects.for_commune(commune)}
    for position, name in enumerate(plan.new_categories, start=len(categories) + 1):
        categories[name] = Category.unscoped.create(
            commune=commune, name_ar=name, sort_order=position
        )
    for row in [*plan.created, *(row for row, _found in plan.changed)]:
        project = plan.existing.get(row.code) or Project(commune=commune, programme=programme)
        project_edit(
            commune=commune,
            project=project,
            actor=actor,
            save=partial(
                spreadsheet.write_row,
                project,
                row,
                axis=axes[row.axis_code],
                category=categories.get(row.category),
            ),
            reason=reason,
            notify=notify,
        )
    return {
        "created": len(plan.created),
        "changed": len(plan.changed),
        "unchanged": len(plan.unchanged),
        "new_axes": len(plan.new_axes),
        "new_categories": len(plan.new_categories),
    }
