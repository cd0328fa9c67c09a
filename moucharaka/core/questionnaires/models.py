"""Questionnaires built by commune staff and answered by citizens, once, built once in the
core for every module that asks questions (consultations, surveys, meeting feedback,
training evaluations).

A questionnaire belongs to an *owner*: any tenant object of a module (a consultation, a
meeting…), through a generic relation, and records its answers in the participation
ledger under the owner's module. The owner decides, through optional hooks:

- `questionnaire_open` (bool, default True): whether answers are accepted online now;
- `questionnaire_results_public` (bool, default False): whether the public sees results;
- `questionnaire_staff_can(user, action)` -> bool: who may "build" it, enter "paper"
  answers and read "results" (and export them) in the back office; by default the
  commune's administrators;
- `get_absolute_url()`: the public page the questionnaire is part of;
- `questionnaire_admin_url` (str): where the back office's "back" link goes.

Texts are written in Arabic and, if staff wish, in French, Tamazight and English
(`moucharaka.core.localized`); visitors read their language or the fallback.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from moucharaka.core.ledger.models import Channel
from moucharaka.core.localized import LANGUAGES, Localized
from moucharaka.core.tenancy import TenantModel

TEXT_MAX_LENGTH = 5000  # long text answers
SHORT_TEXT_MAX_LENGTH = 250


LANGUAGE_LABELS = {
    "ar": _("Arabic"),
    "fr": _("French"),
    "zgh": _("Tamazight"),
    "en": _("English"),
}


def add_texts(model, name: str, label, *, max_length: int | None = None, required=True):
    """Add the four language columns of one translatable text to `model`: Arabic first
    (required unless `required` is False), then French, Tamazight and English."""
    for code in LANGUAGES:
        verbose = format_lazy("{} ({})", label, LANGUAGE_LABELS[code])
        blank = code != "ar" or not required
        if max_length:
            field = models.CharField(verbose, max_length=max_length, blank=blank)
        else:
            field = models.TextField(verbose, blank=blank)
        model.add_to_class(f"{name}_{code}", field)


class Questionnaire(TenantModel):
    owner_type = models.ForeignKey(
        ContentType, verbose_name=_("owner type"), on_delete=models.CASCADE, related_name="+"
    )
    owner_id = models.PositiveBigIntegerField(_("owner id"))
    owner = GenericForeignKey("owner_type", "owner_id")
    # Whose acts the answers are in the ledger ("consultations", "surveys", …).
    module = models.CharField(_("module"), max_length=32)
    allow_anonymous = models.BooleanField(
        _("people may answer without an account"),
        default=False,
        help_text=_(
            "Without an account, one answer per browser is accepted; it stops careless "
            "repeats, not a determined person. Signed-in people always answer once."
        ),
    )
    publish_text_answers = models.BooleanField(
        _("publish the written answers with the results"),
        default=False,
        help_text=_("Otherwise only staff read them. Check them for personal data first."),
    )
    created_at = models.DateTimeField(_("created on"), default=timezone.now)

    title = Localized("title")
    intro = Localized("intro")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["owner_type", "owner_id"], name="questionnaire_one_per_owner"
            )
        ]
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")

    def __str__(self) -> str:
        return self.title_ar

    def owner_hook(self, name: str, default):
        owner = self.owner
        return getattr(owner, name, default) if owner is not None else default

    @property
    def accepts_answers(self) -> bool:
        return bool(self.owner_hook("questionnaire_open", True))

    @property
    def results_public(self) -> bool:
        return bool(self.owner_hook("questionnaire_results_public", False))


class Section(TenantModel):
    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.CASCADE, related_name="sections"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    title = Localized("title")
    intro = Localized("intro")

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("questionnaire section")
        verbose_name_plural = _("questionnaire sections")

    def __str__(self) -> str:
        return self.title_ar


class Question(TenantModel):
    class Kind(models.TextChoices):
        SINGLE = "single", _("single choice")
        MULTIPLE = "multiple", _("multiple choice")
        RATING = "rating", _("rating scale")
        YES_NO = "yes_no", _("yes or no")
        SHORT_TEXT = "short_text", _("short text")
        LONG_TEXT = "long_text", _("long text")
        # Contexts: "number" and "date" mean other things elsewhere (a receipt number).
        NUMBER = "number", pgettext_lazy("kind of answer", "number")
        DATE = "date", pgettext_lazy("kind of answer", "date")

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.CASCADE, related_name="questions"
    )
    section = models.ForeignKey(
        Section, verbose_name=_("section"), on_delete=models.PROTECT, related_name="questions"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    kind = models.CharField(_("type of question"), max_length=12, choices=Kind.choices)
    required = models.BooleanField(_("an answer is required"), default=True)
    scale_max = models.PositiveSmallIntegerField(
        _("highest mark"), default=5, help_text=_("Rating scales go from 1 to this mark (2–10).")
    )
    # Show this question only if the answer to `condition_question` is `condition_value`
    # (a choice's id, "yes"/"no", or a mark).
    condition_question = models.ForeignKey(
        "self",
        verbose_name=_("shown only after"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="dependants",
    )
    condition_value = models.CharField(_("shown only if the answer is"), max_length=32, blank=True)

    text = Localized("text")
    help = Localized("help")

    class Meta:
        ordering = ["section__position", "section_id", "position", "id"]
        constraints = [
            models.CheckConstraint(
                name="question_condition_complete",
                condition=models.Q(condition_question__isnull=True, condition_value="")
                | (models.Q(condition_question__isnull=False) & ~models.Q(condition_value="")),
            ),
            models.CheckConstraint(
                name="question_scale_range", condition=models.Q(scale_max__gte=2, scale_max__lte=10)
            ),
        ]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self) -> str:
        return self.text_ar

    @property
    def has_choices(self) -> bool:
        return self.kind in (self.Kind.SINGLE, self.Kind.MULTIPLE)

    @property
    def is_text(self) -> bool:
        return self.kind in (self.Kind.SHORT_TEXT, self.Kind.LONG_TEXT)


class Choice(TenantModel):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    label = Localized("label")

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("option")
        verbose_name_plural = _("options")

    def __str__(self) -> str:
        return self.label_ar


class Response(TenantModel):
    """One person's (or one paper sheet's) answers to a questionnaire."""

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.CASCADE, related_name="responses"
    )
    # Kept only to answer once per person; never shown or exported.
    respondent = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Answers without an account: a hash of the browser's random token (repeat check).
    anonymous_key = models.CharField(max_length=64, blank=True)
    channel = models.CharField(
        _("channel"), max_length=12, choices=Channel.choices, default=Channel.ONLINE
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    source = models.CharField(
        _("where it was gathered"),
        max_length=200,
        blank=True,
        help_text=_("For answers on paper or in a workshop, e.g. the meeting and its place."),
    )
    language = models.CharField(max_length=8, blank=True)
    submitted_at = models.DateTimeField(_("answered on"), default=timezone.now)
    # Its row in the participation ledger, whose demographic snapshot the results are
    # filtered by (only with the person's consent, or as staff read it off paper).
    participation = models.OneToOneField(
        "ledger.Participation", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["submitted_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "respondent"],
                condition=models.Q(respondent__isnull=False),
                name="response_once_per_person",
            ),
            models.UniqueConstraint(
                fields=["questionnaire", "anonymous_key"],
                condition=~models.Q(anonymous_key=""),
                name="response_once_per_browser",
            ),
        ]
        indexes = [models.Index(fields=["questionnaire", "submitted_at"], name="response_time")]
        verbose_name = _("set of answers")
        verbose_name_plural = _("sets of answers")

    def __str__(self) -> str:
        return f"{self.questionnaire_id} #{self.pk}"


class Answer(TenantModel):
    """The answer to one question (multiple choice: one row per option ticked)."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="answers")
    choice = models.ForeignKey(
        Choice, on_delete=models.PROTECT, null=True, blank=True, related_name="answers"
    )
    text = models.TextField(blank=True)
    number = models.DecimalField(max_digits=14, decimal_places=4, null=True, blank=True)
    date = models.DateField(null=True, blank=True)
    boolean = models.BooleanField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["response", "question", "choice"],
                condition=models.Q(choice__isnull=False),
                name="answer_choice_once",
            ),
            models.UniqueConstraint(
                fields=["response", "question"],
                condition=models.Q(choice__isnull=True),
                name="answer_once",
            ),
        ]
        indexes = [models.Index(fields=["question", "choice"], name="answer_question_choice")]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self) -> str:
        return f"{self.response_id}/{self.question_id}"


# The translatable texts (see moucharaka.core.localized).
add_texts(Questionnaire, "title", _("title"), max_length=200)
add_texts(Questionnaire, "intro", _("introduction"), required=False)
add_texts(Section, "title", _("title"), max_length=200, required=False)
add_texts(Section, "intro", _("introduction"), required=False)
add_texts(Question, "text", _("question"), max_length=500)
add_texts(Question, "help", _("help text"), required=False, max_length=500)
add_texts(Choice, "label", _("option"), max_length=200)
