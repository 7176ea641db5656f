from common import *

# Database records written in session 13 for issue 14's initiator figure (actors7): records
# that file their actors under labelled fields ("Perpetrator:", "Actor 1:", "Actors: A;
# B", "Victims:"), with the database's own names for the sides ("Military Forces of X
# (2023-)", "Police Forces of X", "Unidentified Armed Group (X)", "Civilians (X)"). In the
# team's own words, without reading the blind split.
FEED = ("dev/actors7-notes.feed.json", "json", "https://recordbook.example.org/entries", "Recordbook: Entries")
REGISTER = "notes"

ITEMS = [
("ng-gwoza-perpetrator-jas", "2024-03-12 08:00", "Nigeria: Borno",
"""Type: Violence against civilians; Location: Gwoza, Borno, Nigeria; Date: 10 March 2024; Perpetrator: Boko Haram (JAS); Victims: Civilians (Nigeria); Fatalities: 5.""",
[(CIV, "NG", "Gwoza", 5, "2024-03-10", "Boko Haram", "civilians")], "notes: the perpetrator field names who acted"),

("bf-djibo-actor1-actor2", "2024-05-20 08:00", "Burkina Faso: Soum",
"""Date: 17 May 2024 | Location: Djibo, Soum, Sahel | Event: Battle | Actor 1: JNIM | Actor 2: Military Forces of Burkina Faso (2022-) | Fatalities: 11""",
[(CL, "BF", "Djibo", 11, "2024-05-17", "JNIM", "Burkina Faso")], "notes: Actor 1 acted, Actor 2 was hit, whatever order the prose would give"),

("ke-mandera-actor1-police-target", "2024-02-08 08:00", "Kenya: Mandera",
"""Event: Armed clash. Date: 5 February 2024. Location: Mandera town, Mandera, Kenya. Actor 1: Al Shabaab. Actor 2: Police Forces of Kenya (2022-). Two police officers were killed when militants opened fire on a patrol. Fatalities: 2.""",
[(CL, "KE", "Mandera", 2, "2024-02-05", "Al-Shabaab", "Kenya")], "notes: the place's police named as Actor 2 is the side hit, never the initiator"),

("ml-bandiagara-uag-victims", "2024-07-03 08:00", "Mali: Mopti",
"""Type: Violence against civilians | Location: Bandiagara, Mopti, Mali | Date: 30 June 2024 | Perpetrator: Unidentified Armed Group (Mali) | Victims: villagers travelling to market | Fatalities: 4""",
[(CIV, "ML", "Bandiagara", 4, "2024-06-30", "Unidentified Armed Group (Mali)", "civilians")], "notes: an unidentified armed group as the database names it; the place's state is no initiator"),

("mz-macomia-actors-list", "2024-05-15 08:00", "Mozambique: Cabo Delgado",
"""Event type: Battles | Location: Macomia, Cabo Delgado, Mozambique | Date: 10 May 2024 | Actors: Islamic State Mozambique; Military Forces of Mozambique (2019-) | Fatalities: 7""",
[(CL, "MZ", "Macomia", 7, "2024-05-10", "Islamic State Mozambique", "Mozambique")], "notes: 'Actors:' lists the side that acted first"),

("cd-rutshuru-attackers-field", "2024-04-22 08:00", "DR Congo: North Kivu",
"""Type: Violence against civilians; Location: Kiwanja, Rutshuru, North Kivu, DR Congo; Date: 19 April 2024; Attackers: M23; Victims: displaced people at a camp; Fatalities: 3.""",
[(CIV, "CD", "Kiwanja", 3, "2024-04-19", "M23", "civilians")], "notes: an 'Attackers:' field"),

("pk-bannu-perpetrator-unknown-target-police", "2024-09-04 08:00", "Pakistan: Khyber Pakhtunkhwa",
"""Type: Explosions/Remote violence; Location: Bannu, Khyber Pakhtunkhwa, Pakistan; Date: 2 September 2024; Perpetrator: unidentified gunmen; Target: Police Forces of Pakistan (2024-); A roadside bomb hit a police van. Fatalities: 3.""",
[(IED, "PK", "Bannu", 3, "2024-09-02", "gunmen", "Pakistan")], "notes: the perpetrator field names unnamed attackers; the police of the place are the target"),

("so-baidoa-reporter-field-negative", "2024-06-18 08:00", "Somalia: Bay",
"""Date: 16 June 2024; Location: Baidoa, Bay, Somalia; Source: Somali National News Agency; Reported by: Military Forces of Somalia (2022-); Notes: the army held a parade in the town; no violence reported. Fatalities: 0.""",
[], "notes negative: a source or reporting field names no party, and no act is told"),
]
