"""The production-like stack the benchmark measures: the project under gunicorn with
production settings (PostgreSQL, Redis), nginx in front as in `deploy/nginx.conf` (static
files, gzip), and a second nginx server for the ceiling: saved pages served as files.

Everything runs on loopback from `var/bench/`; nothing is installed or left running.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "bench"
APP_PORT, PROXY_PORT, CEILING_PORT = 8101, 8102, 8103
HOST = "127.0.0.1"

# Fixed keys: the bench database's CNIE numbers are encrypted with them. Never used
# outside this benchmark.
BENCH_ENV = {
    "MOUCHARAKA_ENV": "production",
    "SECRET_KEY": "bench-only-secret-key-0f4c1b9e7a2d48d6a3e5c7b9d1f3a5c7e9b1d3f5a7c9",
    "ALLOWED_HOSTS": f"{HOST},localhost",
    "CNIE_ENCRYPTION_KEY": "YmVuY2gtb25seS1jbmllLWtleS0wMTIzNDU2Nzg5YWI=",
    "CNIE_HASH_KEY": "bench-only-cnie-hash-key-5e7a9c1b3d5f7a9c1b3d5f7a9c",
    "STATIC_ROOT": str(WORK / "static"),
    "MEDIA_ROOT": str(WORK / "media"),
    "DJANGO_SETTINGS_MODULE": "moucharaka.settings",
}


def bench_environment(database_url: str, redis_url: str) -> dict[str, str]:
    return {**BENCH_ENV, "DATABASE_URL": database_url, "REDIS_URL": redis_url}


def require_programs() -> None:
    missing = [name for name in ("wrk", "nginx") if not shutil.which(name)]
    if missing:
        sys.exit(f"Missing Debian packages: {' '.join(missing)} (`make bench-deps` as root).")


def wait_until_up(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})
            with urllib.request.urlopen(request, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{url} did not answer within {timeout:.0f} s")
        time.sleep(0.3)


class Gunicorn:
    """`deploy/gunicorn.conf.py` as in production, bound to a loopback port."""

    def __init__(self, env: dict[str, str]):
        self.env = env
        self.process: subprocess.Popen | None = None
        self.peak_rss_kb = 0
        self._sampling = False

    def __enter__(self) -> Gunicorn:
        WORK.mkdir(parents=True, exist_ok=True)
        log = open(WORK / "gunicorn.log", "ab")  # noqa: SIM115 (closed with the process)
        self.process = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "-c",
                str(ROOT / "deploy" / "gunicorn.conf.py"),
                "--bind",
                f"{HOST}:{APP_PORT}",
                "moucharaka.wsgi",
            ],
            cwd=ROOT,
            env={**os.environ, **self.env},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        wait_until_up(f"http://{HOST}:{APP_PORT}/healthz")
        self._sampling = True
        threading.Thread(target=self._sample_rss, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._sampling = False
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def _sample_rss(self) -> None:
        # Workers may be recycled (max_requests), so the peak is sampled all along: the
        # high-water mark (VmHWM) of every worker seen.
        while self._sampling:
            for pid in self.worker_pids():
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue
                for line in status.splitlines():
                    if line.startswith("VmHWM:"):
                        self.peak_rss_kb = max(self.peak_rss_kb, int(line.split()[1]))
            time.sleep(0.25)


NGINX_CONF = """
worker_processes auto;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path {work}/nginx-tmp/body;
    proxy_temp_path {work}/nginx-tmp/proxy;
    fastcgi_temp_path {work}/nginx-tmp/fastcgi;
    uwsgi_temp_path {work}/nginx-tmp/uwsgi;
    scgi_temp_path {work}/nginx-tmp/scgi;

    # As deploy/nginx.conf, without TLS: the proxy says https as the TLS front would. A
    # new upstream connection per request, as there: gunicorn's workers share the load.
    server {{
        listen {host}:{proxy_port};
        gzip on;
        gzip_types text/css application/javascript image/svg+xml application/json;
        location /static/ {{ alias {static}/; expires 30d; }}
        location /media/ {{ alias {media}/; }}
        location / {{
            proxy_pass http://{host}:{app_port};
            proxy_set_header Host $http_host;  # with the port: this bench is not on 443
            proxy_set_header X-Forwarded-Proto https;
            # wrk plays every citizen from one address: the address it says each one
            # comes from is passed on as the address this proxy would have seen.
            proxy_set_header X-Forwarded-For $http_x_forwarded_for;
        }}
    }}

    # The ceiling: each page's bytes, saved once, served as a static file.
    server {{
        listen {host}:{ceiling_port};
        root {work}/ceiling;
        default_type text/html;
    }}
}}
"""


class Nginx:
    def __enter__(self) -> Nginx:
        (WORK / "nginx-tmp").mkdir(parents=True, exist_ok=True)
        (WORK / "ceiling").mkdir(exist_ok=True)
        conf = WORK / "nginx.conf"
        conf.write_text(
            NGINX_CONF.format(
                work=WORK,
                host=HOST,
                app_port=APP_PORT,
                proxy_port=PROXY_PORT,
                ceiling_port=CEILING_PORT,
                static=BENCH_ENV["STATIC_ROOT"],
                media=BENCH_ENV["MEDIA_ROOT"],
            )
        )
        self.process = subprocess.Popen(
            [
                "nginx",
                "-p",
                str(WORK),
                "-e",
                str(WORK / "nginx-error.log"),
                "-c",
                str(conf),
                "-g",
                "daemon off;",
            ],
        )
        wait_until_up(f"http://{HOST}:{PROXY_PORT}/healthz")
        return self

    def __exit__(self, *exc) -> None:
        self.process.send_signal(signal.SIGQUIT)
        self.process.wait(timeout=30)

    @staticmethod
    def save_ceiling_page(name: str, body: bytes) -> str:
        """Saves the page's bytes; returns the ceiling server's URL for them."""
        (WORK / "ceiling" / f"{name}.html").write_bytes(body)
        return f"http://{HOST}:{CEILING_PORT}/{name}.html"
