from common import *

# Copy translated from other languages, written by helper cls-type for issue 14: a
# ballistic missile that slammed into a building, an army killing villagers, and false
# friends (a prisoner exchange, houses blown up in a controlled demolition, a drill).
FEED = ("dev/cls-type-translated.rss.xml", "rss", "https://perevod.example.org/news", "Perevod News in English")
REGISTER = "translated"

ITEMS = [
("ua-dnipro-ballistic", "2024-04-19 10:20", "Enemy ballistic missile slammed into a high-rise in Dnipro: 8 perished",
"""On the morning of April 19 the occupiers struck at Dnipro. A ballistic missile slammed into a five-storey residential building in the Novokodatskyi district, destroying two entrances, informs the head of the oblast military administration. As of this hour 8 persons have perished, among them two children, and 25 received injuries.

The rescuers continue to dismantle the rubble.""",
[(SHL, "UA", "Dnipro", 8, "d0", "Russia", "civilians")],
"a ballistic missile 'slammed into' a building with a toll: missile attack"),

("mm-sagaing-villagers", "2024-05-30 07:55", "Junta troops killed 12 villagers in Sagaing, the residents said",
"""In the morning of May 28 the soldiers of the military council entered the village Let Yet Kone of the Depayin township, Sagaing region, and shot the villagers who did not manage to flee, according to the residents. 12 persons were killed, among them an elderly monk. The soldiers burned also about 40 houses before they left.""",
[(CIV, "MM", "Let Yet Kone", 12, "2024-05-28", "Myanmar", "civilians")],
"an army shooting villagers: one-sided, attack on civilians"),

("ua-ru-prisoner-exchange", "2024-06-25 16:10", "90 defenders returned home from captivity in a new exchange",
"""As a result of the exchange, 90 Ukrainian defenders who were in Russian captivity returned home, informs the Coordination Headquarters. Among them are fighters captured in Mariupol in 2022 and soldiers of the border guard. Russia received the same number of its servicemen.

The exchange was carried out with the mediation of the United Arab Emirates.""",
[], "prisoner exchange (captured soldiers come home): negative"),

("il-west-bank-demolition", "2024-01-17 12:35", "Army blew up two houses in Hebron in a controlled demolition",
"""The Israeli army carried out on Wednesday the demolition of two houses in the town of Beit Ummar north of Hebron, blowing them up with explosives after evacuating the neighbours, the local sources reported. The houses belonged to families of two detainees accused of an attack last year. No injuries were reported.""",
[], "controlled demolition of homes with explosives: negative"),

("by-drill-liquidated", "2024-03-12 09:00", "In Belarus the exercise of the special forces: the conditional saboteurs liquidated",
"""In the Brest oblast the tactical exercise of the special operations forces took place, informs the Ministry of Defence. According to the plan of the exercise the conditional sabotage group of the enemy crossed the border, the units found it and liquidated it with the support of helicopters and drones.

Over 1,500 servicemen took part.""",
[], "an exercise with liquidated 'conditional' enemy and drones: negative"),
]
