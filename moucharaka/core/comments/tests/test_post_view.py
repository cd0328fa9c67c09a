"""POST /<lang>/<commune>/comments/post/: the public way to comment and reply."""

import pytest
from django.contrib.messages import get_messages

from moucharaka.core.comments import views
from moucharaka.core.comments.models import Comment
from moucharaka.core.comments.tests.conftest import make_comment
from moucharaka.core.ledger.models import Participation
from moucharaka.core.registry.models import ModuleInstance

URL_A = "/fr/commune-a/comments/post/"
NEXT = "/fr/commune-a/testing/1/"


def data(target, **extra):
    return {
        "target_type": "registry.moduleinstance",
        "target_id": target.pk,
        "body": "Il faut éclairer cette rue.",
        "next": NEXT,
        **extra,
    }


def test_it_publishes_and_goes_back_to_the_comment(client, commune_a, target_a, citizen):
    client.force_login(citizen)
    response = client.post(URL_A, data(target_a))

    comment = Comment.objects.for_commune(commune_a).get()
    assert response.status_code == 302
    assert response["Location"] == f"{NEXT}#comment-{comment.pk}"
    assert (comment.author, comment.target, comment.module) == (citizen, target_a, "testing")
    row = Participation.objects.for_commune(commune_a).get()
    assert (row.kind, row.person) == ("comment_posted", citizen)
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Votre commentaire a été publié."
    ]


def test_it_posts_a_reply(client, commune_a, target_a, author, citizen):
    parent = make_comment(target_a, author=author)
    client.force_login(citizen)
    response = client.post(URL_A, data(target_a, parent=parent.pk))
    assert response.status_code == 302
    reply = Comment.objects.for_commune(commune_a).get(author=citizen)
    assert reply.parent == parent


def test_it_refuses_a_parent_about_another_object(client, commune_a, target_a, author, citizen):
    other = ModuleInstance.unscoped.create(commune=commune_a, key="other")
    parent = make_comment(other, author=author)
    client.force_login(citizen)
    assert client.post(URL_A, data(target_a, parent=parent.pk)).status_code == 404


def test_it_answers_404_for_another_communes_object(client, target_b, citizen):
    client.force_login(citizen)
    response = client.post(URL_A, data(target_b))
    assert response.status_code == 404
    assert not Comment.objects.across_communes().exists()
    assert not Participation.objects.across_communes().exists()


@pytest.mark.parametrize(
    "target_type", ["accounts.communerole", "comments.comment", "nosuch.model", "nonsense", ""]
)
def test_it_answers_404_for_models_that_did_not_opt_in(
    client, commune_a, owner, citizen, target_a, target_type
):
    client.force_login(citizen)
    response = client.post(URL_A, data(target_a, target_type=target_type))
    assert response.status_code == 404


def test_it_answers_404_for_a_bad_id(client, target_a, citizen):
    client.force_login(citizen)
    assert client.post(URL_A, data(target_a, target_id="abc")).status_code == 404
    assert client.post(URL_A, data(target_a, target_id=999999)).status_code == 404


def test_it_answers_404_when_the_commune_switched_the_module_off(
    client, commune_a, target_a, citizen
):
    ModuleInstance.objects.for_commune(commune_a).update(is_published=False)
    client.force_login(citizen)
    assert client.post(URL_A, data(target_a)).status_code == 404


def test_it_sends_visitors_to_sign_in(client, target_a):
    response = client.post(URL_A, data(target_a))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/") or "/login/" in response["Location"]
    assert "next=/fr/commune-a/testing/1/" in response["Location"]
    assert not Comment.objects.across_communes().exists()


def test_it_refuses_get(client, citizen, commune_a):
    client.force_login(citizen)
    assert client.get(URL_A).status_code == 405


def test_it_ignores_an_unsafe_next(client, commune_a, target_a, citizen):
    client.force_login(citizen)
    response = client.post(URL_A, data(target_a, next="https://evil.example/"))
    comment = Comment.objects.for_commune(commune_a).get()
    assert response["Location"] == f"/fr/commune-a/#comment-{comment.pk}"


def test_it_keeps_the_text_when_the_form_is_invalid(client, commune_a, target_a, citizen):
    client.force_login(citizen)
    too_long = "é" * 5001
    response = client.post(URL_A, data(target_a, body=too_long))
    assert response.status_code == 200
    assert "body" in response.context["form"].errors
    assert too_long in response.content.decode()
    assert not Comment.objects.for_commune(commune_a).exists()


def test_it_limits_the_rate_of_comments(client, commune_a, target_a, citizen, monkeypatch):
    monkeypatch.setattr(views, "COMMENT_RATE_LIMIT", 3)
    client.force_login(citizen)
    for _ in range(3):
        assert client.post(URL_A, data(target_a)).status_code == 302
    response = client.post(URL_A, data(target_a, body="Encore un"))
    assert response.status_code == 429
    assert "Veuillez patienter quelques minutes" in response.content.decode()
    assert "Encore un" in response.content.decode()  # nothing typed is lost
    assert Comment.objects.for_commune(commune_a).count() == 3


def test_the_default_limit_is_ten_per_ten_minutes():
    assert (views.COMMENT_RATE_LIMIT, views.RATE_WINDOW_SECONDS) == (10, 600)


def test_it_refuses_comments_when_the_object_closed_them(
    client, commune_a, target_a, citizen, monkeypatch
):
    monkeypatch.setattr(ModuleInstance, "comments_open", False, raising=False)
    client.force_login(citizen)
    response = client.post(URL_A, data(target_a))
    assert response.status_code == 403
    assert not Comment.objects.for_commune(commune_a).exists()
