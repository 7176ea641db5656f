from common import *

# Wire copy written by helper cls-quick for issue 14: criminal gangs and bandits that act
# as armed groups (storming a town, raiding villages, fighting police or each other), and
# people taken by force with no weapon named ("seized 15 worshippers", "carried away by
# gunmen"); false friends: police seizing drugs, a gang of football fans, a court case
# about an old abduction, a gang of car thieves whose loot was seized.
# The team's own words; places are real, the events simplified or invented.
FEED = ("dev/quick-a.rss.xml", "rss", "https://linewire.example.org/world", "Line Wire: World")
REGISTER = "wire"

ITEMS = [
("ht-kenscoff-gang-raid", "2025-02-04 11:20", "Gang members kill residents in hills above Haiti's capital",
"""PORT-AU-PRINCE, Feb 4 (Line Wire) - Armed gang members swept through neighbourhoods of Kenscoff, in the hills above the Haitian capital, on {d-1}, setting houses on fire and killing at least eight residents, the town's mayor said.

Hundreds of families fled towards Petion-Ville. Gangs control most of Port-au-Prince and have been pushing into the surrounding hills since last year.""",
[(CIV, "HT", "Kenscoff", 8, "d-1", "gang members", "civilians")],
"an armed gang killing residents: violence against civilians"),

("ht-delmas-police-gang", "2025-03-12 16:05", "Haitian police, gang fighters trade fire in Delmas",
"""PORT-AU-PRINCE, March 12 (Line Wire) - Haitian police officers backed by armoured vehicles exchanged fire for several hours with members of a gang in the Delmas district of the capital on {d-1}, a police spokesman said. Three gang members and one officer were killed.

The spokesman said the operation aimed to reopen a main road that the gangs had blocked.""",
[(CL, "HT", "Delmas", 4, "d-1", "Haiti", "gang members")],
"police fighting a gang: armed clash"),

("ng-zamfara-bandits-village", "2024-06-18 09:30", "Bandits kill nine villagers in Nigeria's Zamfara",
"""GUSAU, Nigeria, June 18 (Line Wire) - Bandits on motorcycles raided the village of Kairu in Zamfara state on {d-1}, shooting nine villagers and stealing livestock, a local councillor said.

Gangs of bandits, as armed kidnapping and cattle-rustling groups are known locally, have killed thousands of people across northwest Nigeria in recent years.""",
[(CIV, "NG", "Kairu", 9, "d-1", "bandits", "civilians")],
"bandits raiding a village and shooting villagers: violence against civilians; the aggregate is background"),

("bf-worshippers-seized", "2024-08-27 14:10", "Armed men seize 15 worshippers from Burkina Faso mosque",
"""OUAGADOUGOU, Aug 27 (Line Wire) - Armed men seized 15 worshippers during evening prayers at a mosque in the village of Tawori in eastern Burkina Faso on {d-2}, two residents said. The men were led away into the bush and their families had heard nothing from them by {d0}.

No group claimed the act. Jihadist groups linked to al Qaeda and Islamic State are active in the area.""",
[(ABD, "BF", "Tawori", None, "d-2", "armed men", "civilians")],
"people seized by force with no weapon named: abduction"),

("cm-bus-passengers-taken", "2024-10-15 10:45", "Bus passengers carried away by gunmen in Cameroon's Northwest",
"""YAOUNDE, Oct 15 (Line Wire) - Eleven passengers of a bus travelling from Bamenda to Kumbo were carried away by gunmen who stopped the vehicle near Ndop on {d-1}, a regional official said. The driver was released and told to go on to Kumbo.

Kidnappings for ransom have grown on the roads of the English-speaking regions.""",
[(ABD, "CM", "Ndop", None, "d-1", "gunmen", "civilians")],
"'carried away by gunmen': abduction"),

("ss-jonglei-armed-youth", "2024-04-09 12:30", "Armed youth attack cattle camp in South Sudan's Jonglei",
"""JUBA, April 9 (Line Wire) - Armed youth from a neighbouring county attacked a cattle camp near Pibor town on {d-1}, killing 14 herders and driving away hundreds of cattle, a county commissioner said.

Tit-for-tat cattle raids between communities in Jonglei and the Greater Pibor area kill hundreds of people each year.""",
[(CIV, "SS", "Pibor", 14, "d-1", "armed youth", "civilians")],
"armed youth raiding a cattle camp and killing herders: violence against civilians"),

("co-buenaventura-cocaine", "2024-05-21 18:00", "Colombian police seize four tonnes of cocaine at Buenaventura port",
"""BOGOTA, May 21 (Line Wire) - Colombian police seized four tonnes of cocaine hidden in a container of bananas at the Pacific port of Buenaventura on {d-1}, the national police said. Three port workers were arrested.

The shipment was bound for Belgium, the police said. The port is a main exit for cocaine bound for Europe.""",
[], "police seizing drugs: 'seized' with a thing as its object, negative"),

("pl-football-fans-gang", "2024-09-30 13:15", "Gang of football fans wrecks bar before Krakow derby",
"""WARSAW, Sept 30 (Line Wire) - A gang of about forty football fans in balaclavas wrecked a bar in Krakow's old town before the city derby on {d-1}, throwing chairs and bottles at rival supporters, police said. Five people were lightly hurt and 22 fans were detained.

The club said it would ban those identified from its stadium.""",
[], "a 'gang' of football fans brawling: hooliganism, not an armed group, negative"),

("mx-ayotzinapa-court", "2024-07-03 20:30", "Mexican court frees soldiers held over 2014 students' disappearance",
"""MEXICO CITY, July 3 (Line Wire) - A Mexican judge on {d0} ordered the release of eight soldiers held over the 2014 disappearance of 43 students from the Ayotzinapa teachers' college, who were abducted by local police and handed to a drug gang in Iguala, Guerrero state.

Parents of the students said they would appeal. The remains of only three students have been identified.""",
[], "a court case about an old abduction: negative"),

("za-car-thieves-gang", "2024-11-06 09:05", "South African police seize stolen cars, arrest gang of thieves",
"""JOHANNESBURG, Nov 6 (Line Wire) - South African police seized 17 stolen cars and arrested six members of a gang of car thieves at a chop shop in Germiston on {d-1}, a police spokeswoman said.

The gang stripped stolen vehicles and sold the parts across the border, she said.""",
[], "a gang of car thieves and cars seized by police: crime, negative"),
]
