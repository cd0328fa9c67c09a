"""The suggestions space (فضاء الاقتراحات والملاحظات): citizens' suggestions, observations
and complaints, and the commune's public answer to each (seed 001 §12.3)."""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from moucharaka.core.ledger.models import Channel
from moucharaka.core.tenancy import TenantModel
from moucharaka.core.territories.models import LocalizedNameMixin
from moucharaka.core.text import normalize_arabic, words


class Category(LocalizedNameMixin, TenantModel):
    """A commune's own list of subjects (lighting, waste, green spaces…)."""

    name_ar = models.CharField(_("name (Arabic)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("position in lists"), default=100)

    class Meta:
        ordering = ["sort_order", "name_ar"]
        constraints = [
            models.UniqueConstraint(
                fields=["commune", "name_ar"], name="suggestion_category_unique"
            )
        ]
        verbose_name = _("suggestion category")
        verbose_name_plural = _("suggestion categories")


class Service(LocalizedNameMixin, TenantModel):
    """A department of the commune that suggestions are assigned to (المصلحة)."""

    name_ar = models.CharField(_("name (Arabic)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("position in lists"), default=100)

    class Meta:
        ordering = ["sort_order", "name_ar"]
        constraints = [
            models.UniqueConstraint(fields=["commune", "name_ar"], name="suggestion_service_unique")
        ]
        verbose_name = _("commune service")
        verbose_name_plural = _("commune services")


class Suggestion(TenantModel):
    # Opts in to the core comments (moucharaka.core.comments).
    comments_module = "suggestions"

    class Kind(models.TextChoices):
        SUGGESTION = "suggestion", _("suggestion")
        OBSERVATION = "observation", _("observation")
        COMPLAINT = "complaint", _("complaint")

    class Status(models.TextChoices):
        RECEIVED = "received", _("received")
        UNDER_STUDY = "under_study", _("under study")
        ANSWERED = "answered", _("answered")
        IMPLEMENTED = "implemented", _("implemented")

    class AnswerKind(models.TextChoices):
        ACCEPTED = "accepted", _("accepted")
        PLANNED = "planned", _("planned")
        ALREADY_DONE = "already_done", _("already done")
        REJECTED = "rejected", _("not retained")
        OUTSIDE_POWERS = "outside_powers", _("outside the commune's powers")

    kind = models.CharField(_("type"), max_length=12, choices=Kind.choices, default=Kind.SUGGESTION)
    title = models.CharField(_("title"), max_length=150)
    body = models.TextField(_("text"))
    # Normalised copies for matching and searching (moucharaka.core.text): the title's
    # significant words between spaces (" w1 w2 "), and the whole text.
    title_normalized = models.CharField(max_length=255, db_index=True, editable=False)
    search_text = models.TextField(editable=False, default="")
    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="suggestions",
    )
    district = models.ForeignKey(
        "territories.District",
        verbose_name=_("district"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    # Null for suggestions received on paper, by phone or at the desk.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="suggestions",
    )
    citizen_name = models.CharField(
        _("citizen's name"),
        max_length=120,
        blank=True,
        help_text=_("For suggestions received offline. Never published or exported."),
    )
    channel = models.CharField(
        _("received"), max_length=12, choices=Channel.choices, default=Channel.ONLINE
    )
    # The interface language it was written in: notifications about it use it too.
    language = models.CharField(max_length=8, blank=True, editable=False)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.RECEIVED
    )
    assigned_service = models.ForeignKey(
        Service,
        verbose_name=_("assigned to"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="suggestions",
    )
    answer_kind = models.CharField(
        _("decision"), max_length=16, choices=AnswerKind.choices, blank=True
    )
    answer = models.TextField(_("official answer"), blank=True)
    answer_reason = models.TextField(_("reason"), blank=True)
    answered_at = models.DateTimeField(_("first answered on"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    is_hidden = models.BooleanField(_("hidden by the moderators"), default=False)
    hidden_reason = models.TextField(
        _("reason for hiding"), blank=True, help_text=_("Shown to the author.")
    )
    hidden_at = models.DateTimeField(_("hidden on"), null=True, blank=True)
    # Denormalised number of Support rows, kept in step with F() by the services.
    supports_count = models.PositiveIntegerField(_("supports"), default=0)
    created_at = models.DateTimeField(_("received on"), default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["commune", "created_at"], name="suggestion_commune_time"),
            models.Index(fields=["commune", "status", "created_at"], name="suggestion_queue"),
            models.Index(fields=["commune", "supports_count"], name="suggestion_supports"),
        ]
        constraints = [
            # Seed 001 §12.3: every proposal gets a public answer before it is closed.
            models.CheckConstraint(
                name="suggestion_closed_has_answer",
                condition=models.Q(status__in=["received", "under_study"])
                | (~models.Q(answer="") & ~models.Q(answer_kind="")),
            ),
            models.CheckConstraint(
                name="suggestion_rejection_has_reason",
                condition=~models.Q(answer_kind="rejected") | ~models.Q(answer_reason=""),
            ),
            models.CheckConstraint(
                name="suggestion_location_complete",
                condition=models.Q(latitude__isnull=True, longitude__isnull=True)
                | models.Q(latitude__isnull=False, longitude__isnull=False),
            ),
        ]
        verbose_name = _("suggestion")
        verbose_name_plural = _("suggestions")

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.title_normalized = f" {' '.join(words(self.title))} "[:255]
        self.search_text = normalize_arabic(f"{self.title} {self.body}")
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "title_normalized", "search_text"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse(
            "module-suggestions:detail", kwargs={"commune_slug": self.commune.slug, "pk": self.pk}
        )

    @property
    def is_open(self) -> bool:
        return self.status in (self.Status.RECEIVED, self.Status.UNDER_STUDY)

    @property
    def is_answered(self) -> bool:
        return self.status in (self.Status.ANSWERED, self.Status.IMPLEMENTED)

    @property
    def comments_open(self) -> bool:
        """Hook of the core comments: no new comments on a hidden suggestion."""
        return not self.is_hidden

    @property
    def is_located(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def moderation_hide(self, *, actor, reason: str) -> None:
        """Hook of the core comments: a moderator upheld a report about this suggestion."""
        from moucharaka.modules.suggestions.services import suggestion_hide

        suggestion_hide(commune=self.commune, suggestion=self, actor=actor, reason=reason)


def photo_path(instance, filename: str) -> str:
    # A random name: the uploaded file's own name may say who took the photo.
    return f"suggestions/{instance.commune_id}/{uuid.uuid4().hex}.jpg"


class SuggestionPhoto(TenantModel):
    """A photo re-encoded on upload, without any metadata (EXIF, GPS, XMP…)."""

    suggestion = models.ForeignKey(Suggestion, on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(
        _("photo"), upload_to=photo_path, width_field="width", height_field="height"
    )
    width = models.PositiveIntegerField(editable=False, default=0)
    height = models.PositiveIntegerField(editable=False, default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["id"]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def __str__(self) -> str:
        return f"{self.suggestion_id}: {self.image.name}"


class Support(TenantModel):
    """One person's +1 on a suggestion; the unique constraint makes it once per person."""

    suggestion = models.ForeignKey(Suggestion, on_delete=models.CASCADE, related_name="supports")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["suggestion", "user"], name="suggestion_support_once")
        ]
        verbose_name = _("support")
        verbose_name_plural = _("supports")

    def __str__(self) -> str:
        return f"+1 {self.suggestion_id} by {self.user_id}"


class StatusChange(TenantModel):
    """The public history of a suggestion: each status it went through, and when."""

    suggestion = models.ForeignKey(
        Suggestion, on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(max_length=12, choices=Suggestion.Status.choices, blank=True)
    to_status = models.CharField(max_length=12, choices=Suggestion.Status.choices)
    # Staff are not named publicly: the commune answers as an institution.
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)
    note = models.TextField(_("public note"), blank=True)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self) -> str:
        return f"{self.suggestion_id}: {self.from_status or '—'} → {self.to_status}"


class AnswerRating(TenantModel):
    """How the author judged the commune's answer (charter indicators 10 and 11)."""

    suggestion = models.ForeignKey(Suggestion, on_delete=models.CASCADE, related_name="ratings")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    score = models.PositiveSmallIntegerField(
        _("satisfaction"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    would_participate_again = models.BooleanField(_("would take part again"))
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["suggestion", "user"], name="suggestion_rating_once"),
            models.CheckConstraint(
                name="suggestion_rating_range", condition=models.Q(score__gte=1, score__lte=5)
            ),
        ]
        verbose_name = _("rating of an answer")
        verbose_name_plural = _("ratings of answers")

    def __str__(self) -> str:
        return f"{self.suggestion_id}: {self.score}/5"
