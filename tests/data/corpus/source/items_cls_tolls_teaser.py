from common import *

# RSS teasers written by helper cls-tolls for issue 14 (session 6) without reading the
# blind items: the toll stated only in the headline, the one sentence below telling the act
# without a count.
FEED = ("dev/cls-tolls-teaser.rss.xml", "rss", "https://tollsdesk.example.org/teasers", "Tolls Desk Teasers")
REGISTER = "teaser"

ITEMS = [
("ng-plateau-village-raid-teaser", "2025-04-14 07:00", "Gunmen raid Plateau village at night, 11 dead",
"""Residents of Hurum in Bassa local government area said the attackers arrived on foot late on Sunday and fired on people in their homes.""",
[(CIV, "NG", "Hurum", 11, "2025-04-13", "gunmen", "civilians")],
"headline toll '11 dead', the body tells the act without a count"),

("so-hiiraan-base-teaser", "2025-02-18 07:00", "Al-Shabaab fighters attack army base in Hiiraan; 4 soldiers dead",
"""Militants stormed the forward base at Moqokori before dawn on Tuesday and were pushed back after a long exchange of fire, a local commander said.""",
[(CL, "SO", "Moqokori", 4, "2025-02-18", "Al-Shabaab", "Somalia")],
"headline toll '4 soldiers dead', the body tells the fight without a count"),
]
