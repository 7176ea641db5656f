from common import *

# Local press written by helper places (issue 14, third round of places), without reading
# the blind split: shells that cross a border are placed where they land. The team's own
# words; places are real, events invented.
FEED = ("dev/cls-places3-local.rss.xml", "rss", "https://isan-daily.example.co.th/news", "Isan Daily")
REGISTER = "local"

ITEMS = [
("kantharalak-shells-land", "2025-08-01 06:30", "Shells from across the border hit Kantharalak farms",
"""SISAKET - Artillery shells fired from Cambodian positions landed on farmland in Kantharalak district on Thursday afternoon, killing a rice farmer and wounding two of his neighbours, the Second Army Region said.

Villagers in three tambons were moved to shelters at district schools. The army said it was assessing the damage.""",
[(SHL, "TH", "Kantharalak", 1, "d-1", "Cambodia", "civilians")],
"fired from Cambodia, landed in Thailand: Thailand"),

("goris-road-fire", "2022-09-15 09:00", "Goris villagers count damage after night of shelling",
"""GORIS - Residents of villages on the road south of Goris swept glass from their homes on Wednesday after Azerbaijani artillery shelled the area overnight, wounding three people, the regional governor said.

The shells fell on houses and a school, he said. Azerbaijan's defence ministry said its forces had answered fire from Armenian positions.""",
[(SHL, "AM", "Goris", None, "d-1", "Azerbaijan", "civilians")],
"shelled from Azerbaijan, landed in Armenia: Armenia"),
]
