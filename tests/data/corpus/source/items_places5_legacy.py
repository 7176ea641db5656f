from common import *

# Legacy ALL-CAPS wire written by helper places5 (issue 14, places), without reading
# the blind split: Basque and Northern Irish towns whose names the gazetteer gave only
# to namesakes in Brazil, the Americas or New Hampshire. The team's own words; places
# are real, events invented.
FEED = ("dev/places5-legacy.rss.xml", "rss", "https://telexarchive5.example.net/wire", "Telex Archive")
REGISTER = "legacy"

ITEMS = [
("es-vitoria-car-bomb", "1991-03-14 13:00", "CAR BOMB WOUNDS TWO POLICEMEN IN VITORIA",
"""VITORIA, 14 MAR 91 (EFE) -- [TEXT] A CAR BOMB EXPLODED THIS MORNING AS A POLICE PATROL DROVE PAST A BARRACKS IN VITORIA, WOUNDING TWO OFFICERS OF THE NATIONAL POLICE. THE INTERIOR MINISTRY BLAMED ETA.""",
[(IED, "ES", "Vitoria", 0, "1991-03-14", "ETA", "Spain")],
"legacy: Vitoria of Alava, not the Brazilian city; dateline and body agree"),

("gb-derry-rifle-attack", "1989-07-21 18:00", "SOLDIER SHOT DEAD IN LONDONDERRY",
"""BELFAST, 21 JUL 89 (PA) -- [TEXT] A BRITISH SOLDIER WAS SHOT DEAD BY A SNIPER WHILE ON FOOT PATROL IN THE CREGGAN AREA OF LONDONDERRY THIS AFTERNOON, THE ARMY SAID. THE IRA SAID IT HAD CARRIED OUT THE ATTACK.""",
[(CL, "GB", "Londonderry", 1, "1989-07-21", "Provisional IRA", "United Kingdom")],
"legacy: Londonderry of Northern Ireland, not the New Hampshire town"),
]
