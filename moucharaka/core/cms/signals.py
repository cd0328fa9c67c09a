"""Keep every locale's page tree complete (DESIGN §8: fall back to Arabic).

Wagtail's simple_translation creates aliases only for pages made in the admin; pages
made by code (seeders, modules, imports) get them here when first published.
"""

from django.conf import settings
from wagtail.models import Locale
from wagtail.signals import page_published


def create_missing_aliases(sender, instance, **kwargs):
    page = instance
    if page.alias_of_id or page.locale.language_code != settings.LANGUAGE_CODE:
        return
    for locale in Locale.objects.exclude(pk=page.locale_id):
        if not page.has_translation(locale):
            page.copy_for_translation(locale, copy_parents=True, alias=True)


def connect():
    page_published.connect(create_missing_aliases, dispatch_uid="cms_create_missing_aliases")
