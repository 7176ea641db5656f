#!/usr/bin/env python3
"""Writes the corpus feed files and their labels from the item lists in this folder.

Each item: (slug, published "YYYY-MM-DD HH:MM" UTC, title, body, events, note).
Bodies may use {d0}, {d-1}, ... for the weekday name N days from publication and
{m-2} for "Month day" N days from publication, so that the text and the labelled
date always agree. Event tuples: (event_type, country, place, fatalities, date,
initiator, target) where date is "d0", "d-1", ... or "YYYY-MM-DD" or None.

Each items_*.py module declares FEED (where it is written, in which format) and REGISTER
(the kind of text it holds: wire, teaser, notes, statement, local, liveblog, legacy,
translated; see the corpus README).

Run: python3 tests/data/corpus/source/build.py   (from the workspace root)
"""
import datetime as dt
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)


def day(pub, n):
    return pub.date() + dt.timedelta(days=n)


def expand(text, pub):
    def sub(m):
        kind, n = m.group(1), int(m.group(2))
        d = day(pub, n)
        return d.strftime("%A") if kind == "d" else d.strftime("%B ") + str(d.day)
    return re.sub(r"\{([dm])(-?\d+)\}", sub, text)


def event_json(e, pub):
    etype, cc, place, fat, date, init, target = e
    if isinstance(date, str) and date.startswith("d"):
        date = day(pub, int(date[1:])).isoformat()
    return {"event_type": etype, "country_code": cc, "place": place, "fatalities": fat,
            "date": date, "initiator": init, "target": target}


def paragraphs(body):
    return "".join(f"<p>{html.escape(p.strip(), quote=False)}</p>" for p in body.strip().split("\n\n"))


def write(name, kind, base, title, items, register):
    os.makedirs(os.path.dirname(os.path.join(OUT, name)), exist_ok=True)
    labels, entries, seen = [], [], set()
    for slug, published, headline, body, events, note in items:
        pub = dt.datetime.strptime(published, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone.utc)
        link = f"{base}/{pub:%Y/%m/%d}/{slug}"
        assert link not in seen, link
        seen.add(link)
        headline, body = expand(headline, pub), expand(body, pub)
        assert "{" not in body and "{" not in headline, slug
        entries.append((link, pub, headline, paragraphs(body)))
        labels.append({"link": link, "events": [event_json(e, pub) for e in events], "note": note,
                       "register": register})
    if kind == "rss":
        parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n',
                 f"<title>{html.escape(title)}</title>\n<link>{base}</link>\n<description>{html.escape(title)}</description>\n"]
        for link, pub, headline, content in entries:
            parts.append(f"<item>\n<title>{html.escape(headline)}</title>\n<link>{link}</link>\n<guid>{link}</guid>\n"
                         f"<pubDate>{pub:%a, %d %b %Y %H:%M:%S} +0000</pubDate>\n"
                         f"<description>{html.escape(content)}</description>\n</item>\n")
        parts.append("</channel>\n</rss>\n")
        text = "".join(parts)
    elif kind == "atom":
        parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n',
                 f"<title>{html.escape(title)}</title>\n<id>{base}/</id>\n<updated>{entries[-1][1]:%Y-%m-%dT%H:%M:%SZ}</updated>\n"]
        for link, pub, headline, content in entries:
            parts.append(f"<entry>\n<title>{html.escape(headline)}</title>\n<id>{link}</id>\n<link href=\"{link}\"/>\n"
                         f"<published>{pub:%Y-%m-%dT%H:%M:%SZ}</published>\n<updated>{pub:%Y-%m-%dT%H:%M:%SZ}</updated>\n"
                         f"<content type=\"html\">{html.escape(content)}</content>\n</entry>\n")
        parts.append("</feed>\n")
        text = "".join(parts)
    else:
        feed = {"version": "https://jsonfeed.org/version/1.1", "title": title, "home_page_url": base,
                "items": [{"id": link, "url": link, "title": headline, "date_published": f"{pub:%Y-%m-%dT%H:%M:%SZ}",
                           "content_html": content} for link, pub, headline, content in entries]}
        text = json.dumps(feed, indent=1, ensure_ascii=False) + "\n"
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)
    stem = name.rsplit("/", 1)[0] + "/" + name.rsplit("/", 1)[1].split(".")[0]
    with open(os.path.join(OUT, stem + ".labels.jsonl"), "w", encoding="utf-8") as f:
        for label in labels:
            f.write(json.dumps(label, ensure_ascii=False) + "\n")
    return len(items), sum(1 for l in labels if not l["events"])


def modules(folder):
    """The item modules of a folder: every `items_*.py`, in name order."""
    return sorted(f[:-3] for f in os.listdir(folder) if f.startswith("items_") and f.endswith(".py"))


if __name__ == "__main__":
    # Each item module names its own output: FEED = (path under the corpus folder, "rss" |
    # "atom" | "json", link base, feed title), and REGISTER, the kind of text it holds (see
    # the corpus README). The blind split keeps its modules in ../blind/source, beside the
    # files they write, so that the one folder the rule changers never open holds all of it.
    blind = os.path.join(OUT, "blind", "source")
    folders = [HERE] + ([blind] if os.path.isdir(blind) else [])
    import importlib.util
    for folder in folders:
        # Modules are loaded by file path under a name of their own, so a blind module and a
        # development module with the same file name never stand in for each other.
        sys.path.insert(0, folder)
        for module in modules(folder):
            unique = f"{'blind' if folder == blind else 'dev'}_{module}"
            loader = importlib.util.spec_from_file_location(unique, os.path.join(folder, module + ".py"))
            spec = importlib.util.module_from_spec(loader)
            loader.loader.exec_module(spec)
            name, kind, base, title = spec.FEED
            n, neg = write(name, kind, base, title, spec.ITEMS, spec.REGISTER)
            where = "blind split" if folder == blind else name
            print(f"{where}: {n} items, {neg} without an incident")
        sys.path.remove(folder)
