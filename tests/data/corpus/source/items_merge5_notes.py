from common import *

# Database notes written by helper merge5 for issues 14 and 20 (session of 2026-12-07),
# in our own words and without reading the blind items: Haiti's gangs named as the
# doers of an armed act ("gang gunmen"), which ACLED codes as armed groups, and a
# gang's crime with no armed act (no event).
FEED = ("dev/merge5-notes.rss.xml", "rss", "https://merge5-notes.example.org/log", "Merge5 Notes")
REGISTER = "notes"

ITEMS = [
("ht-gang-gunmen-nuns", "2024-09-03 08:00", "Haiti: Port-au-Prince",
"""Port-au-Prince (Ouest), {d-1}: gang gunmen kidnapped four nuns from a convent in the Carrefour-Feuilles district. No deaths reported.""",
[(ABD, "HT", "Port-au-Prince", None, "d-1", "gang gunmen", "civilians")],
"notes: a gang's gunmen take people: an abduction by an armed group"),

("ht-gang-fighters-cabaret", "2024-09-10 08:00", "Haiti: Cabaret",
"""{d-1}. Cabaret, Ouest department. Gang gunmen opened fire on residents of the town; 6 killed, according to the mayor.""",
[(CIV, "HT", "Cabaret", 6, "d-1", "gang gunmen", "civilians")],
"notes: a gang's gunmen shoot residents: an attack on civilians"),

("us-gang-trial-verdict", "2024-09-12 08:00", "United States: Chicago",
"""{d-1}. Chicago. A jury convicted two gang members of a drive-by killing in 2021. Sentencing set for November.""",
[],
"notes: a verdict on a gang crime years old: no event"),
]
