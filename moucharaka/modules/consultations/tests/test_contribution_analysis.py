"""Analysis (services): tags and the main point a contribution raises, moderation through
the core comments, main points and responses."""

import pytest
from django.core.exceptions import ValidationError

from moucharaka.core.audit.models import AuditEntry
from moucharaka.modules.consultations import services
from moucharaka.modules.consultations.models import ResponsePoint, Tag

from .conftest import close, make_consultation, paragraph, publish_results

pytestmark = pytest.mark.usefixtures("module_on")


@pytest.fixture
def contribution(commune_a, open_a, citizen):
    comment = services.contribution_post(
        commune=commune_a,
        consultation=open_a,
        author=citizen,
        body="الشباب غائبون",
        stance="disagree",
        paragraph=paragraph(open_a),
    )
    return comment.consultation_contribution


def test_tags_are_made_per_consultation_and_reused(commune_a, officer, open_a, contribution):
    point = services.point_save(consultation=open_a, actor=officer, summary_ar="الشباب")
    services.contribution_classify(
        contribution=contribution, actor=officer, tags=[" الشباب ", "النساء", "الشباب"], point=point
    )
    assert sorted(contribution.tags.values_list("name", flat=True)) == ["الشباب", "النساء"]
    services.contribution_classify(contribution=contribution, actor=officer, tags=["الشباب"])
    assert Tag.objects.for_commune(commune_a).filter(consultation=open_a).count() == 2
    assert contribution.point is None  # unlinked by the second save
    assert (
        AuditEntry.objects.for_commune(commune_a)
        .filter(action="consultation.contribution_classify")
        .count()
        == 2
    )


def test_a_point_of_another_consultation_is_refused(commune_a, officer, contribution):
    other = make_consultation(commune_a, officer)
    point = services.point_save(consultation=other, actor=officer, summary_ar="نقطة")
    with pytest.raises(ValueError):
        services.contribution_classify(contribution=contribution, actor=officer, point=point)


def test_moderators_hide_and_show_again_through_the_core_comments(moderator, contribution):
    services.contribution_hide(contribution=contribution, actor=moderator, reason="خارج الموضوع")
    contribution.comment.refresh_from_db()
    assert contribution.comment.is_hidden and contribution.comment.hidden_reason == "خارج الموضوع"
    services.contribution_unhide(contribution=contribution, actor=moderator)
    contribution.comment.refresh_from_db()
    assert not contribution.comment.is_hidden


def test_a_point_is_answered_with_its_change_or_its_reason(commune_a, officer, open_a):
    point = services.point_save(consultation=open_a, actor=officer, summary_ar="نقطة")
    assert not point.is_answered and point.position == 1
    with pytest.raises(ValidationError):
        services.point_save(
            consultation=open_a, actor=officer, point=point, summary_ar="نقطة", decision="accepted"
        )
    services.point_save(
        consultation=open_a,
        actor=officer,
        point=point,
        summary_ar="نقطة",
        decision="rejected",
        reason_ar="خارج الاختصاص",
        change_ar="يحذف لأنه لا يناسب",
    )
    point.refresh_from_db()
    assert (point.decision, point.reason_ar, point.change_ar) == ("rejected", "خارج الاختصاص", "")
    assert point.answered_by == officer and point.answered_at


def test_points_come_with_the_opening_and_stay_once_published(commune_a, officer):
    draft = make_consultation(commune_a, officer, phase="draft")
    with pytest.raises(ValidationError):
        services.point_save(consultation=draft, actor=officer, summary_ar="نقطة")
    consultation = make_consultation(commune_a, officer)
    close(consultation)
    publish_results(consultation, officer)
    with pytest.raises(ValidationError):
        services.point_delete(point=consultation.points.get(), actor=officer)
    assert ResponsePoint.objects.for_commune(commune_a).filter(consultation=consultation).exists()
