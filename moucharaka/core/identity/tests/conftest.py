import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def in_english(settings):
    """Assertions read the English source messages; test_translations checks ar/fr."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield
