"""mark_read: only the user's own notifications, all or some."""

from moucharaka.core.notifications.models import Notification
from moucharaka.core.notifications.selectors import unread_count
from moucharaka.core.notifications.services import mark_read, publish


def three_for(user, commune):
    return [
        row
        for _ in range(3)
        for row in publish(
            commune=commune, event="test", recipients=[user], title="t", body="b", url=""
        )
    ]


def test_it_marks_some_then_all(citizen, commune_a):
    first, second, _third = three_for(citizen, commune_a)
    assert unread_count(citizen) == 3
    assert mark_read(user=citizen, notification_ids=[first.pk, second.pk]) == 2
    assert unread_count(citizen) == 1
    assert mark_read(user=citizen) == 1
    assert unread_count(citizen) == 0
    assert mark_read(user=citizen) == 0


def test_it_never_touches_someone_elses(citizen, owner, commune_a):
    [theirs] = publish(
        commune=commune_a, event="test", recipients=[owner], title="t", body="b", url=""
    )
    assert mark_read(user=citizen, notification_ids=[theirs.pk]) == 0
    assert mark_read(user=citizen) == 0
    assert Notification.objects.get(pk=theirs.pk).read_at is None
