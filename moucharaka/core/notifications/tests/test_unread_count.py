"""The header says how many notifications are unread, in words: "Notifications (3)"."""

from moucharaka.core.notifications.services import mark_read, publish


def test_it_shows_the_unread_count_next_to_the_profile_link(client, citizen, commune_a):
    for _ in range(3):
        publish(commune=commune_a, event="t", recipients=[citizen], title="t", body="", url="")
    client.force_login(citizen)

    html = client.get("/fr/profile/").content.decode()
    assert '<a href="/fr/notifications/">Notifications (3)</a>' in html

    mark_read(user=citizen)
    html = client.get("/fr/profile/").content.decode()
    assert '<a href="/fr/notifications/">Notifications</a>' in html


def test_visitors_see_no_notifications_link(client, db):
    html = client.get("/fr/accounts/login/").content.decode()
    assert "/fr/notifications/" not in html
