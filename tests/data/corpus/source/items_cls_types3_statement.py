from common import *

# Military statements written by helper types for issue 14 (session of 2026-12-07),
# in our own words and without reading the blind items: a foreign army reporting
# that its troops took a place in another country (non-state actor overtakes
# territory by ACLED's convention), the country's own army retaking one, and a foreign
# ally's troops taking a town back for the government (regains: allies count); a post
# stormed and left again (a raid: armed clash) and fighters "captured" (prisoners, not
# territory).
FEED = ("dev/cls-types3-statement.rss.xml", "rss", "https://forces-press.example.int/statements", "Forces Press Statements")
REGISTER = "statement"

ITEMS = [
("tr-afrin-village-control", "2025-02-12 14:00", "Statement of the Turkish Ministry of National Defence",
"""Our heroic commandos took control of the village of Maryamin in the Afrin region of Syria's Aleppo province on {d-1} in the operation against the PKK/YPG terrorist organisation. 14 terrorists were neutralised. Our operations continue with determination.""",
[(NSA, "SY", "Maryamin", None, "d-1", "Turkey", "YPG")],
"a foreign army's statement that its troops took a village: non-state actor overtakes territory"),

("ng-army-retakes-marte", "2025-03-05 17:20", "Defence Headquarters: troops recapture Marte",
"""Troops of Operation Hadin Kai have recaptured Marte in Borno State after a fierce encounter with ISWAP terrorists on {d-1}. Several terrorists were neutralised while others fled with gunshot wounds. Our troops are consolidating on the town.""",
[(GOV, "NG", "Marte", None, "d-1", "Nigeria", "Islamic State West Africa Province")],
"the country's own army retaking a town: government regains territory"),

("mz-rdf-mocimboa-retaken", "2021-08-09 10:00", "Rwanda Defence Force: joint forces in Cabo Delgado",
"""Rwandan troops deployed in support of the Government of Mozambique retook the port town of Mocimboa da Praia in Cabo Delgado province on {d-1} after fighting with the insurgents on its outskirts. The town had been held by the terrorists since August 2020. Our forces are clearing the remaining pockets.""",
[(GOV, "MZ", "Mocimboa da Praia", None, "d-1", "Rwanda", "Islamic State Mozambique")],
"a foreign ally's troops taking a town back for the government: government regains territory"),

("ml-jnim-post-withdrew", "2024-05-15 09:30", "Claim of responsibility by Jama'at Nusrat al-Islam wal-Muslimin",
"""On {d-1} the mujahideen stormed a post of the Malian army and its Russian mercenaries at Diallassagou in the Bankass circle, killed 16 of the soldiers and seized their weapons and two vehicles, then withdrew safely to their positions, the group said in a statement carried by its media arm.""",
[(CL, "ML", "Diallassagou", 16, "d-1", "JNIM", "Mali")],
"a post stormed and left again: a raid, armed clash, not a change of territory"),

("ng-dhq-terrorists-captured", "2024-07-18 16:45", "Defence Headquarters: troops neutralise terrorists in Borno",
"""Troops of Operation Hadin Kai engaged ISWAP terrorists in a fierce battle at Kukawa in Borno State on {d-1}. In the encounter, 31 terrorists were neutralised and 9 captured alive, while arms and ammunition were recovered. Two of our gallant soldiers paid the supreme price.""",
[(CL, "NG", "Kukawa", None, "d-1", "Nigeria", "Islamic State West Africa Province")],
"fighters 'captured' are prisoners, not territory: armed clash"),
]
