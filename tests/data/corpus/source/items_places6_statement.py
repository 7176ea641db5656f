from common import *

# Military statements written by helper places6 (issue 14, places), without reading the
# blind split: interceptions told by the side that brought the weapon down, whose own
# name holds another country ("the Coalition to Restore Legitimacy in Yemen"), placed
# over the city the weapon was sent towards. The team's own words; events invented.
FEED = ("dev/places6-statement.rss.xml", "rss", "https://communiques6.example.org/releases", "Communiques Six")
REGISTER = "statement"

ITEMS = [
("sa-najran-missile-intercepted", "2021-04-12 10:00", "Coalition: a ballistic missile launched towards Najran was intercepted",
"""The Command of the Joint Forces of the Coalition to Restore Legitimacy in Yemen stated that the Royal Saudi Air Defence Forces intercepted and destroyed on {d-1} evening a ballistic missile launched by the terrorist Houthi militia towards Najran. No injuries were recorded.""",
[(DIS, "SA", "Najran", 0, "d-1", "Saudi Arabia", "Houthis")],
"statement: the coalition's name holds Yemen; the missile was brought down where it was sent"),

("ua-odesa-drones-downed", "2024-09-25 07:00", "Air defence report for the night",
"""During the night the enemy launched 14 attack drones from the Kursk region of Russia towards Odesa. Air defence units of the Southern command destroyed all 14 over the Odesa region. There were no casualties.""",
[(DIS, "UA", "Odesa", 0, "d0", "Ukraine", "Russia")],
"statement: drones sent from a Russian region, brought down over a Ukrainian one"),
]
