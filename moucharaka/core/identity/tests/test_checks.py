from django.test import override_settings

from moucharaka.core.identity.checks import cnie_keys_check


def test_it_accepts_the_configured_keys():
    assert cnie_keys_check() == []


@override_settings(CNIE_ENCRYPTION_KEY="nope", CNIE_HASH_KEY="short")
def test_it_reports_unusable_keys():
    assert [error.id for error in cnie_keys_check()] == ["identity.E001", "identity.E002"]
