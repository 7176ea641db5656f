from common import *

# Event-database notes written by helper cls-types for issue 14 (session 6) without
# reading the blind items: one-sided killings whose only toll is the closing count
# (violence against civilians, not a clash), and a raid whose fire was returned (a clash).
FEED = ("dev/cls-types-onesided-notes.rss.xml", "rss", "https://conflictcoder.example.org/notes", "Conflict Coder Notes")
REGISTER = "notes"

ITEMS = [
("bf-djibo-market", "2024-05-20 10:00", "Burkina Faso: Soum",
"""On 14 May 2024, JNIM militants opened fire on traders and shoppers at the weekly market of Djibo (Djibo, Soum) and burned stalls before leaving on motorbikes. Fatalities: 17.""",
[(CIV, "BF", "Djibo", 17, "2024-05-14", "JNIM", "civilians")],
"gunmen firing on a market crowd with only a closing count: violence against civilians"),

("cd-djugu-site", "2023-12-04 10:00", "DRC: Ituri",
"""On 29 November 2023, CODECO militiamen stormed the Plaine Savo displacement site (Djugu, Ituri) at night and shot residents fleeing towards the hills. Fatalities: 12.""",
[(CIV, "CD", "Plaine Savo", 12, "2023-11-29", "CODECO", "civilians")],
"residents fleeing shot by a militia: violence against civilians"),

("ng-gwoza-patrol-returned", "2024-02-26 10:00", "Nigeria: Borno",
"""On 21 February 2024, Boko Haram (JAS) fighters opened fire on a vigilante patrol near Pulka (Gwoza, Borno). The vigilantes returned fire and the attackers withdrew. Fatalities: 3.""",
[(CL, "NG", "Pulka", 3, "2024-02-21", "Boko Haram", "Civilian JTF")],
"fire returned by an armed patrol: a clash, whatever the closing count"),
]
