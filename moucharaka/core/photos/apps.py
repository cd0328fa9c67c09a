from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PhotosConfig(AppConfig):
    """Photos people upload (a street problem, a meeting), re-encoded without their
    metadata before anything is stored. Shared by the suggestions and meetings modules;
    no models."""

    name = "moucharaka.core.photos"
    label = "photos"
    verbose_name = _("Photos")
