from common import *

# Copy translated from Khmer written by helper places (issue 14, third round of places),
# without reading the blind split: a town named twice (headline and body) in a story of
# shells from across the border. The team's own words; events invented.
FEED = ("dev/cls-places3-translated.feed.json", "json", "https://prachea-english.example.org/feed", "Prachea English")
REGISTER = "translated"

ITEMS = [
("samraong-shells-market", "2025-07-27 05:00", "Shells of the Thai army fall on the market of Samraong",
"""Oddar Meanchey - Artillery shells of the Thai army fell in the morning of Saturday on the market of Samraong town, which led to the death of two citizens and the injury of five others, according to the provincial administration.

The administration said that the residents of Samraong have left for the pagodas in the south of the province.""",
[(SHL, "KH", "Samraong", 2, "d-1", "Thailand", "civilians")],
"translated: shells from Thailand land in Cambodia; the town named twice"),
]
