from common import *

# Liveblog updates written by helper types for issue 14 (session of 2026-12-07), in
# our own words and without reading the blind items: a foreign army taking a
# village, and a base overrun and left again (a raid: armed clash), the newest update
# first.
FEED = ("dev/cls-types3-liveblog.feed.json", "json", "https://newsline.example.org/live", "Newsline Live")
REGISTER = "liveblog"

ITEMS = [
("kursk-village-taken-live", "2024-08-09 15:30", "Russia-Ukraine live: Kyiv's troops push deeper into Kursk region",
"""15:10 GMT - Update: Ukrainian troops captured the village of Sudzha-Zaoskol in Russia's Kursk region on Friday morning, a Ukrainian military source tells us. Moscow has not commented.

12:45 GMT - Russia's governor in Kursk says 3,000 more residents are being moved out of border districts.""",
[(NSA, "RU", "Sudzha-Zaoskol", None, "d0", "Ukraine", "Russia")],
"a foreign army's capture of a village in a liveblog: non-state actor overtakes territory"),

("tillaberi-base-raid-live", "2024-12-11 17:20", "Niger live: attack on army base near Chinagodrar",
"""17:05 GMT - Update: The attackers withdrew from the base after several hours, taking vehicles and weapons, a security source says. The army says 12 soldiers were killed.

14:40 GMT - Islamic State Sahel fighters on motorbikes overran part of the army base at Chinagodrar in the Tillaberi region this morning, local sources tell us.""",
[(CL, "NE", "Chinagodrar", 12, "d0", "Islamic State Sahel", "Niger")],
"a base overrun and left the same day: armed clash, not a change of territory"),
]
