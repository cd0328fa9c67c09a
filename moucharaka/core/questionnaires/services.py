"""Writes of the questionnaire engine. Staff build questionnaires (audited); people answer
them online, once, or staff enter answers gathered on paper or in a workshop (audited);
every set of answers is one act in the participation ledger, in the same transaction.

Owners (consultations, surveys, meetings…) call `questionnaire_create`; the back office
(wagtail_hooks) and the owners' public pages (views) call the rest.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from moucharaka.core.audit.services import audit_record
from moucharaka.core.ledger.models import Channel
from moucharaka.core.ledger.services import participation_record
from moucharaka.core.localized import LANGUAGES
from moucharaka.core.questionnaires import rules, selectors
from moucharaka.core.questionnaires.models import (
    Answer,
    Choice,
    Question,
    Questionnaire,
    Response,
    Section,
)

# Shared by every module that owns questionnaires (registry.SHARED_LEDGER_KINDS); the
# ledger row's `module` is the questionnaire's owner's module.
LEDGER_KIND = "questionnaire_answered"
OFFLINE_CHANNELS = (Channel.PAPER, Channel.IN_PERSON, Channel.PHONE)

Kind = Question.Kind


class AlreadyAnswered(Exception):
    """This person (or this browser) has already answered the questionnaire."""


class QuestionnaireClosed(Exception):
    """The owner does not accept answers online now."""


def _check_commune(commune, *objects) -> None:
    for obj in objects:
        if obj is not None and obj.commune_id != commune.pk:
            raise ValueError(f"{obj._meta.verbose_name} {obj.pk} belongs to another commune")


def _texts(prefix: str, values: Mapping[str, str]) -> dict[str, str]:
    """{"title_ar": …, "title_fr": …} from {"ar": …, "fr": …}; missing languages blank."""
    return {f"{prefix}_{code}": (values.get(code) or "").strip() for code in LANGUAGES}


# --- Building -------------------------------------------------------------------------


@transaction.atomic
def questionnaire_create(
    *,
    commune,
    owner,
    module: str,
    actor,
    title: Mapping[str, str],
    intro: Mapping[str, str] | None = None,
    allow_anonymous: bool = False,
) -> Questionnaire:
    """Attach a new questionnaire to `owner` (a tenant object of `module`), with one
    empty section to put questions in. `title` and `intro` map language codes to text;
    Arabic is required."""
    _check_commune(commune, owner)
    texts = _texts("title", title)
    if not texts["title_ar"]:
        raise ValidationError({"title_ar": _("The Arabic title is required.")})
    questionnaire = Questionnaire.unscoped.create(
        commune=commune,
        owner_type=ContentType.objects.get_for_model(owner),
        owner_id=owner.pk,
        module=module,
        allow_anonymous=allow_anonymous,
        **texts,
        **_texts("intro", intro or {}),
    )
    Section.unscoped.create(commune=commune, questionnaire=questionnaire, position=1)
    audit_record(commune=commune, actor=actor, action="questionnaire.create", target=questionnaire)
    return questionnaire


@transaction.atomic
def questionnaire_update(*, questionnaire: Questionnaire, actor, **fields) -> Questionnaire:
    """Change the title, introduction (`title_ar`…, `intro_ar`…) or the options
    `allow_anonymous` and `publish_text_answers`."""
    allowed = {
        *(f"{prefix}_{code}" for prefix in ("title", "intro") for code in LANGUAGES),
        "allow_anonymous",
        "publish_text_answers",
    }
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"cannot change {sorted(unknown)}")
    for name, value in fields.items():
        setattr(questionnaire, name, value.strip() if isinstance(value, str) else value)
    if not questionnaire.title_ar:
        raise ValidationError({"title_ar": _("The Arabic title is required.")})
    questionnaire.save(update_fields=list(fields))
    audit_record(
        commune=questionnaire.commune,
        actor=actor,
        action="questionnaire.edit",
        target=questionnaire,
        data={"changed": sorted(fields)},
    )
    return questionnaire


def _next_position(rows) -> int:
    return (rows.aggregate(top=Max("position"))["top"] or 0) + 1


@transaction.atomic
def section_save(
    *,
    questionnaire: Questionnaire,
    actor,
    section: Section | None = None,
    title: Mapping[str, str] | None = None,
    intro: Mapping[str, str] | None = None,
) -> Section:
    """Add a section at the end, or rename `section`."""
    if section is None:
        siblings = Section.objects.for_commune(questionnaire.commune_id).filter(
            questionnaire=questionnaire
        )
        section = Section(
            commune_id=questionnaire.commune_id,
            questionnaire=questionnaire,
            position=_next_position(siblings),
        )
    elif section.questionnaire_id != questionnaire.pk:
        raise ValueError("the section belongs to another questionnaire")
    for name, value in {**_texts("title", title or {}), **_texts("intro", intro or {})}.items():
        setattr(section, name, value)
    section.save()
    audit_record(
        commune=questionnaire.commune, actor=actor, action="questionnaire.section", target=section
    )
    return section


@transaction.atomic
def section_delete(*, section: Section, actor) -> None:
    commune = section.commune_id
    questions = Question.objects.for_commune(commune).filter(section=section).count()
    sections = (
        Section.objects.for_commune(commune).filter(questionnaire=section.questionnaire_id).count()
    )
    if not rules.may_delete_section(question_count=questions, section_count=sections):
        raise ValidationError(
            _("Only an empty section can be deleted, and a questionnaire keeps one section.")
        )
    audit_record(
        commune=section.commune,
        actor=actor,
        action="questionnaire.section_delete",
        target=section.questionnaire,
        data={"section": section.pk, "title": section.title_ar},
    )
    section.delete()


def _swap(rows, item, offset: int) -> None:
    """Move `item` one place up (offset -1) or down (+1) among `rows` (same parent)."""
    ordered = list(rows.order_by("position", "id"))
    index = next(i for i, row in enumerate(ordered) if row.pk == item.pk)
    other = index + offset
    if not 0 <= other < len(ordered):
        return
    ordered[index], ordered[other] = ordered[other], ordered[index]
    for position, row in enumerate(ordered, start=1):
        if row.position != position:
            row.position = position
            row.save(update_fields=["position"])


def _check_order(structure: selectors.Structure) -> None:
    """Every condition still holds after a change: each question comes after the
    question it depends on, which still has the expected answer among its answers.
    Raised inside the change's transaction, so the change is undone."""
    order = structure.order()
    for question in structure.questions:
        if question.condition_question_id:
            try:
                rules.check_condition(
                    question,
                    structure.by_id.get(question.condition_question_id),
                    question.condition_value,
                    order,
                )
            except ValidationError as error:
                raise ValidationError(
                    _("Question %(number)s would break its condition: %(error)s")
                    % {"number": question.number, "error": " ".join(error.messages)}
                ) from None


@transaction.atomic
def section_move(*, section: Section, actor, offset: int) -> None:
    rows = Section.objects.for_commune(section.commune_id).filter(
        questionnaire=section.questionnaire_id
    )
    _swap(rows, section, 1 if offset > 0 else -1)
    _check_order(selectors.questionnaire_structure(section.questionnaire))
    audit_record(
        commune=section.commune, actor=actor, action="questionnaire.section_move", target=section
    )


def _parse_lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


@transaction.atomic
def question_save(
    *,
    questionnaire: Questionnaire,
    actor,
    section: Section,
    kind: str,
    text: Mapping[str, str],
    help: Mapping[str, str] | None = None,
    required: bool = True,
    scale_max: int = 5,
    choices: Mapping[str, list[str] | str] | None = None,
    condition_question: Question | None = None,
    condition_value: str = "",
    question: Question | None = None,
) -> Question:
    """Add a question at the end of `section`, or change `question`.

    `choices` maps language codes to the options' labels (a list, or text with one
    option per line), in the same order in every language; options keep their identity
    by position, so rewording an option keeps its answers. Raises ValidationError when
    the question breaks a rule (rules.py): a type change or a removed option once
    answered, a condition on a later question, options missing or not matching.
    """
    if section.questionnaire_id != questionnaire.pk:
        raise ValueError("the section belongs to another questionnaire")
    if kind not in Kind.values:
        raise ValidationError({"kind": _("Unknown type of question.")})
    texts = _texts("text", text)
    if not texts["text_ar"]:
        raise ValidationError({"text_ar": _("The question in Arabic is required.")})
    if not rules.SCALE_MIN <= int(scale_max) <= rules.SCALE_MAX:
        raise ValidationError({"scale_max": _("Choose a highest mark from 2 to 10.")})
    commune = questionnaire.commune_id
    answered = question is not None and question.pk in selectors.answered_question_ids(
        questionnaire
    )
    if (
        question is not None
        and question.kind != kind
        and not rules.may_change_kind(question=question, answered=answered)
    ):
        raise ValidationError({"kind": _("People have answered this question: its type stays.")})

    labels = {
        code: _parse_lines(value) if isinstance(value, str) else list(value)
        for code, value in (choices or {}).items()
    }
    arabic = labels.get("ar", [])
    if kind in (Kind.SINGLE, Kind.MULTIPLE):
        if len(arabic) < 2:
            raise ValidationError({"choices_ar": _("Give at least two options, one per line.")})
        for code, values in labels.items():
            if values and len(values) != len(arabic):
                raise ValidationError(
                    {f"choices_{code}": _("Give the same number of options as in Arabic.")}
                )

    if question is None:
        question = Question(
            commune_id=commune,
            questionnaire=questionnaire,
            section=section,
            position=_next_position(Question.objects.for_commune(commune).filter(section=section)),
        )
    elif question.section_id != section.pk:
        question.section = section
        question.position = _next_position(
            Question.objects.for_commune(commune).filter(section=section)
        )
    question.kind = kind
    for name, value in {**texts, **_texts("help", help or {})}.items():
        setattr(question, name, value)
    question.required = bool(required)
    question.scale_max = int(scale_max)
    question.condition_question = condition_question
    question.condition_value = condition_value if condition_question is not None else ""
    question.save()
    _sync_choices(question, labels if question.has_choices else {})
    structure = selectors.questionnaire_structure(questionnaire)
    saved = structure.by_id[question.pk]
    try:
        rules.check_condition(
            saved,
            structure.by_id.get(condition_question.pk) if condition_question else None,
            saved.condition_value,
            structure.order(),
        )
    except ValidationError as error:  # the transaction rolls back
        raise ValidationError({"condition": error.messages}) from None
    _check_order(structure)
    audit_record(
        commune=questionnaire.commune, actor=actor, action="questionnaire.question", target=question
    )
    return question


def _sync_choices(question: Question, labels: Mapping[str, list[str]]) -> None:
    existing = list(
        Choice.objects.for_commune(question.commune_id)
        .filter(question=question)
        .order_by("position", "id")
    )
    wanted = len(labels.get("ar", []))
    surplus = existing[wanted:]
    if surplus:
        answered = selectors.answered_choice_ids(question)
        if any(choice.pk in answered for choice in surplus):
            raise ValidationError(
                {"choices_ar": _("People chose the options you removed: they must stay.")}
            )
        Choice.objects.for_commune(question.commune_id).filter(
            pk__in=[choice.pk for choice in surplus]
        ).delete()
    for index in range(wanted):
        choice = (
            existing[index]
            if index < len(existing)
            else Choice(commune_id=question.commune_id, question=question)
        )
        choice.position = index + 1
        for code in LANGUAGES:
            values = labels.get(code) or []
            setattr(choice, f"label_{code}", values[index] if index < len(values) else "")
        choice.save()


@transaction.atomic
def question_delete(*, question: Question, actor) -> None:
    answered = question.pk in selectors.answered_question_ids(question.questionnaire)
    has_dependants = (
        Question.objects.for_commune(question.commune_id)
        .filter(condition_question=question)
        .exists()
    )
    if not rules.may_delete_question(answered=answered, has_dependants=has_dependants):
        raise ValidationError(
            _("This question has answers or other questions depend on it: it cannot be deleted.")
        )
    audit_record(
        commune=question.commune,
        actor=actor,
        action="questionnaire.question_delete",
        target=question.questionnaire,
        data={"question": question.pk, "text": question.text_ar},
    )
    Choice.objects.for_commune(question.commune_id).filter(question=question).delete()
    question.delete()


@transaction.atomic
def question_move(*, question: Question, actor, offset: int) -> None:
    """One place up or down within its section. A question cannot move above the
    question it depends on (nor a question above one that depends on it)."""
    rows = Question.objects.for_commune(question.commune_id).filter(section=question.section_id)
    _swap(rows, question, 1 if offset > 0 else -1)
    _check_order(selectors.questionnaire_structure(question.questionnaire))
    audit_record(
        commune=question.commune, actor=actor, action="questionnaire.question_move", target=question
    )


# --- Answering ------------------------------------------------------------------------


def _demographics(values: Mapping | None) -> dict | None:
    if not values:
        return None
    kept = {key: value for key, value in values.items() if value not in (None, "")}
    return kept or None


@transaction.atomic
def response_submit(
    *,
    questionnaire: Questionnaire,
    answers: Mapping[int, object],
    respondent=None,
    anonymous_key: str = "",
    channel: str = Channel.ONLINE,
    entered_by=None,
    source: str = "",
    occurred_at: datetime | None = None,
    demographics: Mapping | None = None,
    language: str = "",
    structure: selectors.Structure | None = None,
) -> Response:
    """Record one set of answers and its act in the ledger.

    Online (`channel` "online"): by a signed-in `respondent` (once per person), or,
    when the questionnaire allows it, without an account under `anonymous_key` (once
    per browser); only while the owner accepts answers. Offline (paper, in person,
    phone): entered by staff (`entered_by`), with where (`source`) and when
    (`occurred_at`) it was gathered and what the sheet says of the person
    (`demographics`: gender, age_band, district, disability), audited.

    `answers` maps question ids to raw answers (see rules.clean_value). Raises
    ValidationError (per question, keys "q<id>"), AlreadyAnswered or
    QuestionnaireClosed; nothing is written then.
    """
    online = channel == Channel.ONLINE
    if online:
        if entered_by is not None:
            raise ValueError("staff enter answers with an offline channel")
        if not questionnaire.accepts_answers:
            raise QuestionnaireClosed
        if respondent is None and not questionnaire.allow_anonymous:
            raise ValueError("this questionnaire is answered by signed-in people only")
        if respondent is None and not anonymous_key:
            raise ValueError("an answer without an account needs its browser key")
        if respondent is not None:
            anonymous_key = ""
        demographics = None  # from the person's profile, with consent
    else:
        if channel not in OFFLINE_CHANNELS:
            raise ValueError(f"unknown channel {channel!r}")
        if entered_by is None:
            raise ValueError("offline answers are entered by staff")
        respondent, anonymous_key = None, ""
    now = timezone.now()
    occurred_at = occurred_at or now
    if occurred_at > now:
        raise ValidationError({"occurred_at": _("This date is in the future.")})

    structure = structure or selectors.questionnaire_structure(questionnaire)
    cleaned, errors = rules.clean_answers(structure.questions, answers)
    if errors:
        raise ValidationError({f"q{pk}": message for pk, message in errors.items()})
    if not cleaned:
        raise ValidationError(_("Answer at least one question."))

    commune = questionnaire.commune
    if (respondent is not None or anonymous_key) and selectors.has_answered(
        questionnaire, user=respondent, anonymous_key=anonymous_key
    ):
        raise AlreadyAnswered
    participation = participation_record(
        commune=commune,
        kind=LEDGER_KIND,
        module=questionnaire.module,
        person=respondent,
        target=questionnaire,
        channel=channel,
        occurred_at=occurred_at,
        demographics=_demographics(demographics),
    )
    try:
        with transaction.atomic():
            response = Response.unscoped.create(
                commune=commune,
                questionnaire=questionnaire,
                respondent=respondent,
                anonymous_key=anonymous_key,
                channel=channel,
                entered_by=entered_by,
                source=source.strip(),
                language=language,
                submitted_at=occurred_at,
                participation=participation,
            )
    except IntegrityError:  # the same person, at the same moment, twice
        raise AlreadyAnswered from None
    rows = []
    by_id = structure.by_id
    for pk, value in cleaned.items():
        question = by_id[pk]
        base = {"commune": commune, "response": response, "question": question}
        if question.kind == Kind.MULTIPLE:
            rows.extend(Answer(**base, choice_id=choice) for choice in value)
        elif question.kind == Kind.SINGLE:
            rows.append(Answer(**base, choice_id=value))
        elif question.kind == Kind.YES_NO:
            rows.append(Answer(**base, boolean=value))
        elif question.kind in (Kind.RATING, Kind.NUMBER):
            rows.append(Answer(**base, number=value))
        elif question.kind == Kind.DATE:
            rows.append(Answer(**base, date=value))
        else:
            rows.append(Answer(**base, text=value))
    Answer.objects.bulk_create(rows)
    if not online:
        audit_record(
            commune=commune,
            actor=entered_by,
            action="questionnaire.paper_entry",
            target=questionnaire,
            data={"response": response.pk, "channel": channel, "source": response.source},
        )
    return response


def questionnaire_export_record(*, questionnaire: Questionnaire, actor, file_format: str) -> None:
    """Exports of answers are audited (who took the answers out, when, in what form)."""
    audit_record(
        commune=questionnaire.commune,
        actor=actor,
        action="questionnaire.export",
        target=questionnaire,
        data={"format": file_format},
    )
