from common import *

# Translated copy written in session 12 for issue 14's initiator figure (actors6): the
# Houthis as their own outlets call their forces ("the army and the popular
# committees"), firing and stopping weapons. In the team's own words, without reading
# the blind split.
FEED = ("dev/actors6-translated.atom.xml", "atom", "https://sanaa-monitor.example.org/en", "Sanaa Monitor (translations)")
REGISTER = "translated"

ITEMS = [
("ye-marib-army-committees-missile", "2024-01-24 12:00", "A ballistic missile strikes a gathering of mercenaries in Marib",
"""The army and the popular committees fired on {d-1} a ballistic missile of the Badr type at a gathering of the mercenaries of the aggression in the Raghwan district of Marib province, which left dozens of them dead and wounded, a military source said.""",
[(SHL, "YE", "Raghwan", None, "d-1", "Houthis", "Yemen")], "translated Yemeni copy: 'the army and the popular committees' are the Houthis' forces"),

("ye-jawf-committees-air-defence", "2024-02-15 12:00", "Air defences shoot down a spy drone in Al-Jawf",
"""The air defences of the army and popular committees shot down on {d-1} an American MQ-9 spy drone over the Al-Jawf province while it was carrying out hostile missions, the spokesman of the armed forces said.""",
[(DIS, "YE", "Al-Jawf", None, "d-1", "Houthis", "United States")], "translated Yemeni copy: the Houthis' air defences stopped an American drone"),

("af-farah-armed-opposition-kidnap", "2024-10-03 10:00", "Armed opposition kidnapped two engineers in Farah",
"""Members of the armed opposition kidnapped on {d-1} two engineers of a road company on the highway between Farah and Herat, in the district of Bala Buluk, informed the spokesman of the provincial police. The fate of the engineers is unknown.""",
[(ABD, "AF", "Bala Buluk", None, "d-1", "armed opposition", "civilians")], "translated: 'the armed opposition' is an unnamed armed group, named as the text calls it"),

("ng-katsina-bandit-groups", "2024-06-20 10:00", "Bandit groups attacked two villages of Katsina",
"""Bandit groups attacked on {d-1} night the villages of Gidan Boka and Yargamji in the local government area of Malumfashi of the state of Katsina and killed 14 inhabitants, transmitted the police of the state.""",
[(CIV, "NG", "Malumfashi", 14, "d-1", "bandit groups", "civilians")], "translated: 'bandit groups' are the unnamed attackers"),
]
