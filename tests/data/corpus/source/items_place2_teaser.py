from common import *

# RSS teasers written for issue 14's places in a second round (session 5), without
# reading the blind split: a town's own name that is also an old name of a bigger city
# elsewhere (Pokrovsk, once the name of Engels), told by the side that attacked it.
# The team's own words; places are real, events simplified or invented.
FEED = ("dev/place2-teaser.rss.xml", "rss", "https://morning-brief.example.org/feed", "Morning Brief")
REGISTER = "teaser"

ITEMS = [
("pokrovsk-glide-bombs", "2024-09-02 06:40", "Russian glide bombs kill two in Pokrovsk",
"""Two residents died on Sunday when Russian aircraft dropped glide bombs on a residential street in Pokrovsk, the head of the regional military administration said.""",
[(AIR, "UA", "Pokrovsk", 2, "d-1", "Russia", "civilians")],
"Pokrovsk: the town's own name before Engels, whose old name it is"),
]
