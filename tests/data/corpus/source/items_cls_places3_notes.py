from common import *

# Event-database notes written by helper places (issue 14, third round of places), without
# reading the blind split: a salvo fired across a border placed where it lands, and towns of
# 5,000 to 15,000 people outside the countries the gazetteer once widened alone (Nicaragua,
# Azerbaijan). The team's own words; places are real, events invented or simplified.
FEED = ("dev/cls-places3-notes.rss.xml", "rss", "https://notebook3.example.org/events", "Event Notebook Three")
REGISTER = "notes"

ITEMS = [
("il-shlomi-rockets-from-lebanon", "2024-06-16 08:00", "",
"""On 14 June 2024, Hezbollah fired a salvo of rockets from southern Lebanon at Shlomi (Northern, Israel). Two civilians wounded. No fatalities.""",
[(SHL, "IL", "Shlomi", 0, "2024-06-14", "Hezbollah", "civilians")],
"notes: fired from Lebanon, landed in Israel: Israel"),

("ni-wiwili-patrol-ambush", "1987-03-05 08:00", "NIC",
"""On 3 March 1987, Contra fighters ambushed a Sandinista army patrol near Wiwili (Nueva Segovia). 4 soldiers killed. Fatalities: 4.""",
[(CL, "NI", "Wiwili", 4, "1987-03-03", "Contras", "Nicaragua")],
"notes: a town of 7,000 in Nicaragua"),

("az-tovuz-positions-fired-on", "2023-05-24 08:00", "Azerbaijan",
"""On 22 May 2023, Military Forces of Armenia fired on Military Forces of Azerbaijan positions near Tovuz (Tovuz). No casualties reported.""",
[(CL, "AZ", "Tovuz", 0, "2023-05-22", "Armenia", "Azerbaijan")],
"notes: a town of 12,600 in Azerbaijan, attacked from Armenia"),
]
