from common import *

# Wire copy written for issue 14's actor rules (session 4, cls-actor): agentive phrases
# that name who acted ("shelling by X", "X said its jets struck", "claimed by X",
# "X-linked militants"), foreign forces acting in another country, the attacked side
# named first, and false friends (a weapon's maker, a group that only denies). In the
# team's own words, without reading the blind split.
FEED = ("dev/s4-actor-wire.rss.xml", "rss", "https://agencyline.example.net/world", "Agency Line: World")
REGISTER = "wire"

ITEMS = [
("ye-hodeidah-its-jets", "2024-07-21 08:30", "Israel says its jets struck Hodeidah port",
"""TEL AVIV, July 21 (Agency) - Israel said its jets struck fuel depots and cranes at the Houthi-held port of Hodeidah on {d-1}, a day after a drone launched from Yemen hit an apartment in Tel Aviv.

Houthi-run health authorities said six people were killed and more than 80 wounded in the port, where fires burned through the night.""",
[(AIR, "YE", "Hodeidah", 6, "d-1", "Israel", "Houthis")],
"'X said its jets struck': the speaker is the initiator; the event's country is not"),

("bf-djibo-linked-militants", "2024-05-28 14:00", "Al-Qaeda-linked militants kill soldiers in northern Burkina Faso",
"""OUAGADOUGOU, May 28 (Agency) - Al-Qaeda-linked militants attacked an army post near Djibo in northern Burkina Faso on {d-2}, killing at least 15 soldiers, two security sources said.

The assault was the third on the town this month. The army has lost control of much of the countryside around it since 2022.""",
[(CL, "BF", "Djibo", 15, "d-2", "Al-Qaeda", "Burkina Faso")],
"'X-linked militants' are X's own"),

("sd-elfasher-shelling-by", "2024-06-09 11:45", "Hospital hit in El Fasher shelling",
"""PORT SUDAN, June 9 (Agency) - Shelling by the Rapid Support Forces hit the Saudi hospital in El Fasher on {d-1}, killing four patients and a nurse, medical charity staff said.

The army, which holds the city centre, said its forces repelled an RSF push on the eastern districts later that day.""",
[(SHL, "SD", "El Fasher", 5, "d-1", "Rapid Support Forces", "civilians")],
"'shelling by X': the agent after 'by' leads; the hospital's name holds a state name (false friend)"),

("ps-jenin-killed-by-israeli-forces", "2024-08-31 13:20", "Three Palestinians killed in Jenin raid",
"""JENIN, West Bank, Aug 31 (Agency) - Three Palestinians were killed by Israeli forces during a raid on the Jenin refugee camp on {d0}, the Palestinian health ministry said.

The Israeli military said its troops exchanged fire with gunmen in the camp and had killed three militants. Hamas said the three were members of its armed wing.""",
[(CL, "PS", "Jenin", 3, "d0", "Israel", "Hamas")],
"passive voice: killed by Israeli forces; the attacked side named first"),

("ua-russian-made-drone-false-friend", "2024-10-12 09:40", "Ukraine says it downed Iranian-made drones over Odesa",
"""KYIV, Oct 12 (Agency) - Ukrainian air defences shot down 22 of 27 Iranian-made Shahed drones that Russia launched overnight towards the Odesa region, the air force said on {d0}.

Debris fell on a warehouse in the port district, causing a fire but no casualties, regional officials said.""",
[(DIS, "UA", "Odesa", None, "d0", "Ukraine", "Russia")],
"the maker of a weapon is no party: Iran is neither initiator nor target"),

("pk-quetta-claimed-by", "2024-11-10 07:30", "Railway station blast kills 26 in Quetta",
"""QUETTA, Pakistan, Nov 10 (Agency) - A suicide bomber blew himself up on a crowded platform at Quetta railway station on {d-1}, killing 26 people, among them 14 soldiers waiting for a train, police said.

The bombing was claimed by the Baloch Liberation Army in a message to reporters.""",
[(SUI, "PK", "Quetta", 26, "d-1", "Balochistan Liberation Army", "Pakistan")],
"'claimed by X' in another sentence names the initiator; Pakistan is the side hit"),
]
