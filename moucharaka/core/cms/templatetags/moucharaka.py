"""Small template helpers for the public site: `{% load moucharaka %}`."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Page

register = template.Library()

# How each language names itself in the switcher (Django's own list writes "français"
# and "العربيّة"; Moroccan sites write these).
LOCAL_NAMES = {"ar": "العربية", "fr": "Français", "zgh": "ⵜⴰⵎⴰⵣⵉⵖⵜ", "en": "English"}


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """One entry per interface language, each pointing at the current page in that language.

    Wagtail pages link to their own translations (every page exists in every locale,
    as an alias until translated); other views go through Django's `translate_url`.
    """
    request = context.get("request")
    current = translation.get_language()
    page_urls: dict[str, str] = {}
    page = context.get("page")
    if request is not None and isinstance(page, Page) and page.pk:
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        for other in translations:
            url = other.get_url(request)
            if url:
                page_urls[other.locale.language_code] = url
    path = request.get_full_path() if request is not None else "/"
    links = []
    for code, _name in settings.LANGUAGES:
        info = translation.get_language_info(code)
        links.append(
            {
                "code": code,
                "name_local": LOCAL_NAMES.get(code, info["name_local"]),
                "bidi": info["bidi"],
                "url": page_urls.get(code) or translate_url(path, code),
                "is_current": code == current,
            }
        )
    return links


@register.simple_tag
def content_lang_attrs(page) -> str:
    """` lang=".." dir=".."` for a page whose text is in another language than its locale.

    An untranslated page is an alias of the Arabic original: its text is Arabic even
    under /fr/ or /zgh/, and browsers and screen readers must be told so (WCAG 3.1.2).
    Returns "" for ordinary pages.
    """
    if not isinstance(page, Page) or not page.alias_of_id:
        return ""
    source = Page.objects.filter(pk=page.alias_of_id).select_related("locale").first()
    if source is None or source.locale_id == page.locale_id:
        return ""
    code = source.locale.language_code
    direction = "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)


@register.filter
def get_item(mapping, key):
    """`{{ home_urls|get_item:commune.id }}`: dictionary look-up with a variable key."""
    try:
        return mapping.get(key)
    except AttributeError:
        return None


@register.filter
def startswith(value, prefix) -> bool:
    return str(value).startswith(str(prefix))


@register.filter
def describedby(bound_field, extra_id: str):
    """Render a form field's widget with one more id in its aria-describedby."""
    ids = [bound_field.aria_describedby or "", extra_id]
    return bound_field.as_widget(attrs={"aria-describedby": " ".join(i for i in ids if i)})
