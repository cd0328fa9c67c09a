"""Forms of the questionnaire engine: the answer form built from a questionnaire's
structure (public pages and staff paper entry), the paper sheet's details, the results'
group filter, and the staff builder's forms."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from moucharaka.core.ledger.models import AgeBand, Channel, Gender
from moucharaka.core.localized import LANGUAGES
from moucharaka.core.questionnaires import rules, selectors
from moucharaka.core.questionnaires.models import (
    LANGUAGE_LABELS,
    SHORT_TEXT_MAX_LENGTH,
    TEXT_MAX_LENGTH,
    Question,
    Questionnaire,
)
from moucharaka.core.territories.models import District

Kind = Question.Kind


# --- Answering ------------------------------------------------------------------------


def _help(question: Question) -> str:
    """The question's help text and, for a conditional question, when to answer it (the
    page works without JavaScript: every question is listed)."""
    parts = [str(question.help)] if question.help else []
    parent = getattr(question, "condition_parent", None)
    if parent is not None:
        parts.append(
            _("Answer only if your answer to question %(number)s was “%(answer)s”.")
            % {"number": parent.number, "answer": question.condition_label}
        )
    return " ".join(parts)


def _rating_choices(question: Question) -> list[tuple[str, str]]:
    choices = []
    for mark in range(1, question.scale_max + 1):
        label = str(mark)
        if mark == 1:
            label = _("%(mark)s (lowest)") % {"mark": mark}
        elif mark == question.scale_max:
            label = _("%(mark)s (highest)") % {"mark": mark}
        choices.append((str(mark), label))
    return choices


def answer_field(question: Question) -> forms.Field:
    """The form field for one question. Every field is optional for Django: required
    questions are checked in `AnswerForm.clean`, only when they are shown."""
    common = {"required": False, "help_text": _help(question)}
    kind = question.kind
    if kind == Kind.SINGLE:
        return forms.ChoiceField(
            choices=[(str(c.pk), str(c.label)) for c in question.choice_list],
            widget=forms.RadioSelect,
            **common,
        )
    if kind == Kind.MULTIPLE:
        return forms.MultipleChoiceField(
            choices=[(str(c.pk), str(c.label)) for c in question.choice_list],
            widget=forms.CheckboxSelectMultiple,
            **common,
        )
    if kind == Kind.RATING:
        return forms.ChoiceField(
            choices=_rating_choices(question), widget=forms.RadioSelect, **common
        )
    if kind == Kind.YES_NO:
        return forms.ChoiceField(
            choices=[(rules.YES, _("Yes")), (rules.NO, _("No"))],
            widget=forms.RadioSelect,
            **common,
        )
    if kind == Kind.SHORT_TEXT:
        return forms.CharField(max_length=SHORT_TEXT_MAX_LENGTH, **common)
    if kind == Kind.LONG_TEXT:
        return forms.CharField(
            max_length=TEXT_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": 5}), **common
        )
    if kind == Kind.NUMBER:
        return forms.DecimalField(
            max_digits=14,
            decimal_places=4,
            widget=forms.NumberInput(attrs={"step": "any", "inputmode": "decimal"}),
            **common,
        )
    return forms.DateField(
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"), **common
    )


class AnswerForm(forms.Form):
    """One field `q<id>` per question, grouped by section for the templates.

    `answers` (after is_valid) maps question ids to cleaned answers, only for questions
    shown; `rules.clean_answers` decides, as `services.response_submit` does again."""

    use_required_attribute = False

    def __init__(self, *args, structure: selectors.Structure, **kwargs):
        super().__init__(*args, **kwargs)
        self.structure = structure
        self.answers: dict[int, object] = {}
        for question in structure.questions:
            field = answer_field(question)
            field.label = f"{question.number}. {question.text}"
            self.fields[f"q{question.pk}"] = field

    def clean(self):
        raw = {
            question.pk: self.cleaned_data.get(f"q{question.pk}")
            for question in self.structure.questions
        }
        answers, errors = rules.clean_answers(self.structure.questions, raw)
        for pk, message in errors.items():
            name = f"q{pk}"
            if name not in self.errors:
                self.add_error(name, message)
        if not errors and not answers:
            raise forms.ValidationError(_("Answer at least one question."))
        self.answers = answers
        return self.cleaned_data

    @property
    def sections(self):
        """[(section, [(question, bound field), …]), …] in order."""
        return [
            (section, [(question, self[f"q{question.pk}"]) for question in section.question_list])
            for section in self.structure.sections
        ]

    def raw_answers(self) -> dict[int, object]:
        return dict(self.answers)


class PaperEntryForm(forms.Form):
    """What staff read off a paper sheet or note in a workshop, besides the answers."""

    channel = forms.ChoiceField(
        label=gettext_lazy("Gathered"),
        choices=[(c.value, c.label) for c in (Channel.PAPER, Channel.IN_PERSON, Channel.PHONE)],
    )
    occurred_on = forms.DateField(
        label=gettext_lazy("Gathered on"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        initial=timezone.localdate,
    )
    source = forms.CharField(
        label=gettext_lazy("Where"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("The workshop, meeting or office where it was gathered."),
    )
    gender = forms.ChoiceField(
        label=gettext_lazy("Gender"),
        required=False,
        choices=[("", gettext_lazy("not said"))] + list(Gender.choices),
    )
    age_band = forms.ChoiceField(
        label=gettext_lazy("Age"),
        required=False,
        choices=[("", gettext_lazy("not said"))] + list(AgeBand.choices),
    )
    district = forms.ModelChoiceField(
        label=gettext_lazy("District"),
        required=False,
        queryset=District.objects.none(),
        empty_label=gettext_lazy("not said"),
    )
    disability = forms.ChoiceField(
        label=gettext_lazy("Living with a disability"),
        required=False,
        choices=[
            ("", gettext_lazy("not said")),
            ("yes", gettext_lazy("Yes")),
            ("no", gettext_lazy("No")),
        ],
    )

    def __init__(self, *args, commune, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["district"].queryset = District.objects.filter(commune=commune)

    def clean_occurred_on(self):
        day = self.cleaned_data["occurred_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("This date is in the future."))
        return day

    def occurred_at(self):
        """Noon of the day it was gathered (Africa/Casablanca), or now for today."""
        from datetime import datetime, time

        day = self.cleaned_data["occurred_on"]
        if day == timezone.localdate():
            return timezone.now()
        return timezone.make_aware(datetime.combine(day, time(12)))

    def demographics(self) -> dict:
        data = self.cleaned_data
        disability = {"yes": True, "no": False}.get(data.get("disability") or "")
        return {
            "gender": data.get("gender") or "",
            "age_band": data.get("age_band") or "",
            "district": data.get("district"),
            "disability": disability,
        }


class GroupFilterForm(forms.Form):
    """Results for one demographic group (GET ?group=gender:female)."""

    group = forms.ChoiceField(label=gettext_lazy("Show the answers of"), required=False)

    def __init__(self, *args, commune, **kwargs):
        super().__init__(*args, **kwargs)
        self.commune = commune
        self.fields["group"].choices = [("", _("everyone"))] + selectors.group_choices(commune)

    def selected_group(self):
        if not self.is_valid():
            return None
        return selectors.parse_group(self.commune, self.cleaned_data.get("group"))


# --- Building (back office) -----------------------------------------------------------


def _language_fields(prefix: str, label, *, required: bool, textarea=False, max_length=None):
    fields = {}
    for code in LANGUAGES:
        kwargs = {
            "label": f"{label} ({LANGUAGE_LABELS[code]})",
            "required": required and code == "ar",
        }
        if max_length:
            kwargs["max_length"] = max_length
        if textarea:
            kwargs["widget"] = forms.Textarea(attrs={"rows": 3})
        fields[f"{prefix}_{code}"] = forms.CharField(**kwargs)
    return fields


def by_language(data: dict, prefix: str) -> dict[str, str]:
    return {code: data.get(f"{prefix}_{code}", "") for code in LANGUAGES}


class QuestionnaireSettingsForm(forms.ModelForm):
    class Meta:
        model = Questionnaire
        fields = [
            *(f"title_{code}" for code in LANGUAGES),
            *(f"intro_{code}" for code in LANGUAGES),
            "allow_anonymous",
            "publish_text_answers",
        ]
        widgets = {f"intro_{code}": forms.Textarea(attrs={"rows": 3}) for code in LANGUAGES}


class SectionForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(
            _language_fields("title", _("Title of the section"), required=False, max_length=200)
        )
        self.fields.update(
            _language_fields("intro", _("Introduction"), required=False, textarea=True)
        )


class QuestionForm(forms.Form):
    """A question, its options (one per line, per language) and its condition."""

    section = forms.ChoiceField(label=gettext_lazy("Section"))
    kind = forms.ChoiceField(label=gettext_lazy("Type of question"), choices=Kind.choices)
    required = forms.BooleanField(
        label=gettext_lazy("An answer is required"), required=False, initial=True
    )
    scale_max = forms.IntegerField(
        label=gettext_lazy("Highest mark (rating scales)"),
        min_value=rules.SCALE_MIN,
        max_value=rules.SCALE_MAX,
        initial=5,
    )
    condition = forms.ChoiceField(
        label=gettext_lazy("Show this question only if"),
        required=False,
        help_text=gettext_lazy(
            "Leave empty to always show it. Only questions asked before it, with a list "
            "of answers, can be chosen."
        ),
    )

    def __init__(self, *args, structure: selectors.Structure, question: Question | None, **kw):
        super().__init__(*args, **kw)
        self.structure = structure
        self.fields["section"].choices = [
            (str(section.pk), str(section.title) or _("Section %(n)s") % {"n": index})
            for index, section in enumerate(structure.sections, start=1)
        ]
        texts = _language_fields("text", _("Question"), required=True, max_length=500)
        helps = _language_fields("help", _("Help text"), required=False, max_length=500)
        options = _language_fields(
            "choices", _("Options, one per line"), required=False, textarea=True
        )
        for code in LANGUAGES:
            self.fields[f"text_{code}"] = texts[f"text_{code}"]
        for code in LANGUAGES:
            self.fields[f"help_{code}"] = helps[f"help_{code}"]
        for code in LANGUAGES:
            self.fields[f"choices_{code}"] = options[f"choices_{code}"]
        self.fields["choices_ar"].help_text = _(
            "For single and multiple choice. Give the options in the same order in every "
            "language; rewording an option keeps its answers."
        )
        self.order_fields(["section", "kind", *texts, *helps, "required", "scale_max", *options])
        earlier = structure.questions
        if question is not None and question.pk in structure.by_id:
            earlier = structure.questions[: structure.order()[question.pk]]
        self.fields["condition"].choices = [("", _("always show it"))] + [
            (
                f"Q{parent.number}",
                [
                    (f"{parent.pk}:{value}", f"{parent.number}. {parent.text} → {label}")
                    for value, label in rules.condition_values(parent)
                ],
            )
            for parent in earlier
            if parent.kind in rules.CONDITION_KINDS
        ]

    @classmethod
    def initial_for(cls, question: Question) -> dict:
        initial = {
            "section": str(question.section_id),
            "kind": question.kind,
            "required": question.required,
            "scale_max": question.scale_max,
            "condition": f"{question.condition_question_id}:{question.condition_value}"
            if question.condition_question_id
            else "",
        }
        for code in LANGUAGES:
            initial[f"text_{code}"] = getattr(question, f"text_{code}")
            initial[f"help_{code}"] = getattr(question, f"help_{code}")
            initial[f"choices_{code}"] = "\n".join(
                getattr(choice, f"label_{code}") for choice in question.choice_list
            )
        return initial

    def section_object(self):
        wanted = int(self.cleaned_data["section"])
        return next(section for section in self.structure.sections if section.pk == wanted)

    def condition_parts(self) -> tuple[Question | None, str]:
        raw = self.cleaned_data.get("condition") or ""
        if not raw:
            return None, ""
        parent_id, value = raw.split(":", 1)
        return self.structure.by_id.get(int(parent_id)), value
