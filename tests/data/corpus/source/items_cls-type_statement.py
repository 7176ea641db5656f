from common import *

# Military and ministry statements written by helper cls-type for issue 14: a landmark
# retaken, a device discovered and dismantled, a drone shot down, and a threat.
FEED = ("dev/cls-type-statement.rss.xml", "rss", "https://pressoffice.example.int/releases", "Press Office Releases")
REGISTER = "statement"

ITEMS = [
("saf-jebel-moya", "2024-10-07 10:30", "Armed Forces regain control of Jebel Moya",
"""The heroic Armed Forces, supported by the mobilised resistance, today regained full control of the Jebel Moya area west of Sennar after fierce battles with the terrorist Rapid Support Forces militia. Our forces inflicted heavy losses on the rebels in lives and equipment and seized 22 combat vehicles.

The General Command salutes the martyrs and assures our people that operations continue until every inch is cleared.""",
[(GOV, "SD", "Jebel Moya", None, "d0", "Sudan", "Rapid Support Forces")],
"army retaking a named landmark after fighting: one government_regains_territory event"),

("sna-afgoye-ied", "2024-06-12 08:15", "Security forces dismantle explosive device on Afgoye road",
"""On Tuesday, members of the Somali National Army discovered and dismantled an improvised explosive device planted by the Khawarij on the main road between Afgoye and Mogadishu, averting a massacre of innocent travellers. The device was removed by our engineering unit without loss.

We call on the public to keep reporting suspicious objects.""",
[(DIS, "SO", "Afgoye", 0, "d-1", "Somalia", "Al-Shabaab")],
"an IED discovered and dismantled: disrupted weapons use, not a bombing"),

("sa-jazan-drone-downed", "2023-05-09 21:50", "Coalition: air defences intercept and destroy drone launched toward Jazan",
"""The Royal Saudi Air Defense Forces this evening intercepted and destroyed an explosive-laden drone launched by the Houthi militia toward Jazan, the spokesman of the Coalition said. There were no casualties or damage.

The attempt is a flagrant violation of international humanitarian law, the spokesman added.""",
[(DIS, "SA", "Jazan", 0, "d0", "Saudi Arabia", "Houthis")],
"a drone shot down before it hit: disrupted weapons use"),

("jnim-blockade-threat", "2023-08-14 12:40", "Ministry warns of threat to convoys on Timbuktu road",
"""The Ministry of Defence informs the public that the terrorist groups have announced a blockade of the city of Timbuktu and threatened to attack any vehicle bringing goods to it. Our forces have reinforced escorts on the axis and remain ready to respond to any attack.

Travellers are asked to use the escorted convoys only.""",
[], "a threat of attacks, none made: negative"),
]
