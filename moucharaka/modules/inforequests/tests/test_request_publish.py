"""Proactive publication (art. 10): an answer goes to the public register without
personal data; its documents are copied to public storage."""

import pytest

from moucharaka.modules.inforequests import services
from moucharaka.modules.inforequests.models import AnswerDocument, PublishedDocument
from moucharaka.modules.inforequests.services import InfoRequestError

from .conftest import answer, pdf_file, submit


@pytest.fixture
def answered(commune_a, cndp_a, requester, officer):
    request = submit(commune_a, requester)
    return answer(
        commune_a,
        request,
        officer,
        text="Le budget 2025 est joint.",
        documents=[("Budget 2025", pdf_file()), ("Lettre à Salma Bennani", pdf_file("l.pdf"))],
    )


def publish(commune, request, officer, **overrides):
    data = {"title": "Budget 2025", "summary": "Le budget adopté pour 2025, par chapitre."}
    data.update(overrides)
    return services.request_publish(commune=commune, request=request, actor=officer, **data)


def test_it_publishes_text_and_chosen_documents_publicly(commune_a, answered, officer, settings):
    budget = AnswerDocument.objects.for_commune(commune_a).get(title="Budget 2025")
    entry = publish(commune_a, answered, officer, documents=[budget])
    assert entry.source_request == answered and entry.published_by == officer
    copy = PublishedDocument.objects.for_commune(commune_a).get(publication=entry)
    assert copy.file.url.startswith("/media/inforequests/register/")
    assert copy.file.read() == b"%PDF-1.4 budget"
    assert answered.events.filter(kind="published").exists()


@pytest.mark.parametrize(
    "overrides",
    [
        {"summary": "Demandé par Salma Bennani."},
        {"summary": "CNIE AB123456"},
        {"title": "Réponse — salma@example.ma"},
        {"summary": "Tél. 0612345678"},
    ],
)
def test_it_refuses_personal_data(commune_a, answered, officer, overrides):
    with pytest.raises(InfoRequestError) as error:
        publish(commune_a, answered, officer, **overrides)
    assert error.value.code == "personal_data"


def test_a_documents_title_with_the_requesters_name_is_refused(commune_a, answered, officer):
    letter = AnswerDocument.objects.for_commune(commune_a).get(title__startswith="Lettre")
    with pytest.raises(InfoRequestError):
        publish(commune_a, answered, officer, documents=[letter])


def test_a_refusal_cannot_be_published(commune_a, cndp_a, requester, officer):
    refused = answer(
        commune_a,
        submit(commune_a, requester),
        officer,
        outcome="refused",
        grounds=["unclear"],
        details="x",
    )
    with pytest.raises(InfoRequestError):
        publish(commune_a, refused, officer)


def test_another_requests_document_is_refused(commune_a, answered, cndp_a, requester, officer):
    other = answer(
        commune_a, submit(commune_a, requester), officer, documents=[("Plan", pdf_file())]
    )
    plan = AnswerDocument.objects.for_commune(commune_a).get(request=other)
    with pytest.raises(ValueError):
        publish(commune_a, answered, officer, documents=[plan])


def test_only_the_officer_publishes(commune_a, answered, president):
    with pytest.raises(PermissionError):
        publish(commune_a, answered, president)
