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

("ua-odesa-wave-drones-live", "2024-11-18 09:40", "Ukraine live: drones target Odesa port overnight",
"""09:25 - A wave of Russian attack drones hit port infrastructure in Odesa overnight, the regional governor says; a warehouse burned and two port workers were wounded.

07:50 - Air force: air defence downs 31 of 40 drones launched overnight over the south and centre of the country.""",
[(AIR, "UA", "Odesa", None, "d0", "Russia", None),
 (DIS, "UA", None, None, "d0", "Ukraine", "Russia")],
"liveblog: 'a wave of drones hit' counts the drones, not the acts (one strike); 'downs 31 of 40': an interception"),

("iq-ain-asad-rockets-live", "2024-08-06 21:10", "Middle East live: rockets hit base hosting US troops in Iraq",
"""20:55 - Several Katyusha-type rockets struck Ain al-Asad air base in Anbar province this evening, two US officials say. Some US personnel were hurt, one of them seriously.

19:30 - Recap: the Pentagon says its forces in the region have been attacked more than 170 times since October.""",
[(SHL, "IQ", "Ain al-Asad", None, "d0", None, "United States")],
"liveblog: 'several rockets struck' is one attack; the running count since October is history"),
]
