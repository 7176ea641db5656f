from common import *

# Database notes written by helper merge6 for issue 20's reports without an event
# (session of 2026-12-07), in our own words and without reading the blind split: notes
# that file the event in labelled fields under ACLED's own names for the kinds ("Type:
# Violence against civilians; Location: ...; Fatalities: ..."), the place read from the
# place field; and a field-label note and a speech that name the kind with no act.
FEED = ("dev/merge6-notes.rss.xml", "rss", "https://merge6-notes.example.org/log", "Merge6 Notes")
REGISTER = "notes"

ITEMS = [
("cd-beni-field-vac", "2024-08-06 08:00", "DR Congo: Mamove, Beni",
"""Type: Violence against civilians; Location: Mamove, Beni, North Kivu, DR Congo; Date: 5 August 2024; Fatalities: 9; Perpetrator: ADF; Victims: farmers.""",
[(CIV, "CD", "Mamove", 9, "2024-08-05", "ADF", "civilians")],
"notes: a field-label note filing the act under ACLED's name for the kind"),

("ml-menaka-field-nsa", "2024-08-09 08:00", "Mali: Tidermene, Menaka",
"""Type: Non-state actor overtakes territory; Location: Tidermene, Menaka, Mali; Date: 7 August 2024; Actors: Islamic State Sahel; Fatalities: not reported.""",
[(NSA, "ML", "Tidermene", None, "2024-08-07", "Islamic State Sahel", None)],
"notes: a territory change in labelled fields"),

("so-field-gov", "2024-08-12 08:00", "Somalia: Adale, Middle Shabelle",
"""Event type: Government regains territory | Location: Adale, Middle Shabelle, Somalia | Date: 11 August 2024 | Fatalities: 4 | Actors: Somali National Army; al-Shabaab""",
[(GOV, "SO", "Adale", 4, "2024-08-11", "Somalia", "Al-Shabaab")],
"notes: a recapture in labelled fields, bars between them"),

("pk-field-ied-place", "2024-08-14 08:00", "Pakistan: Khar, Bajaur",
"""Type: Remote explosive/landmine/IED; Location: Khar, Bajaur, Khyber Pakhtunkhwa, Pakistan; Date: 13 August 2024; Fatalities: 2; Target: police.""",
[(IED, "PK", "Khar", 2, "2024-08-13", None, "Pakistan")],
"notes: the place is the first name of the place field"),

("ng-field-old-raids", "2024-08-20 08:00", "Nigeria: Mangu, Plateau",
"""Type: Violence against civilians; Location: Mangu, Plateau, Nigeria; Date: 19 August 2024; Fatalities: 7; Perpetrator: unidentified gunmen. Same area as the raids of 24 January 2024.""",
[(CIV, "NG", "Mangu", 7, "2024-08-19", "gunmen", "civilians")],
"notes: a closing remark recalls older raids; the note's act is new"),

("un-speech-violence-civilians", "2024-08-21 08:00", "UN: Security Council statement",
"""The Security Council condemned violence against civilians in all its forms and called on the parties to respect international humanitarian law.""",
[],
"notes: a speech naming the kind, no act"),
]
