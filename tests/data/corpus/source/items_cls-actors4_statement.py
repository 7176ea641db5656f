from common import *

# Military and ministry statements written in session 10 for issue 14's initiator
# figure (cls-actors4): "our forces" and "our air force" as the state that speaks, a
# foe named by its army's name in a war between states ("the Cambodian army"),
# "the enemy" in a war statement, and a group's own communique of its attack. In the
# team's own words, without reading the blind split.
FEED = ("dev/cls-actors4-statement.feed.json", "json", "https://briefingroom.example.mil/statements", "Briefing Room: Statements")
REGISTER = "statement"

ITEMS = [
("kh-oddar-meanchey-thai-jets", "2025-07-25 07:30", "Ministry of National Defence: Thai jets bombed our positions",
"""The Ministry of National Defence strongly condemns the Thai army, which on {d-1} used F-16 fighter jets to drop bombs on a road and on positions of our forces near the Preah Vihear temple, in Preah Vihear province.

Two of our soldiers and one civilian were killed. Our forces remain in their positions and exercise their right of self-defence.""",
[(AIR, "KH", "Preah Vihear", 3, "d-1", "Thailand", "Cambodia")], "statement: the other state's jets named after a condemnation"),

("ua-kherson-enemy-statement", "2024-08-14 06:00", "Southern Defence Forces: the enemy shelled Kherson 64 times",
"""Over the past day the enemy carried out 64 shellings of Kherson and settlements of the right bank, using artillery, mortars and multiple rocket launchers. One woman was killed and four people were wounded in the city.

Our units destroyed two enemy boats and a mortar crew on the left bank.""",
[(SHL, "UA", "Kherson", 1, "d-1", "Russia", "civilians")], "statement: 'the enemy' in Ukraine's war is Russia"),

("so-balcad-shabaab-communique", "2024-05-15 12:00", "Communique: the mujahideen storm the base at Balcad",
"""By the grace of God, the mujahideen of Harakat al-Shabaab al-Mujahideen stormed at dawn on {d0} the base of the apostate militias at Balcad, in the Middle Shabelle region, killing 13 of them and taking their weapons and two vehicles.

The mujahideen withdrew from the base after the operation, and one of them was martyred.""",
[(CL, "SO", "Balcad", 14, "d0", "Al-Shabaab", "Somalia")], "a group's own communique: the group named in full as the subject of the act"),
]
