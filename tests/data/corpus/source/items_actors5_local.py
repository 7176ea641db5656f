from common import *

# Local press written in session 11 for issue 14's initiator figure (actors5): unnamed
# attackers that the same sentence then names ("gunmen on motorbikes, presumed to be
# ...", "the fighters of the ..."), and groups named the way their region's press
# names them ("Anglophone separatists", "the PLA of Manipur", "the Janjaweed"). In the
# team's own words, without reading the blind split.
FEED = ("dev/actors5-local.rss.xml", "rss", "https://regiondesk.example.org/news", "Regiondesk")
REGISTER = "local"

ITEMS = [
("ne-tera-presumed-issp", "2024-10-15 09:00", "Nine soldiers killed in ambush near Tera",
"""A patrol of the army was ambushed near Tera in the Tillaberi region on {d-1} by gunmen on motorbikes, presumed to be Islamic State Sahel fighters, the ministry of defence said. Nine soldiers were killed and four wounded.""",
[(CL, "NE", "Tera", 9, "d-1", "Islamic State Sahel", "Niger")], "local: unnamed gunmen named in the same sentence by 'presumed to be'"),

("cm-kumbo-anglophone-separatists", "2024-02-27 08:30", "Two soldiers killed near Kumbo",
"""Anglophone separatists killed two soldiers in an attack on a checkpoint on the outskirts of Kumbo in the North-West region on {d-1}, a military source told our reporter.""",
[(CL, "CM", "Kumbo", 2, "d-1", "Ambazonian separatists", "Cameroon")], "local: 'Anglophone separatists' are the Ambazonian separatists"),

("in-thoubal-pla-manipur", "2024-04-09 10:45", "Two jawans hurt in ambush in Thoubal",
"""Cadres of the PLA of Manipur ambushed a team of the Assam Rifles near Khongjom in Thoubal district on {d-1}, injuring two jawans, officials said.""",
[(CL, "IN", "Khongjom", None, "d-1", "People's Liberation Army of Manipur", "India")], "local: the PLA of Manipur by its short name"),

("sd-nyala-janjaweed-shelling", "2024-06-18 12:10", "Shells kill four in Nyala neighbourhood",
"""The Janjaweed militia shelled the Al-Wadi neighbourhood of Nyala on {d-1}, killing four civilians and wounding eleven, a local rights group said.""",
[(SHL, "SD", "Nyala", 4, "d-1", "Rapid Support Forces", "civilians")], "local: 'the Janjaweed militia' as Sudanese press names the RSF"),
]
