from common import *

# Military statements written by helper splits for issue 14 (session 8) without reading
# the blind items: an ambush told, then its fatalities told again in the next paragraph.
FEED = ("dev/cls-splits-statement.rss.xml", "rss", "https://defence-press.example.int/releases", "Defence Press Releases")
REGISTER = "statement"

ITEMS = [
("ng-army-gwoza-ambush-repelled", "2024-11-19 10:00", "Troops repel terrorists' ambush near Gwoza",
"""Troops of Operation Hadin Kai on {d-1} repelled an ambush by ISWAP terrorists on the Gwoza-Pulka road in Borno State.

The gallant troops engaged the terrorists with superior firepower, neutralising seven of them. Regrettably, one soldier paid the supreme price in the encounter. Two AK-47 rifles were recovered.""",
[(CL, "NG", "Gwoza", 8, "d-1", "Islamic State West Africa Province", "Nigeria")],
"the ambush and the encounter that repelled it are one clash"),
]
