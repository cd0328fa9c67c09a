"""The demo seeder: realistic content for a commune, idempotent."""

from io import StringIO

from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.ledger.models import Participation
from moucharaka.core.testing.factories import DistrictFactory, UserFactory
from moucharaka.modules.suggestions import demo
from moucharaka.modules.suggestions.models import AnswerRating, Category, Suggestion


def snapshot(commune):
    return (
        Suggestion.objects.for_commune(commune).count(),
        Category.objects.for_commune(commune).count(),
        AnswerRating.objects.for_commune(commune).count(),
        Participation.objects.for_commune(commune).count(),
    )


def test_it_seeds_every_answer_kind_and_is_idempotent(commune_a):
    for _ in range(3):
        DistrictFactory(commune=commune_a)
    officer = UserFactory(email=f"suggestions_officer.{commune_a.slug}@demo.moucharaka.ma")
    commune_role_grant(commune=commune_a, user=officer, role="suggestions_officer")

    demo.seed(commune=commune_a, stdout=StringIO())
    first = snapshot(commune_a)
    demo.seed(commune=commune_a, stdout=StringIO())
    assert snapshot(commune_a) == first

    suggestions = Suggestion.objects.for_commune(commune_a)
    kinds = set(suggestions.exclude(answer_kind="").values_list("answer_kind", flat=True))
    assert kinds == set(Suggestion.AnswerKind.values)
    assert (
        suggestions.filter(channel="paper").exists()
        and suggestions.filter(channel="online").exists()
    )
    assert suggestions.filter(status="implemented").exists()
    assert suggestions.filter(status="received").exists()
    assert first[2] == 5  # five raters: the rating indicators show
    answered = suggestions.exclude(answered_at=None)
    assert all(s.answered_at > s.created_at for s in answered)
