from common import *

# Local press written by helper places7 (issue 14, places), without reading the blind
# split: places given only by district, tehsil, LGA or county, with names shared across
# borders (Punjab, Hyderabad, Plateau, Niger, Bolivar), a street named after a foreign
# city, a people's name before villages, and a town named with its state after a comma.
# The team's own words; places are real, events invented or simplified.
FEED = ("dev/places7-local.rss.xml", "rss", "https://districtnews7.example.in/news", "District News Seven")
REGISTER = "local"

ITEMS = [
("in-punjab-tarn-taran-drone", "2025-03-12 09:00", "BSF recovers pistols dropped by drone in Tarn Taran",
"""Border Security Force personnel recovered two pistols and a packet of heroin dropped by a drone in a field near Kalsian village of Tarn Taran district in Punjab on {d-1}. The drone flew back across the border before troops could fire on it, officials said. No arrest has been made.""",
[],
"local: negative; a drone drop recovered, Punjab of India"),

("pk-punjab-dg-khan-attack", "2025-04-02 09:00", "Terrorists attack police post in DG Khan",
"""Terrorists armed with heavy weapons attacked the Lakhani police post in the tribal belt of Dera Ghazi Khan district late on {d-1}, police said. Two constables were martyred and one attacker was killed in the exchange of fire. The Punjab police said reinforcements reached the post after an hour and a search operation was under way in the area.""",
[(CL, "PK", "Dera Ghazi Khan", 3, "d-1", "terrorists", "Pakistan")],
"local: Punjab of Pakistan; DG Khan"),

("in-hyderabad-negative", "2025-01-20 09:00", "Police bust fake arms licence racket in Hyderabad",
"""The Hyderabad police on {d-1} arrested four persons for issuing fake arms licences in Telangana and Andhra Pradesh. Police seized 11 country-made pistols from the accused, officials said.""",
[],
"local: negative; police arrests"),

("ng-bokkos-plateau-attack", "2024-12-27 09:00", "Gunmen kill 9 in fresh Bokkos attack",
"""Armed men invaded Hurti community in Bokkos local government area of Plateau on {d-1} night and killed nine villagers, the chairman of the council said. Houses were also set ablaze. Troops of Operation Safe Haven have been deployed to the area.""",
[(CIV, "NG", "Hurti", 9, "d-1", "armed men", "civilians")],
"local: Plateau, Nigeria's state, named without its noun"),

("ng-niger-state-shiroro", "2025-02-05 09:00", "Bandits abduct 20 in Shiroro",
"""Bandits on {d-1} abducted 20 passengers on the Kuta-Gwada road in Shiroro local government area of Niger State, the police command in Minna said. A rescue operation has been launched.""",
[(ABD, "NG", "Shiroro", None, "d-1", "bandits", "civilians")],
"local: Niger State of Nigeria with its LGA"),

("ke-lamu-street-negative", "2024-08-14 09:00", "Traders protest on Mombasa Road over new levy",
"""Hundreds of traders took to Mombasa Road in Nairobi on {d-1} to protest against a new county levy. Police dispersed them with tear gas. No injuries were reported.""",
[],
"local: negative; a road named after another city, a protest"),

("iq-baghdad-palestine-street", "2024-05-21 09:00", "Sticky bomb wounds two on Palestine Street",
"""A sticky bomb attached to a car exploded on Palestine Street in eastern Baghdad on {d-1}, wounding the driver and a passer-by, a security source said. No group claimed responsibility.""",
[(IED, "IQ", "Baghdad", 0, "d-1", None, None)],
"local: a street named after a country, in Baghdad"),

("so-cairo-street-mogadishu", "2024-11-04 09:00", "Grenade hurled at shop in Mogadishu's Hodan",
"""Unknown attackers hurled a hand grenade at a mobile money shop near the Kenya Road junction in Hodan district of Mogadishu on {d-1} evening, injuring three people, police said.""",
[(GRE, "SO", "Mogadishu", 0, "d-1", "unknown attackers", "civilians")],
"local: a road named after Kenya, in Mogadishu"),

("ps-jordan-valley-raid", "2025-01-23 09:00", "Two killed in raid near Tammun",
"""Two young men were killed when Israeli troops raided Tammun in the northern Jordan Valley at dawn on {d-1} and exchanged fire with gunmen, the health ministry in Ramallah said. A drone also fired at a group of people in the town.""",
[(CL, "PS", "Tammun", 2, "d-1", "Israel", "gunmen")],
"local: the Jordan Valley is in the West Bank, not Jordan"),

("bf-malian-border-villages", "2024-10-08 09:00", "Two villages near Djibo emptied after attack",
"""Gunmen attacked two Burkinabe border villages close to the Malian frontier on {d-1}, killing at least 12 residents and driving out hundreds, local sources said. The attackers came on motorbikes from the direction of Mali.""",
[(CIV, "BF", None, 12, "d-1", "gunmen", "civilians")],
"local: the people of the villages tell the country; Mali only as origin"),
]
