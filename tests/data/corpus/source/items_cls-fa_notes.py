from common import *

# Event-database notes written by helper falsealarms for issue 14 (session of
# 2026-12-07), in our own words and without reading the blind items: a road accident
# and a depot fire the note calls accidents, a weapons seizure, and an ambush with the
# group's earlier raid on the town in the background.
FEED = ("dev/cls-fa-notes.rss.xml", "rss", "https://falsealarm-notes.example.org/events", "False Alarm Notes")
REGISTER = "notes"

ITEMS = [
("cm-mbankomo-tanker", "2024-03-18 08:00", "Cameroon: Centre",
"""On 12 March 2024, a fuel tanker overturned and exploded on the highway near Mbankomo (Mefou-et-Akono, Centre), setting fire to several cars. 14 killed. Road accident; no armed actor involved.""",
[],
"notes: a tanker explosion the note calls an accident: no event"),

("ml-diafarabe-checkpoint-seizure", "2024-02-09 08:00", "Mali: Mopti",
"""On 4 February 2024, Military Forces of Mali (2021-) seized 12 rifles, two rocket launchers and a box of grenades from a truck at a checkpoint near Diafarabe (Tenenkou, Mopti). Driver detained. No clashes. Weapons seizure.""",
[],
"notes: rifles, launchers and grenades seized at a checkpoint: no event"),

("ua-shostka-powder-fire", "2023-08-30 08:00", "Ukraine",
"""On 25 August 2023, a fire at a storage building of a gunpowder works in Shostka (Shostka, Sumska) set off explosions that shook the town. Officials cited an electrical fault. 3 killed. Accident.""",
[],
"notes: explosions at a powder works put down to a fault: no event"),

("bf-tougan-vdp-ambush", "2024-05-12 08:00", "Burkina Faso: Boucle du Mouhoun",
"""On 8 May 2024, JNIM militants ambushed a VDP patrol near Tougan (Sourou, Boucle du Mouhoun). The same group had raided the town market in March. 6 fatalities.""",
[(CL, "BF", "Tougan", 6, "2024-05-08", "JNIM", "VDP")],
"notes: an ambush with the group's earlier raid as background: one event"),
]
