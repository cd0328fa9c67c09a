"""First-load weight: what a phone downloads for a page with an empty cache — the HTML
and every stylesheet, script, font and image it pulls in — through the production-like
nginx (gzip, static files), measured by real Chromium as encoded bytes on the wire."""

from __future__ import annotations

from moucharaka.core.testing.chromium import CHROMIUM, LAUNCH_ARGS


def first_load_weights(urls: dict[str, str]) -> dict[str, dict]:
    """{name: {"bytes": headers + compressed bodies, "requests": n}} for each URL."""
    from playwright.sync_api import sync_playwright

    weights = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            for name, url in urls.items():
                context = browser.new_context(
                    viewport={"width": 390, "height": 844}, is_mobile=True
                )
                page = context.new_page()
                finished = []
                page.on("requestfinished", lambda request, sink=finished: sink.append(request))
                page.goto(url, wait_until="networkidle")
                total = 0
                for request in finished:
                    sizes = request.sizes()
                    total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
                weights[name] = {"bytes": total, "requests": len(finished)}
                context.close()
        finally:
            browser.close()
    return weights
