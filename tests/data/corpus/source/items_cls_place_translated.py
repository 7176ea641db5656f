from common import *

# Copy translated from Russian, French and Arabic, written for the places of issue 14:
# place names in the source language's spelling (Russian spellings of Ukrainian towns,
# French spellings of Sahel communes, Arabic spellings of Syrian and Yemeni districts),
# raions and oblasts, communes and cercles; and negatives. The team's own words.
FEED = ("dev/place-translated.feed.json", "json", "https://translated-desk.example.org/eu", "Translated Desk")
REGISTER = "translated"

ITEMS = [
("ugledar-shelling", "2023-02-10 08:00", "The occupiers carried out shelling of Ugledar",
"""On the morning of February 9, the Russian occupiers carried out shelling of Ugledar of the Volnovakha district from multiple rocket launchers. As a result, two civilians were killed and four wounded, the head of the regional military administration reported.""",
[(SHL, "UA", "Vuhledar", 2, "d-1", "Russia", "civilians")],
"Russian spelling of Vuhledar, raion named"),

("gulyaypole-drone", "2024-03-05 10:00", "Drone of the enemy struck Gulyaypole",
"""Yesterday in the afternoon a drone of the enemy dropped explosives on a private house in Gulyaypole of the Polohy district. A woman aged 67 was killed, the regional administration informed.""",
[(AIR, "UA", "Huliaipole", 1, "d-1", "Russia", "civilians")],
"Russian spelling of Huliaipole; an age that is no toll"),

("tillia-commune", "2024-06-25 09:00", "Terrorists attacked the post of Tassia in the commune of Tillia",
"""On Sunday, 23 June, armed terrorists on motorcycles attacked the defence and security forces post of Tassia, in the rural commune of Tillia, department of Tillia. The response of our forces neutralised about twenty assailants; we deplore on our side 20 soldiers and one civilian fallen, the Ministry of National Defence communicated.""",
[(CL, "NE", "Tassia", None, "2024-06-23", None, "Niger")],
"a commune and department of Niger only; vague attacker toll"),

("menaka-cercle", "2023-03-15 12:00", "Assassination of civilians in the cercle of Ansongo",
"""Armed individuals assassinated seven civilians on Monday at the village of Bara, in the cercle of Ansongo, region of Gao, according to local elected officials. The victims were travellers coming back from the weekly fair.""",
[(CIV, "ML", "Bara", 7, "d-2", "armed individuals", "civilians")],
"a Malian cercle and region only"),

("deir-hafer-shelling", "2024-01-08 14:00", "The regime forces shelled villages of Deir Hafer countryside",
"""The regime forces carried out artillery shelling today on the villages of the Deir Hafer countryside in the eastern Aleppo countryside, which killed a child and injured his mother, a correspondent of ours reported.""",
[(SHL, "SY", "Deir Hafer", 1, "d0", "Syria", "civilians")],
"a Syrian district in Arabic spelling"),

# Negatives.
("donetsk-mine-accident", "2024-02-01 08:00", "In the Donetsk oblast accident at the mine",
"""In the Pokrovsk district of the Donetsk oblast, at the mine a methane leak happened; four miners were hospitalised, the regional administration informed. The causes are established by a commission.""",
[],
"negative: a mine accident"),

("agadez-forum", "2024-04-12 10:00", "Forum for peace was held in Agadez",
"""In Agadez the forum for peace and social cohesion was held on Thursday with the participation of traditional chiefs of the region of Agadez and of the department of Tchirozerine. The participants adopted recommendations.""",
[],
"negative: a peace forum"),

("kharkiv-exercise", "2023-09-19 09:00", "In the Kharkiv oblast exercises of the territorial defence",
"""In the Chuguev district of the Kharkiv oblast exercises of the territorial defence units took place, the regional administration informed. Fighters practised actions in case of a breakthrough.""",
[],
"negative: an exercise"),
("nikolaev-court", "2024-07-09 11:00", "In Nikolaev the court sentenced the collaborator",
"""The court of Nikolaev sentenced a resident of the Bashtanka district to 12 years of imprisonment for passing to the occupiers the coordinates of positions of the Armed Forces, the regional prosecutor's office informed.""",
[],
"negative: a verdict, Russian spelling of Mykolaiv"),
]
