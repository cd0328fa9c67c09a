"""Requests for information under law 31.13 (DOMAIN §6).

Personal data (law 09-08): the requester's identity (name, address, CNIE number
encrypted with a keyed hash, e-mail, phone) lives only on `InfoRequest`; the documents of
an answer (`AnswerDocument`) are in private storage and reach only the requester and the
commune's staff. What the commune publishes (`PublishedInformation`) is written by its
staff without personal data and is public.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from moucharaka.core.identity.models import CnieColumns
from moucharaka.core.identity.storage import private_storage
from moucharaka.core.tenancy import TenantModel


def new_tracking_code() -> str:
    return secrets.token_urlsafe(12)


class Channel(models.TextChoices):
    """How the request reached the commune (art. 14)."""

    ONLINE = "online", _("online, on this platform")
    DESK = "desk", _("deposited at the desk")
    POST = "post", _("by post")
    EMAIL = "email", _("by e-mail")


class AccessForm(models.TextChoices):
    """How the requester wishes to receive the information (art. 14)."""

    EMAIL = "email", _("a copy by e-mail")
    PAPER = "paper", _("a paper copy")
    ON_SITE = "on_site", _("consultation on site")


class UrgencyGround(models.TextChoices):
    """Art. 17: the urgent track protects a person's life, safety or freedom."""

    LIFE = "life", _("a person's life")
    SAFETY = "safety", _("a person's safety")
    FREEDOM = "freedom", _("a person's freedom")


class ExtensionReason(models.TextChoices):
    """Art. 16: why the deadline may be extended once."""

    VOLUME = "volume", _("the request concerns a large volume of information")
    THIRD_PARTY = "third_party", _("a third party must be consulted first")
    NOT_IN_TIME = "not_in_time", _("the information cannot be gathered within the deadline")


class RefusalGround(models.TextChoices):
    """Arts. 7 and 18: the legal grounds of a refusal, in whole or in part."""

    NOT_AVAILABLE = "not_available", _("the commune does not hold this information")
    SECURITY = (
        "security",
        _("national defence or the State's internal or external security (art. 7)"),
    )
    PRIVATE_LIFE = "private_life", _("private life or personal data of others (art. 7)")
    EXCEPTION = "exception", _("another exception of article 7")
    ALREADY_PUBLISHED = "published", _("the information is already published")
    REPEATED = "repeated", _("the same request by the same person within the year")
    UNCLEAR = "unclear", _("the request is not clear enough")
    IN_PREPARATION = "in_preparation", _("the document is still being prepared")
    ARCHIVES = "archives", _("the information is held by the Archives of Morocco")


class InfoRequest(CnieColumns, TenantModel):
    class Status(models.TextChoices):
        PENDING = "pending", _("being processed")
        ANSWERED = "answered", _("answered")
        PARTIAL = "partial", _("partly answered")
        REFUSED = "refused", _("refused")

    RESPONDED = (Status.ANSWERED, Status.PARTIAL, Status.REFUSED)

    year = models.PositiveSmallIntegerField(_("year"), editable=False)
    number = models.PositiveIntegerField(_("number"), editable=False)
    tracking_code = models.CharField(
        max_length=32, unique=True, default=new_tracking_code, editable=False
    )

    # The requester, as on the official form (art. 14).
    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requester's account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    full_name = models.CharField(_("full name"), max_length=150)
    address = models.CharField(_("address"), max_length=300)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)

    subject = models.CharField(_("subject"), max_length=200)
    information_sought = models.TextField(_("information sought"))
    access_form = models.CharField(
        _("preferred form of access"), max_length=10, choices=AccessForm.choices
    )
    urgent = models.BooleanField(_("urgent request"), default=False)
    urgency_ground = models.CharField(
        _("urgent to protect"), max_length=10, choices=UrgencyGround.choices, blank=True
    )
    urgency_justification = models.TextField(_("why it is urgent"), blank=True)

    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    received_on = models.DateField(_("date of receipt"))
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    # Deadlines (arts. 16–17), in the commune's working days.
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    first_due_on = models.DateField(_("first deadline"))
    due_on = models.DateField(_("deadline"), db_index=True)
    extended_at = models.DateTimeField(_("extended on"), null=True, blank=True)
    extension_reason = models.CharField(
        _("reason of the extension"), max_length=12, choices=ExtensionReason.choices, blank=True
    )
    extension_details = models.TextField(_("details of the extension"), blank=True)
    reminders_sent = models.JSONField(default=list, blank=True, editable=False)

    # The response (art. 18 for refusals).
    responded_at = models.DateTimeField(_("responded"), null=True, blank=True)
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    response_text = models.TextField(_("answer"), blank=True)
    refusal_grounds = models.JSONField(_("grounds of refusal"), default=list, blank=True)
    refusal_details = models.TextField(_("reasons of the refusal"), blank=True)
    already_published = models.ForeignKey(
        "PublishedInformation",
        verbose_name=_("already published as"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    working_days_to_respond = models.PositiveIntegerField(null=True, blank=True, editable=False)
    responded_in_time = models.BooleanField(null=True, editable=False)

    class Meta:
        ordering = ["-received_on", "-id"]
        indexes = [
            models.Index(fields=["commune", "status", "due_on"], name="inforeq_queue"),
            models.Index(fields=["commune", "received_on"], name="inforeq_received"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["commune", "year", "number"], name="inforequests_reference_unique"
            )
        ]
        verbose_name = _("request for information")
        verbose_name_plural = _("requests for information")

    def __str__(self) -> str:
        return f"{self.reference} — {self.subject}"

    @property
    def reference(self) -> str:
        return f"DAI-{self.year}-{self.number:04d}"

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING

    @property
    def is_extended(self) -> bool:
        return self.extended_at is not None

    @property
    def is_overdue(self) -> bool:
        from moucharaka.modules.inforequests import rules

        return rules.is_overdue(
            due_on=self.due_on, responded=not self.is_pending, today=timezone.localdate()
        )

    @property
    def responded_on(self):
        return timezone.localdate(self.responded_at) if self.responded_at else None

    def refusal_ground_labels(self) -> list[str]:
        labels = dict(RefusalGround.choices)
        return [str(labels.get(code, code)) for code in self.refusal_grounds]


class AnswerDocument(TenantModel):
    """A document given with the answer: private, for the requester and the staff."""

    request = models.ForeignKey(InfoRequest, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(
        _("file"), storage=private_storage, upload_to="inforequests/answers/%Y/"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("document of the answer")
        verbose_name_plural = _("documents of the answer")

    def __str__(self) -> str:
        return self.title


class Complaint(TenantModel):
    """The requester's complaint to the head of the commune (art. 19)."""

    request = models.OneToOneField(InfoRequest, on_delete=models.CASCADE, related_name="complaint")
    text = models.TextField(_("complaint"))
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    filed_on = models.DateField(_("date of receipt"))
    created_at = models.DateTimeField(auto_now_add=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    due_on = models.DateField(_("the head's deadline"), db_index=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    upheld = models.BooleanField(_("complaint upheld"), null=True)
    answer_text = models.TextField(_("the head's answer"), blank=True)
    reminders_sent = models.JSONField(default=list, blank=True, editable=False)

    class Meta:
        ordering = ["-filed_on", "-id"]
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")

    def __str__(self) -> str:
        return f"{self.request.reference} — {self.filed_on:%Y-%m-%d}"

    @property
    def answered_on(self):
        return timezone.localdate(self.answered_at) if self.answered_at else None

    @property
    def is_overdue(self) -> bool:
        from moucharaka.modules.inforequests import rules

        return rules.is_overdue(
            due_on=self.due_on, responded=self.answered_at is not None, today=timezone.localdate()
        )


class RequestEvent(TenantModel):
    """One dated step of a request, shown to its requester and the staff."""

    class Kind(models.TextChoices):
        RECEIVED = "received", _("request received, acknowledgement issued")
        EXTENDED = "extended", _("deadline extended, requester informed of the reasons")
        ANSWERED = "answered", _("answered")
        PARTIAL = "partial", _("partly answered")
        REFUSED = "refused", _("refused, with reasons")
        COMPLAINT = "complaint", _("complaint to the head of the commune received")
        COMPLAINT_ANSWERED = "complaint_answered", _("the head of the commune answered")
        PUBLISHED = "published", _("the answer was published in the register")
        RECALCULATED = "recalculated", _("deadline recalculated after a calendar correction")

    request = models.ForeignKey(InfoRequest, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    at = models.DateTimeField(_("date"))
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("request event")
        verbose_name_plural = _("request events")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.at:%Y-%m-%d})"


class PublishedInformation(TenantModel):
    """The public register of information the commune has already given (proactive
    publication, art. 10): written by the staff, without personal data."""

    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(
        _("information"),
        help_text=_(
            "The information given, without any personal data (names, numbers, addresses)."
        ),
    )
    published_at = models.DateTimeField(_("published"), default=timezone.now)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    source_request = models.ForeignKey(
        InfoRequest,
        verbose_name=_("published from the request"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="publications",
    )

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("published information")
        verbose_name_plural = _("register of published information")

    def __str__(self) -> str:
        return self.title


class PublishedDocument(TenantModel):
    """A public document of the register (copied from an answer after checking that it
    holds no personal data)."""

    publication = models.ForeignKey(
        PublishedInformation, on_delete=models.CASCADE, related_name="documents"
    )
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to="inforequests/register/%Y/")

    class Meta:
        ordering = ["id"]
        verbose_name = _("published document")
        verbose_name_plural = _("published documents")

    def __str__(self) -> str:
        return self.title
