from common import *

# RSS teasers written by helper tollsdates for issue 14 (session 10) without reading
# the blind items: a toll that rose told in the headline with no "death" before "toll",
# two kinds of dead added up, and a teaser that gives no day (date null).
FEED = ("dev/tollsdates-teaser.rss.xml", "rss", "https://tollbriefs.example.com/feed", "Toll Briefs")
REGISTER = "teaser"

ITEMS = [
("peshawar-church-toll-rises", "2025-09-23 11:10", "Peshawar church bombing toll rises to 81",
"""Hospital officials said more wounded died overnight after the twin suicide bombing at a church in Peshawar on {d-1}.""",
[(SUI, "PK", "Peshawar", 81, "d-1", None, "civilians")],
"the risen toll is the headline's: 81"),

("zamfara-soldiers-vigilantes-ambush", "2025-04-15 08:30", "3 soldiers, 2 vigilantes die in Zamfara ambush",
"""Bandits ambushed a joint patrol near Tsafe in Zamfara State on {d-1}, a military source said.""",
[(CL, "NG", "Tsafe", 5, "d-1", "bandits", "Nigeria")],
"two kinds of dead joined by a comma in a headline: 5"),

("plateau-bokkos-no-day", "2025-06-10 07:15", "Gunmen kill four farmers in Plateau",
"""Gunmen killed four farmers working on their fields in a village of Bokkos local government area, Plateau State police said.""",
[(CIV, "NG", "Bokkos", 4, None, None, "civilians")],
"no day in the text: date null"),

("kachin-toll-now", "2025-11-04 06:20", "Toll from air strike on Kachin wedding now 17",
"""Rescuers found more bodies under a collapsed hall after the military's air strike on a wedding party near Bhamo on {d-2}.""",
[(AIR, "MM", "Bhamo", 17, "d-2", "Myanmar", "civilians")],
"'Toll ... now 17' without 'death' or 'the' before it"),
]
