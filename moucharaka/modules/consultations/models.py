"""Digital consultations on draft texts (التشاور الرقمي, issue 5; seed 001 §12.3: "digital
platforms for public consultation").

A consultation puts a draft text, split into numbered sections and paragraphs, before
the public between two dates (Africa/Casablanca). People comment on a paragraph (they
agree, disagree or propose a rewording) or on the whole text, and reply to each other;
the comments are the core comments (`moucharaka.core.comments`), each top-level one with
a `Contribution` saying its stance, its proposed wording and, for staff, its tags and
the main point it raises. Staff enter what workshops and paper forms gathered. After
the closing date the commune analyses, then publishes a synthesis ("what we heard") and
its response to each main point (`ResponsePoint`). An optional questionnaire (the core
engine, `moucharaka.core.questionnaires`) is attached to the consultation.
"""

import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from moucharaka.core.comments.models import Comment
from moucharaka.core.ledger.models import Channel
from moucharaka.core.localized import Localized
from moucharaka.core.questionnaires.models import Questionnaire
from moucharaka.core.tenancy import TenantModel


class Phase(models.TextChoices):
    """Derived from the dates and the staff's actions (rules.phase), never stored."""

    DRAFT = "draft", _("in preparation")
    ANNOUNCED = "announced", _("announced")
    OPEN = "open", _("open for contributions")
    ANALYSIS = "analysis", _("under analysis")
    RESULTS = "results", _("results published")
    CLOSED = "closed", _("closed")


class Consultation(TenantModel):
    # Comments on the text as a whole (core comments); paragraphs take their own.
    comments_module = "consultations"

    title_ar = models.CharField(_("title (Arabic)"), max_length=200)
    title_fr = models.CharField(_("title (French)"), max_length=200, blank=True)
    summary_ar = models.TextField(_("summary (Arabic)"))
    summary_fr = models.TextField(_("summary (French)"), blank=True)
    opens_at = models.DateTimeField(
        _("opens on"), help_text=_("Date and time in Morocco (Africa/Casablanca).")
    )
    closes_at = models.DateTimeField(
        _("closes on"), help_text=_("Contributions are accepted until this moment.")
    )
    published_at = models.DateTimeField(_("announced on"), null=True, blank=True, editable=False)
    results_published_at = models.DateTimeField(
        _("results published on"), null=True, blank=True, editable=False
    )
    closed_at = models.DateTimeField(_("closed on"), null=True, blank=True, editable=False)
    synthesis_ar = models.TextField(_("synthesis: what we heard (Arabic)"), blank=True)
    synthesis_fr = models.TextField(_("synthesis: what we heard (French)"), blank=True)
    # When followers were told: each notification goes out once (services.consultation_sync).
    opening_notified_at = models.DateTimeField(null=True, blank=True, editable=False)
    closing_notified_at = models.DateTimeField(null=True, blank=True, editable=False)
    results_notified_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    questionnaires = GenericRelation(
        Questionnaire, content_type_field="owner_type", object_id_field="owner_id"
    )

    title = Localized("title")
    summary = Localized("summary")
    synthesis = Localized("synthesis")

    class Meta:
        ordering = ["-opens_at", "-id"]
        constraints = [
            models.CheckConstraint(
                name="consultation_closes_after_opening",
                condition=models.Q(closes_at__gt=models.F("opens_at")),
            )
        ]
        indexes = [models.Index(fields=["commune", "opens_at"], name="consultation_time")]
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")

    def __str__(self) -> str:
        return self.title_ar

    def get_absolute_url(self) -> str:
        return reverse(
            "module-consultations:detail", kwargs={"commune_slug": self.commune.slug, "pk": self.pk}
        )

    @property
    def phase(self) -> str:
        from moucharaka.modules.consultations.rules import phase

        return phase(self, timezone.now())

    def get_phase_display(self) -> str:
        return Phase(self.phase).label

    # Hooks of the core comments and questionnaires.
    @property
    def comments_open(self) -> bool:
        return self.phase == Phase.OPEN

    @property
    def questionnaire_open(self) -> bool:
        return self.phase == Phase.OPEN

    @property
    def questionnaire_results_public(self) -> bool:
        return self.phase in (Phase.RESULTS, Phase.CLOSED)

    def questionnaire_staff_can(self, user, action: str) -> bool:
        from moucharaka.modules.consultations.permissions import consultation_policy

        needed = {"build": "change", "paper": "change", "results": "view"}.get(action)
        return needed is not None and consultation_policy.user_has_permission_for_instance(
            user, needed, self
        )

    @property
    def questionnaire_admin_url(self) -> str:
        return reverse("consultations_admin:inspect", args=[self.pk])


class TextSection(TenantModel):
    """A numbered section of the draft text (its heading may be empty)."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="sections"
    )
    position = models.PositiveSmallIntegerField(_("number"))
    heading_ar = models.CharField(_("heading (Arabic)"), max_length=300, blank=True)
    heading_fr = models.CharField(_("heading (French)"), max_length=300, blank=True)

    heading = Localized("heading")

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "position"], name="consultation_section_position"
            )
        ]
        verbose_name = _("section of the text")
        verbose_name_plural = _("sections of the text")

    def __str__(self) -> str:
        return f"{self.position}. {self.heading_ar}"


class Paragraph(TenantModel):
    """A numbered paragraph people comment on: "3.2" is the second of section 3."""

    comments_module = "consultations"

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="paragraphs"
    )
    section = models.ForeignKey(TextSection, on_delete=models.CASCADE, related_name="paragraphs")
    position = models.PositiveSmallIntegerField(_("number in its section"))
    text_ar = models.TextField(_("text (Arabic)"))
    text_fr = models.TextField(_("text (French)"), blank=True)

    text = Localized("text")

    class Meta:
        ordering = ["section__position", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["section", "position"], name="consultation_paragraph_position"
            )
        ]
        verbose_name = _("paragraph")
        verbose_name_plural = _("paragraphs")

    def __str__(self) -> str:
        return f"§{self.number}"

    @property
    def number(self) -> str:
        """ "3.2": section 3, paragraph 2 (select_related("section") in lists)."""
        return f"{self.section.position}.{self.position}"

    def get_absolute_url(self) -> str:
        return reverse(
            "module-consultations:paragraph",
            kwargs={
                "commune_slug": self.commune.slug,
                "pk": self.consultation_id,
                "paragraph_pk": self.pk,
            },
        )

    @property
    def comments_open(self) -> bool:
        return self.consultation.comments_open


class Tag(TenantModel):
    """A theme staff give contributions while analysing one consultation."""

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="tags")
    name = models.CharField(_("name"), max_length=80)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["consultation", "name"], name="consultation_tag_unique")
        ]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self) -> str:
        return self.name


class ResponsePoint(TenantModel):
    """A main point people raised and the commune's public response to it: taken into
    account (and the change it made) or not (and why) — seed 001 §12.3: "answer every
    proposal seriously, clearly and publicly"."""

    class Decision(models.TextChoices):
        ACCEPTED = "accepted", _("taken into account")
        PARTLY = "partly", _("partly taken into account")
        REJECTED = "rejected", _("not taken into account")

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="points")
    paragraph = models.ForeignKey(
        Paragraph,
        verbose_name=_("paragraph"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="points",
        help_text=_("Empty for a point about the text as a whole."),
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    summary_ar = models.TextField(_("the point raised (Arabic)"))
    summary_fr = models.TextField(_("the point raised (French)"), blank=True)
    decision = models.CharField(_("response"), max_length=10, choices=Decision.choices, blank=True)
    change_ar = models.TextField(_("the resulting change (Arabic)"), blank=True)
    change_fr = models.TextField(_("the resulting change (French)"), blank=True)
    reason_ar = models.TextField(_("the reason (Arabic)"), blank=True)
    reason_fr = models.TextField(_("the reason (French)"), blank=True)
    answered_at = models.DateTimeField(null=True, blank=True, editable=False)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    summary = Localized("summary")
    change = Localized("change")
    reason = Localized("reason")

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.CheckConstraint(
                name="point_taken_has_change",
                condition=~models.Q(decision__in=["accepted", "partly"]) | ~models.Q(change_ar=""),
            ),
            models.CheckConstraint(
                name="point_not_taken_has_reason",
                condition=~models.Q(decision__in=["rejected", "partly"]) | ~models.Q(reason_ar=""),
            ),
        ]
        verbose_name = _("main point and response")
        verbose_name_plural = _("main points and responses")

    def __str__(self) -> str:
        return self.summary_ar[:80]

    @property
    def is_answered(self) -> bool:
        return bool(self.decision)


class Contribution(TenantModel):
    """What a top-level comment on a consultation is: its stance, its proposed wording,
    how it was gathered; and, for staff, its tags and the main point it raises."""

    class Stance(models.TextChoices):
        AGREE = "agree", _("agrees")
        DISAGREE = "disagree", _("disagrees")
        REWORD = "reword", _("proposes a rewording")
        COMMENT = "comment", _("comments")

    comment = models.OneToOneField(
        Comment, on_delete=models.CASCADE, related_name="consultation_contribution"
    )
    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="contributions"
    )
    paragraph = models.ForeignKey(
        Paragraph,
        verbose_name=_("paragraph"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="contributions",
    )
    stance = models.CharField(_("stance"), max_length=10, choices=Stance.choices)
    proposed_text = models.TextField(_("proposed wording"), blank=True)
    channel = models.CharField(
        _("gathered"), max_length=12, choices=Channel.choices, default=Channel.ONLINE
    )
    source = models.CharField(
        _("where it was gathered"),
        max_length=200,
        blank=True,
        help_text=_(
            "For workshops and paper forms, e.g. “Workshop with associations, 7 December 2023”."
        ),
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    tags = models.ManyToManyField(Tag, verbose_name=_("tags"), blank=True, related_name="+")
    point = models.ForeignKey(
        ResponsePoint,
        verbose_name=_("main point"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="contributions",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                name="contribution_rewording_has_text",
                condition=~models.Q(stance="reword") | ~models.Q(proposed_text=""),
            ),
            models.CheckConstraint(
                name="contribution_rewording_of_paragraph",
                condition=~models.Q(stance="reword") | models.Q(paragraph__isnull=False),
            ),
        ]
        indexes = [
            models.Index(fields=["consultation", "paragraph", "stance"], name="contribution_stance")
        ]
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")

    def __str__(self) -> str:
        return f"{self.get_stance_display()} — {self.comment_id}"


class Follower(TenantModel):
    """Someone who hears of the consultation's opening, closing and results."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="followers"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "user"], name="consultation_follow_once"
            )
        ]
        verbose_name = _("follower")
        verbose_name_plural = _("followers")

    def __str__(self) -> str:
        return f"{self.user_id} → {self.consultation_id}"


def attachment_path(instance, filename: str) -> str:
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"consultations/{instance.commune_id}/{uuid.uuid4().hex}.{extension}"


class Attachment(TenantModel):
    """A document published with the consultation (the draft as a PDF, an annex…)."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="attachments"
    )
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to=attachment_path)
    size = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.title

    @property
    def extension(self) -> str:
        return self.file.name.rsplit(".", 1)[-1].upper() if "." in self.file.name else ""
