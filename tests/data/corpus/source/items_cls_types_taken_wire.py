from common import *

# Wire copy written by helper cls-types for issue 14 (session 6) without reading the
# blind items: places taken told with plain verbs of taking and holding ("occupied
# the town", "took the base", "control most of the city"), an air strike told beside
# a capture (two events), and false friends: "occupied" and "control" as states of
# things, police who took suspects to a town, a party that took a city in an election.
FEED = ("dev/cls-types-taken-wire.rss.xml", "rss", "https://lineswire.example.net/world", "Lines Wire: World")
REGISTER = "wire"

ITEMS = [
("mm-lashio-taken", "2024-08-04 06:30", "Myanmar rebels say they took army command in Lashio",
"""BANGKOK, Aug 4 (Lines) - The Myanmar National Democratic Alliance Army said on {d0} its fighters had taken the headquarters of the army's North-eastern Command in Lashio, the largest town in northern Shan state, after weeks of fighting.

The junta did not confirm the loss. Residents said the streets were quiet after days of shelling.""",
[(NSA, "MM", "Lashio", None, "d0", "Myanmar National Democratic Alliance Army", "Myanmar")],
"rebels who took an army headquarters: non-state actor overtakes territory"),

("ml-lere-occupied", "2024-03-02 11:10", "Jihadists occupy army camp in central Mali after troops pull out under fire",
"""BAMAKO, March 2 (Lines) - Fighters of the al Qaeda-linked JNIM occupied the military camp of Léré in the Timbuktu region on {d-1} after a day-long assault forced soldiers to fall back towards Niono, local officials said.

The army said it had carried out a "tactical withdrawal" and that several assailants were killed.""",
[(NSA, "ML", "Léré", None, "d-1", "JNIM", "Mali")],
"a group occupying an army camp after an assault: territory, not a clash"),

("ye-hodeidah-controlled-houthis", "2024-06-14 09:00", "Houthis say they hit ship in Red Sea",
"""SANAA, June 14 (Lines) - The Houthis, who control Yemen's capital and most of its populous west, said on {d0} they had fired two anti-ship missiles at a cargo ship in the Red Sea. The ship's crew reported no damage, a maritime security firm said.""",
[(SHL, None, "Red Sea", 0, "d0", "Houthis", None)],
"'who control Yemen's capital' is a state of things, not a capture; the missile attack at sea has no country"),

("ua-crimea-occupied-strike", "2024-05-30 08:45", "Ukraine says drones hit radar in occupied Crimea",
"""KYIV, May 30 (Lines) - Ukrainian drones struck a Russian radar station near Feodosia in temporarily occupied Crimea overnight, Ukraine's military intelligence said on {d0}. Russia said it had destroyed 12 drones over the peninsula.""",
[(AIR, "UA", "Feodosia", None, "d0", "Ukraine", "Russia"), (DIS, "UA", "Crimea", None, "d0", "Russia", "Ukraine")],
"'temporarily occupied Crimea' names a place, no capture; a drone strike and the drones destroyed"),

("in-police-took-suspects", "2024-10-10 13:00", "Police take suspects in bus-stand shooting to Ludhiana",
"""CHANDIGARH, Oct 10 (Lines) - Police took three men arrested over a shooting at a bus stand in Moga to the city of Ludhiana on {d0} for questioning, officers said. No one was hurt in the shooting, which police described as a dispute between two transport operators.""",
[],
"police who took suspects to a city: no capture, a crime matter"),

("sy-capture-and-strike", "2024-12-02 10:30", "Rebels take town near Hama as Russian jets strike Idlib",
"""BEIRUT, Dec 2 (Lines) - Rebel factions led by Hayat Tahrir al-Sham took the town of Suran, north of Hama, on {d0} after clashes with government forces, a war monitor said.

Separately, Russian warplanes struck a market in Idlib city, killing six people, rescuers said.""",
[(NSA, "SY", "Suran", None, "d0", "Hayat Tahrir al-Sham", "Syria"), (AIR, "SY", "Idlib", 6, "d0", "Russia", "civilians")],
"a town taken and an air strike told beside it: two events"),
]
