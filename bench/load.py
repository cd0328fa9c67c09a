"""wrk runs on loopback: one page at a time, and the signature burst."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

WRK_DIR = Path(__file__).resolve().parent / "wrk"


def _wrk(
    url: str,
    *,
    script: str,
    connections: int,
    seconds: int,
    threads: int,
    headers: dict[str, str],
    script_args: list[str] = (),
) -> dict:
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "5s",
        "-s",
        str(WRK_DIR / script),
    ]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    command.append(url)
    if script_args:
        command += ["--", *script_args]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("WRK_JSON "))
    return json.loads(line.removeprefix("WRK_JSON "))


def measure_page(url: str, *, connections: int, seconds: int, threads: int = 2) -> dict:
    """Requests/s and p50/p95/p99 (ms) of GETs on one URL; as nginx would forward them."""
    return _wrk(
        url,
        script="report.lua",
        connections=connections,
        seconds=seconds,
        threads=threads,
        headers={"X-Forwarded-Proto": "https"},
    )


def signature_burst(
    base_url: str,
    path: str,
    signers_file: Path,
    *,
    connections: int,
    seconds: int,
    threads: int = 2,
) -> dict:
    """Each request a different signer; counts what the server answered."""
    return _wrk(
        base_url + path,
        script="sign.lua",
        connections=connections,
        seconds=seconds,
        threads=threads,
        headers={},
        script_args=[str(signers_file), str(threads), path, "https://" + _host(base_url)],
    )


def _host(url: str) -> str:
    return url.split("://", 1)[1].split("/", 1)[0]
