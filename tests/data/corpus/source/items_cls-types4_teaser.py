from common import *

# RSS teasers written by helper types for issue 14 (session of 2026-12-07), in our own
# words and without reading the blind items: missiles fired by an aircraft or a drone
# (an air strike, ACLED), against missiles and drones launched side by side (the
# missiles stay a missile attack).
FEED = ("dev/cls-types4-teaser.rss.xml", "rss", "https://briefs-t4.example.net/feed", "Briefs T4")
REGISTER = "teaser"

ITEMS = [
("so-us-drone-fires-missiles-jilib", "2024-03-12 07:30", "US drone fires missiles at al-Shabaab vehicle near Jilib",
"""A US drone fired two missiles at a vehicle carrying al-Shabaab fighters near Jilib in Middle Juba on {d-1}, killing three, the Somali government said.""",
[(AIR, "SO", "Jilib", 3, "d-1", "United States", "Al-Shabaab")],
"a drone that fired missiles: air/drone strike, not a missile attack"),

("lb-jets-fire-missiles-tyre", "2024-10-29 19:10", "Israeli jets fire missiles at building in Tyre",
"""Israeli warplanes fired missiles at a residential building in the southern Lebanese city of Tyre on {d0}, killing four people, Lebanon's health ministry said.""",
[(AIR, "LB", "Tyre", 4, "d0", "Israel", "civilians")],
"warplanes that fired missiles: air strike"),

("ua-missiles-and-drones-kyiv", "2024-08-26 08:20", "Russia fires missiles at Kyiv overnight, three killed",
"""Russian forces fired cruise missiles at Kyiv overnight, killing three people in the Holosiivskyi district, the city's military administration said on {d0}.""",
[(SHL, "UA", "Kyiv", 3, "d0", "Russia", "civilians")],
"cruise missiles fired by forces with no aircraft named: a missile attack"),
]
