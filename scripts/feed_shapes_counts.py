#!/usr/bin/env python3
"""Entry counts of python's feedparser over the feed shape corpus, written as the
manifest the fetcher's shape test reads (crates/sitrep-fetcher/tests/data/shapes/).

feedparser is the reference for how forgiving a feed reader should be: the test requires
sitrep to read at least 99% of the entries it reads over the corpus, and some entries of
every file where it reads some. Run through `make feed-shapes`, which installs feedparser
into .tools/python; the test itself needs no Python.
"""

import pathlib
import sys

import feedparser

SHAPES = pathlib.Path(__file__).resolve().parent.parent / "crates/sitrep-fetcher/tests/data/shapes"


def main():
    lines = [
        "# feedparser's entry count for each file of this corpus (file<TAB>entries), written by",
        f"# scripts/feed_shapes_counts.py with feedparser {feedparser.__version__}; do not edit by hand.",
        "# `-`: feedparser raised an exception on the file (it reads no entry of it).",
    ]
    for path in sorted(SHAPES.iterdir()):
        if path.name == "MANIFEST.tsv" or path.name.startswith("README"):
            continue
        try:
            count = str(len(feedparser.parse(path.read_bytes()).entries))
        except Exception:  # noqa: BLE001 - feedparser's own bugs (a surrogate reference)
            count = "-"
        lines.append(f"{path.name}\t{count}")
    text = "\n".join(lines) + "\n"
    manifest = SHAPES / "MANIFEST.tsv"
    if "--check" in sys.argv[1:]:
        if manifest.read_text() != text:
            print(f"{manifest} is stale: run make feed-shapes", file=sys.stderr)
            sys.exit(1)
        return
    manifest.write_text(text)


if __name__ == "__main__":
    main()
