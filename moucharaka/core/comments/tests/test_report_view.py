"""/<lang>/<commune>/comments/report/: a small form to report a comment or an object."""

from moucharaka.core.comments.models import Report
from moucharaka.core.comments.tests.conftest import make_comment

URL_A = "/fr/commune-a/comments/report/"
NEXT = "/fr/commune-a/testing/1/"


def test_it_shows_the_form_with_what_is_reported(client, target_a, author, citizen):
    comment = make_comment(target_a, author=author, body="Achetez mes produits")
    client.force_login(citizen)
    response = client.get(
        URL_A, {"target_type": "comments.comment", "target_id": comment.pk, "next": NEXT}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Achetez mes produits" in html
    assert 'name="reason"' in html and "<legend>" in html
    assert f'href="{NEXT}#comment-{comment.pk}"' in html  # cancel goes back


def test_it_creates_one_report_and_goes_back(client, commune_a, target_a, author, citizen):
    comment = make_comment(target_a, author=author)
    client.force_login(citizen)
    payload = {
        "target_type": "comments.comment",
        "target_id": comment.pk,
        "next": NEXT,
        "reason": "spam",
        "details": "Publicité",
    }
    response = client.post(URL_A, payload)
    assert response.status_code == 302
    assert response["Location"] == f"{NEXT}#comment-{comment.pk}"
    assert client.post(URL_A, payload).status_code == 302  # idempotent
    report = Report.objects.for_commune(commune_a).get()
    assert (report.reporter, report.target, report.reason) == (citizen, comment, "spam")
    assert report.details == "Publicité"


def test_it_reports_a_module_object(client, commune_a, target_a, citizen):
    client.force_login(citizen)
    response = client.post(
        URL_A,
        {"target_type": "registry.moduleinstance", "target_id": target_a.pk, "reason": "other"},
    )
    assert response.status_code == 302
    assert Report.objects.for_commune(commune_a).get().target == target_a


def test_it_requires_a_reason(client, commune_a, target_a, citizen):
    client.force_login(citizen)
    response = client.post(
        URL_A, {"target_type": "registry.moduleinstance", "target_id": target_a.pk}
    )
    assert response.status_code == 200
    assert "reason" in response.context["form"].errors
    assert not Report.objects.for_commune(commune_a).exists()


def test_it_sends_visitors_to_sign_in_and_back(client, target_a, author):
    comment = make_comment(target_a, author=author)
    response = client.get(URL_A, {"target_type": "comments.comment", "target_id": comment.pk})
    assert response.status_code == 302
    assert "/login/?next=/fr/commune-a/comments/report/%3Ftarget_type" in response["Location"]


def test_it_answers_404_for_another_communes_comment(client, target_b, author, citizen):
    theirs = make_comment(target_b, author=author)
    client.force_login(citizen)
    response = client.get(URL_A, {"target_type": "comments.comment", "target_id": theirs.pk})
    assert response.status_code == 404
    response = client.post(
        URL_A, {"target_type": "comments.comment", "target_id": theirs.pk, "reason": "spam"}
    )
    assert response.status_code == 404
    assert not Report.objects.across_communes().exists()


def test_it_answers_404_for_models_that_did_not_opt_in(client, commune_a, owner, citizen):
    from moucharaka.core.accounts.models import CommuneRole

    role = CommuneRole.objects.for_commune(commune_a).get(user=owner)
    client.force_login(citizen)
    response = client.get(URL_A, {"target_type": "accounts.communerole", "target_id": role.pk})
    assert response.status_code == 404


def test_it_does_not_report_an_already_hidden_comment(client, commune_a, target_a, author, citizen):
    comment = make_comment(target_a, author=author, is_hidden=True, hidden_reason="x")
    client.force_login(citizen)
    response = client.get(URL_A, {"target_type": "comments.comment", "target_id": comment.pk})
    assert response.status_code == 302
    assert not Report.objects.for_commune(commune_a).exists()
