from common import *

# Wire copy written for issue 14's initiator figure (cls-actors, third round): the side
# named by its nationality and its force acts ("Russian air forces carried out strikes"
# in Ukraine is Russia's, not Ukraine's), also inside a later clause ("were killed when
# ... carried out"); a passive with "by" names who did it, also through "of" ("killed by
# an air strike of the coalition"); a foreign force's strike in a host state is the
# foreign force's; an army that recaptures a town from a group is the initiator. In the
# team's own words, without reading the blind split.
FEED = ("dev/cls-actors3-wire.rss.xml", "rss", "https://threadwire.example.org/world", "Thread Wire: World")
REGISTER = "wire"

ITEMS = [
("ua-vovchansk-air-forces-when", "2024-06-05 10:40", "Three killed in air strikes on Vovchansk",
"""KHARKIV, June 5 (Agency) - Three civilians were killed in the border town of Vovchansk on {d-1} when Russian air forces carried out a series of strikes with guided bombs on its centre, the regional prosecutor's office said.

Two more residents were wounded and a school building was destroyed.""",
[(AIR, "UA", "Vovchansk", 3, "d-1", "Russia", "civilians")], "the nationality of the force in a 'when' clause names the initiator, not the country of the place"),

("sy-deir-coalition-of", "2024-02-14 08:15", "Four fighters killed in strike near Deir ez-Zor",
"""BEIRUT, Feb 14 (Agency) - Four Islamic State fighters were killed by an air strike of the US-led coalition on a hideout in the desert south of Deir ez-Zor on {d-1}, a war monitor said.

The monitor said a local commander of the group was among the dead.""",
[(AIR, "SY", "Deir ez-Zor", 4, "d-1", "Coalition forces", "Islamic State")], "a passive with 'by ... of the coalition' names the coalition, and the dead are the side hit"),

("so-jamaame-us-strike-host", "2024-09-11 13:00", "US strike kills militants near Jamaame",
"""MOGADISHU, Sept 11 (Agency) - An American drone strike killed five al-Shabaab militants in a vehicle outside Jamaame in Lower Juba on {d-1}, the Somali information ministry said, adding that it had been carried out in coordination with the federal government.

The U.S. Africa Command confirmed a strike in the area but gave no toll.""",
[(AIR, "SO", "Jamaame", 5, "d-1", "United States", "Al-Shabaab")], "a foreign force's air strike in a host state is the foreign force's, not the host's"),

("so-elbur-recaptured-from", "2024-03-27 15:30", "Somali troops retake El Bur district town",
"""MOGADISHU, March 27 (Agency) - Somali soldiers backed by local clan militia recaptured the town of El Bur from al-Shabaab on {d-1} after a day of fighting on its outskirts, a regional commander said. He said eleven militants and two soldiers were killed.

The group had held El Bur since 2019.""",
[(GOV, "SO", "El Bur", 13, "d-1", "Somalia", "Al-Shabaab")], "'recaptured X from al-Shabaab': the army takes the town, the group is the side it is taken from"),

("lb-nabatieh-jets-negative-home", "2024-11-12 09:50", "Israeli jets strike Nabatieh market",
"""BEIRUT, Nov 12 (Agency) - Israeli jets struck a market street in the southern Lebanese city of Nabatieh on {d-1}, killing four people and wounding 17, Lebanon's health ministry said.

The Lebanese army said it had sent units to help clear the rubble.""",
[(AIR, "LB", "Nabatieh", 4, "d-1", "Israel", "civilians")], "the country where it happened is never the initiator by default, though its army is named"),
]
