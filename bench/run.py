"""Public pages under a production-like stack, side by side with nginx's ceiling (issue 10).

    make bench                                  # the whole benchmark, defaults below
    .venv/bin/python -m bench.run --runs 5 --duration 10 --connections 50

What it does, all on loopback, starting nothing it does not stop:
1. seeds the bench database once (`bench/seeding.py`: one commune at national scale, the
   1,503 communes), collects static files, empties the bench Redis database;
2. starts the project under gunicorn (`deploy/gunicorn.conf.py`, production settings,
   PostgreSQL, Redis) and nginx in front of it as in `deploy/nginx.conf`; every request
   goes through nginx, as in production;
3. saves each page's response bytes once and serves them as files from a second nginx
   server: the ceiling;
4. for each page, `--runs` times: wrk on the app, then wrk on its ceiling (medians);
5. a signature burst per run: distinct signed-in citizens POST the sign form at once; then
   checks in the database that every acknowledged signature is there exactly once;
6. first-load weight of each page through nginx, measured by Chromium;
7. peak RSS of a gunicorn worker during the run.
Prints a table and the targets (reported, never asserted); writes `var/bench/results.json`.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import load, stack  # noqa: E402
from bench.common import ensure_database, setup  # noqa: E402
from bench.weight import first_load_weights  # noqa: E402

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/bench"
# A Redis database of its own: the run starts with an empty cache.
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/7"
TARGETS = {
    "p95_ms": 50,
    "ceiling_ratio": 0.5,
    "signatures_per_s": 400,
    "weight_kb": 60,
    "rss_mb": 150,
}


def page_paths(summary: dict) -> dict[str, str]:
    slug = summary["commune_slug"]
    return {
        "platform home": "/ar/",
        "commune home": f"/ar/{slug}/",
        "suggestions, page 1": f"/ar/{slug}/suggestions/",
        "suggestions, deep page": f"/ar/{slug}/suggestions/?page={summary['suggestion_pages']}",
        "suggestion detail": f"/ar/{slug}/suggestions/{summary['suggestion_id']}/",
        "petitions register": f"/ar/{slug}/petitions/",
        "petition detail": f"/ar/{slug}/petitions/{summary['petition_id']}/",
    }


def fetch(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})
    with urllib.request.urlopen(request, timeout=30) as response:
        if response.status != 200:
            raise RuntimeError(f"{url} answered {response.status}")
        return response.read()


def write_signers(path: Path, users, cnies) -> int:
    """One line per signer: a real session (in Redis, as a login makes), a CSRF cookie and
    the sign form's body, and the client address nginx would forward."""
    import secrets

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.utils.module_loading import import_string

    session_store = import_string(f"{settings.SESSION_ENGINE}.SessionStore")
    backend = settings.AUTHENTICATION_BACKENDS[0]
    lines = []
    for number, (user, cnie) in enumerate(zip(users, cnies, strict=True)):
        session = session_store()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = backend
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        csrf = secrets.token_hex(16)  # an unmasked secret of CSRF_SECRET_LENGTH characters
        body = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": csrf,
                "full_name": f"مواطن تجريبي {number}",
                "cnie": cnie,
                "address": f"حي السلام، زنقة {number % 90 + 1}، العرائش",
                "basis": "residence",
                "declares_electoral_eligibility": "on",
                "declares_truth": "on",
            }
        )
        cookie = (
            f"{settings.SESSION_COOKIE_NAME}={session.session_key}; "
            f"{settings.CSRF_COOKIE_NAME}={csrf}"
        )
        address = f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}"
        lines.append(f"{cookie}\t{body}\t{address}")
    path.write_text("\n".join(lines) + "\n")
    return len(lines)


def check_signatures(petition_id: int, user_ids: list[int], acknowledged: int) -> dict:
    """Every acknowledged signature stored once; the petition's counter agrees. Waits for
    the requests still in flight when wrk stopped to commit first."""
    from django.db.models import Count

    from moucharaka.modules.petitions.models import Petition, Signature

    rows = Signature.objects.across_communes().filter(
        petition_id=petition_id, signer_id__in=user_ids
    )
    stored, previous = rows.count(), -1
    while stored != previous:
        time.sleep(1)
        stored, previous = rows.count(), stored
    per_signer = rows.values("signer_id").annotate(n=Count("id")).filter(n__gt=1).count()
    per_cnie = rows.values("cnie_hash").annotate(n=Count("id")).filter(n__gt=1).count()
    # The counter and the rows in one statement: one snapshot of both.
    counter, counted = (
        Petition.objects.across_communes()
        .filter(pk=petition_id)
        .annotate(rows=Count("signatures"))
        .values_list("signature_count", "rows")
        .get()
    )
    return {
        "stored": stored,
        "lost": max(0, acknowledged - stored),
        "stored_unacknowledged": max(0, stored - acknowledged),
        "duplicated": per_signer + per_cnie,
        "counter_drift": counter - counted,
    }


def machine() -> dict:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory_kb = int(Path("/proc/meminfo").read_text().split()[1])

    def version(command):
        try:
            result = subprocess.run(command, capture_output=True, text=True)
            return (result.stdout or result.stderr).strip().splitlines()[0]
        except (OSError, IndexError):
            return "?"

    return {
        "cpu": f"{os.cpu_count()} × {cpu}",
        "memory_gib": round(memory_kb / 2**20, 1),
        "load_average": os.getloadavg(),
        "python": platform.python_version(),
        "postgresql": version(["psql", "--version"]),
        "redis": version(["redis-server", "--version"]),
        "nginx": version(["nginx", "-v"]),
        "wrk": version(["wrk", "--version"]),
    }


def median_of(runs: list[dict], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL)
    )
    parser.add_argument("--redis-url", default=os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS_URL))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--scale", type=float, default=1.0, help="of the seeded data")
    parser.add_argument("--signers", type=int, default=8000, help="per burst run")
    parser.add_argument("--only", help="measure only the pages whose name contains this")
    args = parser.parse_args()

    stack.require_programs()
    ensure_database(args.database_url)
    env = stack.bench_environment(args.database_url, args.redis_url)
    os.environ.update(env)
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's loop in this thread
    setup(args.database_url)

    from django.contrib.auth import get_user_model
    from django.core.cache import cache
    from django.core.management import call_command

    from bench.seeding import seed

    call_command("migrate", "--noinput", verbosity=0)
    summary = seed(scale=args.scale, burst_signers=args.signers * args.runs, stdout=sys.stdout)
    call_command("collectstatic", "--noinput", verbosity=0)
    cache.clear()
    info = machine()
    print(
        f"machine: {info['cpu']}, {info['memory_gib']} GiB, "
        f"load {', '.join(f'{x:.1f}' for x in info['load_average'])}"
    )
    print(f"data: {summary['counts']}")

    paths = page_paths(summary)
    if args.only:
        paths = {name: path for name, path in paths.items() if args.only in name}
    proxy_url = f"http://{stack.HOST}:{stack.PROXY_PORT}"
    users = get_user_model().objects.in_bulk(summary["burst_user_ids"])
    signers_by_run = [
        (
            [users[pk] for pk in summary["burst_user_ids"][i :: args.runs]],
            summary["burst_cnies"][i :: args.runs],
        )
        for i in range(args.runs)
    ]

    pages, bursts = {name: {"app": [], "ceiling": []} for name in paths}, []
    with stack.Gunicorn(env) as app, stack.Nginx() as nginx:
        ceilings = {
            name: nginx.save_ceiling_page(f"page{i}", fetch(proxy_url + path))
            for i, (name, path) in enumerate(paths.items())
        }
        weights = first_load_weights({name: proxy_url + path for name, path in paths.items()})
        for url in [proxy_url + path for path in paths.values()]:  # warm up every worker
            load.measure_page(url, connections=args.connections, seconds=2)
        for run in range(args.runs):
            for name, path in paths.items():
                pages[name]["app"].append(
                    load.measure_page(
                        proxy_url + path, connections=args.connections, seconds=args.duration
                    )
                )
                pages[name]["ceiling"].append(
                    load.measure_page(
                        ceilings[name], connections=args.connections, seconds=args.duration
                    )
                )
            run_users, run_cnies = signers_by_run[run]
            signers_file = stack.WORK / f"signers-{run}.tsv"
            write_signers(signers_file, run_users, run_cnies)
            burst = load.signature_burst(
                proxy_url,
                f"/ar/{summary['commune_slug']}/petitions/{summary['burst_petition_id']}/sign/",
                signers_file,
                connections=args.connections,
                seconds=args.duration,
            )
            burst.update(
                check_signatures(
                    summary["burst_petition_id"], [user.pk for user in run_users], burst["accepted"]
                )
            )
            burst["per_second"] = burst["accepted"] / burst["seconds"]
            bursts.append(burst)
            print(f"run {run + 1}/{args.runs} done", flush=True)
        peak_rss_mb = app.peak_rss_kb / 1024

    report(pages, weights, bursts, peak_rss_mb, info, summary, args)


def report(pages, weights, bursts, peak_rss_mb, info, summary, args) -> None:
    rows = []
    for name, runs in pages.items():
        app_rps, ceiling_rps = median_of(runs["app"], "rps"), median_of(runs["ceiling"], "rps")
        rows.append(
            {
                "page": name,
                "rps": app_rps,
                "ceiling_rps": ceiling_rps,
                "ratio": app_rps / ceiling_rps,
                "p50": median_of(runs["app"], "p50"),
                "p95": median_of(runs["app"], "p95"),
                "p99": median_of(runs["app"], "p99"),
                "errors": sum(r["non_2xx"] + r["socket_errors"] for r in runs["app"]),
                "weight_kb": weights[name]["bytes"] / 1024,
                "requests": weights[name]["requests"],
            }
        )
    print()
    print(f"{args.connections} connections, {args.duration} s per run, median of {args.runs} runs")
    header = (
        f"{'page':<24}{'req/s':>8}{'nginx':>9}{'ratio':>7}{'p50 ms':>8}{'p95 ms':>8}"
        f"{'p99 ms':>8}{'errors':>7}{'weight KB':>10}{'files':>6}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        print(
            f"{row['page']:<24}{row['rps']:>8.0f}{row['ceiling_rps']:>9.0f}"
            f"{row['ratio']:>7.1%}{row['p50']:>8.1f}{row['p95']:>8.1f}{row['p99']:>8.1f}"
            f"{row['errors']:>7}{row['weight_kb']:>10.1f}{row['requests']:>6}"
        )
    rate = statistics.median(b["per_second"] for b in bursts)
    lost = sum(b["lost"] for b in bursts)
    duplicated = sum(b["duplicated"] for b in bursts)
    drift = max(abs(b["counter_drift"]) for b in bursts)
    print()
    per_run = ", ".join(f"{b['per_second']:.0f}" for b in bursts)
    print(
        f"signature burst: {rate:.0f} accepted signatures/s (median; per run {per_run}), "
        f"p95 {statistics.median(b['p95'] for b in bursts):.0f} ms; "
        f"{sum(b['accepted'] for b in bursts)} acknowledged, {lost} lost, {duplicated} "
        f"duplicated, {sum(b['refused'] for b in bursts)} refused, "
        f"{sum(b['failed'] for b in bursts)} failed, counter drift {drift}"
        + (
            " — signer pool exhausted, raise --signers"
            if any(b["exhausted_threads"] for b in bursts)
            else ""
        )
    )
    print(f"peak RSS of a gunicorn worker: {peak_rss_mb:.0f} MB")
    worst_p95 = max((row["p95"] for row in rows), default=0)
    worst_ratio = min((row["ratio"] for row in rows), default=1)
    heaviest = max((row["weight_kb"] for row in rows), default=0)
    print()
    print("targets (reported, not asserted):")
    for label, ok in [
        (
            f"p95 < {TARGETS['p95_ms']} ms on every page: worst {worst_p95:.0f} ms",
            worst_p95 < TARGETS["p95_ms"],
        ),
        (
            f">= {TARGETS['ceiling_ratio']:.0%} of the nginx ceiling: worst {worst_ratio:.1%}",
            worst_ratio >= TARGETS["ceiling_ratio"],
        ),
        (
            f">= {TARGETS['signatures_per_s']} signatures/s, 0 lost or duplicated: {rate:.0f}/s, "
            f"{lost} lost, {duplicated} duplicated",
            rate >= TARGETS["signatures_per_s"] and not lost and not duplicated and not drift,
        ),
        (
            f"first load <= {TARGETS['weight_kb']} KB: heaviest {heaviest:.1f} KB",
            heaviest <= TARGETS["weight_kb"],
        ),
        (
            f"worker RSS <= {TARGETS['rss_mb']} MB: {peak_rss_mb:.0f} MB",
            peak_rss_mb <= TARGETS["rss_mb"],
        ),
    ]:
        print(f"  [{'met ' if ok else 'MISS'}] {label}")
    results = stack.WORK / "results.json"
    results.write_text(
        json.dumps(
            {
                "when": datetime.datetime.now().isoformat(timespec="seconds"),
                "machine": info,
                "data": summary["counts"],
                "settings": vars(args),
                "pages": rows,
                "bursts": bursts,
                "peak_rss_mb": peak_rss_mb,
            },
            indent=2,
            ensure_ascii=False,
        )
    )
    print(f"\nfigures written to {results.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
