"""Browser tests: Playwright drives Debian's Chromium; axe-core checks WCAG 2.x A/AA."""

import os

import pytest

from moucharaka.core.testing.chromium import CHROMIUM, LAUNCH_ARGS

# Playwright's sync API runs an event loop in the test thread; Django's ORM would refuse.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            if not os.path.exists(CHROMIUM):
                item.add_marker(pytest.mark.skip(reason="Chromium is not installed"))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": LAUNCH_ARGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # A cheap phone's viewport.
    return {**browser_context_args, "viewport": {"width": 390, "height": 844}}


@pytest.fixture
def axe_clean():
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def check(page):
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        violations = results.response["violations"]
        summary = [
            f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
            for v in violations
        ]
        assert not violations, f"axe on {page.url}: " + "; ".join(summary)

    return check


@pytest.fixture
def log_in(live_server):
    """Signs a user in the browser through a session cookie (the sign-in form itself is
    tested once, in the suggestions journey)."""
    from django.test import Client

    def sign(page, user):
        client = Client()
        client.force_login(user)
        page.context.clear_cookies()
        page.context.add_cookies(
            [
                {
                    "name": "sessionid",
                    "value": client.cookies["sessionid"].value,
                    "url": live_server.url,
                }
            ]
        )

    return sign
