from common import *

# World-digest one-liners written by helper merge6 for issue 20 (session of
# 2026-12-07), without reading the blind split: a side told as "now in control of" or
# "back in control of" a town it took, and a side that only stays in control (no change).
FEED = ("dev/merge6-teaser.rss.xml", "rss", "https://merge6-digest.example.org/brief", "Merge6 Digest")
REGISTER = "teaser"

ITEMS = [
("sd-now-in-control", "2024-08-07 06:00", "Sudan: paramilitaries hold Sinja",
"""Sudan - The Rapid Support Forces are now in control of Sinja, the capital of Sennar state, residents say, after a day of fighting with the army on {d-1}.""",
[(NSA, "SD", "Sinja", None, "d-1", "Rapid Support Forces", "Sudan")],
"teaser: 'now in control of' after fighting: the town was taken"),

("mz-back-in-control", "2024-08-08 06:00", "Mozambique: army back in Macomia",
"""Mozambique - Government troops are back in control of Macomia in Cabo Delgado after driving out Islamic State fighters on {d-1}, officials say.""",
[(GOV, "MZ", "Macomia", None, "d-1", "Mozambique", "Islamic State")],
"teaser: 'back in control of' is news, not 'back in' of the past"),

("ye-remains-in-control", "2024-08-09 06:00", "Yemen: Houthis keep grip on Hodeidah",
"""Yemen - The Houthis remain in control of Hodeidah port, a UN report says, and ships keep calling there.""",
[],
"teaser: staying in control is no change of territory"),
]
