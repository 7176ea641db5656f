from common import *

# Wire copy written by helper places7 (issue 14, places), without reading the blind split:
# a dateline far from the event, an event at sea off a named port, drones launched from one
# country's region at another's, and a demonym before villages. The team's own words; places
# are real, events invented or simplified.
FEED = ("dev/places7-wire.rss.xml", "rss", "https://agencyline7.example.net/world", "Agency Line Seven")
REGISTER = "wire"

ITEMS = [
("ua-drones-from-bryansk-sumy", "2025-03-18 07:00", "Drone attack on Sumy kills two",
"""KYIV, March 18 (Agency) - Russian forces launched attack drones from the Bryansk region of Russia at the Ukrainian city of Sumy overnight, killing two people and damaging an apartment block, the regional administration said on Tuesday.

Ukraine's air force said it shot down 40 of the 90 drones launched across the country.""",
[(AIR, "UA", "Sumy", 2, "d0", "Russia", "civilians"), (DIS, "UA", None, 0, "d0", "Ukraine", "Russia")],
"wire: the launch region of Russia is where the drones came from, not where they hit"),

("ye-gulf-of-aden-ship-fire", "2024-02-20 07:00", "Houthi missile sets ship ablaze in Gulf of Aden",
"""DUBAI, Feb 20 (Agency) - A Houthi anti-ship missile struck a cargo ship in the Gulf of Aden about 35 nautical miles south of Mukalla on Monday, setting it on fire, the British maritime agency UKMTO said. The crew were evacuated and no one was hurt.

The Houthis said they fired the missile in support of the Palestinians.""",
[(SHL, None, "Gulf of Aden", 0, "d-1", "Houthis", "civilians")],
"wire: at sea with a port only as a distance reference; a Dubai dateline"),

("so-nairobi-dateline-gedo", "2025-02-26 07:00", "Al Shabaab fighters storm base in Somalia's Gedo",
"""NAIROBI, Feb 26 (Agency) - Al Shabaab fighters stormed a government base in Garbaharey in Somalia's Gedo region on Tuesday, and at least 11 soldiers and 7 militants died in the fighting, a military officer said.

Kenyan troops are deployed nearby as part of the African Union mission.""",
[(CL, "SO", "Garbaharey", 18, "d-1", "al-Shabaab", "Somalia")],
"wire: a Nairobi dateline for an event in Somalia"),

("ml-mauritanian-border-villages", "2024-04-10 07:00", "Malian troops accused of killing herders near Mauritanian border",
"""DAKAR, April 10 (Agency) - Malian soldiers and Russian fighters killed at least 15 herders in a Malian border village near Mauritania on Sunday, relatives and a local official said. Survivors fled across the border into Mauritania.""",
[(CIV, "ML", None, 15, "d-3", "Mali", "civilians")],
"wire: a Malian border village; flight into Mauritania; a Dakar dateline"),
]
