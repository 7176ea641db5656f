from common import *

# Statements written by helper events6 (session of 2026-12-07) for issue 14, in our own
# words and without reading the blind items: a ministry's daily summary whose interception
# and retaliation are one act each, an attack on a post repelled whose pursuit is the same
# fight, and a helicopter that only evacuated the wounded.
FEED = ("dev/events6-statement.rss.xml", "rss", "https://communiques-e6.example.org/releases", "Communiques E6")
REGISTER = "statement"

ITEMS = [
("ng-marte-attack-repelled-pursuit", "2025-04-15 12:00", "Troops repel terrorists' attack on Marte, neutralise several",
"""Troops of Operation Hadin Kai on {d-1} repelled an attack by ISWAP terrorists on their location in Marte, Borno State. The gallant troops engaged the terrorists with superior firepower and pursued them towards the Lake Chad fringes, where the fighting continued into the evening. Two soldiers paid the supreme price. An air component helicopter arrived to evacuate the wounded.""",
[(CL, "NG", "Marte", 2, "d-1", "ISWAP", "Nigeria")],
"an attack repelled and its pursuit the same evening: one clash; the helicopter only evacuated"),

("pk-north-waziristan-ibo-fire", "2025-11-20 16:00", "Security forces conduct operation in North Waziristan",
"""On {d-1}, security forces conducted an intelligence based operation in the Mir Ali area of North Waziristan District on the reported presence of khwarij. During the conduct of the operation, own troops effectively engaged the khwarij location and, after an intense exchange of fire, four khwarij were sent to hell. The khwarij had opened fire on the troops as they approached the compound.""",
[(CL, "PK", "Mir Ali", 4, "d-1", "Pakistan", "khwarij")],
"an operation's exchange of fire told again as the militants opening fire: one clash"),
]
