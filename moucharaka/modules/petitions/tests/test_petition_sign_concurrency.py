"""Signing under concurrency, against the real PostgreSQL database: many signers at
once, each thread with its own connection, some with the same CNIE from different
accounts. No duplicate, no lost signature, an exact count."""

import threading
from collections import Counter

import pytest
from django.db import connection

from moucharaka.core.ledger.models import Participation
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.petitions import services
from moucharaka.modules.petitions.models import Basis, Petition, Signature
from moucharaka.modules.petitions.services import PetitionError

from .conftest import make_open

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: SQLite serialises every writer, so it cannot show "
        "that the row lock and the unique constraint hold under real concurrency",
    ),
]

DISTINCT = 30
DUPLICATES = 10  # the same CNIE again, from other accounts


def run_concurrently(jobs):
    """Start every job at the same moment, one thread (and DB connection) each."""
    barrier = threading.Barrier(len(jobs))
    results = [None] * len(jobs)

    def worker(index, job):
        try:
            barrier.wait()
            results[index] = job()
        except Exception as exc:  # noqa: BLE001 - the test inspects every outcome
            results[index] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads)
    return results


def test_it_counts_concurrent_signatures_exactly(commune_a, cndp_a, mandatary):
    petition = make_open(commune_a, mandatary)
    numbers = [f"CC{100000 + i}" for i in range(DISTINCT)]
    numbers += numbers[:DUPLICATES]
    signers = [UserFactory() for _ in numbers]

    def job(signer, number):
        return lambda: services.petition_sign(
            commune=commune_a,
            petition=petition,
            signer=signer,
            full_name="Concurrent",
            cnie=number,
            address="Larache",
            basis=Basis.RESIDENCE,
            declares_electoral_eligibility=True,
        )

    results = run_concurrently([job(s, n) for s, n in zip(signers, numbers, strict=True)])

    outcomes = Counter(
        "signed" if isinstance(r, Signature) else getattr(r, "code", repr(r)) for r in results
    )
    assert outcomes == {"signed": DISTINCT, "duplicate_cnie": DUPLICATES}, outcomes
    petition.refresh_from_db()
    rows = Signature.objects.for_commune(commune_a).filter(petition=petition)
    assert petition.signature_count == rows.count() == DISTINCT
    assert len(set(rows.values_list("cnie_hash", flat=True))) == DISTINCT
    ledger = Participation.objects.for_commune(commune_a).filter(kind="petition_signed")
    assert ledger.count() == DISTINCT


def test_it_keeps_one_signature_per_account_under_concurrency(commune_a, cndp_a, mandatary):
    petition = make_open(commune_a, mandatary)
    signer = UserFactory()

    def job(number):
        return lambda: services.petition_sign(
            commune=commune_a,
            petition=petition,
            signer=signer,
            full_name="Same account",
            cnie=number,
            address="Larache",
            basis=Basis.RESIDENCE,
            declares_electoral_eligibility=True,
        )

    results = run_concurrently([job(f"DA{100 + i}") for i in range(8)])
    assert sum(isinstance(r, Signature) for r in results) == 1
    assert all(isinstance(r, (Signature, PetitionError)) for r in results), results
    petition.refresh_from_db()
    assert petition.signature_count == 1


def test_it_numbers_concurrent_deposits_without_collision(commune_a, cndp_a, mandatary):
    petitions = []
    for index in range(6):
        petition = make_open(commune_a, mandatary, title=f"P{index}")
        Petition.objects.for_commune(commune_a).filter(pk=petition.pk).update(threshold=1)
        petition.refresh_from_db()
        services.petition_sign(
            commune=commune_a,
            petition=petition,
            signer=UserFactory(),
            full_name="x",
            cnie=f"DP{index}1",
            address="x",
            basis=Basis.RESIDENCE,
            declares_electoral_eligibility=True,
        )
        petitions.append(petition)

    results = run_concurrently(
        [
            (lambda p=p: services.petition_deposit(commune=commune_a, petition=p, actor=mandatary))
            for p in petitions
        ]
    )
    assert all(isinstance(r, Petition) for r in results), results
    numbers = {r.receipt_number for r in results}
    assert len(numbers) == len(petitions)
