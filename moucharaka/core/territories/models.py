"""Moroccan territorial divisions, keyed on HCP geographic codes (RGPH 2024)."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class LocalizedNameMixin:
    """Arabic and French names; other languages fall back to Arabic."""

    @property
    def name(self) -> str:
        if (get_language() or "ar").startswith(("fr", "en")) and self.name_fr:
            return self.name_fr
        return self.name_ar

    def __str__(self) -> str:
        return self.name


class Region(LocalizedNameMixin, models.Model):
    code = models.CharField(_("HCP code"), max_length=2, unique=True)
    name_ar = models.CharField(_("name (Arabic)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120)
    population_2014 = models.PositiveIntegerField(null=True, blank=True)
    population_2024 = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Province(LocalizedNameMixin, models.Model):
    class Kind(models.TextChoices):
        PROVINCE = "province", _("province")
        PREFECTURE = "prefecture", _("prefecture")

    code = models.CharField(_("HCP code"), max_length=6, unique=True)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="provinces")
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.PROVINCE)
    name_ar = models.CharField(_("name (Arabic)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120)
    population_2014 = models.PositiveIntegerField(null=True, blank=True)
    population_2024 = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("province or prefecture")
        verbose_name_plural = _("provinces and prefectures")


class Commune(LocalizedNameMixin, models.Model):
    """The tenant. `is_active` marks communes that run their site on this installation."""

    class Type(models.TextChoices):
        URBAN = "urban", _("urban commune")
        RURAL = "rural", _("rural commune")
        WITH_ARRONDISSEMENTS = "urban_with_arrondissements", _("commune with arrondissements")

    code = models.CharField(_("HCP code"), max_length=12, unique=True)
    province = models.ForeignKey(Province, on_delete=models.PROTECT, related_name="communes")
    slug = models.SlugField(max_length=80, unique=True)
    name_ar = models.CharField(_("name (Arabic)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120)
    name_zgh = models.CharField(_("name (Tamazight)"), max_length=120, blank=True)
    commune_type = models.CharField(_("type"), max_length=32, choices=Type.choices)
    population_2014 = models.PositiveIntegerField(_("legal population 2014"), null=True, blank=True)
    population_2024 = models.PositiveIntegerField(_("legal population 2024"), null=True, blank=True)
    is_active = models.BooleanField(_("on the platform"), default=False, db_index=True)
    hostname = models.CharField(
        _("own hostname"), max_length=255, blank=True, help_text=_("e.g. www.larache.ma")
    )

    class Meta:
        ordering = ["name_fr"]
        verbose_name = _("commune")
        verbose_name_plural = _("communes")

    @property
    def name(self) -> str:
        if (get_language() or "ar").startswith("zgh") and self.name_zgh:
            return self.name_zgh
        return super().name

    @property
    def legal_population(self) -> int | None:
        """The latest legal population (decree fixing the RGPH 2024 figures)."""
        return self.population_2024 or self.population_2014

    @property
    def has_arrondissements(self) -> bool:
        return self.commune_type == self.Type.WITH_ARRONDISSEMENTS


class CommuneAlias(models.Model):
    """Other spellings of a commune's name found in our sources (e.g. Taroudant)."""

    commune = models.ForeignKey(Commune, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=120, unique=True)

    def __str__(self) -> str:
        return self.alias


class District(LocalizedNameMixin, models.Model):
    """A part of a commune: arrondissement, neighbourhood (حي) or douar."""

    commune = models.ForeignKey(Commune, on_delete=models.CASCADE, related_name="districts")
    code = models.CharField(max_length=20, blank=True)
    name_ar = models.CharField(_("name (Arabic)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120, blank=True)
    population_2024 = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["name_ar"]
        constraints = [
            models.UniqueConstraint(fields=["commune", "name_ar"], name="district_unique_name")
        ]
        verbose_name = _("district")
        verbose_name_plural = _("districts")
