from common import *

# Copy translated from French and Ukrainian written by helper places5 (issue 14,
# places), without reading the blind split: provinces of Burkina Faso the gazetteer
# held only with their noun or not at all ("the province of Oudalan"), the short name
# "Burkina", a Ukrainian district named like a Bulgarian one, and a town of the
# front named like a Tatar one in a story of "the Russian occupiers". The team's own
# words; places are real, events invented.
FEED = ("dev/places5-translated.feed.json", "json", "https://traduit5.example.org/feed", "Traduit")
REGISTER = "translated"

ITEMS = [
("bf-oudalan-market-attack", "2024-09-16 08:00", "Attack against the market of a village of the Oudalan",
"""Armed individuals attacked on Saturday the weekly market of a village of the province of Oudalan, in the region of the Sahel, killing eight traders, according to local sources. The assailants burned shops before leaving on motorcycles.""",
[(CIV, "BF", "Oudalan", 8, "d-2", "armed individuals", "civilians")],
"translated: a Sahel province of Burkina known only by 'the province of Oudalan'"),

("bf-burkina-convoy-soum", "2024-03-11 07:00", "Burkina: a convoy ambushed in the Soum",
"""A convoy of the army was ambushed on Sunday between Djibo and Namssiguia, in the province of Soum, in the north of Burkina, according to security sources. Four soldiers were killed.""",
[(CL, "BF", "Soum", 4, "d-1", None, "Burkina Faso")],
"translated: 'Burkina' as the country's short name, the Soum as a province not the Senegalese town"),

("ua-nikopol-district-drones", "2025-01-20 09:00", "The enemy shelled the Nikopol district",
"""During the day the Russian occupiers shelled the Nikopol district with heavy artillery. A 54-year-old woman was wounded, informed the head of the regional military administration.""",
[(SHL, "UA", "Nikopol", 0, "d-0", "Russia", "civilians")],
"translated: the Nikopol district of Dnipropetrovsk, not the Bulgarian municipality"),

("ua-zelenodolsk-occupiers-shelling", "2025-02-03 08:00", "The occupiers shelled Zelenodolsk: a man is wounded",
"""During the night the Russian occupiers shelled Zelenodolsk with heavy artillery. A 47-year-old man was wounded, two houses and a power line were damaged.

This was informed by the head of the Dnipropetrovsk regional military administration.""",
[(SHL, "UA", "Zelenodolsk", 0, "d-0", "Russia", "civilians")],
"translated: Zelenodolsk of Dnipropetrovsk, not the town of Tatarstan; 'the Russian occupiers' name the side that fired, not the place"),
]
