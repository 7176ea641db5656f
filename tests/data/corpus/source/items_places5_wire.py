from common import *

# Wire copy written by helper places5 (issue 14, places), without reading the blind
# split: towns of the wars in Ukraine, Lebanon and Sudan that the gazetteer lacked or
# gave to a small namesake elsewhere (a Pokrovsk of Yakutia, a Karari of India), in
# stories whose sentences name the warring countries as parties; a name that runs on
# past a town's name ("Jebel Marra" is no town Jebel). The team's own words;
# places are real, events invented.
FEED = ("dev/places5-wire.rss.xml", "rss", "https://frontdesk5.example.org/world", "Front Desk")
REGISTER = "wire"

ITEMS = [
("ua-pokrovsk-glide-bombs", "2024-11-06 10:00", "Russia pounds Pokrovsk with glide bombs, two killed",
"""Russian aircraft dropped glide bombs on Pokrovsk overnight, killing two men and damaging a school, the head of the Donetsk regional administration said on Wednesday.

Moscow says its forces are closing in on the town, a road and rail hub for Ukraine's army.""",
[(AIR, "UA", "Pokrovsk", 2, "d-1", "Russia", "civilians")],
"wire: Pokrovsk of Donetsk, not the Yakutian town, in a story whose sentences name Russia"),

("ua-ocheretyne-taken", "2024-05-05 12:00", "Russia claims capture of Ocheretyne",
"""Russia's defence ministry said on Sunday its troops had taken Ocheretyne, a village north-west of Avdiivka. Kyiv did not confirm the loss.""",
[(NSA, "UA", "Ocheretyne", None, None, "Russia", "Ukraine")],
"wire: a village of Donetsk the gazetteer lacked; the capture claimed, no day given"),

("lb-khiam-strike", "2024-10-02 16:00", "Israeli strike kills three in Khiam",
"""An Israeli air strike on a house in Khiam killed three people on Wednesday, Lebanon's health ministry said. The Israeli military said it had hit a Hezbollah weapons store.""",
[(AIR, "LB", "Khiam", 3, "d-0", "Israel", "civilians")],
"wire: a south Lebanon town the gazetteer lacked; Israel named only as the side that struck"),

("sd-karari-shelling", "2024-06-18 09:00", "Shells hit Karari market, five dead",
"""Shells fired by the Rapid Support Forces hit a market in Karari, in northern Omdurman, on Monday, killing five people, a local volunteer group said.""",
[(SHL, "SD", "Karari", 5, "d-1", "Rapid Support Forces", "civilians")],
"wire: Karari of Omdurman, not the Indian town of the name"),

("sd-jebel-marra-clash", "2024-08-11 15:00", "Army and SLA fighters clash in Jebel Marra",
"""Fighting broke out on Saturday between the army and fighters of Abdel Wahid al-Nur's faction in the Jebel Marra mountains, residents said. At least nine fighters were killed, they said.""",
[(CL, "SD", "Jebel Marra", 9, "d-1", "Sudan", "Sudan Liberation Army - Abdel Wahid")],
"wire: Jebel Marra, a name that begins with a Turkmen town's name and runs on; no other place named"),
]
