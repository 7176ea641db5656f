from common import *

# Local press written in session 13 for issue 14's initiator figure (actors7): shells fired
# from a neighbour's positions across a border, and an armed group that says it carried out
# an attack a sentence after the act. In the team's own words, without reading the blind split.
FEED = ("dev/actors7-local.rss.xml", "rss", "https://borderpost7.example.org/news", "Border Post 7")
REGISTER = "local"

ITEMS = [
("th-phanom-dong-rak-shells-from-positions", "2025-07-27 09:00", "Farm shelter hit in Phanom Dong Rak",
"""SURIN - Artillery rounds fired from Cambodian positions fell on a farm shelter in Phanom Dong Rak district on {d-1} morning, killing a farmer and injuring his son, the district chief said.

Villagers from four tambons have been moved to temporary shelters at schools.""",
[(SHL, "TH", "Phanom Dong Rak", 1, "d-1", "Cambodia", "civilians")], "local: the state whose positions the rounds were fired from"),

("ng-gwoza-iswap-says-it-attacked", "2024-11-04 11:00", "Soldiers killed in attack on Gwoza outpost",
"""MAIDUGURI - Four soldiers were killed when fighters on motorcycles raided a military outpost near Gwoza in Borno State late on {d-2}, security sources said.

ISWAP said on its Amaq channel that it had attacked the outpost and seized weapons.""",
[(CL, "NG", "Gwoza", 4, "d-2", "Islamic State West Africa Province", "Nigeria")], "local: a group that says it had attacked, after the act"),
]
