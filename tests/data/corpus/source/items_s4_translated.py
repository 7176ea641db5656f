from common import *

# Translated copy written by helper cls-type in session 4 for issue 14, without reading
# the blind items: literal turns of Ukrainian, Russian, Arabic, French and Spanish
# ("carried out shelling of", "perished", "martyrdom", "we deplore", "liquidated"), an
# age beside a toll, one side's interceptions, a retaken village; and false friends (a
# football "attack", exercises, a memorial of an old siege).
FEED = ("dev/s4-translated.rss.xml", "rss", "https://perekladach.example.org/news", "Perekladach: News in English")
REGISTER = "translated"

ITEMS = [
("ua-nikopol-night-shelling", "2025-03-11 07:40", "Occupiers shelled Nikopol district at night: one person perished",
"""During the night the Russian occupiers carried out shelling of the Nikopol district from heavy artillery. As a result of the enemy attack a 67-year-old man perished, two women received wounds of moderate gravity, informed the head of the regional military administration.

Damaged are a private house, a garage and a gas pipeline. The enemy struck the district 14 times over the past day.""",
[(SHL, "UA", "Nikopol", 1, "d0", "Russia", "civilians")],
"translated: 'carried out shelling of', an age beside a toll of one"),

("sy-suqaylabiyah-shells", "2024-10-02 11:15", "Two civilians martyred in terrorist shelling on Suqaylabiyah",
"""Hama, SANA - The terrorist organizations positioned in the Idlib countryside targeted on Wednesday morning with rocket shells the city of Suqaylabiyah in the northwestern countryside of Hama, which caused the martyrdom of two civilians and the injury of five others, among them a child, a source in the police command told the reporter.

The source added that the shells fell on the residential neighbourhoods and caused material damage to the houses and the properties of the citizens.""",
[(SHL, "SY", "Suqaylabiyah", 2, "d0", None, "civilians")],
"translated Arabic: 'targeted with rocket shells', 'caused the martyrdom of two'"),

("ml-boulkessi-positions", "2024-06-19 18:00", "Attack against the positions of the FAMa at Boulkessi",
"""The Armed Forces of Mali inform the public that on Tuesday morning the armed terrorist groups attacked the positions of the FAMa at Boulkessi, in the circle of Douentza. The vigorous riposte of our forces permitted to repel the assailants, who fled towards the border leaving behind motorcycles and weapons.

On our side, the provisional balance is 4 dead and 7 wounded, evacuated to Sévaré. Searches are continuing in the zone.""",
[(CL, "ML", "Boulkessi", 4, "d-1", "armed terrorist groups", "Mali")],
"translated French: 'attacked the positions', 'the riposte of our forces', 'balance is 4 dead'"),

("co-saravena-merchant-kidnapped", "2024-02-27 15:30", "Denounce kidnapping of merchant in rural zone of Saravena",
"""Members of the ELN kidnapped on Monday a merchant of 52 years in the rural zone of the municipality of Saravena, Arauca, denounced his family, which asked for his liberation without conditions. According to the testimony of the relatives, armed men in civilian clothes intercepted his van on the road to the hamlet of Puerto Nariño and took him towards the mountain.

The army said that it activated the protocols for the search.""",
[(ABD, "CO", "Saravena", None, "d-1", "National Liberation Army", "civilians")],
"translated Spanish: one man kidnapped, an age of 52 that is no toll"),

("ua-robotyne-liberated", "2023-08-28 20:10", "Defence forces liberated Robotyne in the Zaporizhzhia direction",
"""The Defence Forces of Ukraine liberated the settlement of Robotyne in the Zaporizhzhia oblast, declared the deputy minister of defence on Monday. Our defenders continue the offensive in the direction of Novoprokopivka and consolidate on the achieved boundaries.

Over the past day in the Zaporizhzhia direction 27 combat clashes took place, informed the General Staff.""",
[(GOV, "UA", "Robotyne", None, "d0", "Ukraine", "Russia")],
"translated: 'liberated the settlement of': government regains territory"),

("ru-kursk-drones-intercepted", "2024-09-04 06:30", "Air defence means destroyed 11 drones over the Kursk region",
"""During the night the on-duty air defence means intercepted and destroyed 11 unmanned aerial vehicles of the aircraft type over the territory of the Kursk region, informed the Ministry of Defence of Russia. There are no victims and no destructions, the governor of the region specified in his channel.

The attempt of the Kyiv regime to carry out a terrorist attack with the use of drones was stopped, the ministry said.""",
[(DIS, "RU", "Kursk", 0, "d0", "Russia", "Ukraine")],
"translated Russian: drones intercepted and destroyed, no victims: disrupted weapons use"),

("ua-shakhtar-attack-football", "2024-11-06 22:30", "Shakhtar carried out a powerful attack but lost in Bern",
"""The Donetsk miners carried out a series of dangerous attacks on the gates of the Young Boys in the first half, but the Swiss striker scored twice after the break. The head coach of Shakhtar said after the match that the team shot too little at the target and lost the battle in the centre of the field.

In the next round the miners will receive the Italian club in Gelsenkirchen.""",
[], "translated sports: attacks on the gates, shot, battle: negative"),

("by-exercises-brest", "2024-05-07 13:00", "Joint exercises of the airborne troops started in the Brest region",
"""In the Brest region started the joint tactical exercises of the special operations forces with the combat firing of artillery and the landing of paratroopers, informed the press service of the Ministry of Defence of Belarus. The servicemen will practise the destruction of illegal armed formations and the liberation of a settlement captured by a conditional enemy.

The exercises will last until Friday.""",
[], "translated: exercises that 'practise the liberation of a settlement': negative"),

("ba-srebrenica-memorial", "2024-07-11 12:00", "In Potočari remembered the victims of the 1995 genocide",
"""In the memorial centre of Potočari near Srebrenica today were buried the remains of 14 victims identified during the past year. Thousands of people arrived to remember the more than 8,000 Bosniak men and boys killed by the forces of the Bosnian Serbs after the fall of the enclave in July 1995.

The ceremony passed without incidents, the police reported.""",
[], "translated: a memorial of a 1995 massacre with its toll: negative"),
]
