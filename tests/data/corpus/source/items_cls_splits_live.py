from common import *

# Liveblog updates written by helper splits for issue 14 (session 8) without reading the
# blind items: one strike told in two updates, the later one giving its toll.
FEED = ("dev/cls-splits-live.feed.json", "json", "https://onewire.example.com/live", "One Wire Live")
REGISTER = "liveblog"

ITEMS = [
("ua-sumy-strike-live", "2025-04-16 12:30", "Ukraine live: strike on Sumy",
"""12:05 GMT - Regional governor: the death toll of the morning strike on Sumy has risen to five; 17 people were wounded.

09:40 GMT - A Russian missile hit a residential block in the centre of Sumy this morning, the city administration says.""",
[(SHL, "UA", "Sumy", 5, "d0", "Russia", "civilians")],
"the hit and its toll told in two updates are one strike"),
]
