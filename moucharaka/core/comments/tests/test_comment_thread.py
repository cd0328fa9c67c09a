"""comment_thread and the counting selectors: order, replies, visibility, bounded queries."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from moucharaka.core.comments.selectors import (
    comment_count,
    comment_counts,
    comment_thread,
    open_reports,
)
from moucharaka.core.comments.services import report_create, report_handle
from moucharaka.core.comments.tests.conftest import make_comment
from moucharaka.core.testing.factories import UserFactory


def test_it_lists_top_level_comments_oldest_first_with_their_replies(target_a, author, citizen):
    first = make_comment(target_a, author=author, body="premier")
    second = make_comment(target_a, author=citizen, body="second")
    reply = make_comment(target_a, author=citizen, parent=first, body="réponse")

    thread = comment_thread(target_a)

    assert thread == [first, second]
    assert list(thread[0].replies.all()) == [reply]
    assert list(thread[1].replies.all()) == []


def test_it_shows_a_hidden_comment_only_to_its_author(target_a, author, citizen):
    make_comment(target_a, author=author, is_hidden=True, hidden_reason="Hors sujet")

    [as_author] = comment_thread(target_a, viewer=author)
    [as_other] = comment_thread(target_a, viewer=citizen)
    [as_visitor] = comment_thread(target_a)

    assert as_author.is_own and as_author.shows_body
    assert not as_other.is_own and not as_other.shows_body
    assert not as_visitor.shows_body


def test_it_counts_only_what_the_public_sees(target_a, target_b, author):
    top = make_comment(target_a, author=author)
    make_comment(target_a, author=author, parent=top)
    make_comment(target_a, author=author, is_hidden=True, hidden_reason="x")
    make_comment(target_b, author=author)

    assert comment_count(target_a) == 2
    assert comment_counts([target_a]) == {target_a.pk: 2}
    assert comment_counts([]) == {}


def _thread_queries(target, viewer) -> int:
    with CaptureQueriesContext(connection) as queries:
        thread = comment_thread(target, viewer=viewer)
        for comment in thread:  # what the template reads
            str(comment.author)
            for reply in comment.replies.all():
                str(reply.author)
    return len(queries)


def test_its_queries_are_bounded(target_a, citizen):
    people = [UserFactory() for _ in range(3)]  # several authors; hashing passwords is slow

    def add(n):
        for i in range(n):
            top = make_comment(target_a, author=people[i % 3], body=f"c{i}")
            make_comment(target_a, author=people[(i + 1) % 3], parent=top, body=f"r{i}")

    add(5)
    comment_thread(target_a)  # warms the content-type cache
    with_5 = _thread_queries(target_a, citizen)
    add(45)
    with_50 = _thread_queries(target_a, citizen)

    assert with_5 == with_50
    assert with_50 <= 3


def test_open_reports_lists_the_communes_queue(commune_a, commune_b, target_a, target_b, citizen):
    mine = report_create(commune=commune_a, reporter=citizen, target=target_a, reason="spam")
    handled = report_create(
        commune=commune_a, reporter=UserFactory(), target=target_a, reason="other"
    )
    report_handle(report=handled, actor=None, outcome="dismissed")
    theirs = report_create(commune=commune_b, reporter=citizen, target=target_b, reason="spam")

    assert list(open_reports([commune_a])) == [mine]
    assert set(open_reports([commune_a, commune_b])) == {mine, theirs}
