from common import *

FEED = ("held/wire-f.feed.json", "json", "https://bulletin.example.com/world", "World Bulletin")
REGISTER = "wire"

ITEMS = [
("nigeria-maiduguri-mortars", "2021-02-24 09:00", "Rocket-propelled grenades fired into Maiduguri kill 10",
"""Islamist militants fired rocket-propelled grenades into Maiduguri, the capital of Nigeria's Borno state, on {d-1}, killing at least 10 people, including children playing football, police and residents said.""",
[(SHL, "NG", "Maiduguri", 10, "d-1", "militants", "civilians")], "RPG -> shelling, not grenade"),

("ukraine-zaporizhzhia-drill-npp", "2024-04-10 10:00", "IAEA warns of danger after drone hits Zaporizhzhia nuclear plant",
"""The head of the UN nuclear watchdog warned on {d0} that drone attacks on the Russian-held Zaporizhzhia nuclear power plant were a serious escalation that could cause a major accident. A drone struck the dome of reactor six on {d-3}, the plant's Russian-installed management said.""",
[(AIR, "UA", "Zaporizhzhia nuclear power plant", None, "d-3", None, None)], "warning + real strike"),

("somalia-ceasefire-puntland", "2023-03-12 10:00", "Elders broker truce between Puntland and Somaliland forces",
"""Traditional elders brokered a truce between Puntland and Somaliland forces around Las Anod on {d0}, calling on both sides to withdraw fighters from the town's outskirts.""",
[], "truce"),

("myanmar-kachin-concert-airstrike", "2022-10-24 10:00", "Air strikes on Kachin concert kill dozens, including singer",
"""Myanmar military jets bombed a concert celebrating the anniversary of the Kachin Independence Organisation near Hpakant on {d-1}, killing around 60 people, including a singer and musicians, witnesses and the group said.

The junta denied that civilians had been targeted, saying it hit a rebel base.""",
[(AIR, "MM", "Hpakant", 60, "d-1", "Myanmar", "Kachin Independence Organisation")], "air strike; anniversary word but current"),

("mexico-earthquake-drill", "2022-09-19 12:00", "Mexico quake strikes on anniversary of past disasters",
"""A magnitude 7.6 earthquake struck western Mexico on {d0}, the anniversary of devastating quakes in 1985 and 2017, just an hour after a nationwide earthquake drill. At least one person was killed in Manzanillo.""",
[], "earthquake/drill"),

("iraq-us-strike-jurf", "2023-11-22 09:00", "US strikes Kataib Hezbollah sites after Ain al-Asad attack",
"""U.S. aircraft struck two facilities used by Kataib Hezbollah in Jurf al-Sakhar, south of Baghdad, on {d-1}, killing eight militia members, the Pentagon and Iraqi security sources said.

The strikes followed a ballistic missile attack on Ain al-Asad air base that wounded several U.S. personnel on {d-2}.""",
[(AIR, "IQ", "Jurf al-Sakhar", 8, "d-1", "United States", "Kata'ib Hezbollah"), (SHL, "IQ", "Ain al-Asad", None, "d-2", "Kata'ib Hezbollah", "United States")], "two events"),

("kenya-football-strike-fans", "2023-09-04 09:00", "Gor Mahia striker fires Kenyan champions to victory",
"""Benson Omala fired in a late strike as Gor Mahia beat Tusker 1-0 in Nairobi on {d-1}, sending their fans into wild celebrations.""",
[], "sports"),

("afghanistan-kabul-sikh-gurdwara", "2022-06-18 12:00", "Gunmen and blasts hit Sikh temple in Kabul",
"""Gunmen attacked a Sikh gurdwara in Kabul's Karte Parwan area on {d0}, setting off explosions and battling Taliban security forces for hours, officials said. A worshipper and a Taliban fighter were killed, along with the attackers. Islamic State Khorasan claimed the attack.""",
[(CL, "AF", "Kabul", None, "d0", "Islamic State Khorasan", "Taliban")], "complex attack; a worshipper, a Taliban fighter and an unstated number of attackers: toll null"),

("israel-navy-drill", "2023-06-06 10:00", "Israeli army stages largest drill in years simulating multi-front war",
"""The Israeli military on {d0} wrapped up a two-week exercise simulating a war on several fronts, including thousands of air strikes and rocket barrages on Israeli cities, officials said.""",
[], "drill simulating strikes"),

("central-african-republic-wagner-killing", "2022-01-25 10:00", "UN says CAR troops and Russian instructors killed civilians near Bria",
"""Central African troops and Russian military instructors killed at least 30 civilians during an operation near Bria in mid-January, the United Nations mission said on {d0}, calling for an investigation. The government said it would look into the report.""",
[(CIV, "CF", "Bria", 30, None, "Central African Republic", "civilians")], "attack on civilians by state force, approximate date"),

("drc-goma-peace-talks-luanda", "2022-11-23 10:00", "Regional leaders demand M23 ceasefire at Luanda talks",
"""East African leaders meeting in Luanda on {d0} called for a ceasefire in eastern Congo from Friday and for M23 rebels to withdraw from areas they have captured, warning they would face a regional force if they refused.""",
[], "peace talks, threat"),

("yemen-taiz-sniper", "2023-07-22 09:00", "Houthi sniper and shelling kill child in Taiz",
"""A child was killed and two others injured when Houthi forces shelled a residential neighbourhood of the besieged city of Taiz on {d-1}, local authorities said.""",
[(SHL, "YE", "Taiz", 1, "d-1", "Houthis", "civilians")], "shelling"),

("japan-typhoon-nanmadol", "2022-09-19 09:00", "Typhoon Nanmadol pounds southern Japan",
"""Typhoon Nanmadol pounded Japan's southern island of Kyushu with torrential rain and winds on {d0}, killing two people and leaving 350,000 homes without power.""",
[], "weather 'pounds'"),

("ukraine-hrakliia-cafe", "2023-10-06 10:00", "Missile strike on village cafe kills 52 at wake",
"""A Russian Iskander missile struck a cafe in the village of Hroza in the Kharkiv region on {d-1}, killing 52 people gathered for a soldier's wake, Ukrainian officials said. A six-year-old boy was among the dead.""",
[(SHL, "UA", "Hroza", 52, "d-1", "Russia", "civilians")], "missile; among the dead no sum"),

("nigeria-army-recaptures-malam-fatori", "2020-04-02 10:00", "Nigerian troops retake Malam Fatori after jihadist raid",
"""Nigerian troops recaptured Malam Fatori in northern Borno on {d-1}, a day after ISWAP militants overran the town's army base and forced soldiers to withdraw, military sources said.""",
[(GOV, "NG", "Malam Fatori", None, "d-1", "Nigeria", "Islamic State West Africa Province"), (NSA, "NG", "Malam Fatori", None, "d-2", "Islamic State West Africa Province", "Nigeria")], "two territory events"),

("us-politics-war-words", "2023-10-12 10:00", "Republicans at war over House speaker pick",
"""House Republicans remained at war over their choice of speaker on {d0}, as hardliners opened fire on the party's nominee and vowed to block him on the floor.""",
[], "politics figurative"),

("chad-ndjamena-clash-opposition", "2024-02-29 10:00", "Chad opposition leader killed in army assault on party headquarters",
"""Chadian opposition leader Yaya Dillo was killed when security forces attacked his party's headquarters in N'Djamena on {d-1}, the government said, after accusing his party of an attack on the internal security agency. Several other people died in the exchange of fire.""",
[(CL, "TD", "N'Djamena", None, "d-1", "Chad", "Yaya Dillo")], "clash; several -> null"),

("iran-sistan-jaish-al-adl", "2023-12-15 09:00", "Militants kill 11 police in attack on Iranian police station",
"""Militants from the Jaish al-Adl group attacked a police station in Rask in Iran's Sistan-Baluchestan province overnight, killing 11 police officers, state media said on {d0}.""",
[(CL, "IR", "Rask", 11, "d0", "Jaish al-Adl", "Iran")], "attack on police station -> clash; overnight"),

("congo-business-mining-strike", "2024-03-14 10:00", "Miners down tools in Katanga pay dispute",
"""Workers at a copper mine in Congo's Katanga region went on strike on {d0} over pay and housing, halting production, union leaders said.""",
[], "labour strike"),

("pakistan-airstrikes-afghanistan", "2024-03-18 10:00", "Pakistan carries out air strikes inside Afghanistan",
"""Pakistani warplanes carried out air strikes on suspected Pakistani Taliban hideouts in Afghanistan's Khost and Paktika provinces on {d0}, killing eight people, a Taliban government spokesman said. Pakistan said it had targeted the TTP.""",
[(AIR, "AF", "Khost", 8, "d0", "Pakistan", "Tehrik-i-Taliban Pakistan")], "cross-border airstrike"),

("haiti-gang-crime", "2023-04-25 10:00", "Crowd burns suspected gang members in Port-au-Prince",
"""A crowd in Port-au-Prince beat and set on fire 13 suspected gang members who had been detained by police on {d-1}, police said, as residents took matters into their own hands amid a surge in kidnappings.""",
[], "crime/vigilante, no organised armed group act as per contract"),

("sudan-drone-intercepted-port-sudan", "2025-05-06 10:00", "Sudan army says it downed drones over Port Sudan",
"""Sudan's army said its air defences intercepted several drones launched by the Rapid Support Forces at Port Sudan on {d-1}, though one hit a fuel depot near the airport and set it ablaze.""",
[(DIS, "SD", "Port Sudan", None, "d-1", "Sudan", "Rapid Support Forces"), (AIR, "SD", "Port Sudan", None, "d-1", "Rapid Support Forces", None)], "interception + partial hit: the interception and the drone that hit the depot are two events"),

("ukraine-mine-farmer", "2023-08-09 10:00", "Tractor hits anti-tank mine in Kherson region, killing driver",
"""A tractor driver was killed when his vehicle hit an anti-tank mine in a field near Beryslav in the Kherson region on {d-1}, regional officials said.""",
[(IED, "UA", "Beryslav", 1, "d-1", None, "civilians")], "landmine"),

("lebanon-beirut-port-anniversary", "2023-08-04 10:00", "Lebanon marks three years since Beirut port blast",
"""Thousands marched in Beirut on {d0} to mark three years since the port explosion that killed more than 220 people, demanding justice as the investigation remains stalled.""",
[], "anniversary, not armed"),

("mozambique-macomia-attack", "2024-05-14 09:00", "Insurgents raid Mozambican town of Macomia",
"""Dozens of Islamic State-linked insurgents raided the town of Macomia in Cabo Delgado on {d-4}, looting food and clashing with soldiers for two days before withdrawing, residents said. At least 10 soldiers were killed, a military source said.""",
[(CL, "MZ", "Macomia", 10, "d-4", "militants", "Mozambique")], "raid/clash"),

("india-pakistan-missile-test", "2023-10-19 10:00", "Pakistan test-fires Ababeel missile",
"""Pakistan conducted a training launch of its Ababeel ballistic missile on {d-1}, the military's media wing said, aimed at "validating various design and technical parameters".""",
[], "missile test, unusual wording 'training launch'"),

("syria-latakia-massacre", "2025-03-09 10:00", "Hundreds of civilians killed in Syrian coastal violence, monitor says",
"""Security forces and allied fighters killed 745 Alawite civilians in the Latakia and Tartous regions between {d-3} and {d-1}, the Syrian Observatory for Human Rights said, in revenge attacks after an insurgency by Assad loyalists.""",
[(CIV, "SY", "Latakia", 745, None, "Syria", "civilians")], "attack on civilians; between Thursday and Saturday, no single day: date null"),

("nigeria-bandits-abduct-travellers", "2023-05-30 10:00", "Bandits kidnap 20 travellers on Kaduna highway",
"""Armed bandits blocked the Kaduna-Abuja highway near Katari on {d-1} and kidnapped about 20 travellers, police said, a week after a similar attack on the same road.""",
[(ABD, "NG", "Katari", None, "d-1", "bandits", "civilians")], "abduction"),

("armenia-azerbaijan-nagorno-offensive", "2023-09-20 09:00", "Azerbaijan launches military operation in Nagorno-Karabakh",
"""Azerbaijan launched artillery strikes on Armenian positions in Nagorno-Karabakh on {d-1}, in what it called "anti-terrorist activities". Ethnic Armenian officials said at least 32 people, including seven civilians, had been killed.""",
[(SHL, "AZ", "Nagorno-Karabakh", 32, "d-1", "Azerbaijan", "Armenia")], "artillery; including -> 32"),

("economy-storm-markets", "2023-03-13 10:00", "Bank collapse batters markets",
"""Bank shares were battered on {d0} as the collapse of Silicon Valley Bank sent shockwaves through global markets, wiping billions off the value of lenders.""",
[], "business figurative"),

("kenya-grenade-police-station", "2024-06-14 10:00", "Grenade thrown at police post in Kenya's Garissa",
"""Suspected al-Shabaab militants threw a grenade at a police post in Garissa town on {d-1}, injuring three officers, police said.""",
[(GRE, "KE", "Garissa", None, "d-1", "Al-Shabaab", "Kenya")], "grenade"),

("israel-gaza-tunnel-aid", "2024-03-02 10:00", "US airdrops aid into Gaza",
"""US military planes dropped more than 38,000 meals into Gaza on {d0}, the first of several planned airdrops as aid groups warned of famine. Jordanian aircraft joined the operation.""",
[], "aid airdrop, not a strike"),

("iraq-kirkuk-is-ambush", "2020-05-03 09:00", "Islamic State ambush kills 10 Iraqi paramilitary fighters",
"""Islamic State militants ambushed Popular Mobilization Forces fighters near Mekeshifa in Salahuddin province on {d-1}, killing 10 of them, Iraqi security officials said.""",
[(CL, "IQ", "Mekeshifa", 10, "d-1", "Islamic State", "Popular Mobilization Forces")], "ambush"),

("ukraine-threat-nuclear-plant", "2023-07-05 10:00", "Zelensky warns Russia may stage attack on nuclear plant",
"""President Volodymyr Zelensky warned on {d0} that Russia could be preparing a "provocation" at the Zaporizhzhia nuclear plant, saying Russian forces had placed objects resembling explosives on the roofs of two reactors. Moscow said Kyiv was planning to attack the plant.""",
[], "threat"),

("somalia-airstrike-civilians-denied", "2024-03-20 09:00", "Rights group says drone strike killed civilians in Somalia",
"""Amnesty International said on {d0} that two drone strikes in Lower Shabelle's Jaffey farm area on {d-2} killed 23 civilians, including 14 children. Somalia's government said the strikes had targeted al-Shabaab.""",
[(AIR, "SO", "Lower Shabelle", 23, "d-2", None, "civilians")], "airstrike; including -> 23"),

("ethiopia-grenade-rally", "2018-06-24 10:00", "Grenade attack at Abiy rally in Addis Ababa kills two",
"""A grenade was thrown at a rally for Prime Minister Abiy Ahmed in Addis Ababa's Meskel Square on {d-1}, killing two people and wounding more than 150, officials said. Abiy was unhurt and called the attack an attempt by forces opposed to unity.""",
[(GRE, "ET", "Addis Ababa", 2, "d-1", None, "civilians")], "grenade"),

("philippines-sulu-army-regains", "2024-01-27 10:00", "Philippine troops clash with Abu Sayyaf remnants in Sulu",
"""Philippine soldiers clashed with a group of Abu Sayyaf militants in the mountains of Patikul on {d-1}, killing two of them, the military's Western Mindanao Command said.""",
[(CL, "PH", "Patikul", 2, "d-1", "Philippines", "Abu Sayyaf")], "clash"),

("yemen-houthis-seize-ship", "2023-11-20 10:00", "Houthis hijack cargo ship in Red Sea",
"""Yemen's Houthis seized the cargo ship Galaxy Leader in the Red Sea on {d-1}, landing fighters from a helicopter on its deck and taking its 25 crew members hostage, the group and shipping officials said.""",
[(ABD, None, "Red Sea", None, "d-1", "Houthis", "civilians")], "hijack = abduction; helicopter is not air strike"),

("india-manipur-drone-bombs", "2024-09-02 10:00", "Drones drop bombs on Manipur village, killing two",
"""Suspected militants used drones to drop explosives on Koutruk village in Manipur's Imphal West district on {d-1}, killing two people and injuring nine, police said, the first such attack in the state.""",
[(AIR, "IN", "Koutruk", 2, "d-1", "militants", "civilians")], "drone-dropped -> air"),

("germany-police-raid-reichsbuerger", "2022-12-07 10:00", "German police arrest 25 in raids on far-right coup plot",
"""German police arrested 25 people in raids across the country on {d0} on suspicion of plotting to storm parliament and overthrow the state, prosecutors said.""",
[], "police raids/plot"),

("mali-fuel-convoy-attack-claim", "2025-09-16 10:00", "JNIM fighters torch fuel tankers on Mali highway",
"""JNIM fighters ambushed a convoy of fuel tankers escorted by Malian soldiers near Kayes on {d-2}, burning dozens of trucks, the group said. The army said it had repelled the attack and killed several assailants.""",
[(CL, "ML", "Kayes", None, "d-2", "JNIM", "Mali")], "ambush; several -> null"),

("mali-drill-niger-sahel", "2024-05-03 10:00", "Sahel juntas hold joint military manoeuvres",
"""Troops from Mali, Burkina Faso and Niger held joint manoeuvres near the tri-border area this week, state media said, as the three juntas deepen their military alliance.""",
[], "exercise"),
("syria-history-hama-1982", "2022-02-02 10:00", "Survivors of 1982 Hama massacre still seek justice",
"""Forty years after government forces shelled and stormed the city of Hama, killing thousands, survivors in exile said on {d0} they were still seeking justice.""",
[], "history"),
("south-korea-balloon-threat", "2024-06-10 10:00", "North Korea warns of 'new counteraction' over loudspeakers",
"""North Korea warned on {d0} of a "new counteraction" if South Korea continued loudspeaker broadcasts across the border, after Seoul resumed them in response to balloons carrying rubbish.""",
[], "threat"),
("kenya-police-bandits-cattle-court", "2023-11-15 10:00", "Court jails cattle thieves in Kenya's Rift Valley",
"""A court in Nakuru jailed five men for stealing cattle in a series of night raids last year, prosecutors said on {d0}.""",
[], "crime, 'raids'"),
("iraq-budget-pmf", "2023-06-12 10:00", "Iraq's parliament passes record budget",
"""Iraq's parliament passed a record three-year budget on {d0} that increases salaries for members of the Popular Mobilization Forces and raises defence spending.""",
[], "budget"),
("sudan-peace-talks-jeddah", "2023-05-12 10:00", "Sudan's warring parties sign humanitarian declaration in Jeddah",
"""Sudan's army and the Rapid Support Forces signed a declaration in Jeddah on {d-1} committing to protect civilians and allow aid, but did not agree a ceasefire, US and Saudi mediators said.""",
[], "peace talks"),
("us-school-shooting-crime", "2023-03-28 10:00", "Gunman kills six at Nashville school",
"""A shooter killed three children and three adults at a private Christian school in Nashville on {d-1} before being shot dead by police, officials said.""",
[], "crime mass shooting"),
("india-film-war", "2024-01-25 10:00", "Air force action film 'Fighter' opens to packed cinemas",
"""Fighter, a Bollywood action film about Indian air force pilots who carry out air strikes on militant camps, opened to packed cinemas across India on {d0}.""",
[], "film"),
("ukraine-business-drone-makers", "2024-02-20 10:00", "Ukraine's drone makers race to scale up production",
"""Ukrainian drone makers said on {d0} they could produce more than a million first-person-view drones this year, as the government signed contracts with dozens of small workshops.""",
[], "business/procurement"),
]
