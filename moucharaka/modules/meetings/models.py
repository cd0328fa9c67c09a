"""Citizen meetings (اللقاءات المواطنة): meetings, consultative workshops, public hearings
and periodic results meetings; later also the meetings of consultative bodies, steering
committees and trainings, which attach a meeting to their own object (`attached_to`).

Registrations (with or without an account, waiting list), attendance (check-in, walk-ins,
paper sheets), the minutes (محضر), documents and photos, and the recommendations with their
public follow-up."""

from __future__ import annotations

import secrets
import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from moucharaka.core.ledger.models import AgeBand, Channel, Gender
from moucharaka.core.tenancy import TenantModel


class BilingualTitleMixin:
    """`title` is the meeting's own language (Arabic, usually); `title_fr` is shown to
    French and English readers when the commune gave it."""

    @property
    def title_is_french(self) -> bool:
        """Whether `display_title` is the French title (for `lang` attributes)."""
        return bool(self.title_fr) and (get_language() or "ar").startswith(("fr", "en"))

    @property
    def display_title(self) -> str:
        return self.title_fr if self.title_is_french else self.title


class Meeting(BilingualTitleMixin, TenantModel, ClusterableModel):
    class Kind(models.TextChoices):
        CITIZEN_MEETING = "citizen_meeting", _("citizen meeting")
        WORKSHOP = "workshop", _("consultative workshop")
        HEARING = "hearing", _("public hearing")
        RESULTS = "results", _("periodic results meeting")
        BODY = "body", _("consultative body meeting")
        STEERING = "steering", _("steering committee")
        TRAINING = "training", _("training session")

    class Mode(models.TextChoices):
        IN_PERSON = "in_person", _("in person")
        ONLINE = "online", _("online")
        HYBRID = "hybrid", _("in person and online")

    class Status(models.TextChoices):
        DRAFT = "draft", pgettext_lazy("meeting", "draft")
        PUBLISHED = "published", pgettext_lazy("meeting", "published")
        CANCELLED = "cancelled", pgettext_lazy("meeting", "cancelled")

    kind = models.CharField(_("type"), max_length=16, choices=Kind.choices, default=Kind.WORKSHOP)
    title = models.CharField(_("title"), max_length=200)
    title_fr = models.CharField(
        _("title in French"),
        max_length=200,
        blank=True,
        help_text=_("Shown on the French and English pages, if given."),
    )
    summary = models.TextField(
        _("presentation"), blank=True, help_text=_("What the meeting is about and who it is for.")
    )
    language = models.CharField(
        _("language of the texts"),
        max_length=8,
        choices=[("ar", "العربية"), ("fr", "Français"), ("zgh", "ⵜⴰⵎⴰⵣⵉⵖⵜ")],
        default="ar",
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    mode = models.CharField(_("where"), max_length=12, choices=Mode.choices, default=Mode.IN_PERSON)
    venue = models.CharField(
        _("venue"), max_length=200, blank=True, help_text=_("E.g. the commune's meeting room.")
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
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
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("The video-conference link, for online meetings.")
    )
    step_free_access = models.BooleanField(_("step-free access"), default=False)
    sign_language = models.BooleanField(_("sign language interpretation"), default=False)
    childcare = models.BooleanField(_("childcare on site"), default=False)
    accessibility_notes = models.TextField(
        _("other accessibility information"),
        blank=True,
        help_text=_("E.g. reserved seats, interpretation into Tamazight, transport."),
    )
    registration_enabled = models.BooleanField(
        _("registration"),
        default=True,
        help_text=_("Untick for meetings open to everyone without registering."),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("Leave empty for no limit. When it is full, people join a waiting list."),
    )
    registration_closes_at = models.DateTimeField(
        _("registration closes at"),
        null=True,
        blank=True,
        help_text=_("Leave empty to accept registrations until the meeting starts."),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT, editable=False
    )
    published_at = models.DateTimeField(_("published on"), null=True, blank=True, editable=False)
    cancelled_at = models.DateTimeField(_("cancelled on"), null=True, blank=True, editable=False)
    cancellation_reason = models.TextField(_("reason for cancelling"), blank=True, editable=False)
    minutes = models.TextField(_("minutes"), blank=True, editable=False)
    minutes_published_at = models.DateTimeField(
        _("minutes published on"), null=True, blank=True, editable=False
    )
    # What the meeting belongs to, if anything: a consultative body, a steering
    # committee, a training… (the modules that own those objects set it).
    attached_type = models.ForeignKey(
        ContentType, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    attached_id = models.PositiveBigIntegerField(null=True, blank=True)
    attached_to = GenericForeignKey("attached_type", "attached_id")
    # iCalendar identity: the UID never changes; SEQUENCE grows when the date, the place
    # or the link changes, so calendars replace the event instead of adding one.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(default=0, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["starts_at", "id"]
        indexes = [
            models.Index(fields=["commune", "status", "starts_at"], name="meeting_calendar"),
            models.Index(fields=["attached_type", "attached_id"], name="meeting_attached"),
        ]
        constraints = [
            models.CheckConstraint(
                name="meeting_ends_after_start",
                condition=models.Q(ends_at__gt=models.F("starts_at")),
            ),
            models.CheckConstraint(
                name="meeting_location_complete",
                condition=models.Q(latitude__isnull=True, longitude__isnull=True)
                | models.Q(latitude__isnull=False, longitude__isnull=False),
            ),
            models.CheckConstraint(
                name="meeting_cancellation_has_reason",
                condition=~models.Q(status="cancelled") | ~models.Q(cancellation_reason=""),
            ),
        ]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse(
            "module-meetings:detail", kwargs={"commune_slug": self.commune.slug, "pk": self.pk}
        )

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def is_cancelled(self) -> bool:
        return self.status == self.Status.CANCELLED

    @property
    def is_located(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def has_place(self) -> bool:
        return self.mode in (self.Mode.IN_PERSON, self.Mode.HYBRID)

    @property
    def has_link(self) -> bool:
        return self.mode in (self.Mode.ONLINE, self.Mode.HYBRID)

    @property
    def minutes_published(self) -> bool:
        return self.minutes_published_at is not None

    def has_started(self, now=None) -> bool:
        return self.starts_at <= (now or timezone.now())

    def has_ended(self, now=None) -> bool:
        return self.ends_at <= (now or timezone.now())


class AgendaItem(BilingualTitleMixin, TenantModel, Orderable):
    """One point of the agenda (محاور اللقاء), in order."""

    meeting = ParentalKey(Meeting, on_delete=models.CASCADE, related_name="agenda_items")
    title = models.CharField(_("point"), max_length=255)
    title_fr = models.CharField(_("point in French"), max_length=255, blank=True)
    details = models.TextField(_("details"), blank=True)
    starts_at_time = models.TimeField(_("time"), null=True, blank=True)

    # The commune is the meeting's (the staff form does not ask for it).
    commune = models.ForeignKey(
        "territories.Commune", on_delete=models.PROTECT, related_name="+", editable=False
    )

    class Meta(Orderable.Meta):
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda")

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.commune_id = self.meeting.commune_id
        super().save(*args, **kwargs)


def _secret() -> str:
    return secrets.token_urlsafe(24)


class Demographics(models.Model):
    """The ledger's demographic snapshot (DESIGN §6: gender, age band, district,
    disability), each optional."""

    gender = models.CharField(_("gender"), max_length=8, choices=Gender.choices, blank=True)
    age_band = models.CharField(_("age"), max_length=8, choices=AgeBand.choices, blank=True)
    district = models.ForeignKey(
        "territories.District",
        verbose_name=_("district"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    disability = models.BooleanField(_("living with a disability"), null=True, blank=True)

    class Meta:
        abstract = True


class Registration(TenantModel, Demographics):
    """One person's place at a meeting: signed in (`user`), or with a name and an
    e-mail address or a phone number (no account)."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("registered")
        WAITING = "waiting", _("on the waiting list")
        CANCELLED = "cancelled", _("cancelled")

    class Attendance(models.TextChoices):
        IN_PERSON = "in_person", _("in person")
        ONLINE = "online", _("online")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="meeting_registrations",
    )
    name = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    # Keyed hash of the normalised e-mail address or phone number: one registration per
    # person and meeting, and the ledger's `person_key` (repeat participation).
    contact_key = models.CharField(max_length=64, blank=True, editable=False)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.CONFIRMED
    )
    attendance = models.CharField(
        _("taking part"), max_length=12, choices=Attendance.choices, default=Attendance.IN_PERSON
    )
    needs = models.TextField(
        _("needs"),
        blank=True,
        help_text=_("Anything the commune should prepare for you to take part."),
    )
    # Demographics: given by people without an account, only with their consent to
    # statistics (the account holders' come from their profile).
    language = models.CharField(max_length=8, blank=True, editable=False)
    secret = models.CharField(max_length=40, default=_secret, editable=False)
    # The waiting list's order: when the person (re-)joined the queue.
    queued_at = models.DateTimeField(default=timezone.now, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    promoted_at = models.DateTimeField(null=True, blank=True, editable=False)
    cancelled_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Name, address, phone and needs deleted once the meeting is long over (law 09-08).
    personal_data_purged_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["queued_at", "id"]
        indexes = [models.Index(fields=["meeting", "status", "queued_at"], name="registration_q")]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "user"],
                condition=models.Q(user__isnull=False),
                name="registration_once_per_account",
            ),
            models.UniqueConstraint(
                fields=["meeting", "contact_key"],
                condition=~models.Q(contact_key=""),
                name="registration_once_per_contact",
            ),
            models.CheckConstraint(
                name="registration_identifies_someone",
                condition=models.Q(user__isnull=False)
                | (~models.Q(name="") & ~models.Q(contact_key="")),
            ),
        ]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")

    def __str__(self) -> str:
        return f"{self.display_name} — {self.meeting_id}"

    @property
    def display_name(self) -> str:
        if self.name:
            return self.name
        return str(self.user) if self.user_id else ""

    @property
    def contact_email(self) -> str:
        if self.user_id:
            return self.user.email if self.user.is_active else ""
        return self.email

    @property
    def is_active(self) -> bool:
        return self.status != self.Status.CANCELLED


class Attendee(TenantModel, Demographics):
    """Someone who was there: a registrant checked in, a walk-in, or a row of the paper
    attendance sheet. Each writes one `meeting_attended` row in the ledger; the
    demographic snapshot kept here is the ledger row's (for the meeting's summary)."""

    class Source(models.TextChoices):
        REGISTRATION = "registration", _("registered")
        WALK_IN = "walk_in", _("walk-in")
        SHEET = "sheet", _("paper attendance sheet")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendees")
    # The snapshot (Demographics) is the ledger row's.
    registration = models.OneToOneField(
        Registration,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="attendee",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    name = models.CharField(_("name"), max_length=120, blank=True)
    source = models.CharField(_("recorded from"), max_length=16, choices=Source.choices)
    channel = models.CharField(
        _("took part"), max_length=12, choices=Channel.choices, default=Channel.IN_PERSON
    )
    person_key = models.CharField(max_length=64, blank=True, editable=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["recorded_at", "id"]
        verbose_name = _("attendee")
        verbose_name_plural = _("attendees")

    def __str__(self) -> str:
        return f"{self.name or self.get_source_display()} — {self.meeting_id}"


def document_path(instance, filename: str) -> str:
    # A folder of its own keeps the original name (people download it) unguessable.
    return f"meetings/{instance.commune_id}/{uuid.uuid4().hex}/{filename}"


def photo_path(instance, filename: str) -> str:
    # A random name: the uploaded file's own name may say who took the photo.
    return f"meetings/{instance.commune_id}/photos/{uuid.uuid4().hex}.jpg"


class MeetingDocument(TenantModel):
    """A public document of the meeting: presentation, report, attendance summary…"""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to=document_path, max_length=255)
    size = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self) -> str:
        return self.title

    @property
    def extension(self) -> str:
        return self.file.name.rsplit(".", 1)[-1].upper() if "." in self.file.name else ""


class MeetingPhoto(TenantModel):
    """A photo re-encoded on upload without any metadata (moucharaka.core.photos)."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(
        _("photo"), upload_to=photo_path, width_field="width", height_field="height"
    )
    caption = models.CharField(
        _("description"),
        max_length=200,
        blank=True,
        help_text=_("What the photo shows, for people who cannot see it."),
    )
    width = models.PositiveIntegerField(editable=False, default=0)
    height = models.PositiveIntegerField(editable=False, default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def __str__(self) -> str:
        return self.caption or self.image.name


class Recommendation(TenantModel):
    """An outcome of a meeting (توصية), followed up publicly until it is implemented or
    the commune says why it is not retained (seed 001 §12.3)."""

    # A recommendation (توصية, recommandation) is feminine in Arabic and French.
    class Status(models.TextChoices):
        UNDER_STUDY = "under_study", pgettext_lazy("recommendation", "under study")
        PLANNED = "planned", pgettext_lazy("recommendation", "planned")
        IN_PROGRESS = "in_progress", pgettext_lazy("recommendation", "in progress")
        IMPLEMENTED = "implemented", pgettext_lazy("recommendation", "implemented")
        NOT_RETAINED = "not_retained", pgettext_lazy("recommendation", "not retained")

    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("meeting"),
        on_delete=models.CASCADE,
        related_name="recommendations",
    )
    text = models.TextField(_("recommendation"))
    owner = models.CharField(
        _("responsible"),
        max_length=200,
        blank=True,
        help_text=_("The service, elected official or partner who carries it out."),
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.UNDER_STUDY
    )
    evidence = models.TextField(
        _("evidence"),
        blank=True,
        help_text=_("What shows the progress: a decision, a report, a link, a place."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=100)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position", "id"]
        indexes = [models.Index(fields=["commune", "status"], name="recommendation_status")]
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def is_closed(self) -> bool:
        return self.status in (self.Status.IMPLEMENTED, self.Status.NOT_RETAINED)


class RecommendationUpdate(TenantModel):
    """The public history of a recommendation's follow-up. Staff are not named: the
    commune reports as an institution."""

    recommendation = models.ForeignKey(
        Recommendation, on_delete=models.CASCADE, related_name="updates"
    )
    status = models.CharField(max_length=16, choices=Recommendation.Status.choices)
    note = models.TextField(_("public note"), blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("follow-up update")
        verbose_name_plural = _("follow-up updates")

    def __str__(self) -> str:
        return f"{self.recommendation_id}: {self.status}"
