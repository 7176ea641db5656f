from common import *

# Wire copy written in session 12 by the lead: a named group that "killed at least" so
# many is the side that acted; the "at" of a count is not the "at" of a place, so the
# verb keeps its object. In the team's own words, without reading the blind split.
FEED = ("dev/lead6-wire.rss.xml", "rss", "https://agencyline.example.com/africa", "Agencyline: Africa")
REGISTER = "wire"

ITEMS = [
("so-jowhar-at-least-soldiers", "2024-11-04 10:00", "Militants overrun outpost in Middle Shabelle",
"""Al-Shabaab fighters killed at least seven soldiers when they overran a small army outpost near Jowhar in Middle Shabelle on {d-1}, a local commander said.

The militants withdrew before reinforcements arrived, the commander added.""",
[(CL, "SO", "Jowhar", 7, "d-1", "Al-Shabaab", "Somalia")], "wire: 'killed at least seven soldiers': the count's 'at' is no place, the group acted"),

("ng-gwoza-at-least-villagers", "2024-08-19 12:30", "Village raid leaves many dead in Borno",
"""Boko Haram gunmen killed at least 12 villagers in a night raid on a farming settlement outside Gwoza in Borno State on {d-1}, residents and a vigilante leader said.

Homes and grain stores were set on fire before the attackers left on motorcycles.""",
[(CIV, "NG", "Gwoza", 12, "d-1", "Boko Haram", "civilians")], "wire: 'killed at least 12 villagers': one-sided violence by the named group"),

("ml-soldiers-killed-at-checkpoint", "2024-05-27 09:00", "Soldiers killed at checkpoint in central Mali",
"""Four Malian soldiers were killed at a checkpoint near Djenne in the Mopti region on {d-1}, the army said, without naming the attackers.""",
[(CL, "ML", "Djenne", 4, "d-1", None, "Mali")], "wire: 'were killed at a checkpoint': the 'at' of a place still leaves the verb without object"),
]
