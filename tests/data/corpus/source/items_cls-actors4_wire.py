from common import *

# Wire copy written in session 10 for issue 14's initiator figure (cls-actors4): the side
# that acted named only after the act, in a later sentence or paragraph (police who put
# a bombing down to a group, a group that said its fighters did it in a message to
# reporters), a shelling told by where it was fired from ("fired from Cambodian
# positions"), a state's war with another state told without naming the shooter, and
# attackers the text leaves unnamed. In the team's own words, without reading the blind
# split.
FEED = ("dev/cls-actors4-wire.rss.xml", "rss", "https://crossline.example.org/world", "Crossline: World")
REGISTER = "wire"

ITEMS = [
("co-tibu-motorbike-blamed", "2024-03-05 11:20", "Motorbike bomb kills two police officers in Colombian border town",
"""CUCUTA, Colombia, March 5 (Crossline) - An explosive charge hidden in a parked motorbike blew up beside a police post in the town of Tibu in Norte de Santander on {d-1}, killing two officers and wounding a street vendor, regional police said.

Police commanders later blamed the National Liberation Army (ELN) for the attack. The guerrilla group, which is strong along the Venezuelan border, did not comment.""",
[(IED, "CO", "Tibu", 2, "d-1", "ELN", "Colombia")], "the group is named only in the next paragraph, by the police who blame it"),

("pk-bannu-checkpoint-message", "2024-08-13 07:45", "Three policemen killed in attack on checkpoint near Bannu",
"""PESHAWAR, Aug 13 (Crossline) - Gunmen opened fire on a police checkpoint on the outskirts of Bannu in Khyber Pakhtunkhwa late on {d-1}, killing three policemen before escaping into nearby fields, district officials said.

In a message sent to journalists hours later, the Pakistani Taliban said their fighters had carried out the raid.""",
[(CL, "PK", "Bannu", 3, "d-1", "Tehrik-i-Taliban Pakistan", "Pakistan")], "unnamed gunmen named by a claim in a later paragraph that does not start with the group"),

("th-surin-rockets-border-war", "2025-07-26 06:10", "Rockets hit petrol station in Thai border district",
"""BANGKOK, July 26 (Crossline) - Rockets struck a petrol station and two houses in Phanom Dong Rak district of Surin province on {d-1}, killing three people, Thai officials said, as fighting along the border entered its third day.

Thailand's army said it had answered with artillery fire on military positions across the border.""",
[(SHL, "TH", "Phanom Dong Rak", 3, "d-1", "Cambodia", "civilians")], "a state at war with its neighbour: the rockets that hit its ground and that the text puts down to no one are the foe's"),

("ir-tabriz-strike-twelve-day", "2025-06-18 09:30", "Strike hits air base near Tabriz, state media says",
"""DUBAI, June 18 (Crossline) - An air strike hit a military air base on the edge of Tabriz in north-western Iran before dawn on {d0}, killing four servicemen, Iranian state media reported, on the sixth day of the war.

Iran fired another volley of missiles in the afternoon, its Revolutionary Guards said.""",
[(AIR, "IR", "Tabriz", 4, "d0", "Israel", "Iran")], "the twelve-day war: an air strike in Iran that the text puts down to no one is Israel's"),

("ng-katsina-unidentified-assailants", "2024-09-24 13:05", "Assailants kill six farmers in Katsina village",
"""KANO, Nigeria, Sept 24 (Crossline) - Unidentified assailants shot dead six farmers working their fields near the village of Yargoje in Kankara local government area of Katsina State on {d-1}, police said.

A police spokesman said officers had been sent to the area and that no arrests had yet been made.""",
[(CIV, "NG", "Yargoje", 6, "d-1", "unidentified assailants", "civilians")], "attackers the text leaves unnamed are the initiator, as the text calls them"),
]
