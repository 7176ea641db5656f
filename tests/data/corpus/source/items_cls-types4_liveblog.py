from common import *

# Liveblog updates written by helper types for issue 14 (session of 2026-12-07), in our
# own words and without reading the blind items: air strikes told in fragments
# ("warplanes pounding", "strike drones hit"), the newest update first.
FEED = ("dev/cls-types4-liveblog.feed.json", "json", "https://rolling.example.com/live", "Rolling Live")
REGISTER = "liveblog"

ITEMS = [
("mm-sagaing-jets-live", "2024-03-18 15:20", "Myanmar live: junta jets over Sagaing",
"""15:05 - Update: Local resistance group says the death toll in Kanbalu has risen to nine.

13:40 - Junta jets pounding villages near Kanbalu in Sagaing region since late morning, residents tell us; at least five people dead so far.

11:10 - Communications cut in several townships of Sagaing.""",
[(AIR, "MM", "Kanbalu", 9, "d0", "Myanmar", "civilians")],
"liveblog: jets 'pounding' villages, the toll rising in the next update: air strike"),

("ua-dnipro-device-dropped-live", "2024-10-02 10:30", "Ukraine live: drone drops munition on bus stop in Nikopol",
"""10:12 - Nikopol: a Russian drone dropped an explosive device on a bus stop this morning, the regional governor says. Two women wounded.

08:55 - Air-raid alert lifted in Dnipropetrovsk region.""",
[(AIR, "UA", "Nikopol", None, "d0", "Russia", "civilians")],
"liveblog: a device dropped from a drone: air/drone strike, not an IED"),
]
