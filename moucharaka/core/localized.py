"""Text that staff write in several languages, stored in one column per language.

A model keeps `title_ar` (Arabic, the reference text) and, as it needs, `title_fr`,
`title_zgh`, `title_en`. `Localized("title")` on the class reads the one for the active
language, falling back the way DESIGN §8 says (Tamazight and French to Arabic, English
to French then Arabic). The value is a `LocalizedText`: a `str` that also says which
language it is in, so that a template can mark a fallback for screen readers and bidi:

    <p lang="{{ question.text.lang }}" dir="{{ question.text.dir }}">{{ question.text }}</p>
"""

from __future__ import annotations

from django.utils.translation import get_language

LANGUAGES = ("ar", "fr", "zgh", "en")
FALLBACKS = {
    "ar": ("ar",),
    "fr": ("fr", "ar"),
    "zgh": ("zgh", "ar"),
    "en": ("en", "fr", "ar"),
}
RTL_LANGUAGES = {"ar"}


class LocalizedText(str):
    """A string that knows its language (`lang`) and direction (`dir`)."""

    lang: str = "ar"

    def __new__(cls, value: str, lang: str):
        text = super().__new__(cls, value)
        text.lang = lang
        return text

    @property
    def dir(self) -> str:
        return "rtl" if self.lang in RTL_LANGUAGES else "ltr"


def current_language(language: str | None = None) -> str:
    return (language or get_language() or "ar").split("-")[0]


def localized(obj, field: str, language: str | None = None) -> LocalizedText:
    """`obj.<field>_<lang>` for the active language, or its fallback; "" (in Arabic)
    when no language has a value."""
    for code in FALLBACKS.get(current_language(language), ("ar",)):
        value = getattr(obj, f"{field}_{code}", None)
        if value:
            return LocalizedText(value, code)
    return LocalizedText("", "ar")


class Localized:
    """Descriptor: `title = Localized("title")` reads `title_<lang>` with fallbacks."""

    def __init__(self, field: str):
        self.field = field

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return localized(instance, self.field)


def localized_field_names(field: str, languages=LANGUAGES) -> list[str]:
    """["title_ar", "title_fr", …]: the columns of one translatable text, for forms."""
    return [f"{field}_{code}" for code in languages]
