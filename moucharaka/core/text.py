"""Text normalisation for matching and searching Arabic and French text.

Arabic is written with several forms of the same letter (أ إ آ ٱ ا), optional short vowels
(tashkeel) and a stretching character (tatweel, ـ); people typing on phones use them
inconsistently. `normalize_arabic` folds them away so that "الإنارة العمومية" and
"الانارة العموميه" compare equal. French is lower-cased and its accents removed
("Éclairage" → "eclairage"). The result is for comparing, indexing and searching only:
never show it to people.

`words` cuts normalised text into the words that are worth matching on: at least
`min_length` letters, common function words dropped, the Arabic definite article and
the prepositions glued to it removed (a light stemming, as in Larkey et al.'s "light10",
kept deliberately minimal).
"""

from __future__ import annotations

import re
import unicodedata

# Letters folded onto one form. (NFKD below would also split hamza and madda off
# أ إ آ ؤ ئ; the explicit table keeps the intent readable and covers ٱ, ة and ى.)
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ؤ": "و",
        "ئ": "ي",
        "ـ": None,  # tatweel
        # Arabic-Indic and Persian digits → Western digits (DESIGN §8).
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)
_SPACES = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^\w]+")

# Prefixes removed from Arabic words, longest first: the article and the particles
# commonly attached to it (و ب ك ف + ال, لل).
_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")

# Function words that say nothing about the subject (already normalised).
STOPWORDS = frozenset(
    """
    في من الي علي عن مع هذا هذه ذلك تلك التي الذي الذين هو هي هم كان كانت او ثم لا لم لن
    ما ماذا كيف اين متي قد كل بعض غير بين عند حول حتي اجل منذ يجب نريد نطلب المرجو
    les des une pour dans par sur avec sans aux est sont que qui quoi mais ont cette ces
    leur leurs nous vous ils elles tres plus the and for
    """.split()
)


def normalize_arabic(text: str) -> str:
    """Fold letter forms, drop tashkeel and tatweel, lower-case and un-accent Latin,
    collapse whitespace. Idempotent."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)  # presentation forms → letters
    text = text.translate(_FOLD)
    # NFKD splits accents and Arabic marks off their letters; drop every mark
    # (category Mn: tashkeel, superscript alef, Quranic marks, Latin accents).
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    text = unicodedata.normalize("NFC", text).lower()
    return _SPACES.sub(" ", text).strip()


def _strip_prefix(word: str, min_length: int) -> str:
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= min_length:
            return word[len(prefix) :]
    return word


def words(text: str, *, min_length: int = 3) -> list[str]:
    """Significant normalised words of `text`, in order, without duplicates."""
    seen: dict[str, None] = {}
    for raw in _NOT_WORD.split(normalize_arabic(text)):
        word = raw.strip("_")
        if len(word) < min_length or word in STOPWORDS or word.isdigit():
            continue
        word = _strip_prefix(word, min_length)
        if word not in STOPWORDS:
            seen.setdefault(word, None)
    return list(seen)
