"""Comments and abuse reports, built once for every module.

A model opts in to comments by naming its module in a class attribute
(`Suggestion.comments_module = "suggestions"`); it must be a `TenantModel`, so that a
comment always belongs to the commune of the object it is about. Reports may be about a
comment or about any opted-in object.

Optional hooks on an opted-in model:
- `comments_open` (bool attribute or property, default True): False closes the thread
  to new comments and replies (e.g. a consultation after its deadline);
- `moderation_hide(*, actor, reason)`: lets moderators hide the object itself when they
  uphold a report about it (see `services.report_handle`);
- `get_absolute_url()`: where to send people back when the form gives no `next`.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from moucharaka.core.tenancy import TenantModel

BODY_MAX_LENGTH = 5000


class Comment(TenantModel):
    """A public comment on an object of a module, or a reply to one (one level deep)."""

    target_type = models.ForeignKey(
        ContentType, verbose_name=_("object type"), on_delete=models.CASCADE, related_name="+"
    )
    target_id = models.PositiveBigIntegerField(_("object id"))
    target = GenericForeignKey("target_type", "target_id")
    # Null for comments staff entered from paper or a meeting, or once the account is gone.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="comments",
    )
    body = models.TextField(_("comment"))
    parent = models.ForeignKey(
        "self",
        verbose_name=_("in reply to"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="replies",
    )
    module = models.CharField(_("module"), max_length=32)
    created_at = models.DateTimeField(_("posted on"), default=timezone.now)
    is_hidden = models.BooleanField(_("hidden by the moderators"), default=False)
    hidden_reason = models.TextField(
        _("reason for hiding"),
        blank=True,
        help_text=_("Shown to the author of the comment."),
    )
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hidden by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    hidden_at = models.DateTimeField(_("hidden on"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(
                fields=["commune", "target_type", "target_id", "created_at"],
                name="comment_target_time",
            )
        ]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    def __str__(self) -> str:
        return f"{self.author_label}: {self.excerpt}"

    @property
    def author_label(self) -> str:
        return str(self.author) if self.author_id else str(_("Anonymous"))

    @property
    def excerpt(self) -> str:
        return Truncator(self.body).chars(80)

    @property
    def target_label(self) -> str:
        """`<object type> #<id>`, without loading the object (select_related target_type)."""
        return f"{self.target_type.name} #{self.target_id}"


class Report(TenantModel):
    """Someone asks the moderators to look at a comment or an object of a module."""

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        INSULT = "insult", _("Insult, threat or hate")
        PERSONAL_DATA = "personal_data", _("Someone's personal data")
        OFF_TOPIC = "off_topic", _("Off topic")
        OTHER = "other", _("Something else")

    class Outcome(models.TextChoices):
        HIDDEN = "hidden", pgettext_lazy("moderation decision", "Hidden")
        DISMISSED = "dismissed", pgettext_lazy("moderation decision", "Dismissed")

    target_type = models.ForeignKey(
        ContentType, verbose_name=_("object type"), on_delete=models.CASCADE, related_name="+"
    )
    target_id = models.PositiveBigIntegerField(_("object id"))
    target = GenericForeignKey("target_type", "target_id")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    reason = models.CharField(_("reason"), max_length=16, choices=Reason.choices)
    details = models.TextField(_("details"), blank=True)
    created_at = models.DateTimeField(_("reported on"), default=timezone.now)
    handled_at = models.DateTimeField(_("handled on"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    outcome = models.CharField(_("decision"), max_length=16, choices=Outcome.choices, blank=True)
    outcome_reason = models.TextField(_("reason for the decision"), blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["reporter", "target_type", "target_id"],
                condition=models.Q(handled_at__isnull=True),
                name="report_one_open_per_reporter",
            )
        ]
        indexes = [
            models.Index(fields=["commune", "handled_at", "created_at"], name="report_queue"),
            models.Index(fields=["target_type", "target_id"], name="report_target"),
        ]
        verbose_name = pgettext_lazy("moderation", "report")
        verbose_name_plural = pgettext_lazy("moderation", "reports")

    def __str__(self) -> str:
        return f"{self.get_reason_display()} — {self.target_label}"

    @property
    def is_open(self) -> bool:
        return self.handled_at is None

    @property
    def status(self) -> str:
        if self.is_open:
            return str(pgettext_lazy("moderation report status", "Open"))
        return self.get_outcome_display()

    @property
    def target_label(self) -> str:
        return f"{self.target_type.name} #{self.target_id}"

    @property
    def target_excerpt(self) -> str:
        """What was reported, for the moderators (loads the object)."""
        target = self.target
        if target is None:
            return str(_("(deleted)"))
        if isinstance(target, Comment):
            return f"{target.author_label}: {target.body}"
        return str(target)
