"""comment_post: tenant checks, replies one level deep, and the ledger row."""

import pytest

from moucharaka.core.comments.models import Comment
from moucharaka.core.comments.services import comment_post
from moucharaka.core.comments.tests.conftest import MODULE
from moucharaka.core.ledger.models import Participation


def post(commune, target, **kwargs):
    kwargs.setdefault("author", None)
    kwargs.setdefault("body", "Bonne idée")
    return comment_post(commune=commune, target=target, module=MODULE, **kwargs)


def test_it_publishes_a_comment_and_records_it_in_the_ledger(commune_a, target_a, author):
    comment = post(commune_a, target_a, author=author, body="  Bonne idée  ")

    assert comment.target == target_a
    assert comment.body == "Bonne idée"
    assert comment.module == MODULE and comment.parent is None and not comment.is_hidden
    row = Participation.objects.for_commune(commune_a).get()
    assert (row.kind, row.module, row.person) == ("comment_posted", MODULE, author)
    assert (row.object_type, row.object_id) == ("comments.comment", str(comment.pk))


def test_it_records_an_offline_comment_without_a_person(commune_a, target_a):
    comment = post(commune_a, target_a, author=None)
    assert comment.author is None
    assert Participation.objects.for_commune(commune_a).get().person is None


def test_it_refuses_a_target_of_another_commune(commune_a, target_b, author):
    with pytest.raises(ValueError, match="another commune"):
        post(commune_a, target_b, author=author)
    assert not Comment.objects.for_commune(commune_a).exists()
    assert not Participation.objects.across_communes().exists()


def test_it_refuses_an_empty_or_too_long_body(commune_a, target_a, author):
    with pytest.raises(ValueError):
        post(commune_a, target_a, author=author, body="   ")
    with pytest.raises(ValueError):
        post(commune_a, target_a, author=author, body="x" * 5001)
    assert post(commune_a, target_a, author=author, body="x" * 5000).pk


def test_it_attaches_replies_one_level_deep(commune_a, target_a, author, citizen):
    top = post(commune_a, target_a, author=author)
    reply = post(commune_a, target_a, author=citizen, parent=top)
    reply_to_reply = post(commune_a, target_a, author=author, parent=reply)

    assert reply.parent == top
    assert reply_to_reply.parent == top  # flattened onto the top-level comment
    assert Participation.objects.for_commune(commune_a).filter(kind="comment_posted").count() == 3


def test_it_refuses_a_parent_about_another_object(commune_a, target_a, author, testing_module):
    from moucharaka.core.registry.models import ModuleInstance

    other = ModuleInstance.unscoped.create(commune=commune_a, key="other")
    parent = post(commune_a, other, author=author)
    with pytest.raises(ValueError, match="another object"):
        post(commune_a, target_a, author=author, parent=parent)


def test_it_refuses_a_comment_as_target(commune_a, target_a, author):
    comment = post(commune_a, target_a, author=author)
    with pytest.raises(ValueError):
        post(commune_a, comment, author=author)


def test_a_module_records_its_own_kind_and_an_offline_comment(commune_a, target_a):
    from datetime import timedelta

    from django.utils import timezone

    from moucharaka.core.testing.factories import DistrictFactory

    district = DistrictFactory(commune=commune_a)
    gathered = timezone.now() - timedelta(days=10)
    comment = comment_post(
        commune=commune_a,
        author=None,
        target=target_a,
        body="ملاحظة من الورشة",
        module=MODULE,
        ledger_kind="testing_comment",
        channel="in_person",
        occurred_at=gathered,
        demographics={"gender": "female", "district": district},
    )
    row = Participation.objects.for_commune(commune_a).get()
    assert (row.kind, row.channel, row.occurred_at, row.gender, row.district) == (
        "testing_comment",
        "in_person",
        gathered,
        "female",
        district,
    )
    assert comment.created_at == gathered and comment.author is None
