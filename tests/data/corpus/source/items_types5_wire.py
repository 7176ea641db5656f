from common import *

# Wire copy written by helper types5 for issue 14 (session of 2026-12-07), in our own
# words and without reading the blind items: an act whose author denies it, told as fact
# beside the denial (it stays occurred); an act told with the habit it belongs to; and
# negatives: a habit told in the present, and a year's count of strikes.
FEED = ("dev/types5-wire.rss.xml", "rss", "https://wire-desk.example.com/world", "Wire Desk World")
REGISTER = "wire"

ITEMS = [
("ua-market-strike-denied", "2024-09-05 18:40", "Missile kills 11 at market in Kostiantynivka; Moscow denies role",
"""A missile struck a crowded market in the eastern Ukrainian town of Kostiantynivka on Thursday morning, killing 11 people and wounding 30, regional officials said.

Ukraine's prosecutors said the missile was Russian. Russia's defence ministry denied that its forces had struck the town and said the blast was caused by a stray Ukrainian air defence missile.""",
[(SHL, "UA", "Kostiantynivka", 11, "d0", "Russia", "civilians")],
"an act told as fact, then denied by the side accused: it stays occurred"),

("ng-borno-regularly-attack", "2024-10-15 09:30", "Farmers in Borno fear returning to fields",
"""Farmers in the Konduga area of Borno state say they are afraid to return to their fields because Boko Haram fighters regularly attack people working on farms outside the garrison towns, and often abduct women who gather firewood.

The state government has promised more patrols by the army and the civilian joint task force before the harvest.""",
[], "attacks told as a habit in the present ('regularly attack', 'often abduct'): negative"),

("sy-year-count-strikes", "2024-12-30 12:00", "Monitor counts 2,900 air strikes in Syria's northwest this year",
"""Russian and Syrian government aircraft carried out 2,900 air strikes on opposition-held areas of northwest Syria this year, killing 210 civilians, a war monitor said on Monday in its annual report.

The monitor said most of the strikes hit the countryside of Idlib and Latakia.""",
[], "a year's count of air strikes told as a number: no single act: negative"),
]
