"""Moderation screen: hide with a reason, show again; audited; only moderating roles."""

import pytest
from django.urls import reverse

from moucharaka.core.audit.models import AuditEntry
from moucharaka.modules.suggestions.models import Suggestion

from .factories import SuggestionFactory

pytestmark = pytest.mark.usefixtures("module_on")


def test_it_hides_then_shows_again(client, moderator, commune_a):
    suggestion = SuggestionFactory(commune=commune_a)
    client.force_login(moderator)
    moderate = reverse("suggestions:moderate", args=[suggestion.pk])
    response = client.post(moderate, {"hidden_reason": ""})
    assert response.status_code == 200 and "hidden_reason" in response.context["form"].errors

    assert client.post(moderate, {"hidden_reason": "معطيات شخصية"}).status_code == 302
    suggestion.refresh_from_db()
    assert suggestion.is_hidden and suggestion.hidden_reason == "معطيات شخصية"

    assert client.post(moderate, {}).status_code == 302
    suggestion.refresh_from_db()
    assert not suggestion.is_hidden
    actions = AuditEntry.objects.for_commune(commune_a).filter(actor=moderator)
    assert set(actions.values_list("action", flat=True)) == {"suggestion.hide", "suggestion.unhide"}


def test_it_is_not_for_the_president(client, commune_a):
    from moucharaka.core.accounts.services import commune_role_grant
    from moucharaka.core.testing.factories import UserFactory

    president = UserFactory()
    commune_role_grant(commune=commune_a, user=president, role="president")
    suggestion = SuggestionFactory(commune=commune_a)
    client.force_login(president)
    response = client.post(
        reverse("suggestions:moderate", args=[suggestion.pk]), {"hidden_reason": "x"}
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert not Suggestion.objects.for_commune(commune_a).get().is_hidden
