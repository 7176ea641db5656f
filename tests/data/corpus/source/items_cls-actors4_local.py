from common import *

# Local English-language press written in session 10 for issue 14's initiator figure
# (cls-actors4): attackers the text leaves unnamed ("unknown gunmen", "miscreants",
# "suspected herdsmen"), the group named in an aside ("the ISWAP faction, which
# controls the area"), a passive whose agent comes after the toll ("were killed by
# bandits"), and the side hit named first. In the team's own words, without reading the
# blind split.
FEED = ("dev/cls-actors4-local.atom.xml", "atom", "https://districtherald.example.ng/news", "District Herald")
REGISTER = "local"

ITEMS = [
("ng-zurmi-killed-by-bandits", "2024-07-16 10:30", "Eleven villagers killed in Zurmi LGA",
"""Eleven villagers were on Sunday night killed by bandits who invaded Kadamutsa community in Zurmi Local Government Area of Zamfara State, residents have said.

A resident said the bandits arrived on motorcycles and shot sporadically before carting away livestock. The police spokesman in the state confirmed the attack but gave no figure.""",
[(CIV, "NG", "Kadamutsa", 11, "d-2", "bandits", "civilians")], "local: 'were killed by bandits' with the day between the verb and its participle"),

("pk-dera-miscreants-polio", "2024-04-02 09:00", "Policeman guarding polio team martyred in DI Khan",
"""DERA ISMAIL KHAN: A policeman deployed for the security of a polio vaccination team was martyred when unknown miscreants opened fire on the team in the limits of Kulachi police station on Monday.

The vaccinators remained safe. District police officer said a search operation had been launched to trace the attackers.""",
[(CL, "PK", "Kulachi", 1, "d-1", "unknown miscreants", "Pakistan")], "local: 'unknown miscreants' are the initiator, the side hit is the police"),

("in-imphal-east-pdf-aside", "2024-01-19 08:00", "Two commandos killed as militants ambush team in Moreh",
"""IMPHAL: Two Manipur police commandos were killed and three injured on Wednesday when militants ambushed their team near Moreh in Tengnoupal district, officials said.

Police said the attackers belonged to the People's Liberation Army of Manipur, a banned valley-based group, and fired from the hills overlooking the road.""",
[(CL, "IN", "Moreh", 2, "d-2", "People's Liberation Army of Manipur", "India")], "local: the unnamed attackers named in a later sentence by what group they 'belonged to'"),
]
