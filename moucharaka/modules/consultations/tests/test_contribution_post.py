"""A person's contribution (services.contribution_post): on a paragraph or the whole
text, with a stance; replies; the ledger act "consultation_comment"; following; only
while open; never across communes or consultations."""

import pytest
from django.core.exceptions import ValidationError

from moucharaka.core.ledger.models import Participation
from moucharaka.modules.consultations import services
from moucharaka.modules.consultations.models import Contribution, Follower

from .conftest import close, make_consultation, paragraph

pytestmark = pytest.mark.usefixtures("module_on")


def test_a_comment_on_a_paragraph_keeps_its_stance_and_wording(commune_a, open_a, citizen):
    item = paragraph(open_a, 2, 1)
    comment = services.contribution_post(
        commune=commune_a,
        consultation=open_a,
        author=citizen,
        paragraph=item,
        stance="reword",
        body="أوضح",
        proposed_text="  صيغة جديدة  ",
    )
    contribution = Contribution.objects.for_commune(commune_a).get()
    assert comment.target == item and contribution.comment == comment
    assert (contribution.stance, contribution.proposed_text, contribution.channel) == (
        "reword",
        "صيغة جديدة",
        "online",
    )
    act = Participation.objects.for_commune(commune_a).get()
    assert (act.kind, act.module, act.object_type) == (
        "consultation_comment",
        "consultations",
        "comments.comment",
    )
    assert (
        Follower.objects.for_commune(commune_a).filter(user=citizen, consultation=open_a).exists()
    )


def test_a_wording_is_kept_only_with_a_rewording(commune_a, open_a, citizen):
    services.contribution_post(
        commune=commune_a,
        consultation=open_a,
        author=citizen,
        paragraph=paragraph(open_a),
        stance="agree",
        body="نعم",
        proposed_text="لا حاجة",
    )
    assert Contribution.objects.for_commune(commune_a).get().proposed_text == ""


def test_a_reply_has_no_stance_and_is_an_act_too(commune_a, open_a, citizen, member):
    first = services.contribution_post(
        commune=commune_a, consultation=open_a, author=citizen, body="أولا", stance="comment"
    )
    reply = services.contribution_post(
        commune=commune_a, consultation=open_a, author=member, body="رد", parent=first
    )
    assert reply.parent == first
    assert not Contribution.objects.for_commune(commune_a).filter(comment=reply).exists()
    assert (
        Participation.objects.for_commune(commune_a).filter(kind="consultation_comment").count()
        == 2
    )


def test_nothing_is_taken_outside_the_open_phase(commune_a, officer, citizen):
    for phase in ("announced", "analysis", "results"):
        consultation = make_consultation(commune_a, officer, phase=phase)
        with pytest.raises(ValidationError):
            services.contribution_post(
                commune=commune_a,
                consultation=consultation,
                author=citizen,
                body="x",
                stance="agree",
            )
    assert not Participation.objects.for_commune(commune_a).filter(person=citizen).exists()


def test_objects_of_other_consultations_or_communes_are_refused(
    commune_a, officer, open_a, open_b, citizen
):
    other = make_consultation(commune_a, officer)
    with pytest.raises(ValueError):
        services.contribution_post(
            commune=commune_a,
            consultation=open_a,
            author=citizen,
            body="x",
            stance="agree",
            paragraph=paragraph(other),
        )
    with pytest.raises(ValueError):
        services.contribution_post(
            commune=commune_a, consultation=open_b, author=citizen, body="x", stance="agree"
        )


def test_closing_keeps_the_contributions(commune_a, open_a, citizen):
    services.contribution_post(
        commune=commune_a, consultation=open_a, author=citizen, body="x", stance="agree"
    )
    close(open_a)
    assert Contribution.objects.for_commune(commune_a).count() == 1
