"""Two app server processes on one database: a member's session works across both.

This is the claim docs/deploy.md rests on: app servers keep no state of their own, so a load
balancer may send each request to any of them.
"""

from __future__ import annotations

import re

import requests

from tests.scratch import app_server, shell


def _csrf(session: requests.Session, url: str) -> str:
    html = session.get(url, timeout=10).text
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert match, f"no CSRF token on {url}"
    return match.group(1)


def test_session_started_on_one_server_works_on_the_other(site: dict[str, str]) -> None:
    shell(
        site,
        "from livewell.accounts.services import user_sign_up;"
        "user_sign_up(email='roam@example.org', password='a-long-unusual-passphrase')",
    )
    with app_server(site) as server_a, app_server(site) as server_b:
        browser = requests.Session()
        token = _csrf(browser, f"{server_a}/accounts/login/")
        response = browser.post(
            f"{server_a}/accounts/login/",
            data={
                "username": "roam@example.org",
                "password": "a-long-unusual-passphrase",
                "csrfmiddlewaretoken": token,
            },
            allow_redirects=False,
            timeout=10,
        )
        assert response.status_code == 302

        # The next request lands on the other server: still logged in, and it can write.
        profile = browser.get(f"{server_b}/accounts/profile/", allow_redirects=False, timeout=10)
        assert profile.status_code == 200
        assert "Your profile" in profile.text
        token = _csrf(browser, f"{server_b}/accounts/profile/")
        saved = browser.post(
            f"{server_b}/accounts/profile/",
            data={"units": "metric", "height_cm": "168", "sex": "female", "csrfmiddlewaretoken": token},
            allow_redirects=False,
            timeout=10,
        )
        assert saved.status_code == 302

        # And back on the first server the change is there.
        page = browser.get(f"{server_a}/accounts/profile/", timeout=10).text
        assert 'value="168.0"' in page or 'value="168"' in page
