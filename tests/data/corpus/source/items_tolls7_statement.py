from common import *

# Statements written by helper tolls7 (session of 2026-12-07) for issue 14, in our own
# words and without reading the blind items: a part of a day named without its day ("in
# the night", "in the afternoon") is the publication day, or the day the statement has
# already named.
FEED = ("dev/tolls7-statement.rss.xml", "rss", "https://communiques7.example.int/releases", "Communiques Seven")
REGISTER = "statement"

ITEMS = [
("ua-af-night-shaheds-dnipro", "2025-04-17 08:05", "Air Force: results of the night air attack",
"""In the night the enemy attacked with 31 strike drones of the Shahed type from the directions of Kursk and Primorsko-Akhtarsk. By 08:00, our air defence shot down 24 drones over the Dnipropetrovsk, Poltava and Kharkiv regions. No losses among our forces.""",
[(DIS, "UA", "Dnipropetrovsk", 0, "d0", "Ukraine", "Russia")],
"'in the night' in a morning report is the night ending on the publication day"),

("in-kupwara-afternoon-of-named-day", "2025-07-09 15:30", "Chinar Corps: infiltration bid foiled in Kupwara",
"""On {d-1}, based on specific intelligence, a joint operation was launched by the Army and J&K Police in the Machil sector of Kupwara. In the afternoon, alert troops observed suspicious movement and challenged the infiltrators, who opened fire. In the ensuing firefight two terrorists were eliminated. Operations continue.""",
[(CL, "IN", "Machil", 2, "d-1", "India", "terrorists")],
"'in the afternoon' after a day named in the sentence before is that day, not the publication day"),
]
