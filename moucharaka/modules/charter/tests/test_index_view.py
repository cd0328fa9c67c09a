"""The public charter page: the charter, every indicator, targets, commitments, team."""

import pytest
from django.urls import reverse
from django.utils import translation

from moucharaka.modules.charter.models import MonitoringMember

from .conftest import commitment, target


def url(commune, **params):
    with translation.override(params.pop("lang", "ar")):
        path = reverse("module-charter:index", kwargs={"commune_slug": commune.slug})
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"{path}?{query}" if query else path


@pytest.mark.parametrize(
    "lang, words",
    [
        ("ar", ["مؤشرات الميثاق", "غير مقاس بعد", "الأشخاص الذين شاركوا"]),
        ("fr", ["Pas encore mesuré", "Personnes ayant participé", "Niveau de participation"]),
    ],
)
def test_it_shows_every_indicator_in_arabic_and_french(client, commune_a, charter, lang, words):
    response = client.get(url(commune_a, lang=lang))
    assert response.status_code == 200
    html = response.content.decode()
    for number in range(1, 15):
        assert f'id="indicator-{number}"' in html
    for word in words[1:]:
        assert word in html


def test_it_shows_targets_commitments_and_the_team(client, commune_a, charter):
    target(charter, "participants", 100, "2025")
    commitment(charter, title="نشر المعلومات بانتظام")
    MonitoringMember.unscoped.create(
        commune=commune_a, charter=charter, name="Rachid", actor="associations"
    )
    html = client.get(url(commune_a, lang="fr")).content.decode()
    assert "Cibles" in html and "au moins 100" in html
    assert "1 engagement" in html and "Rachid" in html
    page = client.get(
        reverse("module-charter:commitments", kwargs={"commune_slug": commune_a.slug})
    )
    assert "نشر المعلومات بانتظام" in page.content.decode()


def test_it_takes_a_period_and_says_when_it_is_not_one(client, commune_a, charter):
    html = client.get(url(commune_a, lang="fr", period="2025")).content.decode()
    assert "Année 2025" in html
    custom = url(commune_a, lang="fr", period="custom", start="2026-01-01", end="2025-01-01")
    html = client.get(custom).content.decode()
    assert "La période doit se terminer après son début." in html


def test_it_is_404_where_the_module_is_off(client, commune_a, commune_b):
    assert client.get(url(commune_a)).status_code == 404


def _queries(client, commune):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url(commune))
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url(commune)).status_code == 200
    return len(queries)


def test_it_runs_the_same_queries_whatever_the_number_of_rows(client, commune_a, charter):
    def add(n):
        for i in range(n):
            commitment(charter, title=f"engagement {i}")
            target(charter, "participants", i, "2025")
            target(charter, "suggestions.suggestions_submitted", i, "2025-Q4")

    add(2)
    few = _queries(client, commune_a)
    add(10)
    assert _queries(client, commune_a) == few
