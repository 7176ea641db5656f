from common import *

# Military and ministry statements written by helper tollsdates for issue 14 (session
# 10) without reading the blind items: "neutralised" beside a stated toll of the
# statement's own side, and "no losses" among our forces (a stated zero).
FEED = ("dev/tollsdates-statement.rss.xml", "rss", "https://statementdesk.example.int/releases", "Statement Desk")
REGISTER = "statement"

ITEMS = [
("ne-tillaberi-neutralised-sacrifice", "2025-05-06 18:00", "Communique of the Ministry of National Defence",
"""On {d-1}, a unit of the Defence and Security Forces on patrol near Ouallam, Tillaberi region, was attacked by several dozen terrorists on motorcycles. Our forces responded vigorously. Nine terrorists were neutralised and motorcycles and weapons recovered. Sadly, two of our soldiers fell with arms in hand and three were wounded.""",
[(CL, "NE", "Ouallam", 2, "d-1", None, "Niger")],
"our side's dead stated, the enemy 'neutralised': 2"),

("ua-dnipro-no-losses", "2025-01-22 08:10", "Air Force: overnight attack repelled",
"""During the night the enemy attacked Dnipropetrovsk oblast with 14 attack drones of the Shahed type. The air defence of the Air Force destroyed all 14 drones. There were no losses among the personnel or the civilian population.""",
[(DIS, "UA", "Dnipropetrovsk", 0, "d0", "Ukraine", "Russia")],
"'no losses among the personnel or the civilian population': a stated zero"),
]
