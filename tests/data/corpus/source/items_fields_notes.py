from common import *

# Terse database notes written for the classifier's field rules (closing counts, stated
# zeros, regions without their country), in the team's own words.
FEED = ("dev/fields-notes.rss.xml", "rss", "https://codingdesk.example.org/notes", "Coding Desk: Event Notes")
REGISTER = "notes"

ITEMS = [
("ml-mopti-ied-zero", "2024-03-18 10:00", "Mali: Mopti",
"""On 15 March 2024, a FAMa vehicle struck an IED on the road between Boni and Hombori (Douentza, Mopti). The vehicle was damaged. No fatalities reported.""",
[(IED, "ML", "Boni", 0, "2024-03-15", None, "Mali")], "closing zero of a database note; device of unknown owner"),

("bf-centre-nord-closing", "2024-08-02 11:20", "",
"""On 29 July 2024, JNIM militants attacked the VDP post at Dablo (Dablo, Sanmatenga). VDP members repelled the attack. Fatalities: 6.""",
[(CL, "BF", "Dablo", 6, "2024-07-29", "JNIM", "VDP")], "closing 'Fatalities: N' line; province only"),

("ne-tillaberi-three-fatalities", "2024-11-11 09:45", "Niger: Tillaberi",
"""On 8 November 2024, IS Sahel militants ambushed a Nigerien army patrol near Tera (Tera, Tillaberi). Three fatalities.""",
[(CL, "NE", "Tera", 3, "2024-11-08", "IS Sahel", "Niger")], "'Three fatalities.' closing line"),
]
