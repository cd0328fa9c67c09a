"""The benchmark seeder (bench/seeding.py, issue 10) at a tiny scale: its rows are valid
for the ORM and the pages, the burst accounts can sign, and a second run writes nothing."""

import io
import json

from django.db import connection
from django.db.models import Count, F, Q
from django.test.utils import CaptureQueriesContext

from bench.seeding import seed, targets
from moucharaka.core.accounts.models import User
from moucharaka.core.comments.models import Comment
from moucharaka.core.identity.cnie import is_valid_cnie
from moucharaka.core.ledger.models import ParticipantPeriod, Participation
from moucharaka.core.ledger.rollup import rebuild
from moucharaka.modules.petitions.models import Petition, Signature
from moucharaka.modules.suggestions.models import Suggestion, Support

SCALE, BURST = 0.002, 20
WRITES = ("INSERT", "UPDATE", "DELETE")


def run():
    return seed(scale=SCALE, burst_signers=BURST, stdout=io.StringIO())


def rollup_rows(commune_id):
    return sorted(
        ParticipantPeriod.objects.for_commune(commune_id).values_list(
            "period", "participant", "acts", "gender", "age_band", "district_id", "disability"
        )
    )


def test_seed_at_a_small_scale(db, client):
    summary = run()
    json.dumps(summary)
    want, counts = targets(SCALE), summary["counts"]
    commune_id = summary["commune_id"]

    # The counts of the scale, measured from the database.
    assert counts["communes"] == 1503
    for key in ("suggestions", "comments", "supports", "petitions", "signatures"):
        assert counts[key] == want[key], key
    filed = Petition.objects.for_commune(commune_id).filter(deposited_at__isnull=False).count()
    assert filed >= 1
    acts = want["suggestions"] + want["comments"] + want["supports"] + want["signatures"]
    assert counts["ledger_rows"] == acts + filed

    # Denormalised counters equal their rows; the rollup equals a rebuild.
    supports = dict(
        Support.objects.for_commune(commune_id)
        .values_list("suggestion_id")
        .annotate(n=Count("pk"))
        .values_list("suggestion_id", "n")
    )
    for pk, supports_count in Suggestion.objects.for_commune(commune_id).values_list(
        "pk", "supports_count"
    ):
        assert supports_count == supports.get(pk, 0)
    own = Support.objects.for_commune(commune_id).filter(user_id=F("suggestion__author_id"))
    assert not own.exists()
    petitions = Petition.objects.for_commune(commune_id).annotate(
        rows=Count("signatures"), paper=Count("signatures", filter=Q(signatures__channel="paper"))
    )
    for petition in petitions:
        assert petition.signature_count == petition.rows, petition.pk
        assert petition.paper_signature_count == petition.paper, petition.pk
        if petition.status in ("deposited", "admissible", "accepted", "rejected"):
            assert petition.threshold_met and petition.receipt_number
    assert (
        Suggestion.objects.for_commune(commune_id).exclude(title_normalized="").count()
        == (want["suggestions"])
    )
    before = rollup_rows(commune_id)
    assert before
    rebuild(communes=[commune_id])
    assert rollup_rows(commune_id) == before

    # The pages the benchmark reads.
    slug = summary["commune_slug"]
    suggestion = Suggestion.objects.for_commune(commune_id).get(pk=summary["suggestion_id"])
    assert not suggestion.is_hidden
    assert summary["suggestion_comments"] >= 10
    assert Comment.objects.for_commune(commune_id).filter(target_id=suggestion.pk).count() >= 10
    assert client.get(f"/ar/{slug}/").status_code == 200
    assert client.get(f"/ar/{slug}/suggestions/").status_code == 200
    last = summary["suggestion_pages"]
    assert client.get(f"/ar/{slug}/suggestions/?page={last}").status_code == 200
    response = client.get(f"/ar/{slug}/suggestions/{suggestion.pk}/")
    assert response.status_code == 200
    assert suggestion.title in response.content.decode()
    petition = Petition.objects.for_commune(commune_id).get(pk=summary["petition_id"])
    assert petition.signature_count >= petition.threshold
    assert client.get(f"/fr/{slug}/petitions/").status_code == 200
    assert client.get(f"/ar/{slug}/petitions/{petition.pk}/").status_code == 200

    # The burst: accounts that signed nothing, numbers nobody used, a petition open.
    burst = Petition.objects.for_commune(commune_id).get(pk=summary["burst_petition_id"])
    assert burst.status == "collecting" and burst.kind == "citizens"
    assert len(summary["burst_user_ids"]) == len(set(summary["burst_user_ids"])) == BURST
    assert len(set(summary["burst_cnies"])) == BURST
    assert all(is_valid_cnie(number) for number in summary["burst_cnies"])
    burst_users = User.objects.filter(pk__in=summary["burst_user_ids"], is_active=True)
    assert burst_users.count() == BURST
    assert (
        not Signature.objects.for_commune(commune_id)
        .filter(signer__in=summary["burst_user_ids"])
        .exists()
    )
    assert (
        not Participation.objects.for_commune(commune_id)
        .filter(person__in=summary["burst_user_ids"])
        .exists()
    )

    # A second run reads and writes nothing.
    with CaptureQueriesContext(connection) as queries:
        again = run()
    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(WRITES)]
    assert not writes and not again["written"]
    assert again["counts"] == counts
    assert again["burst_petition_id"] == burst.pk

    # Two burst accounts sign through the real view.
    pairs = zip(summary["burst_user_ids"][:2], summary["burst_cnies"][:2], strict=True)
    for user_id, cnie in pairs:
        client.force_login(User.objects.get(pk=user_id))
        response = client.post(
            f"/ar/{slug}/petitions/{burst.pk}/sign/",
            {
                "full_name": "مواطن تجريبي",
                "cnie": cnie,
                "address": "حي الأمل، العرائش",
                "basis": "residence",
                "declares_electoral_eligibility": "on",
                "declares_truth": "on",
            },
        )
        assert response.status_code == 302, response.content.decode()[:2000]
    signed = Signature.objects.for_commune(commune_id).filter(
        petition=burst, signer__in=summary["burst_user_ids"]
    )
    assert signed.count() == 2
    burst.refresh_from_db()
    assert (
        burst.signature_count
        == Signature.objects.for_commune(commune_id).filter(petition=burst).count()
    )

    # The next run puts the burst petition back as seeded, without reseeding the rest.
    restored = run()
    assert restored["written"] and "burst petition restored" in restored["steps"]
    assert restored["counts"] == counts
    assert not signed.exists()
    assert Suggestion.objects.for_commune(commune_id).get(pk=suggestion.pk)  # not reseeded
    assert rollup_rows(commune_id) == before


def test_the_burst_requests_are_accepted_by_the_sign_view(db, tmp_path):
    """What wrk sends in the signature burst (bench/run.py write_signers, bench/wrk/
    sign.lua): each line's session, CSRF cookie and form body sign once, CSRF enforced;
    then the runner's check finds nothing lost, duplicated or miscounted."""
    from django.test import Client

    from bench.run import check_signatures, write_signers

    summary = run()
    ids, cnies = summary["burst_user_ids"][:3], summary["burst_cnies"][:3]
    users = [User.objects.get(pk=pk) for pk in ids]
    signers = tmp_path / "signers.tsv"
    write_signers(signers, users, cnies)
    path = f"/ar/{summary['commune_slug']}/petitions/{summary['burst_petition_id']}/sign/"
    lines = signers.read_text().splitlines()
    assert len(lines) == 3
    for line in lines:
        cookie, body, address = line.split("\t")
        client = Client(enforce_csrf_checks=True)
        for pair in cookie.split("; "):
            name, value = pair.split("=", 1)
            client.cookies[name] = value
        response = client.post(
            path,
            body,
            content_type="application/x-www-form-urlencoded",
            HTTP_ORIGIN="http://testserver",
            REMOTE_ADDR=address,
        )
        assert response.status_code == 302, response.content[:500]
    assert check_signatures(summary["burst_petition_id"], ids, acknowledged=3) == {
        "stored": 3,
        "lost": 0,
        "stored_unacknowledged": 0,
        "duplicated": 0,
        "counter_drift": 0,
    }
