"""Generated news articles for the Python and Spark tests and the benchmark.

Every sentence template here is our own wording; names are drawn from small lists (a few
with non-ASCII letters, so code point and UTF-16 offsets differ from byte offsets).
Deterministic: the same ``seed`` gives the same articles.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Dict, List

PEOPLE = ["Maria Lopez", "Tomasz Wójcik", "Aiko Tanaka", "Samuel Okafor", "Zoë Martens",
          "Rahul Mehta", "Ingrid Solberg", "Kwame Mensah", "Lucía Ferrer", "Daniel Brooks"]
TITLES = ["chief executive", "finance minister", "spokeswoman", "trade commissioner",
          "defence secretary", "chairman"]
COMPANIES = ["Northwind Motors", "Halvard Energy", "Quillon Systems", "Brightwater Foods",
             "Kestrel Aerospace", "Orinoco Shipping", "Tessaly Pharma", "Meridian Steel"]
PLACES = ["Lisbon", "Nairobi", "Osaka", "Kraków", "Toronto", "Santiago", "Cairo", "Hamburg",
          "São Paulo", "Melbourne"]
COUNTRIES = ["Germany", "Kenya", "Japan", "Poland", "Canada", "Chile", "Egypt", "Brazil",
             "India", "Norway"]
GOODS = ["wind turbines", "diesel engines", "machine tools", "solar panels", "cargo drones",
         "vaccines", "steel pipes"]
WHEN = ["on Monday", "last week", "on Tuesday", "in March", "next year", "two days ago",
        "on 3 February", "earlier this month", "by the end of 2025", "on Friday morning"]

TEMPLATES = [
    "{company} said {when} it would open a factory in {place}, creating {n} jobs.",
    "{person}, the {title} of {company}, told reporters in {place} that sales rose {pct} percent.",
    "{company} supplied {goods} to {company2} {when}, according to a filing.",
    "{country} and {country2} agreed {when} to cut tariffs on {goods}.",
    "Officials in {place} met {person} {when} to discuss the {goods} contract.",
    "The government of {country} sanctioned {company2} {when} over unpaid taxes.",
    "{company} bought a {pct} percent stake in {company2} for ${n} million {when}.",
    "{person} flew to {place} {when} and is expected to return on Thursday.",
    "Shares of {company} fell {pct} percent {when} after the {country} regulator opened an inquiry.",
    "{person} said the plant near {place} will ship {goods} to {country} {when}.",
    "Analysts in {place} expect {company} to report results {when}. “We are cautious,” {person} said.",
]


def _sentence(rng: random.Random) -> str:
    c1, c2 = rng.sample(COMPANIES, 2)
    k1, k2 = rng.sample(COUNTRIES, 2)
    return rng.choice(TEMPLATES).format(
        company=c1, company2=c2, country=k1, country2=k2, person=rng.choice(PEOPLE),
        title=rng.choice(TITLES), place=rng.choice(PLACES), goods=rng.choice(GOODS),
        when=rng.choice(WHEN), n=rng.randint(2, 900), pct=rng.randint(1, 40),
    )


def article(rng: random.Random, min_chars: int) -> str:
    """One article: paragraphs of 2-4 generated sentences until ``min_chars`` characters."""
    paras: List[str] = []
    size = 0
    while size < min_chars:
        p = " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))
        paras.append(p)
        size += len(p) + 2
    return "\n\n".join(paras)


def articles(n: int, min_chars: int = 600, seed: int = 18) -> List[Dict[str, object]]:
    """``n`` documents ``{"id", "text", "date"}``; every seventh has no date (null)."""
    rng = random.Random(seed)
    start = dt.date(2023, 1, 1)
    docs = []
    for i in range(n):
        date = None if i % 7 == 3 else (start + dt.timedelta(days=rng.randint(0, 900))).isoformat()
        docs.append({"id": f"doc-{i:05d}", "text": article(rng, min_chars), "date": date})
    return docs
