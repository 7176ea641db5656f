from common import *

# Legacy wire (ALL CAPS) written by helper falsealarms for issue 14 (session of
# 2026-12-07), in our own words and without reading the blind items: an anniversary
# march for a murdered archbishop, a prisoner exchange, and a car bomb with earlier
# bombings of the month told beside it.
FEED = ("dev/cls-fa-legacy.rss.xml", "rss", "https://falsealarm-archive.example.org/wire", "False Alarm Archive")
REGISTER = "legacy"

ITEMS = [
("sv-romero-tenth-anniversary", "1990-03-24 18:00", "THOUSANDS MARCH ON ANNIVERSARY OF ROMERO'S DEATH",
"""SAN SALVADOR, 24 MAR 90 (ACAN-EFE) -- [TEXT] SOME 20,000 PEOPLE MARCHED THROUGH THE CENTRE OF THE CAPITAL TODAY TO THE METROPOLITAN CATHEDRAL, TEN YEARS AFTER ARCHBISHOP OSCAR ARNULFO ROMERO WAS SHOT DEAD BY A SNIPER WHILE SAYING MASS IN A HOSPITAL CHAPEL. THE MARCHERS CARRIED PORTRAITS OF THE ARCHBISHOP AND BANNERS CALLING FOR AN END TO THE WAR. NO INCIDENTS WERE REPORTED.""",
[],
"legacy: an anniversary march for a killing ten years old: no event"),

("lb-prisoner-swap-naqoura", "1985-06-05 17:30", "ISRAEL FREES 300 DETAINEES AT NAQOURA CROSSING",
"""JERUSALEM, 5 JUN 85 (REUTER) -- [TEXT] ISRAEL TODAY RELEASED 300 LEBANESE DETAINEES FROM THE ATLIT PRISON CAMP AT THE NAQOURA CROSSING IN SOUTH LEBANON, UNDER AN EXCHANGE ARRANGED BY THE INTERNATIONAL RED CROSS. MOST OF THE MEN WERE CAPTURED DURING THE ISRAELI WITHDRAWAL FROM THE SOUTH EARLIER THIS YEAR. AMAL MILITIAMEN FIRED INTO THE AIR IN CELEBRATION AS THE BUSES CROSSED.""",
[],
"legacy: a release of detainees with celebratory fire: no event"),

("lb-west-beirut-car-bomb", "1986-03-20 16:00", "CAR BOMB KILLS 12 IN WEST BEIRUT",
"""BEIRUT, 20 MAR 86 (AFP) -- [TEXT] A CAR BOMB EXPLODED IN A CROWDED STREET OF THE WEST BEIRUT DISTRICT OF MAZRAA TODAY, KILLING 12 PEOPLE AND WOUNDING 40, POLICE SAID. NO GROUP CLAIMED RESPONSIBILITY. IN JANUARY A SIMILAR BOMB KILLED 20 PEOPLE IN EAST BEIRUT, AND SECURITY HAD BEEN TIGHTENED AFTER THAT ATTACK.""",
[(IED, "LB", "Mazraa", 12, "d0", None, "civilians")],
"legacy: a car bomb with an earlier bombing of January told beside it: one event"),
]
