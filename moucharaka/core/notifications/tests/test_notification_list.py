"""/<lang>/notifications/: the signed-in person's notifications, newest first."""

from moucharaka.core.notifications import views
from moucharaka.core.notifications.models import Notification
from moucharaka.core.notifications.services import publish

URL = "/fr/notifications/"


def notify(user, commune, title):
    return publish(
        commune=commune, event="test", recipients=[user], title=title, body="", url="/fr/x/"
    )[0]


def test_it_requires_sign_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_it_lists_only_my_notifications_newest_first(client, citizen, owner, commune_a):
    notify(citizen, commune_a, "Ancienne")
    notify(citizen, commune_a, "Récente")
    notify(owner, commune_a, "Pour quelqu'un d'autre")
    client.force_login(citizen)

    response = client.get(URL)

    assert response.status_code == 200
    titles = [n.title for n in response.context["page_obj"]]
    assert titles == ["Récente", "Ancienne"]
    html = response.content.decode()
    assert "Pour quelqu" not in html
    assert html.count('class="badge">Nouveau<') == 2  # unread is said in words
    assert "Tout marquer comme lu" in html


def test_it_marks_all_as_read(client, citizen, owner, commune_a):
    notify(citizen, commune_a, "Un")
    theirs = notify(owner, commune_a, "Autre")
    client.force_login(citizen)

    response = client.post(URL)

    assert response.status_code == 302 and response["Location"] == URL
    assert not Notification.objects.filter(recipient=citizen, read_at__isnull=True).exists()
    theirs.refresh_from_db()
    assert theirs.read_at is None
    html = client.get(URL).content.decode()
    assert 'class="badge"' not in html and "Tout marquer comme lu" not in html


def test_it_paginates(client, citizen, commune_a, monkeypatch):
    monkeypatch.setattr(views, "PAGE_SIZE", 2)
    for i in range(5):
        notify(citizen, commune_a, f"N{i}")
    client.force_login(citizen)
    response = client.get(URL, {"page": 3})
    assert [n.title for n in response.context["page_obj"]] == ["N0"]
    assert 'rel="prev"' in response.content.decode()
