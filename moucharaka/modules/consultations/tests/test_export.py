"""The manifest's export: public contributions, no personal data."""

import pytest
from django.utils import timezone

from moucharaka.core.ledger.selectors import Period
from moucharaka.core.registry.manifests import registry
from moucharaka.modules.consultations import services

from .conftest import paragraph

pytestmark = pytest.mark.usefixtures("module_on")


def test_it_exports_what_was_said_and_what_the_commune_made_of_it(
    commune_a, officer, open_a, citizen, moderator
):
    citizen.display_name = "Citizen Name"
    citizen.save()
    kept = services.contribution_post(
        commune=commune_a,
        consultation=open_a,
        author=citizen,
        body="صيغة أوضح",
        stance="reword",
        paragraph=paragraph(open_a, 1, 2),
        proposed_text="الصيغة المقترحة",
    )
    hidden = services.contribution_post(
        commune=commune_a, consultation=open_a, author=citizen, body="إساءة", stance="comment"
    )
    services.contribution_hide(
        contribution=hidden.consultation_contribution, actor=moderator, reason="r"
    )
    point = services.point_save(consultation=open_a, actor=officer, summary_ar="الوضوح")
    services.contribution_classify(
        contribution=kept.consultation_contribution, actor=officer, tags=["الصياغة"], point=point
    )
    rows = list(registry.get("consultations").exports["consultations"](commune=commune_a))
    assert rows == [
        {
            "consultation": open_a.pk,
            "consultation_title": open_a.title_ar,
            "paragraph": "1.2",
            "stance": "reword",
            "text": "صيغة أوضح",
            "proposed_wording": "الصيغة المقترحة",
            "channel": "online",
            "source": "",
            "date": kept.created_at.date().isoformat(),
            "tags": "الصياغة",
            "main_point": "الوضوح",
            "response": "",
        }
    ]
    assert "Citizen Name" not in str(rows) and citizen.email not in str(rows)
    last_year = Period.year(timezone.localdate().year - 1)
    assert (
        list(
            registry.get("consultations").exports["consultations"](
                commune=commune_a, period=last_year
            )
        )
        == []
    )
