"""Debian's Chromium for Playwright (TOOLCHAIN.md: Playwright cannot download browsers
here), shared by the browser tests and the benchmark's page-weight measurement."""

import shutil

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# No sandbox as root in containers; no GPU; nothing fetched in the background.
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
