from common import *

# Wire copy written for issue 14's places in a second round (session 5), without reading
# the blind split: quarters of Beirut and of Lebanon's Tripoli named beside or instead of
# their city (one act, one event, however many of its quarters are named). The team's
# own words; places are real, events simplified or invented.
FEED = ("dev/place2-wire.atom.xml", "atom", "https://levant-desk.example.com/wire", "Levant Desk")
REGISTER = "wire"

ITEMS = [
("beirut-suburb-strike-quarters", "2024-09-24 18:20", "Israeli strike on Beirut's southern suburbs kills six",
"""BEIRUT, Sept 24 (Levant Desk) - An Israeli air strike hit an apartment block in Beirut's southern suburbs on Tuesday afternoon, killing six people, Lebanon's health ministry said.

The strike flattened the upper floors of a building in Ghobeiry, near the edge of Haret Hreik, witnesses said. Ambulances took 15 wounded to hospitals in Dahiyeh and central Beirut.

Israel's military said it had targeted a Hezbollah commander.""",
[(AIR, "LB", "Ghobeiry", 6, "d0", "Israel", "Hezbollah")],
"one strike, three quarters of Beirut named: one event"),

("tripoli-jabal-mohsen-clash", "2013-05-22 14:00", "Two killed as Tripoli quarters trade fire",
"""TRIPOLI, Lebanon, May 22 (Levant Desk) - Gunmen in Bab al-Tabbaneh and Jabal Mohsen fought with rifles and rocket-propelled grenades on Wednesday, killing two people, a security source said.

Soldiers took up positions on Syria Street, the road that divides the two districts, after the fighting. Lebanon's army has deployed in the northern city several times since 2008.""",
[(CL, "LB", "Bab al-Tabbaneh", 2, "d0", "gunmen", "gunmen")],
"Tripoli's quarters and a street named after a country: Lebanon"),
]
