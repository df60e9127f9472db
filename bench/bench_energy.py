"""How long the energy budget takes, with and without a goal weight (pure Python, no database).

The wizard, the API and ``manage.py energy`` compute a budget on every request; with a
goal weight that includes integrating Hall's model day by day (up to ten years when the
goal is far away).  Goal from issue 4: comfortably inside one web request (< 50 ms p95).
"""

from __future__ import annotations

import random
import time

from bench.stats import summary_ms
from livewell.goals.domain.budget import BudgetInput, compute_budget
from livewell.lib.energy import ACTIVITY_FACTORS, SEXES, EnergyInputError

ROUNDS = 400


def _people(seed: int = 4) -> list[BudgetInput]:
    rng = random.Random(seed)
    people: list[BudgetInput] = []
    while len(people) < ROUNDS:
        weight = rng.uniform(50, 150)
        people.append(
            BudgetInput(
                sex=rng.choice(SEXES),
                age=rng.randint(18, 90),
                height_cm=rng.uniform(150, 195),
                weight_kg=weight,
                activity=rng.choice(list(ACTIVITY_FACTORS)),
                goal=rng.choice(["lose-0.5", "lose-1", "lose-1.5", "lose-2"]),
                goal_weight_kg=weight * rng.uniform(0.75, 0.97),
            )
        )
    return people


def _time(inputs: list[BudgetInput]) -> list[float]:
    samples = []
    for person in inputs:
        started = time.perf_counter()
        try:
            compute_budget(person)
        except EnergyInputError:
            continue  # e.g. a loss goal refused for BMI under 18.5
        samples.append(time.perf_counter() - started)
    return samples


def run() -> str:
    people = _people()
    without_goal = [BudgetInput(p.sex, p.age, p.height_cm, p.weight_kg, p.activity, p.goal, None) for p in people]
    rows = []
    for label, inputs in (("no goal weight", without_goal), ("with goal weight (both projections)", people)):
        stats = summary_ms(_time(inputs))
        print(f"{label}: p50 {stats['p50']:.2f} ms, p95 {stats['p95']:.2f} ms", flush=True)
        rows.append(
            f"| {label} | {stats['n']:.0f} | {stats['p50']:.2f} | {stats['p95']:.2f} | {stats['p99']:.2f} |"
            f" {stats['max']:.2f} |"
        )
    return "\n".join(
        [
            "## Energy budget (goal wizard, API, CLI)",
            "",
            f"`compute_budget` for {ROUNDS} random adults (seeded), loss goals, goal weight 3-25 % below",
            "start. Pure Python, one process, no database. Goal: p95 under 50 ms.",
            "",
            "| case | n | p50 ms | p95 ms | p99 ms | max ms |",
            "|---|---:|---:|---:|---:|---:|",
            *rows,
        ]
    )


if __name__ == "__main__":
    print(run())
