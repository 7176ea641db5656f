from common import *

# Wire copy written by helper places (issue 14, third round of places), without reading the
# blind split: a country's name that is also the name of a small town elsewhere ("Jordan",
# a town of Minnesota), in a story that names the United States often; rockets fired from
# one territory that land in another. The team's own words; events simplified or invented.
FEED = ("dev/cls-places3-wire.atom.xml", "atom", "https://deskline.example.net/world", "Deskline")
REGISTER = "wire"

ITEMS = [
("jordan-logistics-base-drone", "2024-01-29 10:00", "Drone kills three US soldiers at desert base",
"""WASHINGTON, Jan 29 (Deskline) - A drone struck a logistics base in north-eastern Jordan on Sunday, killing three US soldiers and wounding more than 30, the US military said.

US officials blamed Iran-backed groups. The US president said the United States would respond at a time of its choosing.""",
[(AIR, "JO", "Jordan", 3, "d-1", "Iran-backed groups", "United States")],
"Jordan the country, not a US town, in a story that names the US often"),

("sderot-rockets-from-gaza", "2023-05-10 15:00", "Rocket from Gaza hits house in Sderot",
"""JERUSALEM, May 10 (Deskline) - A rocket fired from the Gaza Strip struck a house in Sderot on Wednesday, lightly wounding two people, Israeli medics said.

Sirens sounded across southern Israel during the afternoon.""",
[(SHL, "IL", "Sderot", None, "d0", None, "civilians")],
"fired from Gaza, landed in Israel: Israel"),
]
