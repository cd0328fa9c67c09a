"""The requester's pages, reached by the secret tracking code: status and deadline, the
answer and its private documents, the complaint route and the CDAI; never cached, never
another commune's."""

import pytest
from django.urls import reverse
from django.utils import timezone

from moucharaka.modules.inforequests import selectors, services
from moucharaka.modules.inforequests.models import AnswerDocument, PublishedInformation

from .conftest import answer, days_ago, pdf_file, register, submit


def url(name, request, commune=None, **kwargs):
    return reverse(
        f"module-inforequests:{name}",
        kwargs={
            "commune_slug": (commune or request.commune).slug,
            "code": request.tracking_code,
            **kwargs,
        },
    )


def test_it_shows_the_status_and_working_days_left(client, commune_a, cndp_a, requester):
    request = submit(commune_a, requester)
    response = client.get(url("track", request))
    html = response.content.decode()
    assert response.status_code == 200
    assert "working days left" in html and request.reference in html
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert response["Referrer-Policy"] == "no-referrer"
    # The requester's identity is not on this page (only on the acknowledgement).
    assert "Orangers" not in html and request.cnie_clear() not in html


def test_an_unknown_or_foreign_code_answers_404(client, commune_a, commune_b, cndp_a, requester):
    request = submit(commune_a, requester)
    assert client.get(url("track", request, commune=commune_b)).status_code == 404
    bogus = reverse(
        "module-inforequests:track", kwargs={"commune_slug": commune_a.slug, "code": "x" * 16}
    )
    assert client.get(bogus).status_code == 404
    assert client.get(url("acknowledgement", request, commune=commune_b)).status_code == 404


def test_it_shows_the_extension_and_its_reasons(client, commune_a, cndp_a, requester, officer):
    request = services.request_extend(
        commune=commune_a,
        request=submit(commune_a, requester),
        actor=officer,
        reason="third_party",
        details="Nous consultons l'agence urbaine.",
    )
    html = client.get(url("track", request)).content.decode()
    assert "The deadline was extended" in html and "agence urbaine" in html


def test_it_shows_the_answer_and_serves_its_documents_privately(
    client, commune_a, commune_b, cndp_a, requester, officer
):
    request = answer(
        commune_a, submit(commune_a, requester), officer, documents=[("Budget", pdf_file())]
    )
    doc = AnswerDocument.objects.for_commune(commune_a).get()
    html = client.get(url("track", request)).content.decode()
    assert "Le budget est joint." in html and "within the legal deadline" in html
    response = client.get(url("document", request, pk=doc.pk))
    assert response.status_code == 200 and b"".join(response.streaming_content) == (
        b"%PDF-1.4 budget"
    )
    assert "no-store" in response["Cache-Control"]
    assert client.get(url("document", request, commune=commune_b, pk=doc.pk)).status_code == 404
    other = submit(commune_a, requester)
    assert client.get(url("document", other, pk=doc.pk)).status_code == 404


def test_a_refusal_shows_grounds_and_the_link_to_the_register(
    client, commune_a, cndp_a, requester, officer
):
    entry = PublishedInformation.unscoped.create(
        commune=commune_a, title="Budget 2025", summary="x"
    )
    request = answer(
        commune_a,
        submit(commune_a, requester),
        officer,
        outcome="refused",
        text="",
        grounds=["published"],
        details="Déjà publié.",
        already_published=entry,
    )
    html = client.get(url("track", request)).content.decode()
    assert "the information is already published" in html
    assert (
        reverse(
            "module-inforequests:register_detail",
            kwargs={"commune_slug": "commune-a", "pk": entry.pk},
        )
        in html
    )
    assert "You may complain to the president of the commune until" in html


def test_the_requester_files_a_complaint_then_sees_the_way_to_the_cdai(
    client, commune_a, cndp_a, officer, president
):
    request = register(commune_a, officer, days_ago(35))
    html = client.get(url("track", request)).content.decode()
    assert "has not answered" in html and "Send the complaint" in html
    response = client.post(url("complaint", request), {"text": "Aucune réponse."}, follow=True)
    html = response.content.decode()
    assert "Your complaint was sent to the president of the commune." in html
    assert "The Commission on the right of access to information (CDAI)" in html
    services.complaint_answer(
        commune=commune_a,
        complaint=request.complaint,
        actor=president,
        upheld=False,
        text="Les documents n'existent pas.",
    )
    html = client.get(url("track", request)).content.decode()
    assert "The complaint was rejected." in html and "n&#x27;existent pas" in html


def test_a_complaint_outside_the_window_is_refused(client, commune_a, cndp_a, requester):
    request = submit(commune_a, requester)
    response = client.post(url("complaint", request), {"text": "Trop tôt."}, follow=True)
    assert "The commune still has until" in response.content.decode()
    assert selectors.request_complaint(request) is None


def test_the_track_form_finds_the_request_by_its_code(
    client, commune_a, commune_b, cndp_a, requester
):
    request = submit(commune_a, requester)
    form = reverse("module-inforequests:track_form", kwargs={"commune_slug": commune_a.slug})
    response = client.get(form, {"code": request.tracking_code})
    assert response.status_code == 302 and response["Location"] == url("track", request)
    response = client.get(form, {"code": "nope"})
    assert "No request of this commune has this tracking code." in response.content.decode()
    other = reverse("module-inforequests:track_form", kwargs={"commune_slug": commune_b.slug})
    assert client.get(other, {"code": request.tracking_code}).status_code == 200


@pytest.mark.parametrize("events", [1, 6])
def test_the_page_runs_a_fixed_number_of_queries(
    client, commune_a, cndp_a, officer, events, django_assert_max_num_queries
):
    request = register(commune_a, officer, timezone.localdate())
    for _ in range(events - 1):
        services._event(request, "recalculated", note="x")
    with django_assert_max_num_queries(12):
        assert client.get(url("track", request)).status_code == 200
