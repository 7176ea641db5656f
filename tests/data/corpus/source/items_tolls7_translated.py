from common import *

# Translated copy written by helper tolls7 (session of 2026-12-07) for issue 14, in our own
# words and without reading the blind items: a part of a day named without its day ("in
# the morning", "during the night", "in the afternoon"), as translated bulletins open, is
# the publication day unless the text ties it to another day; "during the past night" is
# last night; a night told by the two days it spans ("the night of Friday to Saturday") is
# the later day's.
FEED = ("dev/tolls7-translated.rss.xml", "rss", "https://perevody7.example.org/feed", "Perevody Seven")
REGISTER = "translated"

ITEMS = [
("ua-kramatorsk-morning-kab", "2025-04-09 11:20", "The occupiers struck Kramatorsk with a guided aerial bomb",
"""In the morning the Russian army dropped a guided aerial bomb on the centre of Kramatorsk of the Donetsk oblast. As a result of the strike two residents perished, five more received injuries of various gravity, the head of the city military administration communicated.

Destroyed are a shop, an administrative building and eleven cars.""",
[(AIR, "UA", "Kramatorsk", 2, "d0", "Russia", "civilians")],
"'in the morning' opening the text is the publication day; an injured count is no toll"),

("ua-kherson-during-day-shelling", "2025-05-21 18:40", "During the day the enemy shelled the Dniprovskyi district of Kherson",
"""During the day the Russian troops carried out shelling of the Dniprovskyi district of Kherson from artillery. A man of 61 years perished on the street near his house, the regional military administration reported.""",
[(SHL, "UA", "Kherson", 1, "d0", "Russia", "civilians")],
"'during the day' is the publication day; 'a man of 61 years' is one dead, not 61"),

("ru-bryansk-past-night-drones", "2025-03-04 07:10", "Over the Bryansk region air defence destroyed 9 drones",
"""During the past night the duty means of air defence intercepted and destroyed nine Ukrainian unmanned aerial vehicles of the aircraft type over the territory of the Bryansk region, the Ministry of Defence of Russia informed. According to the governor, there are no victims.""",
[(DIS, "RU", "Bryansk", 0, "d-1", "Russia", "Ukraine")],
"'during the past night' is last night: the day before publication"),

("cd-beni-night-of-two-days", "2025-02-17 10:30", "Beni: the ADF killed eleven civilians in Mabalako",
"""The presumed ADF rebels killed with machetes eleven civilians in the night of {d-2} to {d-1} in the village of Mangodomu, in the sector of Beni-Mbau, territory of Beni, local civil society informs. Several houses were burned and the attackers withdrew towards the park.""",
[(CIV, "CD", "Mangodomu", 11, "d-1", "ADF", "civilians")],
"'in the night of Saturday to Sunday' is the later day (the night ends on it)"),

("co-narino-afternoon-of-weekday", "2025-08-12 09:15", "Dissidents attacked a police patrol in Tumaco",
"""Armed men of a dissidence of the FARC attacked with rifles in the afternoon of {d-1} a patrol of the National Police on the road between Tumaco and Llorente, in Narino. Two uniformed perished and one more was wounded, the Police informed. The troops pursued the attackers into the rural zone.""",
[(CL, "CO", "Tumaco", 2, "d-1", "FARC dissidents", "Police Forces of Colombia")],
"'in the afternoon of Monday': the day named ties the part of the day"),

("lb-marjayoun-evening-drone", "2025-01-28 16:45", "A hostile drone targeted a motorcycle in Marjayoun",
"""A drone of the Israeli enemy targeted in the afternoon a motorcycle at the entrance of the town of Khiam in the district of Marjayoun, which led to the martyrdom of a citizen, the National Agency reported.

The enemy aviation flew during the day at low altitude over the villages of the south.""",
[(AIR, "LB", "Khiam", 1, "d0", "Israel", "civilians")],
"'in the afternoon' is the publication day; 'the martyrdom of a citizen' is one dead"),

("mm-magway-morning-junta-jets", "2025-06-03 08:00", "The jets of the military council bombed a village in Magway",
"""At about nine in the morning of {d-1} the jet fighters of the terrorist military council dropped bombs on the village of Kyauk Sayit in Pauk township of Magway region. Seven villagers including two children were killed, the local defence force said.""",
[(AIR, "MM", "Pauk", 7, "d-1", "Myanmar", "civilians")],
"'in the morning of Monday' is Monday, not the publication day"),

("ua-zaporizhzhia-concert-evening-none", "2025-06-20 12:00", "In Zaporizhzhia the philharmonic gave a concert for the defenders",
"""In the evening the regional philharmonic of Zaporizhzhia gave a concert for the soldiers of the Defence Forces and their families in the shelter of the theatre. The program included works of Ukrainian composers, the city council informed. During the day the air alarm sounded twice.""",
[],
"negative: a concert 'in the evening' and an air alarm; nothing struck"),
]
