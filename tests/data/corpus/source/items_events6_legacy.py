from common import *

# Legacy wire written by helper events6 (session of 2026-12-07) for issue 14, in our own
# words and without reading the blind items: a town retaken whose fighting holds the toll,
# a raid restated by a military command speaking in another country's capital, a car bomb
# followed by gunfire, and a background paragraph of earlier acts.
FEED = ("dev/events6-legacy.rss.xml", "rss", "https://oldwire-archive.example.org/wire", "Old Wire Archive")
REGISTER = "legacy"

ITEMS = [
("ao-cuito-retaken-fighting", "1990-02-08 18:00", "GOVERNMENT TROOPS RETAKE MAVINGA ROAD TOWN",
"""[TEXT] ANGOLAN GOVERNMENT TROOPS TODAY RECAPTURED THE TOWN OF CUITO CUANAVALE FROM UNITA REBELS, THE DEFENCE MINISTRY ANNOUNCED IN LUANDA.

THE COMMUNIQUE SAID 47 REBELS AND 6 SOLDIERS WERE KILLED IN THE FIGHTING FOR THE TOWN, WHICH LASTED FROM DAWN UNTIL THE AFTERNOON.""",
[(GOV, "AO", "Cuito Cuanavale", 53, "d0", "Angola", "UNITA")],
"a town retaken and the fighting for it holding the toll: one event"),

("ir-iraqi-jets-dezful-baghdad", "1987-01-14 17:00", "IRAQI JETS RAID DEZFUL",
"""_ IRAQI WARPLANES BOMBED THE IRANIAN CITY OF DEZFUL TODAY, KILLING 16 CIVILIANS AND WOUNDING 40, THE IRANIAN NEWS AGENCY SAID.

A MILITARY SPOKESMAN IN BAGHDAD SAID IRAQI AIRCRAFT HAD HIT ECONOMIC TARGETS IN DEZFUL AND RETURNED SAFELY TO BASE.""",
[(AIR, "IR", "Dezful", 16, "d0", "Iraq", "civilians")],
"an air raid restated by the attacker's spokesman in his own capital: one event, in Iran"),

("lb-car-bomb-gunfire-beirut", "1986-08-08 16:00", "CAR BOMB KILLS 9 IN WEST BEIRUT",
"""_ A CAR BOMB EXPLODED OUTSIDE A MILITIA OFFICE IN WEST BEIRUT TODAY, KILLING NINE PEOPLE, AND GUNMEN THEN OPENED FIRE ON THE GUARDS, POLICE SAID.

IT WAS THE THIRD CAR BOMBING IN THE CAPITAL THIS MONTH. ON MONDAY A BOMB IN THE EASTERN SECTOR KILLED 12.""",
[(IED, "LB", "Beirut", 9, "d0", None, "Amal")],
"a car bomb and the gunfire that followed on the spot: one event; a bombing of Monday told as background"),
]
