from common import *

# Event-database notes written by helper cls-type for issue 14: villages taken over by
# an armed group, a clash, and an accidental depot blast.
FEED = ("dev/cls-type-notes.rss.xml", "rss", "https://eventcoder.example.org/notes", "Event Coder Notes")
REGISTER = "notes"

ITEMS = [
("cd-rutshuru-m23", "2024-06-30 10:00", "DRC: North Kivu",
"""On 27 June 2024, M23 took over control of the villages of Kanyabayonga and Kirumba (Lubero, North Kivu) after FARDC and Wazalendo withdrew. Fatalities: 0.""",
[(NSA, "CD", "Kanyabayonga", 0, "2024-06-27", "M23", "Democratic Republic of Congo")],
"an armed group taking over control of villages: non-state actor overtakes territory"),

("et-gondar-fano-clash", "2024-02-15 09:30", "Ethiopia: Amhara",
"""On 11 February 2024, Fano militia clashed with ENDF soldiers at Azezo (Gondar, Central Gondar). 9 fatalities.""",
[(CL, "ET", "Azezo", 9, "2024-02-11", "Fano", "Ethiopia")],
"notes: a clash"),

("kz-arys-depot-fire", "2024-06-26 08:45", "Kazakhstan: Turkistan",
"""On 24 June 2024, a fire at an army ammunition depot near Arys (Turkistan) set off explosions for several hours; the ministry blamed a breach of storage rules. No fatalities reported.""",
[], "accidental depot blast: negative"),
]
