from common import *

# RSS teasers written by helper places (issue 14, third round of places), without reading
# the blind split: a people before villages tells the country over the neighbour named;
# Niger State, not Niger. The team's own words; events invented.
FEED = ("dev/cls-places3-teaser.rss.xml", "rss", "https://sahelbrief.example.com/latest", "Sahel Brief")
REGISTER = "teaser"

ITEMS = [
("burkinabe-border-villages", "2024-11-04 07:00", "Gunmen kill 12 in two Burkinabe border villages",
"""Armed men stormed two Burkinabe villages near the border with Niger on Sunday, killing 12 residents, local sources said.""",
[(CIV, "BF", "Burkina Faso", 12, "d-1", "gunmen", "civilians")],
"the people of the villages tells the country, not the neighbour"),

("niger-state-kagara-bandits", "2024-11-05 07:00", "Bandits kill eight near Kagara in Niger State",
"""Bandits on motorcycles attacked farmers near Kagara in Rafi area of Niger State on Monday, killing eight, residents said.""",
[(CIV, "NG", "Kagara", 8, "d-1", "bandits", "civilians")],
"Niger State is in Nigeria"),
]
