"""Charter indicators at scale (issue 9): one commune with 1,000,000 ledger rows, 1,503
communes nationally, on PostgreSQL.

    .venv/bin/python bench/indicators.py            # seed once, then measure
    BENCH_DATABASE_URL=postgres://… .venv/bin/python bench/indicators.py --runs 7

Prints, as medians over several runs, the time of:
- the commune dashboard (all fourteen indicators, this period and the previous one);
- the national comparison of one figure over every commune;
- both right after a new act (the rollup is updated in the act's transaction);
- one new act itself (ledger row plus rollup);
and checks the rollup: its figures equal those grouped from the raw ledger, and it
equals a rebuild from the ledger.
Goals (issue 9): dashboard < 200 ms, national comparison < 1 s. Never run by the tests.
"""

from __future__ import annotations

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ensure_database, migrate, setup  # noqa: E402

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/bench_indicators"
ROWS = 1_000_000
ROWS_PER_OTHER_COMMUNE = 40
PEOPLE = 60_000


def seed(stdout) -> int:
    """Territories, every commune active, the ledger rows (bulk SQL, repeatable)."""
    from django.db import connection

    from moucharaka.core.ledger import rollup
    from moucharaka.core.ledger.models import Participation
    from moucharaka.core.territories.loader import load_territories
    from moucharaka.core.territories.models import Commune, District

    migrate()
    load_territories()
    Commune.objects.update(is_active=True)
    big = (
        Commune.objects.get(slug="beni-mellal")
        if Commune.objects.filter(slug="beni-mellal").exists()
        else Commune.objects.order_by("code").first()
    )
    if not District.objects.filter(commune=big).exists():
        District.objects.bulk_create(
            [District(commune=big, name_ar=f"حي {i}", name_fr=f"Quartier {i}") for i in range(12)]
        )
    districts = list(District.objects.filter(commune=big).values_list("pk", flat=True))
    if Participation.objects.for_commune(big).count() >= ROWS:
        return big.pk
    stdout.write(
        f"seeding {ROWS:,} ledger rows in {big.slug}, {ROWS_PER_OTHER_COMMUNE} elsewhere…\n"
    )
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM ledger_participantperiod")
        cursor.execute("DELETE FROM ledger_participation")
        # Two years of acts by PEOPLE people (paper keys), a quarter of them with demographics.
        cursor.execute(
            """
            INSERT INTO ledger_participation
              (commune_id, person_id, person_key, participant, kind, module, object_type,
               object_id, channel, occurred_at, gender, age_band, district_id, disability)
            SELECT %(commune)s, NULL, 'p' || (n %% %(people)s), 'kp' || (n %% %(people)s),
                   k.kind, k.module, '', '',
                   CASE WHEN n %% 5 = 0 THEN 'paper' ELSE 'online' END,
                   TIMESTAMPTZ '2025-01-01 08:00+01'
                     + ((n * 631) %% (730 * 86400)) * INTERVAL '1 second',
                   CASE WHEN (n %% %(people)s) %% 4 = 0 THEN
                        (CASE WHEN (n %% %(people)s) %% 8 = 0 THEN 'female' ELSE 'male' END)
                        ELSE '' END,
                   CASE WHEN (n %% %(people)s) %% 4 = 0 THEN
                        (ARRAY['u18','18_29','30_44','45_59','60p'])[1 + (n %% %(people)s) %% 5]
                        ELSE '' END,
                   CASE WHEN (n %% %(people)s) %% 4 = 0 THEN
                        (%(districts)s::int[])[1 + (n %% %(people)s) %% %(ndistricts)s] END,
                   CASE WHEN (n %% %(people)s) %% 4 = 0 THEN (n %% %(people)s) %% 20 = 0 END
            FROM generate_series(1, %(rows)s) AS n
            CROSS JOIN LATERAL (
              SELECT (ARRAY['suggestion_submitted','suggestion_supported','comment_posted',
                            'petition_signed','meeting_attended'])[1 + n %% 5] AS kind,
                     (ARRAY['suggestions','suggestions','suggestions','petitions',
                            'meetings'])[1 + n %% 5] AS module
            ) AS k
            """,
            {
                "commune": big.pk,
                "people": PEOPLE,
                "rows": ROWS,
                "districts": districts,
                "ndistricts": len(districts),
            },
        )
        cursor.execute(
            """
            INSERT INTO ledger_participation
              (commune_id, person_id, person_key, participant, kind, module, object_type,
               object_id, channel, occurred_at, gender, age_band, district_id, disability)
            SELECT c.id, NULL, 'q' || (n %% 25), 'kq' || (n %% 25), 'suggestion_submitted',
                   'suggestions', '', '',
                   'online', TIMESTAMPTZ '2025-01-01 08:00+01'
                     + (n * 86400 * 17 %% (730 * 86400)) * INTERVAL '1 second',
                   CASE WHEN n %% 2 = 0 THEN 'female' ELSE 'male' END, '', NULL, NULL
            FROM territories_commune c CROSS JOIN generate_series(1, %(rows)s) AS n
            WHERE c.id <> %(commune)s
            """,
            {"commune": big.pk, "rows": ROWS_PER_OTHER_COMMUNE},
        )
    rows = rollup.rebuild()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE ledger_participation")
        cursor.execute("ANALYZE ledger_participantperiod")
    stdout.write(f"  seeded in {time.perf_counter() - started:.0f} s ({rows:,} rollup rows)\n")
    return big.pk


def timed(function, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    ensure_database(url)
    setup(url)

    from django.db import connection

    from moucharaka.core.indicators import figures
    from moucharaka.core.indicators.measures import measure_by_key
    from moucharaka.core.indicators.periods import ReportingPeriod
    from moucharaka.core.indicators.selectors import commune_dashboard, comparison
    from moucharaka.core.ledger import rollup
    from moucharaka.core.ledger.models import ParticipantPeriod, Participation
    from moucharaka.core.ledger.services import participation_record
    from moucharaka.core.territories.models import Commune

    commune_id = seed(sys.stdout)
    commune = Commune.objects.get(pk=commune_id)
    communes = list(Commune.objects.filter(is_active=True).select_related("province"))
    quarter, year = ReportingPeriod.quarter(2026, 2), ReportingPeriod.year(2025)
    participants = measure_by_key("participants")
    rows_in_commune = Participation.objects.for_commune(commune).count()
    total_rows = Participation.objects.across_communes().count()

    def new_act():
        participation_record(
            commune=commune,
            kind="suggestion_submitted",
            module="suggestions",
            person_key=f"new{time.perf_counter_ns()}",
            occurred_at=year.bounds[0].replace(month=6),
        )

    def after_new_act(function):
        def run():
            new_act()
            return function()

        return run

    results = []
    for label, period in (("quarter 2026-Q2", quarter), ("year 2025", year)):
        results.append(
            (
                f"commune dashboard, {label}",
                *timed(lambda p=period: commune_dashboard(commune, p), args.runs),
            )
        )
    national = lambda: comparison(communes, participants, year)  # noqa: E731
    results.append(("national comparison, year 2025", *timed(national, args.runs)))
    results.append(
        ("commune dashboard, year, after a new act",
         *timed(after_new_act(lambda: commune_dashboard(commune, year)), args.runs))
    )  # fmt: skip
    results.append(
        ("national comparison, after a new act", *timed(after_new_act(national), args.runs))
    )
    results.append(("one new act (ledger row + rollup)", *timed(new_act, args.runs * 4)))

    # Correctness: the rollup's figures equal those grouped from the raw ledger (a range
    # one microsecond short of the year is not a rollup period), and a rebuild.
    start, end = year.bounds
    from_rollup = figures.compute(commune_ids=[commune.pk], period=(start, end))
    from_ledger = figures.compute(
        commune_ids=[commune.pk], period=(start, end - datetime.timedelta(microseconds=1))
    )
    ledger_ms, _ = timed(
        lambda: figures.compute(
            commune_ids=[commune.pk], period=(start, end - datetime.timedelta(microseconds=1))
        ),
        1,
    )
    results.append(("(raw ledger, year, for comparison)", ledger_ms, None))
    before = sorted(ParticipantPeriod.objects.for_commune(commune).values_list(
        "period", "participant", "acts", "gender", "age_band", "district_id", "disability"
    ))  # fmt: skip
    rollup.rebuild(communes=[commune])
    after = sorted(ParticipantPeriod.objects.for_commune(commune).values_list(
        "period", "participant", "acts", "gender", "age_band", "district_id", "disability"
    ))  # fmt: skip
    mismatches = [] if from_rollup == from_ledger and before == after else [commune.slug]

    print()
    print(
        f"PostgreSQL {connection.cursor().connection.info.server_version}, "
        f"{total_rows:,} ledger rows ({rows_in_commune:,} in {commune.slug}), "
        f"{len(communes):,} communes, median of {args.runs} runs"
    )
    print(f"{'measure':<46} {'ms':>9}")
    for label, ms, _result in results:
        print(f"{label:<46} {ms:>9.1f}")
    verdict = "yes" if not mismatches else f"NO: {mismatches[:5]}"
    print(f"rollup equal to the raw ledger and to a rebuild: {verdict}")


if __name__ == "__main__":
    main()
