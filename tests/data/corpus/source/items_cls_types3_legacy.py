from common import *

# Legacy wire (ALL CAPS) written by helper types for issue 14 (session of
# 2026-12-07), in our own words and without reading the blind items: a foreign
# army's capture of a town in the neighbouring country, and a town entered and left
# again after a gun battle (a raid: armed clash).
FEED = ("dev/cls-types3-legacy.rss.xml", "rss", "https://shortwave.example.org/archive", "Shortwave Monitor Archive")
REGISTER = "legacy"

ITEMS = [
("ao-sadf-mavinga-town", "1987-10-09 12:00", "SOUTH AFRICAN TROOPS SAID TO HOLD ANGOLAN TOWN",
"""(RADIO NACIONAL) -- [TEXT] SOUTH AFRICAN TROOPS CAPTURED THE TOWN OF CANGAMBA IN MOXICO PROVINCE ON {d-1} AFTER TWO DAYS OF ARTILLERY FIRE, THE ANGOLAN DEFENCE MINISTRY SAID IN A COMMUNIQUE READ ON THE RADIO TONIGHT. THE COMMUNIQUE SAID FAPLA UNITS HAD WITHDRAWN IN ORDER TO REGROUP.""",
[(NSA, "AO", "Cangamba", None, "d-1", "South Africa", "Angola")],
"a foreign army's capture of a town: non-state actor overtakes territory"),

("pe-sl-town-occupied-withdrew", "1989-03-28 15:00", "SHINING PATH COLUMN RAIDS ANDEAN TOWN",
"""LIMA, 28 MAR 89 (EFE) -- [TEXT] A COLUMN OF SOME 200 SHINING PATH GUERRILLAS ENTERED THE TOWN OF UCHIZA IN SAN MARTIN DEPARTMENT YESTERDAY, ATTACKED THE POLICE POST AND KILLED 10 POLICEMEN AFTER A FOUR-HOUR GUN BATTLE. THE GUERRILLAS THEN WITHDREW TOWARD THE JUNGLE, TAKING THE POLICEMEN'S WEAPONS, POLICE SOURCES SAID.""",
[(CL, "PE", "Uchiza", 10, "1989-03-27", "Shining Path", "Peru")],
"a town entered and left again after a fight: armed clash, not territory"),
]
