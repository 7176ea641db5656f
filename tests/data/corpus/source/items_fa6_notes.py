from common import *

# Event-database notes written by helper fa6 for issue 14 (session of 2026-12-07), in our
# own words and without reading the blind items.
FEED = ("dev/fa6-notes.rss.xml", "rss", "https://fa6-notes.example.org/events", "FA6 Notes")
REGISTER = "notes"

ITEMS = [
("ke-lamu-prisoner-release", "2024-05-14 08:00", "Kenya: Lamu",
"""On 10 May 2024, Al Shabaab released two abducted quarry workers near Bodhei (Lamu East, Lamu) after elders negotiated. No fatalities. Release of hostages; abduction reported separately.""",
[],
"notes: a release of hostages told separately from the abduction: no event"),

("bf-djibo-base-relocated", "2024-03-05 08:00", "Burkina Faso: Sahel",
"""On 1 March 2024, Military Forces of Burkina Faso (2022-) relocated a forward base from Tongomayel to Djibo (Soum, Sahel) because of persistent attacks on supply lines. No clashes reported. Strategic development.""",
[],
"notes: a base moved because of attacks: no event"),

("in-pune-police-knife", "2024-08-19 08:00", "India: Maharashtra",
"""On 16 August 2024, Police Forces of India (2014-) shot and injured a man armed with a sickle who had wounded a neighbour in Pune (Pune, Maharashtra). No armed group involved. Criminal matter.""",
[],
"notes: police shoot a man with a sickle, a criminal matter: no event"),

("ua-kharkiv-exercise-air-defence", "2024-02-22 08:00", "Ukraine",
"""On 20 February 2024, Military Forces of Ukraine (2019-) held a training exercise for mobile fire groups near Chuhuiv (Chuhuiv, Kharkivska), firing at target drones. No incident. Training.""",
[],
"notes: an air defence training exercise: no event"),

("mx-culiacan-cartel-count", "2024-12-02 08:00", "Mexico: Sinaloa",
"""Between 9 September and 30 November 2024, at least 480 people were killed in Culiacan (Culiacan, Sinaloa) in fighting between factions of the Sinaloa Cartel. Aggregate figure; individual events coded separately.""",
[],
"notes: a figure over months, coded separately: no event"),

("ml-menaka-ambush-note", "2024-04-08 08:00", "Mali: Menaka",
"""On 6 April 2024, IS Sahel militants ambushed a Military Forces of Mali (2021-) convoy near Anderamboukane (Menaka, Menaka). 4 soldiers killed.""",
[(CL, "ML", "Anderamboukane", 4, "2024-04-06", "IS Sahel", "Mali")],
"notes: an ambush on a convoy: one event"),
]
