from common import *

# Translated copy written by helper types5 for issue 14 (session of 2026-12-07), in our
# own words and without reading the blind items: "bombing" in the sense of the French
# "bombardement" (from the air), an "air bombardment" and an "aerial raid", a "fire
# contact" (a firefight in Russian military idiom), villages "freed" and "recovered",
# terrorists "neutralized" and "liquidated" in a fight, a soldier "captured" (an
# abduction), "the bandit formations" and "the criminal elements"; and negatives: a
# habit told in the present ("systematically shell") and a monthly count of strikes.
FEED = ("dev/types5-translated.rss.xml", "rss", "https://presse-traduite.example.net/en", "Presse traduite")
REGISTER = "translated"

ITEMS = [
("ml-bombing-drone-market", "2024-03-19 11:10", "Bombing by a drone on a weekly market in the circle of Niono",
"""A bombing by a drone of the Malian armed forces on the weekly market of Diabaly, in the circle of Niono, made at least nine dead among the merchants on {d-1}, according to local elected officials joined by telephone. The army affirmed having targeted "terrorists" present at the market.""",
[(AIR, "ML", "Diabaly", 9, "d-1", "Mali", "civilians")],
"'a bombing by a drone' (French bombardement): an air strike, not a roadside bomb"),

("sd-air-bombardment-nyala", "2024-06-05 14:30", "Air bombardment on neighbourhoods of Nyala makes victims",
"""The air bombardment carried out on {d-1} on the neighbourhoods of the south of Nyala, in South Darfur, caused the death of 14 citizens, among them five children, informed the committee of resistance of the city. The Rapid Support Forces accused the army of the attack.""",
[(AIR, "SD", "Nyala", 14, "d-1", "Military Forces of Sudan", "civilians")],
"an 'air bombardment' of neighbourhoods with no aircraft named: an air strike"),

("mm-aerial-raid-sagaing", "2024-02-27 08:50", "The military council carried out an aerial raid on a village of Sagaing",
"""The military council carried out on {d-2} an aerial raid on the village of Let Yet Kone in the township of Depayin of the Sagaing region, and five villagers lost their lives, said a member of the local defence group. Houses of the village were set on fire by the bombs.""",
[(AIR, "MM", "Let Yet Kone", 5, "d-2", "Military Forces of Myanmar", "civilians")],
"'an aerial raid' by the military council: an air strike"),

("ru-fire-contact-drg", "2024-04-11 10:00", "In the Bryansk region the border guards entered into a fire contact with a sabotage group",
"""On {d-1} in the area of the settlement of Suzemka of the Bryansk region the border guards entered into a fire contact with a sabotage-reconnaissance group of the enemy that attempted to cross the state border, informed the governor of the region. One border guard received wounds; the group retreated to the territory of Ukraine.""",
[(CL, "RU", "Suzemka", None, "d-1", "Ukraine", "Russia")],
"a 'fire contact' of border guards with a sabotage group: an armed clash"),

("ua-defence-forces-freed-village", "2024-05-30 17:20", "The Defence Forces freed the village in the Kharkiv direction",
"""Units of the Defence Forces of Ukraine freed on {d-1} the village of Starytsia of the Chuhuiv raion of the Kharkiv oblast from the occupiers and continue the clearing of the settlement, informed the commander of the operational-tactical group. The flag of Ukraine was raised above the village council.""",
[(GOV, "UA", "Starytsia", None, "d-1", "Ukraine", "Russia")],
"a village 'freed' from the occupiers by the country's own forces: government regains territory"),

("bf-neutralized-terrorists-djibo", "2024-09-16 12:40", "Some thirty terrorists neutralized in the province of Soum",
"""The soldiers of the detachment of Djibo, supported by the volunteers for the defence of the homeland, neutralized on {d-2} some thirty terrorists who came to attack their positions, according to a security source. Two volunteers fell in the combat and several motorcycles of the assailants were recovered.""",
[(CL, "BF", "Djibo", None, "d-2", "terrorists", "Military Forces of Burkina Faso")],
"terrorists 'neutralized' who came to attack the army's positions: an armed clash"),

("ng-bandit-formations-zamfara", "2024-08-08 09:00", "The bandit formations attacked a settlement of Zamfara",
"""The bandit formations attacked on {d-1} night the settlement of Kadawa in the local government area of Tsafe of the state of Zamfara and killed 11 inhabitants, among them the head of the village, transmitted the police of the state. The bandits took away also a number of cattle.""",
[(CIV, "NG", "Kadawa", 11, "d-1", "bandits", "civilians")],
"'the bandit formations' attacked a settlement and killed its inhabitants: attack on civilians"),

("sy-criminal-elements-checkpoint", "2024-10-22 13:15", "Criminal elements opened fire on a checkpoint in the countryside of Daraa",
"""Criminal elements opened fire on {d0} at dawn on a checkpoint of the internal security forces at the entrance of the town of Tafas in the western countryside of Daraa, and the members of the checkpoint responded to the source of fire. Two members of the forces were martyred and one of the attackers was killed, informed the official agency.""",
[(CL, "SY", "Tafas", 3, "d0", "criminal elements", "Syria")],
"'criminal elements' opened fire on a checkpoint whose men responded: an armed clash"),

("af-serviceman-captured", "2024-07-02 07:40", "Armed opponents captured a serviceman of the border forces",
"""Armed opponents captured on {d-1} a serviceman of the border forces in the district of Spin Boldak of the province of Kandahar when he returned from leave to his unit, informed the spokesman of the provincial police. The fate of the serviceman is unknown.""",
[(ABD, "AF", "Spin Boldak", None, "d-1", "armed opponents", "Military Forces of Afghanistan")],
"a serviceman 'captured' on his way back to his unit: an abduction, not territory"),

("ua-systematically-shell", "2024-11-14 15:00", "The head of the oblast: the occupiers systematically shell the settlements of the Kherson region",
"""The Russian occupiers systematically shell the peaceful settlements of the right bank of the Kherson region and regularly drop explosives from drones on civilian cars, declared the head of the oblast military administration at a briefing. He called on residents of the coastal settlements to evacuate.""",
[], "a habit told in the present ('systematically shell', 'regularly drop'): no act: negative"),

("ua-monthly-count-strikes", "2024-12-02 10:30", "In November the enemy delivered more than 1,200 strikes on the Zaporizhzhia oblast",
"""In the course of November the Russian troops delivered 1,214 strikes on 46 settlements of the Zaporizhzhia oblast with artillery, drones and guided aviation bombs, informed the head of the oblast military administration summing up the month. In total 19 residents perished in the month.""",
[], "a month's count of strikes and deaths told as numbers: no single act: negative"),
]
