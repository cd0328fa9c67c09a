"""The staff queue (Wagtail): only the user's commune, waiting suggestions first and
oldest first, overdue ones flagged after the commune's target delay; every object URL of
another commune answers 404; who sees what comes from the commune roles."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.registry.models import ModuleInstance
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.suggestions.models import Suggestion

from .factories import SuggestionFactory
from .helpers import queries_of

pytestmark = pytest.mark.usefixtures("module_on")

OBJECT_VIEWS = ["edit", "inspect", "delete", "history", "moderate"]


def days_ago(n):
    return timezone.now() - timedelta(days=n)


def listed(response):
    return [s.title for s in response.context["object_list"]]


def test_it_lists_waiting_suggestions_first_oldest_first(client, commune_a, commune_b, officer):
    SuggestionFactory(commune=commune_a, title="recent", created_at=days_ago(2))
    SuggestionFactory(
        commune=commune_a,
        title="answered",
        created_at=days_ago(90),
        status=Suggestion.Status.ANSWERED,
        answer="…",
        answer_kind="accepted",
    )
    SuggestionFactory(commune=commune_a, title="old", created_at=days_ago(40))
    SuggestionFactory(commune=commune_b, title="elsewhere")
    client.force_login(officer)
    response = client.get(reverse("suggestions:index"))
    assert response.status_code == 200
    assert listed(response) == ["old", "recent", "answered"]


def test_it_flags_overdue_suggestions_with_the_communes_target(client, commune_a, officer):
    SuggestionFactory(commune=commune_a, title="old", created_at=days_ago(40))
    SuggestionFactory(commune=commune_a, title="recent", created_at=days_ago(20))
    client.force_login(officer)
    response = client.get(reverse("suggestions:index"), {"overdue": "true"})
    assert listed(response) == ["old"]
    assert "overdue" in response.content.decode()

    ModuleInstance.objects.for_commune(commune_a).filter(key="suggestions").update(
        settings={"answer_target_days": 15}
    )
    response = client.get(reverse("suggestions:index"), {"overdue": "true"})
    assert listed(response) == ["old", "recent"]


def test_it_filters_with_the_communes_own_lists(client, commune_a, officer, category_a, category_b):
    SuggestionFactory(commune=commune_a, title="lighting", category=category_a)
    SuggestionFactory(commune=commune_a, title="other")
    client.force_login(officer)
    response = client.get(reverse("suggestions:index"), {"category": category_a.pk})
    assert listed(response) == ["lighting"]
    choices = response.context["filters"].form.fields["category"].queryset
    assert category_a in choices and category_b not in choices


def test_it_searches_titles_and_texts(client, commune_a, officer):
    SuggestionFactory(commune=commune_a, title="إنارة", body="مصابيح")
    SuggestionFactory(commune=commune_a, title="حديقة", body="أشجار")
    client.force_login(officer)
    assert listed(client.get(reverse("suggestions:index"), {"q": "أشجار"})) == ["حديقة"]


@pytest.mark.parametrize("view", OBJECT_VIEWS)
def test_it_answers_404_for_another_communes_suggestion(client, commune_a, outsider, view):
    suggestion = SuggestionFactory(commune=commune_a)
    client.force_login(outsider)
    assert client.get(reverse(f"suggestions:{view}", args=[suggestion.pk])).status_code == 404
    assert client.post(reverse(f"suggestions:{view}", args=[suggestion.pk])).status_code == 404
    assert Suggestion.objects.for_commune(commune_a).filter(pk=suggestion.pk).exists()


def test_it_keeps_other_communes_out_of_the_listing(client, commune_a, outsider):
    SuggestionFactory(commune=commune_a, title="a")
    client.force_login(outsider)
    assert listed(client.get(reverse("suggestions:index"))) == []


@pytest.mark.parametrize(
    "role, allowed",
    [
        (CoreRole.ADMINISTRATOR, {"index", "edit", "inspect", "delete", "moderate", "add"}),
        ("suggestions_officer", {"index", "edit", "inspect", "moderate", "add"}),
        (CoreRole.MODERATOR, {"index", "inspect", "moderate"}),
        (CoreRole.PRESIDENT, {"index", "inspect"}),
        (CoreRole.EDITOR, set()),
    ],
)
def test_it_gives_each_role_its_screens(client, commune_a, role, allowed):
    suggestion = SuggestionFactory(commune=commune_a)
    user = UserFactory()
    commune_role_grant(commune=commune_a, user=user, role=role)
    client.force_login(user)
    for view in ("index", "add", "edit", "inspect", "delete", "moderate"):
        args = [] if view in ("index", "add") else [suggestion.pk]
        status = client.get(reverse(f"suggestions:{view}", args=args)).status_code
        assert (status == 200) == (view in allowed), (role, view, status)


def test_it_runs_the_same_number_of_queries_for_5_and_200_suggestions(client, commune_a, officer):
    client.force_login(officer)
    author = UserFactory()
    for _ in range(5):
        SuggestionFactory(commune=commune_a, author=author)
    few = queries_of(client, reverse("suggestions:index"))
    for _ in range(195):
        SuggestionFactory(commune=commune_a, author=author)
    assert queries_of(client, reverse("suggestions:index")) == few
