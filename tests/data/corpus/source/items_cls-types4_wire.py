from common import *

# Agency wire written by helper types for issue 14 (session of 2026-12-07), in our own
# words and without reading the blind items: quantities that count the attackers or
# the munitions of one act ("dozens of gunmen attacked", "a swarm of drones struck"),
# against a count of many acts over months (history).
FEED = ("dev/cls-types4-wire.rss.xml", "rss", "https://agencywire-t4.example.com/world", "Agency Wire T4")
REGISTER = "wire"

ITEMS = [
("bf-djibo-dozens-gunmen", "2024-06-12 16:10", "Gunmen kill 11 in raid on Burkina village",
"""OUAGADOUGOU, June 12 (Agency) - Dozens of gunmen on motorbikes attacked the village of Mentao near Djibo in northern Burkina Faso on {d-1}, killing 11 residents and burning granaries, local sources said on {d0}.

No group claimed the raid, but jihadists linked to al Qaeda and Islamic State are active across the Sahel region. Attacks of this kind have killed thousands in Burkina Faso since 2015.""",
[(CIV, "BF", "Mentao", 11, "d-1", None, "civilians")],
"'dozens of gunmen attacked' counts the attackers of one raid; the toll since 2015 is history"),

("ru-belgorod-swarm-drones", "2024-03-16 11:45", "Ukrainian drones hit Belgorod region, governor says",
"""MOSCOW, March 16 (Agency) - A swarm of Ukrainian drones struck an oil depot in the town of Valuyki in Russia's Belgorod region early on {d0}, starting a fire, the regional governor said. Nobody was hurt, he said.

Ukraine has carried out scores of drone attacks on Russian energy facilities this year.""",
[(AIR, "RU", "Valuyki", 0, "d0", "Ukraine", None)],
"'a swarm of drones struck' is one drone strike; 'scores of drone attacks this year' is an aggregate"),
]
