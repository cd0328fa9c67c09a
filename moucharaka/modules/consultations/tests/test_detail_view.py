"""The consultation's page: the numbered text with each paragraph's comments, the phase
and what it allows, participation, documents, the questionnaire, the results; drafts
for staff only; other communes; bounded queries."""

import pytest

from moucharaka.core.questionnaires.services import questionnaire_create
from moucharaka.modules.consultations import services

from .conftest import make_consultation, paragraph
from .helpers import queries_of, url

pytestmark = pytest.mark.usefixtures("module_on")


def test_it_shows_the_numbered_text_and_the_comments_each_paragraph_drew(
    client, commune_a, open_a, citizen
):
    services.contribution_post(
        commune=commune_a,
        consultation=open_a,
        author=citizen,
        body="أوافق",
        stance="agree",
        paragraph=paragraph(open_a, 1, 2),
    )
    html = client.get(url("detail", commune_a, "en", pk=open_a.pk)).content.decode()
    assert "La participation citoyenne repose sur la transparence." in html  # en → fr
    assert "1.2" in html and "2.1" in html
    assert "Comment on paragraph 1.2 (1 comment)" in html
    assert "1 agrees" in html
    assert "Open until" in html


def test_it_shows_the_french_text_in_french(client, commune_a, open_a):
    html = client.get(url("detail", commune_a, "fr", pk=open_a.pk)).content.decode()
    assert "La commune s&#x27;engage à répondre à chaque proposition." in html
    assert 'lang="fr"' in html


@pytest.mark.parametrize(
    "phase, message",
    [
        ("announced", "Opens on"),
        ("analysis", "The commune is analysing them"),
        ("results", "What we heard"),
        ("closed", "This consultation is closed."),
    ],
)
def test_it_says_what_each_phase_allows(client, commune_a, officer, phase, message):
    consultation = make_consultation(commune_a, officer, phase=phase)
    html = client.get(url("detail", commune_a, "en", pk=consultation.pk)).content.decode()
    assert message in html


def test_it_publishes_the_synthesis_and_responses_with_the_results(client, commune_a, officer):
    consultation = make_consultation(commune_a, officer, phase="results")
    html = client.get(url("detail", commune_a, "en", pk=consultation.pk)).content.decode()
    assert "سمعنا الكثير." in html and "نقطة رئيسية" in html and "أضيفت فقرة." in html
    assert "Taken into account" in html
    assert url("report", commune_a, "en", pk=consultation.pk) in html


def test_a_draft_is_seen_by_its_staff_only(client, commune_a, officer, citizen, outsider):
    draft = make_consultation(commune_a, officer, phase="draft")
    path = url("detail", commune_a, pk=draft.pk)
    assert client.get(path).status_code == 404
    client.force_login(citizen)
    assert client.get(path).status_code == 404
    client.force_login(outsider)
    assert client.get(path).status_code == 404
    client.force_login(officer)
    assert (
        "only the commune"
        in client.get(url("detail", commune_a, "en", pk=draft.pk)).content.decode()
    )


def test_another_communes_consultation_answers_404(client, commune_a, open_b):
    assert client.get(url("detail", commune_a, pk=open_b.pk)).status_code == 404


def test_it_links_the_questionnaire_while_open(client, commune_a, officer, open_a):
    questionnaire_create(
        commune=commune_a,
        owner=open_a,
        module="consultations",
        actor=officer,
        title={"ar": "استمارة"},
    )
    html = client.get(url("detail", commune_a, "en", pk=open_a.pk)).content.decode()
    assert url("questionnaire", commune_a, "en", pk=open_a.pk) in html


def test_it_hides_the_count_of_fewer_than_five_people(client, commune_a, open_a, citizen):
    services.contribution_post(
        commune=commune_a, consultation=open_a, author=citizen, body="رأي", stance="comment"
    )
    html = client.get(url("detail", commune_a, "en", pk=open_a.pk)).content.decode()
    assert "fewer than 5 people" in html


def test_its_queries_do_not_grow_with_paragraphs_and_comments(client, commune_a, officer, citizen):
    small = make_consultation(commune_a, officer)
    big_text = "\n\n".join(
        f"# القسم {s}\n\n" + "\n\n".join(f"فقرة رقم {s}.{p}." for p in range(1, 8))
        for s in range(1, 6)
    )
    big = make_consultation(commune_a, officer, text=big_text, text_fr=None)
    for item in big.paragraphs.all()[:12]:
        services.contribution_post(
            commune=commune_a,
            consultation=big,
            author=citizen,
            body="نعم",
            stance="agree",
            paragraph=item,
        )
    assert queries_of(client, url("detail", commune_a, pk=big.pk)) == queries_of(
        client, url("detail", commune_a, pk=small.pk)
    )
