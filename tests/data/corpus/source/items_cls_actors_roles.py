from common import *

# Wire copy written for issue 14's initiator figure (cls-actors, second round): the
# owner of a weapon fires it ("a Russian missile", "US and UK aircraft"); an
# interception is done by the side that stops the weapon, and the side whose weapon it
# was is its target; a headline's passive ("11 soldiers killed") makes no attacker; an
# attack a named group claims is the group's, not the home state's whose forces were
# hit. In the team's own words, without reading the blind split.
FEED = ("dev/cls-actors-roles.rss.xml", "rss", "https://roundwire.example.org/world", "Round Wire: World")
REGISTER = "wire"

ITEMS = [
("ua-zaporizhzhia-missile-toll", "2024-04-08 09:20", "Toll from missile on Zaporizhzhia flats rises to nine",
"""KYIV, April 8 (Agency) - The number of dead from the impact of a Russian guided missile on a five-storey block of flats in Zaporizhzhia on {d-2} has risen to nine, the regional governor said on {d0}.

Rescuers pulled two more bodies from the rubble overnight. Twenty-one people were wounded, four of them children.""",
[(SHL, "UA", "Zaporizhzhia", 9, "d-2", "Russia", "civilians")], "the owner of the missile named in an oblique phrase ('the impact of a Russian missile') fires it"),

("ye-salif-jets-and-missiles", "2024-02-25 07:40", "Strikes hit Houthi sites near Salif port",
"""ADEN, Feb 25 (Agency) - American and British warplanes and missiles fired from ships struck Houthi weapons stores and a radar site near the Red Sea port of Salif on {d-1}, the two governments said.

The Houthis said three of their fighters died and vowed to keep attacking shipping.""",
[(AIR, "YE", "Salif", 3, "d-1", "United States", "Houthis")], "two states owning the craft, the first named first"),

("il-arad-missile-stopped", "2024-08-03 06:15", "Missile fired from Yemen intercepted near Arad",
"""JERUSALEM, Aug 3 (Agency) - A ballistic missile launched from Yemen by the Houthis was intercepted north of Arad in southern Israel early on {d0}, setting off sirens in Beersheba and Dimona.

No one was hurt. Shrapnel fell in an open field, police said.""",
[(DIS, "IL", "Arad", 0, "d0", "Israel", "Houthis")], "an interception: the side whose missile it was is the target; no interceptor named, the state over whose ground it was stopped"),

("ua-odesa-drones-downed", "2024-05-11 08:30", "Air defences down Russian drones over Odesa region",
"""ODESA, May 11 (Agency) - Ukrainian air defence units shot down 14 Russian attack drones over the Odesa region overnight into {d0}, the southern command said.

Debris damaged a warehouse roof in a village near the city. There were no casualties.""",
[(DIS, "UA", "Odesa", 0, "d0", "Ukraine", "Russia")], "an interception told actively: the shooter initiates, the owner of the drones is the target"),

("sa-jizan-drone-claimed", "2022-03-19 13:05", "Saudi defences destroy drone aimed at Jizan",
"""RIYADH, March 19 (Agency) - An explosive-laden drone heading for the city of Jizan was destroyed in the air on {d0}, the kingdom's state news agency reported, citing the coalition.

The Houthis later claimed the launch on their television channel, saying they had targeted an oil facility.""",
[(DIS, "SA", "Jizan", None, "d0", "Saudi Arabia", "Houthis")], "the group that claimed the launch is the target of the interception"),

("eg-arish-checkpoint-claim", "2022-07-24 10:10", "Militants storm Sinai checkpoint, five soldiers killed",
"""CAIRO, July 24 (Agency) - Militants stormed a checkpoint south of El Arish in North Sinai on {d-1}, and five soldiers and two attackers were killed in the gunfight that followed, security officials said.

The Islamic State's Sinai branch claimed responsibility in a statement on its channels.""",
[(CL, "EG", "El Arish", 7, "d-1", "Islamic State Sinai Province", "Egypt")], "a headline passive ('five soldiers killed') makes no attacker; the claim names the group"),

("pk-zhob-post-claim", "2024-03-06 11:45", "Four soldiers die as attackers hit post in Zhob",
"""QUETTA, March 6 (Agency) - Gunmen opened fire on a Frontier Corps post in Zhob district of Balochistan late on {d-1}, and troops returned fire in an exchange that lasted two hours, killing four soldiers and three of the attackers, officials said.

Tehreek-e-Jihad Pakistan claimed responsibility for the raid.""",
[(CL, "PK", "Zhob", 7, "d-1", "Tehreek-e-Jihad Pakistan", "Pakistan")], "a claimed attack on a home force: the group, not the state whose troops were hit"),

("so-baidoa-gate-own-claim", "2024-10-15 11:20", "Car bomb kills six at Baidoa checkpoint",
"""BAIDOA, Oct 15 (Agency) - A car laden with explosives blew up at a checkpoint on the western edge of Baidoa on {d-1}, killing six people, among them four soldiers, a local official said.

Al-Shabaab said on one of its websites that its fighters had carried out the bombing. The group has attacked the town's outskirts several times this year.""",
[(IED, "SO", "Baidoa", 6, "d-1", "Al-Shabaab", "Somalia")], "'X said ... that its fighters had carried out' is the group's own claim"),

("in-doda-operation-contact", "2024-07-17 13:30", "Soldier killed as troops trade fire with militants in Doda forest",
"""JAMMU, July 17 (Agency) - A search operation was launched by the Indian Army and the Jammu and Kashmir Police in the Desa forest belt of Doda district on {d-1} after inputs about the movement of militants. When the search party closed in, the militants fired on it and a gunfight followed, in which one soldier was killed, officials said.

The operation was continuing on {d0}, with more troops flown in.""",
[(CL, "IN", "Doda", 1, "d-1", "India", "militants")], "the clash of an operation a state's forces launched is theirs, though the other side fired first"),

("ua-kharkiv-drone-negative", "2024-09-02 15:00", "Ukraine shows off new long-range drone",
"""KYIV, Sept 2 (Agency) - Ukraine's defence ministry on {d0} showed reporters a new long-range attack drone that it said could fly more than 1,000 km, at a test site outside Kharkiv.

Officials said serial production would start this year. The drone was not flown during the visit.""",
[], "negative: a state's own drone shown, no act"),
]
