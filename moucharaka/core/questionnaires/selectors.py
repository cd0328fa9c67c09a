"""Reads of the questionnaire engine: the structure to show, who answered, the results
(counts, percentages, charts, written answers, filtered by demographic group with small
cells withheld) and the export. Every function runs a fixed number of queries, whatever
the number of answers."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Avg, Count, Max, Min, Prefetch, Q, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from moucharaka.core.charts import BarChart, bar_chart, format_number
from moucharaka.core.ledger.models import AgeBand, Channel, Gender
from moucharaka.core.ledger.selectors import Cell, cell, suppress
from moucharaka.core.questionnaires import rules
from moucharaka.core.questionnaires.models import (
    Answer,
    Choice,
    Question,
    Questionnaire,
    Response,
    Section,
)
from moucharaka.core.territories.models import District

Kind = Question.Kind
TEXT_ANSWERS_LIMIT = 200  # written answers listed per question on a results page


def questionnaire_for(owner) -> Questionnaire | None:
    """The questionnaire attached to `owner` (a tenant object of a module), if any."""
    return (
        Questionnaire.objects.for_commune(owner.commune_id)
        .filter(owner_type=ContentType.objects.get_for_model(owner), owner_id=owner.pk)
        .first()
    )


# --- Structure ------------------------------------------------------------------------


@dataclass
class Structure:
    """A questionnaire's sections, each with `question_list`; questions carry
    `choice_list`, `number` (1, 2, … in order) and `condition_parent`."""

    questionnaire: Questionnaire
    sections: list[Section]
    questions: list[Question]

    @property
    def by_id(self) -> dict[int, Question]:
        return {question.pk: question for question in self.questions}

    def order(self) -> dict[int, int]:
        return {question.pk: index for index, question in enumerate(self.questions)}


def questionnaire_structure(questionnaire: Questionnaire) -> Structure:
    """Sections, questions and options in order (three queries)."""
    commune = questionnaire.commune_id
    sections = list(
        Section.objects.for_commune(commune)
        .filter(questionnaire=questionnaire)
        .order_by("position", "id")
    )
    questions = list(
        Question.objects.for_commune(commune)
        .filter(questionnaire=questionnaire)
        .prefetch_related(
            Prefetch(
                "choices",
                queryset=Choice.objects.for_commune(commune).order_by("position", "id"),
            )
        )
        .order_by("position", "id")
    )
    by_section = defaultdict(list)
    for question in questions:
        question.choice_list = list(question.choices.all())
        by_section[question.section_id].append(question)
    ordered = []
    for section in sections:
        section.question_list = by_section.get(section.pk, [])
        ordered.extend(section.question_list)
    by_id = {question.pk: question for question in ordered}
    for number, question in enumerate(ordered, start=1):
        question.number = number
        question.condition_parent = by_id.get(question.condition_question_id)
        question.condition_label = ""
        if question.condition_parent is not None:
            labels = dict(rules.condition_values(question.condition_parent))
            question.condition_label = labels.get(question.condition_value, "")
    return Structure(questionnaire=questionnaire, sections=sections, questions=ordered)


def answered_question_ids(questionnaire: Questionnaire) -> set[int]:
    """Questions that have at least one answer (one query): their type is locked."""
    return set(
        Answer.objects.for_commune(questionnaire.commune_id)
        .filter(question__questionnaire=questionnaire)
        .values_list("question_id", flat=True)
        .distinct()
    )


def answered_choice_ids(question: Question) -> set[int]:
    return set(
        Answer.objects.for_commune(question.commune_id)
        .filter(question=question, choice__isnull=False)
        .values_list("choice_id", flat=True)
        .distinct()
    )


def has_answered(questionnaire: Questionnaire, *, user=None, anonymous_key: str = "") -> bool:
    rows = Response.objects.for_commune(questionnaire.commune_id).filter(
        questionnaire=questionnaire
    )
    if getattr(user, "is_authenticated", False):
        return rows.filter(respondent=user).exists()
    if anonymous_key:
        return rows.filter(anonymous_key=anonymous_key).exists()
    return False


def response_count(questionnaire: Questionnaire) -> int:
    """Sets of answers received (a count of acts, for staff)."""
    return (
        Response.objects.for_commune(questionnaire.commune_id)
        .filter(questionnaire=questionnaire)
        .count()
    )


# --- Demographic groups ---------------------------------------------------------------
# The ledger's snapshot of each answer (DESIGN §6): gender, age band, district,
# disability. A group is written "<dimension>:<value>", e.g. "gender:female".

DIMENSION_LABELS = {
    "gender": gettext_lazy("Gender"),
    "age_band": gettext_lazy("Age"),
    "district": gettext_lazy("District"),
    "disability": gettext_lazy("Disability"),
}


@dataclass(frozen=True)
class Group:
    dimension: str
    value: str
    label: str

    @property
    def key(self) -> str:
        return f"{self.dimension}:{self.value}"

    def condition(self) -> Q:
        column = f"participation__{self.dimension}"
        if self.dimension == "district":
            return Q(participation__district_id=int(self.value))
        if self.dimension == "disability":
            return Q(**{column: self.value == "yes"})
        return Q(**{column: self.value})


def group_choices(commune) -> list[tuple[str, list[tuple[str, str]]]]:
    """The groups results can be filtered by, for a select with one optgroup per
    dimension (one query: the commune's districts)."""
    districts = District.objects.filter(commune=commune).order_by("name_ar")
    return [
        (str(DIMENSION_LABELS["gender"]), [(f"gender:{v}", str(lbl)) for v, lbl in Gender.choices]),
        (
            str(DIMENSION_LABELS["age_band"]),
            [(f"age_band:{v}", str(lbl)) for v, lbl in AgeBand.choices],
        ),
        (str(DIMENSION_LABELS["district"]), [(f"district:{d.pk}", d.name) for d in districts]),
        (
            str(DIMENSION_LABELS["disability"]),
            [
                ("disability:yes", _("living with a disability")),
                ("disability:no", _("not living with a disability")),
            ],
        ),
    ]


def parse_group(commune, key: str | None) -> Group | None:
    """The group named by `key`, or None when it names no group of this commune."""
    if not key or ":" not in key:
        return None
    for _heading, options in group_choices(commune):
        for value, label in options:
            if value == key:
                dimension, raw = key.split(":", 1)
                return Group(dimension, raw, label)
    return None


# --- Results --------------------------------------------------------------------------


@dataclass
class QuestionResult:
    question: Question
    answered: Cell | int
    chart: BarChart | None = None
    stats: list[tuple[str, str]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    texts_total: int = 0
    texts_hidden: bool = False  # written answers exist but are not shown here

    @property
    def withheld(self) -> bool:
        return isinstance(self.answered, Cell) and self.answered.suppressed

    @property
    def answered_count(self) -> int:
        return _number(self.answered)


@dataclass
class Results:
    questionnaire: Questionnaire
    respondents: Cell | int
    group: Group | None
    sections: list[tuple[Section, list[QuestionResult]]]
    by_channel: dict[str, int]

    @property
    def withheld(self) -> bool:
        """The group is too small for anything about it to be published."""
        return isinstance(self.respondents, Cell) and self.respondents.suppressed

    @property
    def is_empty(self) -> bool:
        return not self.withheld and not _number(self.respondents)

    @property
    def respondent_count(self) -> int:
        return _number(self.respondents)

    @property
    def channels(self) -> list[tuple[str, int]]:
        """(channel's label, sets of answers) — staff pages only."""
        labels = dict(Channel.choices)
        return [(str(labels.get(key, key)), n) for key, n in sorted(self.by_channel.items())]


def _number(value) -> int:
    if isinstance(value, Cell):
        return value.value or 0
    return value or 0


def results(
    questionnaire: Questionnaire,
    *,
    group: Group | None = None,
    include_texts: bool = False,
    structure: Structure | None = None,
) -> Results:
    """Counts and percentages per question, with a chart each.

    Without a group, counts are shown as they are: they say how many answers each option
    got, not who gave them. With a demographic group, every count of people is a ledger
    `Cell`: a group of fewer than MIN_CELL respondents is withheld whole, and each
    question's options go through `suppress` (small cells and the cells that would give
    them back). Percentages are shares of the people who answered the question (several
    options may be ticked in a multiple-choice question).

    Written answers are listed when `include_texts` (staff, or the questionnaire
    publishes them), at most TEXT_ANSWERS_LIMIT per question, newest first.
    Queries: 3 for the structure, 6 for the counts, plus one per written question when
    texts are included — none of it depends on the number of answers.
    """
    structure = structure or questionnaire_structure(questionnaire)
    commune = questionnaire.commune_id
    responses = Response.objects.for_commune(commune).filter(questionnaire=questionnaire)
    if group is not None:
        responses = responses.filter(group.condition())
    channel_rows = responses.values("channel").annotate(n=Count("id")).order_by()
    by_channel = {row["channel"]: row["n"] for row in channel_rows}
    total = sum(by_channel.values())
    respondents: Cell | int = total
    if group is not None:
        respondents = cell(total)
        if respondents.suppressed:
            by_channel = {}
            return Results(questionnaire, respondents, group, [], by_channel)

    answers = Answer.objects.for_commune(commune).filter(
        response__in=responses.values("id"), question__questionnaire=questionnaire
    )
    answered = dict(
        answers.values("question_id")
        .annotate(n=Count("response", distinct=True))
        .values_list("question_id", "n")
    )
    choice_counts = defaultdict(dict)
    for row in (
        answers.filter(choice__isnull=False)
        .values("question_id", "choice_id")
        .annotate(n=Count("response", distinct=True))
        .order_by()
    ):
        choice_counts[row["question_id"]][row["choice_id"]] = row["n"]
    boolean_counts = defaultdict(dict)
    for row in (
        answers.filter(boolean__isnull=False)
        .values("question_id", "boolean")
        .annotate(n=Count("id"))
        .order_by()
    ):
        boolean_counts[row["question_id"]][row["boolean"]] = row["n"]
    mark_counts = defaultdict(dict)
    for row in (
        answers.filter(question__kind=Kind.RATING, number__isnull=False)
        .values("question_id", "number")
        .annotate(n=Count("id"))
        .order_by()
    ):
        mark_counts[row["question_id"]][int(row["number"])] = row["n"]
    stats = {
        row["question_id"]: row
        for row in answers.filter(question__kind__in=[Kind.NUMBER, Kind.RATING, Kind.DATE])
        .values("question_id")
        .annotate(
            mean=Avg("number"),
            low=Min("number"),
            high=Max("number"),
            first=Min("date"),
            last=Max("date"),
        )
        .order_by()
    }

    show_texts = include_texts or questionnaire.publish_text_answers
    sections = []
    for section in structure.sections:
        items = []
        for question in section.question_list:
            n = answered.get(question.pk, 0)
            result = QuestionResult(question=question, answered=cell(n) if group else n)
            if not result.withheld:
                _fill(result, question, group, choice_counts, boolean_counts, mark_counts, stats)
                if question.is_text and n:
                    if show_texts:
                        rows = answers.filter(question=question).exclude(text="")
                        result.texts = list(
                            rows.order_by("-response__submitted_at", "-id").values_list(
                                "text", flat=True
                            )[:TEXT_ANSWERS_LIMIT]
                        )
                        result.texts_total = n
                    else:
                        result.texts_hidden = True
            items.append(result)
        sections.append((section, items))
    return Results(questionnaire, respondents, group, sections, by_channel)


def _fill(result, question, group, choice_counts, boolean_counts, mark_counts, stats) -> None:
    """The chart or the figures of one question's result."""
    n = _number(result.answered)
    title = f"{question.number}. {question.text}"
    several = ""
    if question.kind in (Kind.SINGLE, Kind.MULTIPLE):
        counts = {
            str(choice.label): choice_counts[question.pk].get(choice.pk, 0)
            for choice in question.choice_list
        }
        if question.kind == Kind.MULTIPLE:
            several = _("Several answers possible: shares add up to more than 100%.")
    elif question.kind == Kind.YES_NO:
        counts = {
            _("Yes"): boolean_counts[question.pk].get(True, 0),
            _("No"): boolean_counts[question.pk].get(False, 0),
        }
    elif question.kind == Kind.RATING:
        counts = {str(mark): mark_counts[question.pk].get(mark, 0) for mark in _marks(question)}
        row = stats.get(question.pk)
        if row and row["mean"] is not None:
            result.stats = [(_("Average mark"), f"{float(row['mean']):.1f} / {question.scale_max}")]
    else:
        row = stats.get(question.pk)
        if question.kind == Kind.NUMBER and row and row["mean"] is not None:
            result.stats = [
                (_("Average"), format_number(round(float(row["mean"]), 1))),
                (_("Lowest"), format_number(row["low"])),
                (_("Highest"), format_number(row["high"])),
            ]
        elif question.kind == Kind.DATE and row and row["first"] is not None:
            result.stats = [
                (_("Earliest"), row["first"].isoformat()),
                (_("Latest"), row["last"].isoformat()),
            ]
        return
    values = suppress(counts) if group is not None else counts
    result.chart = bar_chart(
        values.items(),
        title=title,
        label_heading=_("Answer"),
        value_heading=_("People"),
        share_heading=_("Share"),
        total=Cell(n) if group is not None else n,
        note=several,
        withheld_note=_(
            "– : fewer than 5 people; not published, so that no one can be recognised."
        ),
        empty_text=_("No answers yet."),
        chart_id=f"question-{question.pk}",
    )


def _marks(question: Question) -> range:
    return range(1, question.scale_max + 1)


# --- Export ---------------------------------------------------------------------------


def export_table(questionnaire: Questionnaire) -> tuple[list[str], Iterator[list[str]]]:
    """The answers, one row per set of answers, without personal data: no account, no
    browser key, no demographic detail, no staff name — the answer number, its date, its
    channel and the answers (options by their Arabic label, several joined by " ; ").
    Headers are the questions in Arabic, numbered. Queries: the structure, then the
    answers read in chunks."""
    structure = questionnaire_structure(questionnaire)
    headers = [_("Number"), _("Date"), _("Channel")] + [
        f"{question.number}. {question.text_ar}" for question in structure.questions
    ]
    choices = {
        choice.pk: choice.label_ar
        for question in structure.questions
        for choice in question.choice_list
    }
    columns = {question.pk: index for index, question in enumerate(structure.questions)}

    def rows() -> Iterator[list[str]]:
        # Both read in id order and merged, so memory stays flat however many answers.
        responses = (
            Response.objects.for_commune(questionnaire.commune_id)
            .filter(questionnaire=questionnaire)
            .order_by("id")
        )
        answers = iter(
            Answer.objects.for_commune(questionnaire.commune_id)
            .filter(response__questionnaire=questionnaire)
            .order_by("response_id", "id")
            .iterator(chunk_size=2000)
        )
        pending = next(answers, None)
        channels = dict(Response._meta.get_field("channel").choices)
        for response in responses.iterator(chunk_size=2000):
            cells = [[] for _column in structure.questions]
            while pending is not None and pending.response_id <= response.pk:
                column = columns.get(pending.question_id)
                if pending.response_id == response.pk and column is not None:
                    cells[column].append(_answer_text(pending, choices))
                pending = next(answers, None)
            yield [
                str(response.pk),
                response.submitted_at.date().isoformat(),
                str(channels.get(response.channel, response.channel)),
            ] + [" ; ".join(cell) for cell in cells]

    return headers, rows()


def _answer_text(answer: Answer, choices: dict[int, str]) -> str:
    if answer.choice_id:
        return choices.get(answer.choice_id, "")
    if answer.boolean is not None:
        return _("Yes") if answer.boolean else _("No")
    if answer.number is not None:
        return format_number(answer.number.normalize())
    if answer.date is not None:
        return answer.date.isoformat()
    return answer.text


def staff_questionnaires(communes) -> QuerySet[Questionnaire]:
    return Questionnaire.objects.for_communes(communes).select_related("owner_type")
