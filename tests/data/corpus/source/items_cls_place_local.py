from common import *

# Local English-language press written for the places of issue 14: reports that name
# only a district, an LGA, a tehsil or a province (the country has to come from the
# region), towns shared by several countries or levels (Niger State and Niger, Tripoli
# in Lebanon and Libya, Punjab, Hyderabad), a street named after a foreign city, and the
# negatives a local desk prints beside them. The team's own words; places are real,
# events simplified or invented.
FEED = ("dev/place-local.rss.xml", "rss", "https://provincial-desk.example.org/news", "Provincial Desk")
REGISTER = "local"

ITEMS = [
("shiroro-miners-abducted", "2024-09-16 08:20", "Gunmen abduct 14 miners in Shiroro",
"""Armed bandits on Sunday stormed a mining site at Kuchi in Munya and Shiroro area of Niger State and abducted 14 workers, the Police Public Relations Officer of the command said.

He said tactical teams had been deployed to comb the forest around Erena in Shiroro LGA. No ransom demand had been made as of Monday morning. Residents said the bandits came on motorcycles and fired into the air before herding the workers into the bush.""",
[(ABD, "NG", "Kuchi", None, "d-1", "bandits", "civilians")],
"Niger State named only with its LGA: Nigeria, not Niger"),

("birnin-gwari-vigilantes", "2024-02-13 11:05", "Bandits kill six vigilantes in Birnin Gwari",
"""Six members of a local vigilance group were killed on Monday when bandits ambushed them near Kakangi village in Birnin Gwari LGA, a community leader told our correspondent.

The leader said the vigilantes had exchanged fire with the attackers for nearly an hour before running out of ammunition. The state government condemned the attack and promised to deploy more troops along the Kaduna-Birnin Gwari road.""",
[(CL, "NG", "Kakangi", 6, "d-1", "bandits", "vigilantes")],
"an LGA only: the country from the district"),

("zurmat-ied-police", "2023-08-08 09:40", "Roadside mine hits police vehicle in Zurmat",
"""A roadside mine struck a police vehicle in Zurmat district on Monday afternoon, killing two officers and wounding three, the provincial police spokesman said.

The vehicle was returning to the district centre after a patrol. No group claimed the blast. Zurmat has seen several such attacks on the security forces this year.""",
[(IED, "AF", "Zurmat", 2, "d-1", None, "police")],
"an Afghan district only, no province or country named"),

("kupwara-encounter", "2024-10-23 07:30", "Two militants killed in Kupwara encounter",
"""Two unidentified militants were killed in an encounter with security forces in the Machil sector of Kupwara district on Tuesday night, officials said.

A joint team of the army and police launched a search operation after inputs about the presence of infiltrators. As the forces closed in, the hiding militants opened fire, triggering the encounter. Two AK rifles and ammunition were recovered from the spot, a police spokesman said.""",
[(CL, "IN", "Machil", 2, "d-1", "India", "militants")],
"an Indian district only: India, not Pakistan"),

("parachinar-convoy", "2024-10-13 10:15", "Convoy attacked near Parachinar, 15 dead",
"""At least 15 people were killed on Saturday when gunmen opened fire on a convoy of passenger vehicles travelling from Parachinar to Peshawar in the Kunj Alizai area of Kurram district, police said.

The deputy commissioner said the convoy was escorted by police when it was attacked from the hills on both sides of the road. The wounded were shifted to the district headquarters hospital. The road was closed for traffic.""",
[(CIV, "PK", "Kunj Alizai", 15, "d-1", "gunmen", "civilians")],
"Pakistani tehsil and district only"),

("tripoli-lebanon-grenade", "2024-03-04 21:10", "Army patrol targeted with grenade in Tripoli",
"""A hand grenade was thrown at a Lebanese army patrol in the Jabal Mohsen neighbourhood of Tripoli on Monday evening, wounding one soldier, a security source said.

Troops sealed off the area and searched nearby buildings. The north Lebanon city has seen sporadic violence between the Jabal Mohsen and Bab al-Tabbaneh districts for years.""",
[(GRE, "LB", "Jabal Mohsen", None, "d0", None, "Lebanon")],
"Tripoli in Lebanon: the Lebanese army and north Lebanon tell it"),

("hyderabad-sindh-blast", "2023-11-21 12:00", "Cracker blast near Hyderabad police station",
"""A low-intensity explosive device went off outside the Hali Road police station in Hyderabad on Monday, injuring a constable, Sindh police said.

Bomb disposal experts said the device, fitted with a timer, had been placed in a motorcycle parked near the gate. Police registered a case under the Anti-Terrorism Act and detained two suspects.""",
[(IED, "PK", "Hyderabad", None, "d-1", None, "police")],
"Hyderabad in Sindh, Pakistan, not India"),

# Negatives.
("niger-state-road", "2024-05-08 09:00", "Niger State governor flags off Minna-Bida road",
"""The Niger State governor on Tuesday flagged off the reconstruction of the Minna-Bida road, saying the 82-kilometre stretch would be completed within 18 months.

He said the state had also awarded contracts for roads in Shiroro and Rafi LGAs, where farmers had complained of poor access to markets.""",
[],
"negative: a road project in Niger State"),

("baghdad-street-cafe", "2024-04-10 10:00", "Old cafe on Baghdad Street reopens",
"""The Al-Rawda cafe on Damascus's Baghdad Street reopened its doors on Wednesday after a two-year renovation, drawing crowds of old customers.

The owner said the cafe, founded in 1931, had kept its original tiles and mirrors. Writers and actors used to meet there in the evenings.""",
[],
"negative: a street named after a foreign city, nothing happened"),

("kurram-jirga", "2024-11-02 14:30", "Kurram jirga agrees to extend truce",
"""Elders of both sides at a grand jirga in Kohat on Friday agreed to extend the ceasefire in Kurram district for another month and to reopen the Thall-Parachinar road under police escort.

The jirga also decided that bunkers built along the road would be removed. The provincial government welcomed the decision.""",
[],
"negative: a truce extended"),

("punjab-police-recruits", "2024-01-18 09:10", "Punjab police pass out 2,000 recruits",
"""Some 2,000 recruits of Punjab Police passed out at a ceremony at the Police Training College in Lahore on Wednesday.

The inspector general said the new constables would be deployed in the southern districts of the province, where the force is short of men.""",
[],
"negative: a passing-out parade"),
]
