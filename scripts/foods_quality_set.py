"""Write tests/foods/search_quality.json: everyday queries and the SR Legacy foods that answer them.

    .venv/bin/python -m scripts.foods_quality_set

Each query lists, as regular expressions over USDA descriptions, the foods a
person typing it would accept in the top three (our judgement, written here so
it can be reviewed).  The script resolves them against the shipped starter
file into FDC ids, so the test compares ids and cannot drift silently.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STARTER = ROOT / "livewell" / "foods" / "data" / "sr_legacy.jsonl.gz"
OUTPUT = ROOT / "tests" / "foods" / "search_quality.json"

ACCEPTABLE: dict[str, list[str]] = {
    "milk": [r"Milk, (whole|reduced fat|lowfat|nonfat), (fluid, )?.*"],
    "whole milk": [r"Milk, whole, 3\.25% milkfat.*", r"Milk, fluid, 3\.25%.*"],
    "skim milk": [r"Milk, nonfat, fluid.*"],
    "egg": [r"Egg, whole, (raw|cooked).*"],
    "egg boiled": [r"Egg, whole, cooked, hard-boiled"],
    "scrambled eggs": [r"Egg, whole, cooked, scrambled"],
    "broccoli": [r"Broccoli, raw", r"Broccoli, cooked, boiled.*", r"Broccoli, flower clusters, raw"],
    "brocoli": [r"Broccoli, raw", r"Broccoli, cooked, boiled.*"],
    "banana": [r"Bananas, raw"],
    "bannana": [r"Bananas, raw"],
    "apple": [r"Apples, raw, .*"],
    "orange": [r"Oranges, raw, .*"],
    "orange juice": [r"Orange juice, (raw|chilled|canned|frozen).*"],
    "yogurt": [r"Yogurt, (plain|Greek, plain|vanilla|fruit).*"],
    "yoghurt": [r"Yogurt, (plain|Greek, plain|vanilla|fruit).*"],
    "greek yogurt": [r"Yogurt, Greek, plain.*"],
    "cheddar cheese": [r"Cheese, cheddar.*"],
    "mozzarella": [r"Cheese, mozzarella.*"],
    "butter": [r"Butter, (salted|without salt|whipped, with salt)"],
    "white bread": [r"Bread, white, commercially prepared.*"],
    "whole wheat bread": [r"Bread, whole-wheat, .*"],
    "white rice": [r"Rice, white, .*"],
    "brown rice": [r"Rice, brown, .*"],
    "pasta cooked": [r"Pasta, cooked, .*"],
    "oatmeal": [r"Cereals, oats, .*", r"Oats.*"],
    "chicken breast": [r"Chicken, broilers? or fryers, breast, .*"],
    "ground beef": [r"Beef, ground, .*"],
    "salmon": [r"Fish, salmon, .*"],
    "tuna canned": [r"Fish, tuna, (light|white), canned.*"],
    "bacon": [r"Pork, cured, bacon, .*"],
    "potato": [r"Potatoes, .*(raw|baked|boiled).*"],
    "sweet potato": [r"Sweet potato, (raw|cooked).*"],
    "carrots": [r"Carrots, (raw|baby, raw|cooked.*)"],
    "spinach": [r"Spinach, (raw|cooked.*)"],
    "tomato": [r"Tomatoes, red, ripe, (raw|cooked).*"],
    "avocado": [r"Avocados, raw, .*"],
    "strawberries": [r"Strawberries, raw", r"Strawberries, frozen, unsweetened.*"],
    "blueberries": [r"Blueberries, raw", r"Blueberries, frozen, unsweetened.*"],
    "grapes": [r"Grapes, (red or green|american type).*"],
    "peanut butter": [r"Peanut butter, (smooth|chunk).*"],
    "almonds": [r"Nuts, almonds.*"],
    "olive oil": [r"Oil, olive, salad or cooking"],
    "sugar": [r"Sugars, (granulated|brown|powdered)"],
    "honey": [r"Honey"],
    "coffee": [r"Beverages, coffee, brewed, .*"],
    "tea": [r"Beverages, tea, (black|green|herb).*brewed.*"],
    "onion": [r"Onions, (raw|cooked.*)"],
    "garlic": [r"Garlic, raw"],
    "mushrooms": [r"Mushrooms, white, .*"],
    "beer": [r"Alcoholic beverage, beer, (regular|light), all"],
    "red wine": [r"Alcoholic beverage, wine, table, red"],
    "tofu": [r"Tofu, (raw|firm|soft).*"],
    "lentils": [r"Lentils, (raw|mature seeds, cooked.*)"],
    "black beans": [r"Beans, black, mature seeds, .*"],
    "chickpeas": [r"Chickpeas \(garbanzo beans, bengal gram\), mature seeds, .*"],
    "lettuce": [r"Lettuce, .*raw"],
    "cucumber": [r"Cucumber, .*raw"],
    "shrimp": [r"Crustaceans, shrimp, .*"],
}


def main() -> int:
    with gzip.open(STARTER, "rt", encoding="utf-8") as lines:
        next(lines)
        foods = [(int(d["id"]), str(d["d"])) for d in map(json.loads, lines)]
    queries = []
    for query, patterns in ACCEPTABLE.items():
        compiled = [re.compile(p, re.IGNORECASE) for p in patterns]
        ids = sorted(fdc_id for fdc_id, text in foods if any(p.fullmatch(text) for p in compiled))
        if not ids:
            print(f"no food matches the patterns for {query!r}", file=sys.stderr)
            return 1
        queries.append({"query": query, "acceptable": ids})
    OUTPUT.write_text(json.dumps({"dataset": "sr_legacy", "queries": queries}, indent=1) + "\n", encoding="utf-8")
    print(f"Wrote {len(queries)} queries to {OUTPUT}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
