"""The demo seeder: Ouezzane shows every stage of a request once; idempotent."""

from django.urls import reverse

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.ledger.models import Participation
from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import CommuneFactory, UserFactory
from moucharaka.core.workdays.models import CalendarDay
from moucharaka.modules.inforequests import demo
from moucharaka.modules.inforequests.models import Complaint, InfoRequest, PublishedInformation


def demo_commune(slug):
    commune = CommuneFactory(slug=slug, name_fr=slug.title())
    module_enable(commune=commune, key="inforequests")
    commune_role_grant(commune=commune, user=UserFactory(), role="information_officer")
    commune_role_grant(commune=commune, user=UserFactory(), role=CoreRole.ADMINISTRATOR)
    return commune


def officer_of(commune):
    return demo.holder(commune, "information_officer")


def test_it_seeds_every_stage_in_ouezzane_once(client, db):
    ouezzane, larache = demo_commune("ouezzane"), demo_commune("larache")
    for _ in range(2):
        demo.seed(commune=ouezzane)
        demo.seed(commune=larache)
    rows = InfoRequest.objects.for_commune(ouezzane)
    assert rows.count() == 8
    assert not InfoRequest.objects.for_commune(larache).exists()
    statuses = sorted(rows.values_list("status", flat=True))
    assert statuses.count("pending") == 4 and "partial" in statuses
    assert rows.filter(urgent=True).count() == 1 and rows.filter(extended_at__isnull=False)
    assert any(r.is_overdue for r in rows)
    refused = rows.get(refusal_grounds=["published"])
    assert refused.already_published == PublishedInformation.objects.for_commune(ouezzane).get()
    assert Complaint.objects.for_commune(ouezzane).get().answered_at is not None
    assert CalendarDay.objects.for_commune(ouezzane).count() == 1
    assert Participation.objects.for_commune(ouezzane).filter(kind="info_requested").count() == 8
    citizen = demo.citizen()
    assert rows.get(requester=citizen).channel == "online"
    for request in rows:
        url = reverse(
            "module-inforequests:track",
            kwargs={"commune_slug": "ouezzane", "code": request.tracking_code},
        )
        assert client.get(url).status_code == 200
    client.force_login(officer_of(ouezzane))
    for request in rows:
        inspect = reverse("inforequests_admin:inspect", args=[request.pk])
        assert client.get(inspect).status_code == 200
    assert client.get(reverse("inforequests_admin:index")).status_code == 200
    assert client.get(reverse("calendar_days:year")).status_code == 200
