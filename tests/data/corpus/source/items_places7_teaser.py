from common import *

# Teasers written by helper places7 (issue 14, places), without reading the blind split:
# the place only in the headline, as a state or region named without its country or noun
# (Plateau, Borno, Kachin), and a namesake (Georgia). The team's own words; places are
# real, events invented or simplified.
FEED = ("dev/places7-teaser.rss.xml", "rss", "https://briefs7.example.com/teasers", "Briefs Seven")
REGISTER = "teaser"

ITEMS = [
("ng-plateau-town-gunmen", "2025-04-22 09:00", "Gunmen kill 17 in Plateau town",
"""The attackers struck late on {d-1} while residents slept, a community leader said.""",
[(CIV, "NG", None, 17, "d-1", "gunmen", "civilians")],
"teaser: Plateau state only in the headline, as a town's state"),

("ng-benue-village-herders", "2025-06-15 09:00", "Herders kill 12 in Benue village raid",
"""Armed herders attacked the village late on {d-1}, police said, and burned homes.""",
[(CIV, "NG", None, 12, "d-1", "armed herders", "civilians")],
"teaser: Benue state only in the headline"),

("mm-kachin-airstrike-teaser", "2025-02-09 09:00", "Junta air strike on Kachin village kills 8",
"""Villagers said a jet dropped two bombs on a market on {d-1}.""",
[(AIR, "MM", None, 8, "d-1", "Myanmar", "civilians")],
"teaser: Kachin only in the headline"),

("ge-georgia-us-negative", "2025-05-05 09:00", "Georgia sheriff's deputy shot in Savannah traffic stop",
"""The deputy was taken to hospital and a suspect was arrested, officials said on {d-1}.""",
[],
"teaser: negative; Georgia the US state, a crime"),
]
