from common import *

# Broadcast and wire copy written by helper merge6 for issue 20's reports read as
# history (session of 2026-12-07), without reading the blind split: an attack on a
# funeral told "days after" the first attack, the news after the comma; a present
# perfect told of a day of this week ("has killed ... on Friday"), which is news; and
# a perfect over a year, which is not.
FEED = ("dev/merge6-wire.rss.xml", "rss", "https://merge6-radio.example.org/bulletin", "Merge6 Radio")
REGISTER = "wire"

ITEMS = [
("pk-funeral-days-after", "2024-09-04 19:00", "Pakistan: Funeral attacked in Bannu",
"""Days after the market bombing, a bomber has blown himself up at a funeral in Bannu. Police say six mourners were killed on {d0} afternoon.""",
[(SUI, "PK", "Bannu", 6, "d0", None, "civilians")],
"broadcast: 'days after' an earlier act dates only its own clause; the funeral attack is news"),

("so-perfect-dated", "2024-09-06 19:00", "Somalia: Base attacked near Jowhar",
"""Al-Shabaab has killed at least nine soldiers in an attack on an army base near Jowhar on {d0}, officers there tell us.""",
[(CL, "SO", "Jowhar", 9, "d0", "Al-Shabaab", "Somalia")],
"broadcast: a perfect told of a day of this week is news"),

("ml-perfect-since-morning", "2024-09-09 12:00", "Mali: Fighting near Tenenkou",
"""We are hearing from Mali that soldiers and jihadist fighters have been fighting outside Tenenkou since early this morning. Local officials speak of at least seven dead.""",
[(CL, "ML", "Tenenkou", 7, "d0", "Mali", "Militants")],
"broadcast: a battle told in the perfect continuous since this morning"),

("so-perfect-year", "2024-09-10 19:00", "Somalia: Shabaab's year of attacks",
"""Al-Shabaab has killed hundreds of soldiers in attacks on army bases this year, a UN report says.""",
[],
"broadcast: a perfect over a year is a tally, no act"),
]
