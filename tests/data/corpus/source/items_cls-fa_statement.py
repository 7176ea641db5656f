from common import *

# Military and ministry statements written by helper falsealarms for issue 14 (session
# of 2026-12-07), in our own words and without reading the blind items: an army
# rejecting reports of a drone strike, a drill told in combat words, and a night
# attack reported with a warning of more to come.
FEED = ("dev/cls-fa-statement.rss.xml", "rss", "https://falsealarm-press.example.int/statements", "False Alarm Press Statements")
REGISTER = "statement"

ITEMS = [
("in-spear-corps-drone-rumour", "2024-09-03 15:00", "Spear Corps: reports of army drone bombing in Manipur are baseless",
"""Reports circulating on social media that an Army drone dropped bombs on houses at Koutruk in Imphal West are false and mischievous. No drone of the Army or Assam Rifles was flown in the area on the day in question. Citizens are requested not to share unverified content.""",
[],
"statement: an army calls reports of its drone bombing false: no event"),

("il-idf-northern-drill", "2024-05-30 12:00", "IDF completes large-scale drill simulating war on the northern front",
"""The Northern Command today completed a four-day exercise simulating a multi-front war. Reserve brigades practised assaults on fortified villages, air force jets struck simulated launch sites, and logistics units rehearsed moving supplies under fire. The exercise was planned in advance as part of the annual training schedule.""",
[],
"statement: a drill of assaults and strikes: no event"),

("ua-sumy-shahed-night", "2025-01-15 09:30", "Air Force: enemy attacked Sumy with attack drones overnight",
"""On the night of {d-1}, the enemy attacked Sumy with Shahed-type attack drones. One drone hit a five-storey apartment building, killing two residents and injuring five. The enemy will continue its attempts to terrorise frontline cities; air defence remains on alert and we urge citizens not to ignore air raid alerts.""",
[(AIR, "UA", "Sumy", 2, "d-1", "Russia", "civilians")],
"statement: a drone attack with a warning of more: one event"),

("ng-dhq-air-claim-rejected", "2024-12-12 17:00", "DHQ rejects claim that air strike killed villagers in Sokoto",
"""The Defence Headquarters has dismissed as untrue a report that an air strike by the Nigerian Air Force killed ten villagers in Silame Local Government Area of Sokoto State. The Director of Defence Media Operations said air operations in the area target only Lakurawa terrorist hideouts and that the report is being investigated.""",
[],
"statement: a claim of an air strike called untrue and air operations told in general: no event"),
]
