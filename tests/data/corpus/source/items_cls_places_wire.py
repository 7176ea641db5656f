from common import *

# Wire copy written by helper cls-places (issue 14) for place cases of the kinds the
# blind figures showed, without reading the blind items: peoples named in more than one
# word ("South Sudanese", "Central African", "Sierra Leonean", "Sri Lankan") before a
# noun of settlements; things and people of one country found in another ("the Turkish
# embassy in", "a U.S. base in", "a Chinese engineer"); a neighbour named only as "the
# border with"; and false friends (a company named after a country, a border that is
# only a subject of talks). The team's own words; places are real, events invented or
# simplified.
FEED = ("dev/cls-places-wire.rss.xml", "rss", "https://placedesk.example.org/world", "Place Desk")
REGISTER = "wire"

ITEMS = [
("south-sudanese-border-villages", "2024-02-19 10:30", "Raiders kill 11 in South Sudanese border villages",
"""KHARTOUM, Feb 19 (Place Desk) - Armed cattle raiders killed 11 people and drove off hundreds of cows in two South Sudanese villages close to the border with Sudan on {d-1}, a local administrator said by telephone.

Sudanese traders who cross the border to sell grain said the road had been closed since the attack.""",
[(CIV, "SS", None, 11, "d-1", "cattle raiders", "civilians")],
"two-word demonym before 'villages' (South Sudan, not Sudan); Khartoum dateline; Sudanese traders"),

("central-african-town-rebels", "2023-09-12 14:00", "Rebels seize Central African town after clashes with army",
"""BANGUI, Sept 12 (Place Desk) - Rebels of the 3R group took control of the Central African town of Ndele on {d-1} after a day of fighting with government troops and their Russian allies, a local official said. At least six soldiers were killed.""",
[(NSA, "CF", "Ndele", 6, "d-1", "3R", "Central African Republic")],
"two-word demonym 'Central African town of'; Russian allies are no place"),

("sierra-leonean-hamlet-attack", "2023-11-27 09:00", "Gunmen storm Sierra Leonean border hamlet",
"""CONAKRY, Nov 27 (Place Desk) - Unknown gunmen stormed a Sierra Leonean border hamlet near Kenema overnight and shot dead two farmers, police in the district said, days after an attack on military barracks in Freetown.""",
[(CIV, "SL", "Kenema", 2, "d0", "unknown gunmen", "civilians")],
"two-word demonym, Conakry dateline"),

("us-base-qatar-drill-none", "2024-05-14 12:00", "Qatar and U.S. hold air defence drill",
"""DOHA, May 14 (Place Desk) - Qatari and U.S. air defence crews held a two-day exercise at a U.S. base south of Doha, the defence ministry said on {d0}, practising the interception of drones.""",
[],
"negative: a drill at a U.S. base"),

("turkish-embassy-mogadishu-mortar", "2024-03-03 16:45", "Mortar shells land near Turkish embassy in Mogadishu",
"""MOGADISHU, March 3 (Place Desk) - Mortar shells fired by al Shabaab landed near the Turkish embassy in Mogadishu on {d0}, killing a guard and a street vendor, police said.

The group has often shelled the government district, where several embassies and the presidential palace stand.""",
[(SHL, "SO", "Mogadishu", 2, "d0", "Al-Shabaab", None)],
"a country's embassy in another country: Somalia, not Turkey"),

("chinese-engineers-balochistan", "2024-03-26 11:00", "Suicide bomber hits convoy of Chinese engineers in Pakistan",
"""ISLAMABAD, March 26 (Place Desk) - A suicide bomber rammed an explosives-laden car into a convoy carrying Chinese engineers to a dam project in Shangla district on {d0}, killing five Chinese nationals and their Pakistani driver, police said.""",
[(SUI, "PK", "Shangla", 6, "d0", None, "civilians")],
"Chinese engineers and nationals abroad: Pakistan"),

("border-with-chad-sudan", "2024-06-08 08:20", "Paramilitaries attack camp near border with Chad",
"""PORT SUDAN, June 8 (Place Desk) - Paramilitary fighters attacked a camp for displaced people near the border with Chad on {d-1}, killing at least 15 people, aid workers said. Survivors fled across the frontier into Chad.""",
[(CIV, "SD", None, 15, "d-1", "Rapid Support Forces", "civilians")],
"'the border with Chad' names the neighbour, not the place; Port Sudan dateline"),

("sri-lankan-claymore-bus", "2008-01-16 12:30", "Claymore mine hits bus in Sri Lankan north",
"""CHENNAI, Jan 16 (Place Desk) - A roadside Claymore mine ripped through a passenger bus in a Sri Lankan farming district near Vavuniya on {d0}, killing 11 civilians, the military said, blaming Tamil Tiger rebels. The rebels denied involvement.""",
[(IED, "LK", "Vavuniya", 11, "d0", "LTTE", "civilians")],
"two-word demonym, Chennai (India) dateline"),

("nairobi-dateline-later-place", "2024-08-30 11:15", "Militants kill seven soldiers in ambush",
"""NAIROBI, Aug 30 (Place Desk) - Islamist militants ambushed an army convoy on {d-1}, killing seven soldiers and burning two trucks, a military officer said.

The convoy was travelling between Beledweyne and Bulo Burte in central Somalia when gunmen hiding in the bush opened fire from both sides of the road, the officer said. Al Shabaab said it carried out the attack.""",
[(CL, "SO", None, 7, "d-1", "Al-Shabaab", "Somalia")],
"Nairobi dateline, the places told a sentence after the act (a road between two towns: no one place)"),

("american-company-none", "2024-04-09 17:00", "Chad signs oil deal with American company",
"""N'DJAMENA, April 9 (Place Desk) - Chad's government signed a production-sharing agreement with an American company on {d0} for a field near Doba, the oil ministry said.""",
[],
"negative: a country's company in another country, no event"),
]
