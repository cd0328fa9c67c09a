"""People, associations, per-commune staff roles and supervisors (DESIGN §7)."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from moucharaka.core.ledger.models import AgeBand, Gender
from moucharaka.core.tenancy import TenantModel


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra):
        if not email:
            raise ValueError("An e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email, password=None, **extra):
        extra.update(is_staff=True, is_superuser=True)
        return self._create_user(email, password, **extra)


class User(AbstractUser):
    """Signs in with e-mail; `phone` is kept for SMS sign-in later."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    display_name = models.CharField(_("name shown publicly"), max_length=80, blank=True)
    # Optional profile, used only for anonymous statistics and only with consent.
    gender = models.CharField(_("gender"), max_length=8, choices=Gender.choices, blank=True)
    birth_year = models.PositiveSmallIntegerField(_("year of birth"), null=True, blank=True)
    district = models.ForeignKey(
        "territories.District",
        verbose_name=_("district"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    disability = models.BooleanField(_("living with a disability"), null=True, blank=True)
    stats_consent = models.BooleanField(
        _("I agree that these details are used, anonymously, in participation statistics"),
        default=False,
    )
    stats_consent_at = models.DateTimeField(null=True, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []
    objects = UserManager()

    def __str__(self) -> str:
        return self.display_name or self.get_full_name() or self.email.split("@")[0]

    def clean(self):
        super().clean()
        this_year = timezone.now().year
        if self.birth_year and not (this_year - 110 <= self.birth_year <= this_year - 10):
            raise ValidationError({"birth_year": _("Enter a plausible year of birth.")})

    @property
    def age_band(self) -> str:
        if not self.birth_year:
            return ""
        age = timezone.now().year - self.birth_year
        for limit, band in (
            (18, AgeBand.UNDER_18),
            (30, AgeBand.AGE_18_29),
            (45, AgeBand.AGE_30_44),
            (60, AgeBand.AGE_45_59),
        ):
            if age < limit:
                return band
        return AgeBand.AGE_60_PLUS


class Association(models.Model):
    """An organisation account; members with `can_act` act in its name."""

    name = models.CharField(_("name"), max_length=200)
    name_fr = models.CharField(_("name in French"), max_length=200, blank=True)
    registration_date = models.DateField(
        _("date of legal constitution"), help_text=_("Date on the final receipt (الوصل النهائي).")
    )
    registration_number = models.CharField(_("registration number"), max_length=50, blank=True)
    seat_commune = models.ForeignKey(
        "territories.Commune",
        verbose_name=_("seat"),
        on_delete=models.PROTECT,
        related_name="associations",
    )
    domains = models.CharField(
        _("fields of activity"), max_length=300, blank=True, help_text=_("Comma-separated.")
    )
    email = models.EmailField(_("e-mail"), blank=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="AssociationMembership", related_name="associations"
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("association")
        verbose_name_plural = _("associations")

    def __str__(self) -> str:
        return self.name

    def age_in_years_on(self, day) -> int:
        years = day.year - self.registration_date.year
        if (day.month, day.day) < (self.registration_date.month, self.registration_date.day):
            years -= 1
        return years


class AssociationMembership(models.Model):
    class Role(models.TextChoices):
        PRESIDENT = "president", _("president")
        REPRESENTATIVE = "representative", _("mandated representative")
        MEMBER = "member", _("member")

    association = models.ForeignKey(Association, on_delete=models.CASCADE)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.MEMBER)
    can_act = models.BooleanField(_("may act in the association's name"), default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["association", "user"], name="association_member_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.association} ({self.get_role_display()})"


class CoreRole(models.TextChoices):
    """Roles every commune has; modules add their own through their manifest."""

    ADMINISTRATOR = "administrator", _("administrator")
    EDITOR = "editor", _("editor")
    MODERATOR = "moderator", _("moderator")
    COUNCIL_BUREAU = "council_bureau", _("council bureau member")
    PRESIDENT = "president", _("president of the council")


class CommuneRole(TenantModel):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="commune_roles"
    )
    role = models.CharField(_("role"), max_length=32)
    granted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["commune", "user", "role"], name="commune_role_unique")
        ]
        verbose_name = _("staff role")
        verbose_name_plural = _("staff roles")

    def __str__(self) -> str:
        return f"{self.user} — {self.role_label} ({self.commune})"

    @property
    def role_label(self):
        from moucharaka.core.accounts.roles import role_choices

        return dict(role_choices()).get(self.role, self.role)


class Supervisor(models.Model):
    """Reads across communes: a province, a region, or the whole nation."""

    class Level(models.TextChoices):
        PROVINCE = "province", _("province")
        REGION = "region", _("region")
        NATIONAL = "national", _("national")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="supervisions"
    )
    level = models.CharField(max_length=10, choices=Level.choices)
    region = models.ForeignKey(
        "territories.Region", on_delete=models.CASCADE, null=True, blank=True
    )
    province = models.ForeignKey(
        "territories.Province", on_delete=models.CASCADE, null=True, blank=True
    )

    class Meta:
        constraints = [
            models.CheckConstraint(
                name="supervisor_scope_matches_level",
                condition=(
                    models.Q(level="national", region__isnull=True, province__isnull=True)
                    | models.Q(level="region", region__isnull=False, province__isnull=True)
                    | models.Q(level="province", province__isnull=False, region__isnull=True)
                ),
            )
        ]
        verbose_name = _("supervisor")
        verbose_name_plural = _("supervisors")

    def __str__(self) -> str:
        return f"{self.user} — {self.get_level_display()} {self.province or self.region or ''}"
