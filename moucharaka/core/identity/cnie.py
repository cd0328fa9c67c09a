"""CNIE numbers (Carte Nationale d'Identité Électronique): format, encryption, hashing.

Format
------
A CNIE number is one or two Latin capital letters (the issuing office) followed by one
to six digits, e.g. "AB123456", "K12345", "BE9876": `CNIE_PATTERN` below. Before any
check the number is normalised (`normalize_cnie`): spaces and hyphens removed, letters
upper-cased and Eastern Arabic digits turned into Western ones, so "ab 123 456" and
"AB123456" are the same number.

Storage (law 09-08, DESIGN §8)
------------------------------
The clear number is never stored or logged. A row keeps:

- `encrypt_cnie(number)`: a Fernet token (AES-128-CBC + HMAC-SHA256, from the
  `cryptography` package) under `settings.CNIE_ENCRYPTION_KEY`, readable back with
  `decrypt_cnie` for the official file only (export by the petitions officer);
- `cnie_hash(number)`: HMAC-SHA256 under `settings.CNIE_HASH_KEY`, hex, 64 characters,
  to find duplicates without decrypting. A `purpose` gives unrelated hashes for other
  uses (e.g. the participation ledger's `person_key`), so tables cannot be joined on it.

`CNIE_ENCRYPTION_KEY` may hold several comma-separated Fernet keys: the first encrypts,
all decrypt (key rotation). `CNIE_HASH_KEY` must not change while data hashed under it is
kept: the duplicate checks would stop matching.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.utils.translation import gettext_lazy as _

CNIE_PATTERN = re.compile(r"^[A-Z]{1,2}[0-9]{1,6}$")

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SEPARATORS = re.compile(r"[\s\-_.]+")


def normalize_cnie(value) -> str:
    """ "ab 123-456" → "AB123456"; leaves invalid input for the validator to refuse."""
    if value is None:
        return ""
    return _SEPARATORS.sub("", str(value)).translate(_DIGITS).upper()


def is_valid_cnie(value) -> bool:
    return bool(CNIE_PATTERN.match(normalize_cnie(value)))


def validate_cnie(value) -> None:
    """Django validator: one or two letters followed by one to six digits."""
    if not is_valid_cnie(value):
        raise ValidationError(
            _(
                "Enter a national identity card (CNIE) number: one or two letters "
                "followed by up to six digits, e.g. AB123456."
            ),
            code="invalid_cnie",
        )


@lru_cache(maxsize=4)
def _fernet(keys: str) -> MultiFernet:
    try:
        return MultiFernet([Fernet(key.strip().encode()) for key in keys.split(",") if key])
    except (ValueError, TypeError) as exc:
        raise ImproperlyConfigured(
            "CNIE_ENCRYPTION_KEY must be one or more comma-separated Fernet keys "
            "(Fernet.generate_key())"
        ) from exc


def encrypt_cnie(value) -> str:
    """Fernet token of the normalised number (raises ValueError if it is not a CNIE)."""
    number = normalize_cnie(value)
    if not CNIE_PATTERN.match(number):
        raise ValueError("not a CNIE number")
    return _fernet(settings.CNIE_ENCRYPTION_KEY).encrypt(number.encode()).decode()


def decrypt_cnie(token: str) -> str:
    """The clear number, for the official file only. "" when the token is unreadable
    (wrong key, purged data)."""
    if not token:
        return ""
    try:
        return _fernet(settings.CNIE_ENCRYPTION_KEY).decrypt(token.encode()).decode()
    except InvalidToken:
        return ""


def cnie_hash(value, *, purpose: str = "dedup") -> str:
    """Keyed hash (HMAC-SHA256, hex) of the normalised number, for duplicate checks."""
    number = normalize_cnie(value)
    if not CNIE_PATTERN.match(number):
        raise ValueError("not a CNIE number")
    message = f"{purpose}:{number}".encode()
    return hmac.new(settings.CNIE_HASH_KEY.encode(), message, hashlib.sha256).hexdigest()


def mask_cnie(value) -> str:
    """ "AB123456" → "AB****56": enough for staff to recognise a number on a sheet."""
    number = normalize_cnie(value)
    if len(number) <= 4:
        return "*" * len(number)
    return number[:2] + "*" * (len(number) - 4) + number[-2:]
