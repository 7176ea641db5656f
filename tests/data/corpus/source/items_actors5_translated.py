from common import *

# Translated copy written in session 11 for issue 14's initiator figure (actors5): the
# day or the hour told between the verb and its object ("kidnapped on Monday a
# merchant", "shelled at dawn on Wednesday the camp"), which keeps the verb active and
# its subject the attacker; and a passive whose day comes before its agent. In the
# team's own words, without reading the blind split.
FEED = ("dev/actors5-translated.atom.xml", "atom", "https://traduccion-desk.example.org/news", "Traduccion Desk: News")
REGISTER = "translated"

ITEMS = [
("co-cucuta-eln-kidnapped-engineer", "2024-03-14 11:10", "Denounce kidnapping of an engineer near Cucuta",
"""Men of the ELN kidnapped on {d-1} an engineer of the road company who was supervising works on the road between Cucuta and Sardinata, in Norte de Santander, denounced the company.

The company asked for the liberation of its employee and suspended the works in the zone.""",
[(ABD, "CO", "Sardinata", None, "d-1", "ELN", "civilians")], "translated Spanish: 'kidnapped on Wednesday an engineer', the object after the day"),

("cd-rutshuru-m23-shelled-camp", "2024-04-18 09:30", "Bombs fall on a camp of displaced in Rutshuru",
"""The rebels of the M23 shelled at dawn on {d-1} the camp of displaced persons of Kanyaruchinya, north of Goma, which caused the death of five persons, among them two children, the administrator of the territory said.""",
[(SHL, "CD", "Kanyaruchinya", 5, "d-1", "M23", "civilians")], "translated French: 'shelled at dawn on Wednesday the camp', the object after the time"),

("sd-omdurman-rsf-targeted-market", "2024-09-09 13:00", "Five dead in a shelling on the market of Omdurman",
"""The Rapid Support Forces targeted on the evening of {d-1} the market of Sabrin in Omdurman with artillery shells, which led to the death of five citizens and the injury of 17 others, the local committee reported.""",
[(SHL, "SD", "Omdurman", 5, "d-1", "Rapid Support Forces", "civilians")], "translated Arabic: 'targeted on the evening of Sunday the market', the object after the time"),

("ml-menaka-isgs-abducted-chief", "2024-11-05 10:00", "A village chief taken in the region of Menaka",
"""Elements of the Islamic State in the Greater Sahara abducted on {d-2} the chief of the village of Inekar, in the region of Menaka, according to local sources. His family has had no news since.""",
[(ABD, "ML", "Inekar", None, "d-2", "Islamic State Sahel", "civilians")], "translated French: 'abducted on Sunday the chief of the village', the object after the day"),
]
