from common import *

# Legacy ALL-CAPS wire written by helper types for issue 14 (session of 2026-12-07), in
# our own words and without reading the blind items: aircraft that bombarded, strafed
# and rocketed, and a volcano that "bombarded" a province with ash (a negative).
FEED = ("dev/cls-types4-legacy.rss.xml", "rss", "https://teletype.example.org/archive", "Teletype Archive")
REGISTER = "legacy"

ITEMS = [
("ao-planes-bombarded-mavinga", "1988-01-19 07:00", "GOVERNMENT AIRCRAFT BOMBARD UNITA POSITIONS",
"""(RADIO NACIONAL) -- [TEXT] ANGOLAN AIR FORCE MIG AIRCRAFT TODAY BOMBARDED UNITA POSITIONS EAST OF CUITO CUANAVALE IN CUANDO CUBANGO PROVINCE, THE GENERAL STAFF SAID IN A COMMUNIQUE. THE COMMUNIQUE GAVE NO FIGURE FOR REBEL LOSSES.""",
[(AIR, "AO", "Cuito Cuanavale", None, "d0", "Angola", "UNITA")],
"aircraft that 'bombarded' positions: air strike, not shelling"),

("sv-a37-rocketed-chalatenango", "1990-04-11 11:30", "AIR FORCE ROCKETS VILLAGES IN CHALATENANGO",
"""[TEXT] SALVADORAN AIR FORCE A-37 JETS AND HELICOPTERS YESTERDAY STRAFED AND ROCKETED THE AREA AROUND THE VILLAGE OF SAN JOSE LAS FLORES IN CHALATENANGO DEPARTMENT, WHERE THE ARMY SAID FMLN UNITS WERE CONCENTRATED. RESIDENTS WHO REACHED THE CAPITAL SAID THREE PEASANTS WERE KILLED.""",
[(AIR, "SV", "San Jose Las Flores", 3, "d-1", "El Salvador", "civilians")],
"jets and helicopters that strafed and rocketed an area: air strike"),

("ph-mayon-bombarded-ash", "1993-02-03 05:40", "MAYON VOLCANO BOMBARDS ALBAY TOWNS WITH ROCKS",
"""[TEXT] MAYON VOLCANO ERUPTED AGAIN TODAY AND BOMBARDED TOWNS ON ITS SLOPES IN ALBAY PROVINCE WITH ROCKS AND ASH, THE PHILIPPINE INSTITUTE OF VOLCANOLOGY SAID. AT LEAST 60 FARMERS CAUGHT IN THEIR FIELDS DIED, AND 50,000 PEOPLE FLED TO SHELTERS IN LEGAZPI.""",
[], "a volcano that bombarded towns with rocks, with a toll: negative"),
]
