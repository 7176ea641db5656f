from common import *

# Local press written by helper splits for issue 14 (session 8) without reading the blind
# items: a town retaken and the firefight of that retaking; a car bomb told also as a
# suicide attack.
FEED = ("dev/cls-splits-local.rss.xml", "rss", "https://sahelpost.example.net/news", "Sahel Post")
REGISTER = "local"

ITEMS = [
("ml-ber-retaken", "2024-08-20 16:00", "FAMa back in Ber after fierce fighting",
"""Malian soldiers recaptured the town of Ber, in the Timbuktu region, on {d-1}, the army said on its social media pages.

Residents said the troops exchanged fire with rebel fighters on the edge of town for several hours before the rebels pulled out. The army said four of its men were killed in the fighting.""",
[(GOV, "ML", "Ber", 4, "d-1", "Mali", "rebels")],
"the retaking and its firefight are one change of territory holding the toll"),

("so-beledweyne-car-bomb", "2024-06-11 13:15", "Car bomb kills six at Beledweyne checkpoint",
"""A car laden with explosives blew up at a checkpoint on the southern road into Beledweyne on {d-1}, killing six people, among them three soldiers.

A police officer at the scene said the driver of the car had detonated it himself when soldiers waved him down. Al-Shabaab said it carried out the attack.""",
[(SUI, "SO", "Beledweyne", 6, "d-1", "Al-Shabaab", "Somalia")],
"a car bomb whose driver set it off is one suicide bombing, not a bomb and a second attack"),
]
