"""{% comment_thread target %}: what visitors, authors and others see, in bounded queries."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from moucharaka.core.comments.tests.conftest import make_comment
from moucharaka.core.testing.factories import UserFactory

TEMPLATE = Template("{% load comments_tags %}{% comment_thread target %}")


def render(target, user, commune):
    request = RequestFactory().get("/fr/commune-a/testing/1/?page=2")
    request.user = user
    request.commune = commune
    with translation.override("fr"):
        return TEMPLATE.render(Context({"request": request, "target": target}))


@pytest.fixture
def thread(target_a, author, citizen):
    shown = make_comment(target_a, author=author, body="Très bonne idée")
    make_comment(target_a, author=citizen, parent=shown, body="Je suis d'accord")
    hidden = make_comment(
        target_a, author=author, body="Propos injurieux", is_hidden=True, hidden_reason="Insulte"
    )
    return shown, hidden


def test_it_shows_comments_replies_and_a_sign_in_link_to_visitors(thread, commune_a, target_a):
    shown, hidden = thread
    html = render(target_a, AnonymousUser(), commune_a)

    assert "Commentaires (2)" in html  # the hidden one is not counted
    assert f'id="comment-{shown.pk}"' in html and "Très bonne idée" in html
    assert "Je suis d&#x27;accord" in html
    assert 'class="comment-replies"' in html
    assert "Propos injurieux" not in html
    assert "Ce commentaire a été masqué par les modérateurs." in html
    assert "/accounts/login/?next=/fr/commune-a/testing/1/%3Fpage%3D2%23comments" in html
    assert 'name="body"' not in html  # no form for visitors


def test_it_shows_the_author_their_hidden_comment_with_the_reason(
    thread, commune_a, target_a, author
):
    html = render(target_a, author, commune_a)
    assert "Propos injurieux" in html and "Insulte" in html


def test_it_hides_the_body_from_everyone_else(thread, commune_a, target_a, citizen):
    html = render(target_a, citizen, commune_a)
    assert "Propos injurieux" not in html and "Insulte" not in html
    assert "Ce commentaire a été masqué par les modérateurs." in html


def test_it_offers_labelled_forms_to_signed_in_people(thread, commune_a, target_a, citizen):
    shown, _ = thread
    html = render(target_a, citizen, commune_a)
    assert 'action="/fr/commune-a/comments/post/"' in html
    assert '<label for="comment-body">' in html and 'id="comment-body"' in html
    assert f'<label for="reply-body-{shown.pk}">' in html
    assert 'name="target_type" value="registry.moduleinstance"' in html
    assert 'name="next" value="/fr/commune-a/testing/1/?page=2"' in html
    assert "/fr/commune-a/comments/report/?target_type=comments.comment" in html


def test_its_queries_do_not_grow_with_the_thread(target_a, commune_a, citizen):
    people = [UserFactory() for _ in range(3)]

    def add(n):
        for i in range(n):
            top = make_comment(target_a, author=people[i % 3])
            make_comment(target_a, author=people[(i + 1) % 3], parent=top)

    add(5)
    render(target_a, citizen, commune_a)  # warm caches (content types, templates)
    with CaptureQueriesContext(connection) as few:
        render(target_a, citizen, commune_a)
    add(45)
    with CaptureQueriesContext(connection) as many:
        render(target_a, citizen, commune_a)
    assert len(few) == len(many) <= 3
