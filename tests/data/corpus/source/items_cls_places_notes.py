from common import *

# Event-database notes written by helper cls-places (issue 14) for place cases, without
# reading the blind items: the last element of a place list in parentheses that is also a
# country's name ("(Rafi, Niger)" is Niger State), a neighbour named only as the border,
# a foreign national abducted, a district named after its seat town; and a negative.
# The team's own words; places are real, events invented.
FEED = ("dev/cls-places-notes.rss.xml", "rss", "https://notebook.example.org/events", "Event Notebook")
REGISTER = "notes"

ITEMS = [
("ng-kontagora-niger-state", "2024-05-10 08:00", "",
"""On 8 May 2024, bandits attacked a Military Forces of Nigeria (2023-) checkpoint near Kontagora (Kontagora, Niger). 4 soldiers and 9 bandits killed. Fatalities: 13.""",
[(CL, "NG", "Kontagora", 13, "2024-05-08", "bandits", "Nigeria")],
"notes: Niger as the last element of the list is Niger State"),

("ng-mariga-niger-state-abduction", "2024-07-03 08:00", "NGA",
"""On 1 July 2024, armed men abducted 20 villagers from Kwanar Dutse (Mariga, Niger). No fatalities reported.""",
[(ABD, "NG", "Kwanar Dutse", 0, "2024-07-01", "armed men", "civilians")],
"notes: a village the gazetteer lacks, in Niger State"),

("ml-border-with-burkina", "2024-03-21 08:00", "Mali",
"""On 19 March 2024, JNIM fighters attacked a Military Forces of Mali (2021-) post at Boulkessi (Douentza, Mopti), near the border with Burkina Faso. 7 soldiers killed. Fatalities: 7.""",
[(CL, "ML", "Boulkessi", 7, "2024-03-19", "JNIM", "Mali")],
"notes: 'the border with Burkina Faso' names the neighbour"),

("ne-french-national-abducted", "2024-04-15 08:00", "Niger",
"""On 13 April 2024, unidentified armed men abducted a French national, an aid worker, in Agadez (Agadez, Agadez). No fatalities.""",
[(ABD, "NE", "Agadez", 0, "2024-04-13", "armed men", "civilians")],
"notes: a French national abroad: Niger"),

("ne-border-talks-none", "2024-05-02 08:00", "Niger",
"""On 30 April 2024, officials of Niger and Benin met in Niamey (Niamey, Niamey) to discuss reopening the border with Benin. No fatalities.""",
[],
"notes negative: talks on a border"),
]
