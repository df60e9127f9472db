"""Load test: 200 concurrent members browse, search and log food against the real server.

Set-up (in a temporary folder, nothing of yours is touched): a fresh SQLite site (or the
database in ``BENCH_DATABASE_URL``), migrated, with the starter data (USDA foods, articles);
200 members with sessions and API tokens; gunicorn on a free loopback port with
``BENCH_WORKERS`` workers (default 4).

Each simulated member loops for ``BENCH_LOAD_SECONDS`` (default 60) with a think time of
0.5 to 1.5 s between requests, choosing: the diary day page (35 %), a food search through the
API (25 %), a Back Pain Center article (15 %), logging a food through the API (15 %), the
day's totals through the API (10 %).  Traffic goes only to 127.0.0.1; the run stops by itself.
Reported: requests, errors (any status >= 400 or a failed connection), requests/s and
p50/p95/p99 overall and per action.  Client and server share this machine's cores.
"""

from __future__ import annotations

import json
import os
import random
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import requests

from bench.stats import summary_ms
from tests.scratch import app_server, manage, scratch_site

MEMBERS = int(os.environ.get("BENCH_MEMBERS", "200"))
SECONDS = float(os.environ.get("BENCH_LOAD_SECONDS", "60"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "4"))
QUERIES = ["milk", "banana", "egg boiled", "brocoli", "oatmeal", "chicken breast", "yogurt", "apple", "rice", "salmon"]

CREATE_MEMBERS = """
import json
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from livewell.accounts.models import Profile, User
from livewell.api.services import api_token_create
from livewell.foods.models import Food
out = {"members": [], "foods": list(Food.objects.filter(owner=None).order_by("id").values_list("id", flat=True)[:500])}
for n in range(%(count)d):
    user, _ = User.objects.get_or_create(email=f"load{n}@example.org")
    Profile.objects.get_or_create(user=user)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    _, token = api_token_create(user=user, name="load test")
    out["members"].append({"session": session.session_key, "token": token})
print(json.dumps(out))
"""


@dataclass
class Results:
    lock: threading.Lock = field(default_factory=threading.Lock)
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    error_samples: list[str] = field(default_factory=list)

    def record(self, action: str, seconds: float, ok: bool, detail: str = "") -> None:
        with self.lock:
            self.latencies[action].append(seconds)
            if not ok:
                self.errors[action] += 1
                if len(self.error_samples) < 5:
                    self.error_samples.append(f"{action}: {detail}")


def _member_loop(
    base: str, member: dict[str, str], foods: list[int], article: str, stop_at: float, results: Results, seed: int
) -> None:
    rng = random.Random(seed)
    web = requests.Session()
    web.cookies.set("sessionid", member["session"], domain="127.0.0.1")
    api = requests.Session()
    api.headers["Authorization"] = f"Bearer {member['token']}"
    today = date.today().isoformat()
    actions = ["day"] * 35 + ["search"] * 25 + ["article"] * 15 + ["log"] * 15 + ["totals"] * 10
    while time.monotonic() < stop_at:
        action = rng.choice(actions)
        started = time.perf_counter()
        try:
            if action == "day":
                response = web.get(f"{base}/tracker/", timeout=30)
            elif action == "search":
                response = api.get(f"{base}/api/v1/foods/search", params={"q": rng.choice(QUERIES)}, timeout=30)
            elif action == "article":
                response = web.get(f"{base}{article}", timeout=30)
            elif action == "log":
                payload: dict[str, str | int] = {
                    "date": today,
                    "meal": rng.choice(["breakfast", "lunch", "dinner", "snacks"]),
                    "food_id": rng.choice(foods),
                    "amount": rng.choice([50, 100, 150]),
                    "portion": "g",
                }
                response = api.post(f"{base}/api/v1/diary/entries", json=payload, timeout=30)
            else:
                response = api.get(f"{base}/api/v1/diary/{today}", timeout=30)
            ok = response.status_code < 400
            detail = f"HTTP {response.status_code}"
        except requests.RequestException as exc:
            ok, detail = False, type(exc).__name__
        results.record(action, time.perf_counter() - started, ok, detail)
        time.sleep(rng.uniform(0.5, 1.5))


def run() -> str:
    with tempfile.TemporaryDirectory(prefix="livewell-load-") as tmp:
        print("setting up a scratch site with starter data ...", flush=True)
        with scratch_site(Path(tmp)) as env:
            if os.environ.get("BENCH_DATABASE_URL"):
                env["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
            manage(env, "load_starter_data")
            made = json.loads(
                manage(env, "shell", "--no-imports", "-c", CREATE_MEMBERS % {"count": MEMBERS})
                .stdout.strip()
                .splitlines()[-1]
            )
            article = "/back-pain-center/"
            print(f"{MEMBERS} members ready; {WORKERS} gunicorn workers; {SECONDS:.0f} s of load ...", flush=True)
            with app_server(env, workers=WORKERS) as base:
                results = Results()
                stop_at = time.monotonic() + SECONDS
                started = time.perf_counter()
                threads = [
                    threading.Thread(
                        target=_member_loop, args=(base, m, made["foods"], article, stop_at, results, n), daemon=True
                    )
                    for n, m in enumerate(made["members"])
                ]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join(timeout=SECONDS + 60)
                elapsed = time.perf_counter() - started
    return _report(results, elapsed)


def _report(results: Results, elapsed: float) -> str:
    everything = [s for samples in results.latencies.values() for s in samples]
    total, errors = len(everything), sum(results.errors.values())
    overall = summary_ms(everything)
    lines = [
        "## Load test: 200 concurrent members (bench/bench_load.py)",
        "",
        f"{MEMBERS} simulated members, think time 0.5 to 1.5 s, {SECONDS:.0f} s, "
        f"gunicorn with {WORKERS} sync workers on SQLite (WAL), client threads on the same machine. Goal: 0 errors.",
        "",
        f"**{total} requests, {errors} errors, {total / elapsed:.1f} requests/s; "
        f"p50 {overall['p50']:.1f} ms, p95 {overall['p95']:.1f} ms, p99 {overall['p99']:.1f} ms.**",
        "",
        "| action | requests | errors | p50 ms | p95 ms | p99 ms |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for action in sorted(results.latencies):
        stats = summary_ms(results.latencies[action])
        lines.append(
            f"| {action} | {len(results.latencies[action])} | {results.errors[action]} | "
            f"{stats['p50']:.1f} | {stats['p95']:.1f} | {stats['p99']:.1f} |"
        )
    if results.error_samples:
        lines += ["", "First errors: " + "; ".join(results.error_samples)]
    return "\n".join(lines)
