from common import *

# Database notes written in session 10 for issue 14's initiator figure (cls-actors4):
# the actor named by a database's words for unnamed attackers ("Unidentified Armed
# Group (Mali)"), an attack "attributed to" a group in a note's last sentence, and a
# state's forces named in a war between states. In the team's own words, without
# reading the blind split.
FEED = ("dev/cls-actors4-notes.feed.json", "json", "https://coderdesk.example.org/notes", "Coder Desk: Notes")
REGISTER = "notes"

ITEMS = [
("ml-bandiagara-uag", "2024-08-20 09:00", "",
"""On 17 August 2024, Unidentified Armed Group (Mali) fired on a bus on the road between Bandiagara and Bankass (Bandiagara, Mopti), killing the driver and two passengers. 3 fatalities.""",
[(CIV, "ML", "Bandiagara", 3, "2024-08-17", "Unidentified Armed Group (Mali)", "civilians")], "notes: the database name of unnamed attackers is the initiator"),

("ne-tera-attributed-issp", "2024-03-26 10:00", "Niger: Tillaberi",
"""On 21 March 2024, an IED struck a military vehicle near Teguey (Tera, Tillaberi). Local sources attributed the attack to Islamic State Sahel. 4 fatalities.""",
[(IED, "NE", "Teguey", 4, "2024-03-21", "Islamic State Sahel", "Niger")], "notes: an attack attributed to a group in a sentence of its own"),

("am-jermuk-azerbaijan-shelling", "2022-09-15 11:00", "ARM-Vayots Dzor",
"""On 13 September 2022, Military Forces of Azerbaijan (2003-) shelled positions and settlements around Jermuk (Jermuk, Vayots Dzor) with artillery and drones. 15 fatalities.""",
[(SHL, "AM", "Jermuk", 15, "2022-09-13", "Azerbaijan", "Armenia")], "notes: a foreign state's forces named by the database on the home state's ground"),
]
