"""CSV and XLSX exports of the commune's suggestions: no personal data."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.suggestions.models import Suggestion
from moucharaka.modules.suggestions.selectors import EXPORT_COLUMNS

from .factories import SuggestionFactory

pytestmark = pytest.mark.usefixtures("module_on")


@pytest.fixture
def rows(commune_a, commune_b, officer):
    author = UserFactory(email="samira.private@example.ma", display_name="Samira Benali")
    SuggestionFactory(commune=commune_a, author=author, title="إنارة الحي", body="المصابيح")
    SuggestionFactory(
        commune=commune_a,
        author=None,
        citizen_name="Ahmed Offline",
        channel="paper",
        entered_by=officer,
        title="نظافة السوق",
    )
    SuggestionFactory(
        commune=commune_a,
        title="فيه رقم هاتف 0600000000",
        body="اتصلوا بي",
        is_hidden=True,
        hidden_reason="معطيات شخصية",
    )
    SuggestionFactory(commune=commune_b, title="جماعة أخرى")


PERSONAL = ["Samira", "samira.private", "Ahmed Offline", "Officer A", "officer@a.ma", "0600000000"]


def export(client, fmt):
    response = client.get(reverse("suggestions:index"), {"export": fmt})
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_csv_has_the_communes_suggestions_without_personal_data(client, officer, rows):
    client.force_login(officer)
    text = export(client, "csv").decode("utf-8")
    assert "إنارة الحي" in text and "نظافة السوق" in text
    assert "جماعة أخرى" not in text
    for value in PERSONAL:
        assert value not in text
    header = text.splitlines()[0].split(",")
    assert len(header) == len(EXPORT_COLUMNS)


def test_xlsx_has_the_same_rows(client, officer, rows):
    client.force_login(officer)
    book = load_workbook(io.BytesIO(export(client, "xlsx")))
    values = [cell for row in book.active.iter_rows(values_only=True) for cell in row]
    cells = " ".join(str(v) for v in values if v is not None)
    assert "إنارة الحي" in cells and "نظافة السوق" in cells
    assert book.active.max_row == 4  # header + the three suggestions of commune A
    for value in PERSONAL:
        assert value not in cells
    assert Suggestion.objects.across_communes().count() == 4
