"""The response: answer with documents, partial answer, reasoned refusal (art. 18) and
"already published" linking to the register."""

import pytest
from django.utils import timezone

from moucharaka.core.notifications.models import Notification
from moucharaka.modules.inforequests import services
from moucharaka.modules.inforequests.models import AnswerDocument, PublishedInformation
from moucharaka.modules.inforequests.services import InfoRequestError

from .conftest import answer, days_ago, pdf_file, register, submit


def test_it_answers_with_documents_in_private_storage(
    commune_a, cndp_a, requester, officer, settings
):
    request = submit(commune_a, requester)
    request = answer(
        commune_a, request, officer, documents=[("Budget 2025", pdf_file())], text="Ci-joint."
    )
    assert request.status == "answered" and request.responded_by == officer
    assert request.responded_in_time is True and request.working_days_to_respond == 0
    doc = AnswerDocument.objects.for_commune(commune_a).get(request=request)
    assert doc.title == "Budget 2025"
    private_root = settings.STORAGES["private"]["OPTIONS"]["location"]
    media_root = settings.STORAGES["default"]["OPTIONS"]["location"]
    assert doc.file.path.startswith(private_root) and not doc.file.path.startswith(media_root)
    note = Notification.objects.get(recipient=requester, event="inforequests.responded")
    assert "art. 19" in note.body


def test_a_late_answer_is_counted_in_working_days(commune_a, cndp_a, officer):
    request = register(commune_a, officer, days_ago(60))
    request = answer(commune_a, request, officer)
    assert request.responded_in_time is False
    assert request.working_days_to_respond > 20


def test_a_refusal_gives_its_legal_grounds_and_reasons(commune_a, cndp_a, requester, officer):
    request = submit(commune_a, requester)
    request = answer(
        commune_a,
        request,
        officer,
        outcome="refused",
        text="",
        grounds=["private_life", "private_life"],
        details="Le dossier concerne un tiers.",
    )
    assert request.status == "refused" and request.refusal_grounds == ["private_life"]
    assert request.refusal_ground_labels() == ["private life or personal data of others (art. 7)"]


@pytest.mark.parametrize(
    "overrides, code",
    [
        ({"grounds": []}, "grounds"),
        ({"details": ""}, "details"),
        ({"grounds": ["published"]}, "published"),
    ],
)
def test_a_refusal_without_reasons_is_refused(
    commune_a, cndp_a, requester, officer, overrides, code
):
    request = submit(commune_a, requester)
    data = {"outcome": "refused", "grounds": ["unclear"], "details": "Trop vague."}
    data.update(overrides)
    with pytest.raises(InfoRequestError) as error:
        answer(commune_a, request, officer, **data)
    assert error.value.code == code
    request.refresh_from_db()
    assert request.is_pending


def test_already_published_links_to_the_register(commune_a, cndp_a, requester, officer):
    entry = PublishedInformation.unscoped.create(
        commune=commune_a, title="Budget 2025", summary="Le budget."
    )
    request = answer(
        commune_a,
        submit(commune_a, requester),
        officer,
        outcome="refused",
        grounds=["published"],
        details="Voir le registre.",
        already_published=entry,
    )
    assert request.already_published == entry


def test_a_register_entry_of_another_commune_is_refused(
    commune_a, commune_b, cndp_a, requester, officer
):
    entry = PublishedInformation.unscoped.create(commune=commune_b, title="x", summary="y")
    with pytest.raises(ValueError):
        answer(
            commune_a,
            submit(commune_a, requester),
            officer,
            outcome="refused",
            grounds=["published"],
            details="x",
            already_published=entry,
        )


def test_a_partial_answer_gives_something_and_refuses_the_rest(
    commune_a, cndp_a, requester, officer
):
    request = answer(
        commune_a,
        submit(commune_a, requester),
        officer,
        outcome="partial",
        text="Le budget global.",
        grounds=["in_preparation"],
        details="Le détail par chapitre est en préparation.",
    )
    assert request.status == "partial" and request.response_text == "Le budget global."
    with pytest.raises(InfoRequestError):
        answer(
            commune_a,
            submit(commune_a, requester),
            officer,
            outcome="partial",
            text="",
            grounds=["unclear"],
            details="x",
        )


def test_an_answer_gives_something(commune_a, cndp_a, requester, officer):
    with pytest.raises(InfoRequestError) as error:
        answer(commune_a, submit(commune_a, requester), officer, text=" ")
    assert error.value.code == "empty"


def test_it_answers_only_once(commune_a, cndp_a, requester, officer):
    request = answer(commune_a, submit(commune_a, requester), officer)
    with pytest.raises(InfoRequestError):
        answer(commune_a, request, officer)
    assert request.responded_at <= timezone.now()


def test_only_the_communes_officer_answers(commune_a, cndp_a, requester, president, officer_b):
    request = submit(commune_a, requester)
    for actor in (president, officer_b):
        with pytest.raises(PermissionError):
            services.request_respond(
                commune=commune_a, request=request, actor=actor, outcome="answered", text="x"
            )
