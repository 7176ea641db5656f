from common import *

# Local press written for issue 14's initiator figure (cls-actors, third round): the
# group named after "suspected" acts; the attacked side is never the initiator; an
# attack a spokesman attributes to a group is the group's. In the team's own words,
# without reading the blind split.
FEED = ("dev/cls-actors3-local.atom.xml", "atom", "https://lakeshoretimes.example.ng/news", "Lakeshore Times")
REGISTER = "local"

ITEMS = [
("ng-monguno-suspected-iswap", "2024-09-24 08:20", "Suspected ISWAP fighters storm Monguno base",
"""MAIDUGURI: Suspected ISWAP fighters in gun trucks stormed a military base in Monguno on {d-1} evening, killing three soldiers before troops supported by the air component drove them off, security sources said.""",
[(CL, "NG", "Monguno", 3, "d-1", "Islamic State West Africa Province", "Nigeria")], "'suspected ISWAP fighters stormed': the group initiates; the army that drove them off was attacked"),

("pk-lakki-post-attacked-ttp", "2024-11-06 10:45", "Policeman martyred as police post attacked in Lakki Marwat",
"""LAKKI MARWAT: A police constable was martyred when a police post in the Bargai area came under attack on {d-1} night, the district police officer said. He attributed the attack to the Pakistani Taliban and said a search of the area was under way.""",
[(CL, "PK", "Lakki Marwat", 1, "d-1", "Tehrik-i-Taliban Pakistan", "Pakistan")], "the post attacked is the side hit; the officer attributes the attack to the group"),

("ke-lamu-shabaab-ambush-police", "2024-02-08 11:30", "Two officers killed in Lamu ambush",
"""LAMU: Two police officers were killed on {d-1} when al-Shabaab militants ambushed their vehicle on the Mokowe-Kiunga road, county police commander said.""",
[(CL, "KE", "Lamu", 2, "d-1", "Al-Shabaab", "Kenya")], "the attacked police are never the initiator; the group in the 'when' clause is"),
]
