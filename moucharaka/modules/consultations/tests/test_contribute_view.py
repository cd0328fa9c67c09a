"""Posting a contribution: signed-in people only, while open, with a stance (a rewording
needs its wording); replies; the ledger kind; rate limit; other communes."""

import pytest

from moucharaka.core.comments.models import Comment
from moucharaka.core.ledger.models import Participation
from moucharaka.modules.consultations import views
from moucharaka.modules.consultations.models import Contribution, Follower

from .conftest import close, paragraph
from .helpers import url

pytestmark = pytest.mark.usefixtures("module_on")


def data(target, **extra):
    kind = "paragraph" if target._meta.model_name == "paragraph" else "consultation"
    return {"target_type": f"consultations.{kind}", "target_id": target.pk, **extra}


def test_it_publishes_a_comment_on_a_paragraph_with_its_stance(client, commune_a, open_a, citizen):
    item = paragraph(open_a, 2, 1)
    client.force_login(citizen)
    response = client.post(
        url("contribute", commune_a, pk=open_a.pk),
        data(item, stance="reword", body="الصياغة غامضة", proposed_text="صيغة أوضح"),
    )
    contribution = Contribution.objects.for_commune(commune_a).get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"#comment-{contribution.comment_id}")
    assert (contribution.paragraph, contribution.stance, contribution.proposed_text) == (
        item,
        "reword",
        "صيغة أوضح",
    )
    act = Participation.objects.for_commune(commune_a).get()
    assert (act.kind, act.module, act.person) == ("consultation_comment", "consultations", citizen)
    assert Follower.objects.for_commune(commune_a).filter(user=citizen).exists()


def test_a_rewording_needs_its_wording(client, commune_a, open_a, citizen):
    client.force_login(citizen)
    response = client.post(
        url("contribute", commune_a, "en", pk=open_a.pk),
        data(paragraph(open_a), stance="reword", body="غامض"),
    )
    assert response.status_code == 400
    assert "Write the wording you propose." in response.content.decode()
    assert not Comment.objects.for_commune(commune_a).exists()


def test_it_comments_on_the_whole_text(client, commune_a, open_a, citizen):
    client.force_login(citizen)
    client.post(
        url("contribute", commune_a, pk=open_a.pk), data(open_a, stance="comment", body="عام")
    )
    contribution = Contribution.objects.for_commune(commune_a).get()
    assert contribution.paragraph is None and contribution.comment.target == open_a


def test_it_replies_to_a_comment(client, commune_a, open_a, citizen, member):
    item = paragraph(open_a)
    client.force_login(citizen)
    client.post(url("contribute", commune_a, pk=open_a.pk), data(item, stance="agree", body="نعم"))
    first = Comment.objects.for_commune(commune_a).get()
    client.force_login(member)
    client.post(
        url("contribute", commune_a, pk=open_a.pk), data(item, parent=first.pk, body="أتفق")
    )
    reply = Comment.objects.for_commune(commune_a).get(parent=first)
    assert reply.author == member and reply.body == "أتفق"
    assert not Contribution.objects.for_commune(commune_a).filter(comment=reply).exists()
    kinds = set(Participation.objects.for_commune(commune_a).values_list("kind", flat=True))
    assert kinds == {"consultation_comment"}


def test_visitors_are_asked_to_sign_in(client, commune_a, open_a):
    response = client.post(url("contribute", commune_a, pk=open_a.pk), data(open_a, body="x"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_it_refuses_contributions_once_closed(client, commune_a, open_a, citizen):
    close(open_a)
    client.force_login(citizen)
    response = client.post(
        url("contribute", commune_a, pk=open_a.pk), data(open_a, stance="agree", body="متأخر")
    )
    assert response.status_code == 302
    assert not Comment.objects.for_commune(commune_a).exists()


def test_another_communes_paragraph_answers_404(client, commune_a, open_a, open_b, citizen):
    client.force_login(citizen)
    response = client.post(
        url("contribute", commune_a, pk=open_a.pk),
        data(paragraph(open_b), stance="agree", body="x"),
    )
    assert response.status_code == 404
    assert (
        client.post(
            url("contribute", commune_a, pk=open_b.pk), data(open_b, stance="agree", body="x")
        ).status_code
        == 404
    )


def test_it_limits_floods(client, commune_a, open_a, citizen, monkeypatch):
    monkeypatch.setattr(views, "COMMENT_LIMIT", 2)
    client.force_login(citizen)
    statuses = [
        client.post(
            url("contribute", commune_a, pk=open_a.pk), data(open_a, stance="comment", body=f"{n}")
        ).status_code
        for n in range(3)
    ]
    assert statuses == [302, 302, 429]
