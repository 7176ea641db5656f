from common import *

# Statements written for issue 14's initiator figure (cls-actors, third round): a
# party's own report calls the other side "the enemy"; an interception with no named
# stopper is the state over whose ground it happened; "own troops" are the issuer's.
# In the team's own words, without reading the blind split.
FEED = ("dev/cls-actors3-statement.feed.json", "json", "https://commandnotes.example.mil/statements", "Command Notes: Statements")
REGISTER = "statement"

ITEMS = [
("ua-south-enemy-shelled", "2024-08-20 09:10", "Southern Defence Forces: situation as of morning",
"""Over the past day the enemy shelled 23 settlements of the Kherson region with artillery and mortars. In Bilozerka a 58-year-old man was killed and two women were wounded. Residential houses and a gas pipeline were damaged.""",
[(SHL, "UA", "Bilozerka", 1, None, "Russia", "civilians")], "in a Ukrainian report 'the enemy' is Russia; an age beside the toll"),

("ua-night-drones-downed-nameless", "2024-10-02 07:30", "Air Force: results of the night",
"""On the night of October 2, 32 attack drones of the Shahed type were shot down over the Kyiv, Poltava and Cherkasy regions. There are no casualties.""",
[(DIS, "UA", "Kyiv", 0, "d0", "Ukraine", "Russia")], "an interception with no stopper named: the state over whose ground it was stopped; the owner unnamed, the foe"),

("ru-belgorod-enemy-drone", "2024-05-28 12:00", "Governor: drone attack on a car in Belgorod district",
"""A drone of the enemy attacked a private car near the village of Dubovoye in the Belgorod district on {d0}. The driver was injured and taken to the regional hospital.""",
[(AIR, "RU", "Dubovoye", None, "d0", "Ukraine", "civilians")], "in a Russian report 'a drone of the enemy' is Ukraine's"),

("in-kishtwar-search-contact", "2024-09-14 08:40", "Nagrota Corps: contact in Kishtwar",
"""Acting on inputs, troops and police launched a search in the Chatroo forests of Kishtwar on {d-1}. The terrorists fired on the search party and were engaged. Two soldiers were injured; the search continues.""",
[(CL, "IN", "Chatroo", None, "d-1", "India", "militants")], "unnamed troops launched the search: the clash is theirs, though the other side fired first; injuries are no toll"),

("co-army-condemns-killing", "2024-06-25 12:00", "The Army condemns the killing of a community leader in Argelia",
"""The National Army condemns the murder of a community leader in the village of El Plateado, Argelia, Cauca, committed on {d-1} by members of the ELN, who shot him outside his home. Our troops are patrolling the area.""",
[(CIV, "CO", "El Plateado", 1, "d-1", "ELN", "civilians")], "the army that condemns the murder speaks of it and did not do it; the agent after 'by' did"),
]
