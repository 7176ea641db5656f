from common import *

# Local English-language press (South Asia, Nigeria, East Africa), written by helper
# cls-type for issue 14: a car bomb under an official's car, a vigilante killing of a
# community's members, a villager "allegedly abducted", and false friends (a
# peacekeeping base set up because of attacks, a court verdict on an old bombing).
FEED = ("dev/cls-type-local.rss.xml", "rss", "https://districtherald.example.pk/region", "District Herald")
REGISTER = "local"

ITEMS = [
("dik-vbied-official", "2024-07-18 09:10", "Assistant commissioner injured as car blast rocks DI Khan",
"""An explosives-laden vehicle parked on the roadside exploded as the car of the assistant commissioner of Kulachi passed by on Thursday morning in Dera Ismail Khan, police said. The officer and his driver were injured and shifted to the district headquarters hospital, while a passer-by died on the spot.

The area was cordoned off and a search operation launched. No group had claimed the blast till the filing of this report.""",
[(IED, "PK", "Dera Ismail Khan", 1, "d0", None, "Pakistan")],
"vehicle-borne bomb that 'exploded' under an official's car: remote explosive"),

("plateau-bokkos-vigilantes", "2024-02-06 13:25", "Seven Fulani herders killed by suspected militia in Bokkos",
"""Seven members of the Fulani community were killed on Sunday night when suspected local militiamen attacked their settlement at Mushere in Bokkos LGA of Plateau State, a leader of the community said.

He said the attackers also burnt huts and rustled cattle. The police spokesperson confirmed the incident and said investigation had commenced.""",
[(CIV, "NG", "Mushere", 7, "d-2", "militia", "civilians")],
"militia killing members of a community: attack on civilians"),

("kupwara-villager-abducted", "2024-09-03 17:40", "Villager allegedly abducted from orchard in Kupwara",
"""A 45-year-old villager was allegedly abducted by unidentified men from his apple orchard at Trehgam in Kupwara district on Monday evening, family members said. Police have registered a case and a search is on, officials said.""",
[(ABD, "IN", "Trehgam", None, "d-1", None, "civilians")],
"a single villager allegedly abducted, no weapon named: abduction (the age is not a toll)"),

("ituri-monusco-base", "2024-04-16 11:00", "UN peacekeepers open new base in Djugu because of continued attacks",
"""UN peacekeepers have opened a temporary operating base at Drodro in Djugu territory of Ituri province because of continued attacks on camps for displaced people in the area, the mission said on Tuesday. Two hundred Bangladeshi troops will patrol the roads around the camps.

Local leaders welcomed the deployment and asked for more.""",
[], "peacekeepers deployed because of attacks: negative"),

("colombo-easter-verdict", "2024-03-06 15:05", "Court orders ex-president to pay compensation over Easter bombings",
"""The Supreme Court on Wednesday ordered former President Maithripala Sirisena to pay 100 million rupees in compensation to victims of the 2019 Easter Sunday bombings, ruling that he failed to act on warnings before suicide bombers struck three churches and three hotels, killing 279 people.

Victims' families said the verdict was a first step.""",
[], "court verdict on an old bombing with its toll: negative"),
]
