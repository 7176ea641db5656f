from common import *

# Translated copy written for issue 14's initiator figure (cls-actors, third round): the
# occupiers and the enemy as a translation names them, an agent through "of" ("strikes
# of the aviation of X"), and a passive with "by". In the team's own words, without
# reading the blind split.
FEED = ("dev/cls-actors3-translated.atom.xml", "atom", "https://perevodnik.example.org/news", "Perevodnik: News")
REGISTER = "translated"

ITEMS = [
("ua-nikopol-occupiers-struck", "2024-07-14 10:20", "The occupiers struck Nikopol with heavy artillery",
"""(Translated from Ukrainian) On {d-1} the occupiers struck Nikopol with heavy artillery. As a result of the shelling a 71-year-old woman perished, informed the head of the oblast military administration. Two private houses and a power line were damaged.""",
[(SHL, "UA", "Nikopol", 1, "d-1", "Russia", "civilians")], "translation: 'the occupiers' in Ukraine are Russia"),

("sy-maarat-strikes-of-aviation", "2024-12-02 09:00", "Strikes of the aviation of the regime on Maarat al-Numan",
"""(Translated from Arabic) On {d-1} the positions of the armed factions near Maarat al-Numan in the south of Idlib were subjected to strikes by warplanes of the Syrian army, which led to the death of six fighters, a source in the opposition reported.""",
[(AIR, "SY", "Maarat al-Numan", 6, "d-1", "Syria", "fighters")], "translation: a passive 'subjected to strikes by warplanes of the X army' names the state"),

("ml-boni-attacked-by-fama-drone", "2024-03-19 14:10", "Strike of a drone of the FAMa near Boni",
"""(Translated from French) A gathering of terrorists was struck on {d-1} near Boni, in the circle of Douentza, by a drone of the Malian Armed Forces. The general staff reports about fifteen assailants neutralised.""",
[(AIR, "ML", "Boni", None, "d-1", "Mali", "militants")], "translation: 'by a drone of the Malian Armed Forces'; 'neutralised' is no toll"),
]
