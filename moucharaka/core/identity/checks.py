from django.conf import settings
from django.core.checks import Error, register


@register("security")
def cnie_keys_check(app_configs=None, **kwargs):
    """The CNIE keys must be usable: Fernet keys for encryption, a long hash key."""
    from cryptography.fernet import Fernet

    errors = []
    keys = [key.strip() for key in settings.CNIE_ENCRYPTION_KEY.split(",") if key.strip()]
    try:
        if not keys:
            raise ValueError
        for key in keys:
            Fernet(key.encode())
    except (ValueError, TypeError):
        errors.append(
            Error(
                "CNIE_ENCRYPTION_KEY is not a comma-separated list of Fernet keys.",
                hint="Generate one with cryptography.fernet.Fernet.generate_key().",
                id="identity.E001",
            )
        )
    if len(settings.CNIE_HASH_KEY) < 32:
        errors.append(
            Error(
                "CNIE_HASH_KEY is shorter than 32 characters.",
                hint="Use a long random secret, different from SECRET_KEY.",
                id="identity.E002",
            )
        )
    return errors
