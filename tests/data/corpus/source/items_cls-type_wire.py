from common import *

# Wire copy written by helper cls-type for issue 14's detection, type and splitting
# classes: firefights told in other words, a recapture and its firefight (one act), a
# bomb and the shooting that followed it (one act), gangs storming a town, and false
# friends (a police shooting of a lone attacker, a dig, a film review, a cyber attack).
# The team's own words; places are real, the events simplified or invented.
FEED = ("dev/cls-type-wire.rss.xml", "rss", "https://deskwire.example.net/world", "Desk Wire: World")
REGISTER = "wire"

ITEMS = [
("ph-lanao-fire-fight", "2024-03-21 09:40", "Soldiers, Dawlah Islamiyah gunmen trade fire in Lanao del Sur",
"""MARAWI, Philippines, March 21 (Desk Wire) - Army troops engaged in a fire fight with about a dozen Dawlah Islamiyah gunmen near the village of Sultan Dumalondong in Lanao del Sur province on {d-1}, the military said, leaving four of the gunmen and one soldier dead.

The patrol had gone to check a report of armed men near a farm, a brigade spokesman said. The rest of the group fled into the forest towards the lake.

Dawlah Islamiyah, which pledged allegiance to Islamic State, took part in the 2017 siege of Marawi, in which more than 1,000 people were killed.""",
[(CL, "PH", "Sultan Dumalondong", 5, "d-1", "Philippines", "Dawlah Islamiyah")],
"firefight told as 'engaged in a fire fight with'; the 2017 siege is background"),

("mz-macomia-recaptured", "2024-05-14 12:15", "Mozambique troops re-capture Macomia after day-long battle",
"""MAPUTO, May 14 (Desk Wire) - Mozambican and Rwandan troops re-captured the town of Macomia in Cabo Delgado province on {d-2} after a day-long gun battle with Islamic State fighters who had entered it on Friday, the defence ministry said.

Eleven insurgents and two soldiers were killed in the fighting for the town, the ministry said. Residents who had fled to the bush began returning on {d-1}.

The insurgency in the northern province has killed more than 4,000 people since 2017.""",
[(GOV, "MZ", "Macomia", 13, "d-2", "Mozambique", "Islamic State Mozambique")],
"a retaking and its gun battle are one act: one government_regains_territory event with the toll; aggregate toll is background"),

("ne-tillaberi-bomb-then-gunmen", "2024-10-09 15:20", "Twelve Niger soldiers killed as bomb and gunmen hit patrol",
"""NIAMEY, Oct 9 (Desk Wire) - A roadside bomb went off under a Nigerien army vehicle near Tera in the Tillaberi region on {d-1}, and gunmen hidden along the track then opened fire on the rest of the patrol, the defence ministry said. Twelve soldiers were killed in the attack and six were wounded.

The ministry blamed Islamic State Sahel Province, which is active in the border zone with Burkina Faso and Mali.""",
[(IED, "NE", "Tera", 12, "d-1", "Islamic State Sahel", "Niger")],
"a roadside bomb and the shooting that followed it on the spot: one IED event holding the toll"),

("ht-mirebalais-gangs", "2025-04-01 10:05", "Haiti gangs storm Mirebalais, free prisoners and shoot residents",
"""PORT-AU-PRINCE, April 1 (Desk Wire) - Members of the Viv Ansanm gang coalition stormed the central Haitian town of Mirebalais on {d-1}, freeing more than 500 inmates from its prison and shooting residents in the streets, local officials said. At least ten people were killed, among them two nuns.

Police officers posted in the town withdrew, the officials said.""",
[(CIV, "HT", "Mirebalais", 10, "d-1", "Viv Ansanm", "civilians")],
"gangs storming a town and shooting residents: violence against civilians, not a capture"),

("fr-lyon-knifeman", "2024-08-30 18:45", "French police shoot knife-wielding man outside Lyon station",
"""LYON, Aug 30 (Desk Wire) - French police shot dead a man who attacked passers-by with a knife outside Lyon's Part-Dieu station on {d0}, wounding two, the prosecutor's office said. The man, a 31-year-old known to police for petty crime, acted alone, it said, and anti-terrorism prosecutors had not taken up the case.""",
[], "police shooting a lone knifeman: crime, negative"),

("za-isandlwana-dig", "2024-01-22 11:30", "Archaeologists map Isandlwana battlefield with drones",
"""JOHANNESBURG, Jan 22 (Desk Wire) - Archaeologists have used drones and ground radar to map the 1879 battlefield of Isandlwana in KwaZulu-Natal, where Zulu regiments overran a British camp and more than 1,300 British and colonial troops were killed, the team said on {d0}.

The survey found cartridge cases, buttons and the outlines of graves covered with stones.""",
[], "archaeology of an old battle with a toll and drones: negative"),

("film-review-mogadishu", "2023-10-03 14:00", "Review: a war film relives the night of the Mogadishu raid",
"""The new film follows a unit of U.S. Army Rangers through the 1993 raid in Mogadishu, when two Black Hawk helicopters were shot down and 18 Americans and hundreds of Somalis were killed. Its battle scenes are loud and long; its characters are thin.

The director spent two years on the script and shot most of it in Morocco.""",
[], "review of a war film with a toll and a shootdown: negative"),

("ee-cyber-claim", "2024-11-12 08:20", "Pro-Kremlin hackers claim attack on Estonian government websites",
"""TALLINN, Nov 12 (Desk Wire) - A pro-Kremlin hacker group claimed on {d0} to have taken down several Estonian government websites in a denial-of-service attack, the country's information system authority said. The sites were back online within hours and no data was stolen.""",
[], "claimed cyber attack: negative"),
("ua-russia-captures-village", "2024-07-10 13:30", "Russia says its troops captured village near Pokrovsk",
"""MOSCOW, July 10 (Desk Wire) - Russian troops captured the village of Yevhenivka in Ukraine's Donetsk region on {d-1} after days of fighting, the defence ministry in Moscow said on {d0}. Ukraine's army said its units had pulled back to new positions to save lives.

Russia has been advancing slowly west of Avdiivka since taking the town in February.""",
[(NSA, "UA", "Yevhenivka", None, "d-1", "Russia", "Ukraine")],
"a foreign army taking a place in another country: non_state_actor_overtakes_territory (SPEC.md)"),
]
