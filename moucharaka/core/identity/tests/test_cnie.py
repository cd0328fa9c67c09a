import pytest
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.test import override_settings

from moucharaka.core.identity import cnie
from moucharaka.core.identity.cnie import (
    cnie_hash,
    decrypt_cnie,
    encrypt_cnie,
    is_valid_cnie,
    mask_cnie,
    normalize_cnie,
    validate_cnie,
)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("ab123456", "AB123456"),
        (" AB 123 456 ", "AB123456"),
        ("k-12345", "K12345"),
        ("BE٩٨٧٦", "BE9876"),  # Eastern Arabic digits typed on a phone
        (None, ""),
    ],
)
def test_it_normalizes_numbers(raw, expected):
    assert normalize_cnie(raw) == expected


@pytest.mark.parametrize("number", ["AB123456", "K12345", "k1", "BE 9876"])
def test_it_accepts_valid_numbers(number):
    assert is_valid_cnie(number)
    validate_cnie(number)


@pytest.mark.parametrize("number", ["", "123456", "ABC12345", "AB1234567", "AB", "A1B2", "أب123"])
def test_it_refuses_invalid_numbers(number):
    assert not is_valid_cnie(number)
    with pytest.raises(ValidationError):
        validate_cnie(number)


def test_it_encrypts_and_decrypts_without_keeping_the_clear_number():
    token = encrypt_cnie("ab 123456")
    assert "AB123456" not in token and "123456" not in token
    assert decrypt_cnie(token) == "AB123456"
    assert encrypt_cnie("AB123456") != token  # Fernet tokens are salted


def test_it_hashes_the_same_person_the_same_way_whatever_the_typing():
    assert cnie_hash("ab 123456") == cnie_hash("AB123456")
    assert len(cnie_hash("AB123456")) == 64
    assert cnie_hash("AB123456") != cnie_hash("AB123457")


def test_it_gives_unrelated_hashes_for_other_purposes():
    assert cnie_hash("AB123456", purpose="ledger") != cnie_hash("AB123456")


def test_it_refuses_to_encrypt_or_hash_garbage():
    with pytest.raises(ValueError):
        encrypt_cnie("hello")
    with pytest.raises(ValueError):
        cnie_hash("")


def test_it_depends_on_the_hash_key():
    before = cnie_hash("AB123456")
    with override_settings(CNIE_HASH_KEY="another key"):
        assert cnie_hash("AB123456") != before


def test_it_rotates_encryption_keys():
    from cryptography.fernet import Fernet

    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    with override_settings(CNIE_ENCRYPTION_KEY=old):
        token = encrypt_cnie("K12345")
    with override_settings(CNIE_ENCRYPTION_KEY=f"{new},{old}"):
        assert decrypt_cnie(token) == "K12345"
    with override_settings(CNIE_ENCRYPTION_KEY=new):
        assert decrypt_cnie(token) == ""  # unreadable, not an exception


def test_it_says_when_the_key_is_not_a_fernet_key():
    cnie._fernet.cache_clear()
    with override_settings(CNIE_ENCRYPTION_KEY="not-a-key"), pytest.raises(ImproperlyConfigured):
        encrypt_cnie("K12345")


def test_it_masks_numbers_for_staff_screens():
    assert mask_cnie("AB123456") == "AB****56"
    assert mask_cnie("K1") == "**"
