from common import *

# Wire items written by helper tolls5 (session of 2026-12-07) for issue 14, in our own
# words and without reading the blind items: one count that names two kinds of people
# ("soldiers and auxiliaries", "police and militiamen") before the verb of dying.
FEED = ("dev/tolls5-wire.rss.xml", "rss", "https://cordwire.example.com/world", "Cord Wire: World")
REGISTER = "wire"

ITEMS = [
("ne-tillaberi-post-soldiers-and-auxiliaries", "2025-07-19 10:20", "Attack on army post kills 17 in western Niger",
"""NIAMEY, July 19 - Seventeen soldiers and auxiliaries were killed on {d-1} when gunmen on motorbikes attacked an army post near Banibangou in Niger's Tillaberi region, the defence ministry said.

The ministry said the attackers belonged to the Islamic State Sahel Province and that troops had pursued them towards the Malian border.""",
[(CL, "NE", "Banibangou", 17, "d-1", "Islamic State Sahel Province", "Niger")],
"'Seventeen soldiers and auxiliaries were killed': one count for both nouns"),

("cm-mayo-tsanaga-police-and-vigilantes", "2025-10-03 15:40", "Jihadists kill police and vigilantes in northern Cameroon",
"""MAROUA, Oct 3 - Six police and vigilantes died on {d0} when Boko Haram fighters attacked a checkpoint in the Mayo-Tsanaga department of Cameroon's Far North region, a local official said.

The fighters burned two vehicles before withdrawing towards the Nigerian border, the official said.""",
[(CL, "CM", "Mayo-Tsanaga", 6, "d0", "Boko Haram", "Cameroon")],
"'Six police and vigilantes died': 6"),
]
