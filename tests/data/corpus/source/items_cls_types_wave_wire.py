from common import *

# Wire copy written by helper cls-types for issue 14 (session 6) without reading the
# blind items: waves of missiles, rockets and drones partly stopped and partly getting
# through (two events: the interception and the hit), waves stopped whole (one
# interception, whatever the wreckage did), and a drill of air defences (no event).
FEED = ("dev/cls-types-wave-wire.rss.xml", "rss", "https://relaywire.example.com/world", "Relay Wire: World")
REGISTER = "wire"

ITEMS = [
("ua-zaporizhzhia-wave", "2025-04-02 09:20", "Russian missiles and drones strike Zaporizhzhia; most drones downed",
"""KYIV, April 2 (Relay) - Russia attacked the city of Zaporizhzhia overnight with two missiles and 30 drones, the regional governor said on Wednesday. Ukrainian air defences destroyed 24 of the drones over the region.

One of the missiles slammed into a garage cooperative and a second hit an industrial site on the city's southern edge, killing a night guard and injuring three other workers, the governor said on Telegram.

Russia's defence ministry said its forces had hit "enterprises of the military-industrial complex" in the region.""",
[(SHL, "UA", "Zaporizhzhia", 1, "d0", "Russia", None), (DIS, "UA", "Zaporizhzhia", None, "d0", "Ukraine", "Russia")],
"a wave partly shot down and partly hitting: the missile hits and the interception, two events"),

("sa-abha-drones", "2024-02-18 15:05", "Saudi air defences stop drones over Abha; one falls near airport",
"""RIYADH, Feb 18 (Relay) - Saudi air defences intercepted three explosive-laden drones launched from Yemen towards the southern city of Abha on {d0}, the Saudi-led coalition said.

A fourth drone got through and struck a car park next to Abha airport, wounding two employees and damaging several vehicles, the coalition spokesman said. The Houthis said in a statement they had targeted the airport.""",
[(DIS, "SA", "Abha", None, "d0", "Saudi Arabia", "Houthis"), (AIR, "SA", "Abha", 0, "d0", "Houthis", None)],
"three drones intercepted and a fourth that struck: the interception and a drone strike"),

("ru-belgorod-debris", "2024-05-11 10:45", "Russia says all missiles shot down over Belgorod; debris damages homes",
"""MOSCOW, May 11 (Relay) - Russian air defences shot down all ten rockets fired by Ukrainian forces at the city of Belgorod late on {d-1}, the defence ministry in Moscow said.

Falling fragments damaged the roofs of four private houses and a woman was lightly hurt by broken glass, the regional governor said. Ukraine did not comment.""",
[(DIS, "RU", "Belgorod", None, "d-1", "Russia", "Ukraine")],
"every rocket shot down: one interception; harm from falling fragments is no hit of its own"),

("il-drill-air-defence", "2024-09-03 08:10", "Israel tests new air defence battery in southern desert",
"""JERUSALEM, Sept 3 (Relay) - Israel's defence ministry said on {d0} it had completed a series of tests of a laser air defence system in the Negev desert, in which the system shot down drones, mortar bombs and rockets fired as targets.

The ministry said the system would be deployed along the northern border within a year.""",
[],
"a test in which targets were shot down: no event"),

("iq-erbil-drones", "2023-10-26 19:30", "Drones target base near Erbil; one gets through",
"""ERBIL, Iraq, Oct 26 (Relay) - Two drones were launched at a base hosting U.S. troops near Erbil airport on {d0}; one was shot down and the other crashed into an empty warehouse inside the perimeter, a Kurdish security official said. There were no casualties.

A group calling itself the Islamic Resistance in Iraq claimed the attack.""",
[(DIS, "IQ", "Erbil", 0, "d0", "United States", "Islamic Resistance in Iraq"), (AIR, "IQ", "Erbil", 0, "d0", "Islamic Resistance in Iraq", "United States")],
"one drone shot down, one that crashed into a warehouse: two events"),
]
