"""A paragraph's page (and the whole text's): the paragraph, its contributions with their
stance, proposed wording, replies and, once published, the commune's response; the
form while open; other communes and consultations; bounded queries."""

import pytest

from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.consultations import services

from .conftest import close, make_consultation, paragraph, publish_results
from .helpers import queries_of, url

pytestmark = pytest.mark.usefixtures("module_on")


def post(consultation, author, item=None, **kwargs):
    return services.contribution_post(
        commune=consultation.commune,
        consultation=consultation,
        author=author,
        paragraph=item,
        **{"body": "تعليق", "stance": "agree", **kwargs},
    )


def test_it_shows_the_paragraph_its_contributions_and_the_form(client, commune_a, open_a, citizen):
    item = paragraph(open_a, 1, 2)
    post(open_a, citizen, item, stance="reword", body="أوضح", proposed_text="صيغة مقترحة جديدة")
    client.force_login(citizen)
    html = client.get(
        url("paragraph", commune_a, "en", pk=open_a.pk, paragraph_pk=item.pk)
    ).content.decode()
    assert "Paragraph 1.2" in html and "La commune s&#x27;engage" in html
    assert "Proposes a rewording" in html and "صيغة مقترحة جديدة" in html
    assert 'name="stance"' in html and "I propose another wording" in html
    assert "Previous: paragraph 1.1" in html and "Next: paragraph 2.1" in html


def test_the_whole_text_takes_no_rewording(client, commune_a, open_a, citizen):
    client.force_login(citizen)
    html = client.get(url("whole_text", commune_a, "en", pk=open_a.pk)).content.decode()
    assert "The text as a whole" in html
    assert "I propose another wording" not in html and "I have a remark" in html


def test_it_says_why_no_form_once_closed(client, commune_a, open_a, citizen):
    close(open_a)
    client.force_login(citizen)
    html = client.get(url("whole_text", commune_a, "en", pk=open_a.pk)).content.decode()
    assert 'name="stance"' not in html
    assert "contributions are no longer accepted" in html


def test_it_shows_the_response_to_the_point_a_contribution_raises(
    client, commune_a, officer, open_a, citizen
):
    item = paragraph(open_a)
    comment = post(open_a, citizen, item, body="أقترح إضافة")
    close(open_a)
    publish_results(open_a, officer)
    point = open_a.points.get()
    services.contribution_classify(
        contribution=comment.consultation_contribution, actor=officer, point=point
    )
    html = client.get(
        url("paragraph", commune_a, "en", pk=open_a.pk, paragraph_pk=item.pk)
    ).content.decode()
    assert "The commune's response to the point this contribution raises" in html
    assert "أضيفت فقرة." in html


def test_the_author_of_a_hidden_contribution_sees_why(
    client, commune_a, open_a, citizen, moderator
):
    comment = post(open_a, citizen, None, body="كلام غير لائق", stance="comment")
    services.contribution_hide(
        contribution=comment.consultation_contribution, actor=moderator, reason="إساءة"
    )
    path = url("whole_text", commune_a, "en", pk=open_a.pk)
    assert "كلام غير لائق" not in client.get(path).content.decode()
    client.force_login(citizen)
    html = client.get(path).content.decode()
    assert "كلام غير لائق" in html and "إساءة" in html


def test_other_consultations_paragraphs_answer_404(client, commune_a, officer, open_a, open_b):
    other = make_consultation(commune_a, officer)
    assert (
        client.get(
            url("paragraph", commune_a, pk=open_a.pk, paragraph_pk=paragraph(other).pk)
        ).status_code
        == 404
    )
    assert (
        client.get(
            url("paragraph", commune_a, pk=open_b.pk, paragraph_pk=paragraph(open_b).pk)
        ).status_code
        == 404
    )


def test_its_queries_do_not_grow_with_contributions(client, commune_a, open_a, citizen):
    item = paragraph(open_a)
    post(open_a, citizen, item)
    path = url("paragraph", commune_a, pk=open_a.pk, paragraph_pk=item.pk)
    few = queries_of(client, path)
    for index in range(8):
        person = UserFactory(email=f"p{index}@example.ma")
        comment = post(open_a, person, item, stance="disagree")
        post(open_a, citizen, item, parent=comment, body="رد")
    assert queries_of(client, path) == few
