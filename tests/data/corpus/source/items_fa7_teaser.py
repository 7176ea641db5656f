from common import *

# Teasers written by helper fa7 for issue 14 (session of 2026-12-07), in our own words and
# without reading the blind items.
FEED = ("dev/fa7-teaser.rss.xml", "rss", "https://fa7-desk.example.org/teasers", "FA7 Desk: Teasers")
REGISTER = "teaser"

ITEMS = [
("cf-court-acquits-militia-leader", "2024-09-05 10:00", "Bangui court acquits militia leader over Bangassou mosque attack",
"""The Special Criminal Court said prosecutors had not proved that he ordered the fighters who killed dozens of Muslims sheltering in the mosque.""",
[],
"teaser: an acquittal over an old massacre: no event"),

("iq-court-hangs-camp-speicher", "2024-04-30 09:00", "Iraqi court upholds death sentences over Camp Speicher massacre",
"""The court said the men were among the Islamic State fighters who shot hundreds of air force cadets near Tikrit.""",
[],
"teaser: death sentences upheld over an old massacre: no event"),

("af-court-gunmen-kill-two", "2024-02-12 08:00", "Gunmen kill two prosecutors leaving court in Kandahar",
"""The two were shot in their car minutes after a hearing, officials said.""",
[(CIV, "AF", "Kandahar", 2, None, "gunmen", "civilians")],
"teaser: prosecutors shot dead after a hearing: one event"),

("in-kishtwar-curfew-relaxed", "2024-08-12 09:00", "Curfew relaxed in Kishtwar as normalcy returns",
"""The curfew had been clamped after clashes between two groups over a religious procession last week.""",
[],
"teaser: a curfew relaxed, the clashes behind it are background: no event"),
]
