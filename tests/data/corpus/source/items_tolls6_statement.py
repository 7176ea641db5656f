from common import *

# Official statements written by helper tolls6 (session of 2026-12-07) for issue 14, in our
# own words and without reading the blind items: dates in figures, the attackers' dead
# told apart and added, a toll of the day told "at least".
FEED = ("dev/tolls6-statement.feed.json", "json", "https://pressdesk6.example.int/releases", "Press Desk Six")
REGISTER = "statement"

ITEMS = [
("ng-damboa-iso-press-release", "2025-03-03 15:00", "Troops repel terrorists' attack on Damboa base",
"""Press release. On 2025-03-01 at about 0300hrs, troops of Operation Hadin Kai repelled an attack by ISWAP terrorists on the forward operating base in Damboa, Borno State. Regrettably, two soldiers were killed in action. Nine attackers were killed and several weapons recovered.""",
[(CL, "NG", "Damboa", 11, "2025-03-01", "ISWAP", "Nigeria")],
"statement: the ISO date dates the attack; two soldiers and nine attackers: 11"),

("ua-sumy-dotted-date-statement", "2024-08-22 11:00", "Statement of the Sumy regional military administration",
"""On 21.08.2024 the enemy carried out 27 shellings of the border territories of Sumy oblast. In the Krasnopillia hromada a guided aerial bomb hit a farm building; a man was killed. Three explosions were recorded in the Seredyna-Buda hromada.""",
[(SHL, "UA", "Sumy", None, "2024-08-21", "Russia", None), (AIR, "UA", "Krasnopillia", 1, "2024-08-21", "Russia", "civilians")],
"statement: the day in figures (21.08.2024) dates the acts; 27 is a count of shellings, not of dead"),
]
