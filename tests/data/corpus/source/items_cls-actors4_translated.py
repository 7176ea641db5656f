from common import *

# Modern copy translated from other languages, written in session 10 for issue 14's
# initiator figure (cls-actors4): a group named by its translated or military-wing name
# ("the Saraya al-Quds", "the Islamic Resistance in Lebanon"), the agent of a passive
# placed after the place ("were martyred by shells of the occupation"), a kidnapping
# committed by "members of" a group in the translated word order, and "the Israeli enemy"
# in Lebanese copy. In the team's own words, without reading the blind split.
FEED = ("dev/cls-actors4-translated.atom.xml", "atom", "https://tarjama-desk.example.org/news", "Tarjama Desk: News")
REGISTER = "translated"

ITEMS = [
("lb-bint-jbeil-israeli-enemy", "2024-08-21 10:15", "Two martyrs in a raid of the Israeli enemy on Bint Jbeil",
"""A drone of the Israeli enemy targeted at dawn on {d0} a motorcycle on the road between Bint Jbeil and Ainata, which led to the martyrdom of two citizens, the National News Agency reported.

The agency added that the hostile aviation flew at low altitude over villages of the district during the morning.""",
[(AIR, "LB", "Bint Jbeil", 2, "d0", "Israel", "civilians")], "translated Arabic: 'a drone of the Israeli enemy' names Israel"),

("ps-nuseirat-shells-occupation", "2024-06-11 09:40", "Five martyred by shells of the occupation in Nuseirat camp",
"""Five citizens, among them a child, were martyred and others were wounded on {d-1} evening in the Nuseirat camp, in the centre of the Gaza Strip, by artillery shells of the occupation that fell on a house, medical sources said.

The sources added that the ambulance crews recovered the bodies with difficulty because of the continuous bombardment.""",
[(SHL, "PS", "Nuseirat", 5, "d-1", "Israel", "civilians")], "translated Arabic: 'shells of the occupation' after a passive; strikes on Gaza in the war are Israel's"),

("co-arauca-members-eln", "2024-05-08 15:30", "Denounce kidnapping of a veterinarian in Tame",
"""Members of the ELN took by force on Tuesday a veterinarian of 41 years who was travelling in his truck on the road between Tame and Fortul, in the department of Arauca, denounced the association of cattle ranchers of the region.

The association asked the guerrilla for his immediate liberation and recalled that it is the third kidnapping of the year in the zone.""",
[(ABD, "CO", "Tame", None, "d-1", "ELN", "civilians")], "translated Spanish: 'members of the ELN took by force on Tuesday a veterinarian', object after the day"),

("bf-arbinda-individuals-ansarul", "2024-02-20 12:00", "Attack against a convoy of supply in the province of Soum",
"""A convoy of supply escorted by the VDP was the object of an attack on {d-2} on the axis Arbinda-Gorgadji, in the province of Soum. Six volunteers and three civilians lost their lives, according to concordant sources.

The attack was claimed on the day after by the group Ansarul Islam in a message diffused on the social networks.""",
[(CL, "BF", "Arbinda", 9, "d-2", "Ansarul Islam", "Burkina Faso")], "translated French: 'was the object of an attack', the claim made the next day 'by the group Ansarul Islam'"),
]
