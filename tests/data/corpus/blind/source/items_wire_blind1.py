from common import *

FEED = ("blind/wire-a.rss.xml", "rss", "https://meridianwire.example.com/world", "Meridian Wire: World")
REGISTER = "wire"

ITEMS = [
("sudan-rsf-wad-madani", "2023-12-19 10:15", "Sudan's RSF says it controls Wad Madani after army pulls out",
"""NAIROBI, {m0} (Meridian) - Sudan's paramilitary Rapid Support Forces said on {d0} they had taken full control of Wad Madani, the capital of Gezira state, after four days of fighting that sent tens of thousands of people south towards Sennar.

The army's infantry division in the city abandoned its headquarters late on {d-1}, two residents reached by telephone said. One described pickup trucks with mounted machine guns moving through the central market at nightfall and said the streets were otherwise empty.

An army spokesman said in a short statement that troops had "redeployed" and that operations in the state were continuing. He gave no further details.

Wad Madani lies about 180 km (110 miles) south-east of Khartoum and had become a refuge for roughly half a million people who fled the capital earlier in the war, according to the U.N. migration agency. Aid groups used it as their main logistics hub.

"Our warehouses are there and we cannot reach them," said a worker with an international charity who asked not to be named because she was not authorised to speak to the media.

The RSF took Nyala, Sudan's second city, in October, and now holds most of Darfur. The war between the army and the paramilitaries began in April.""",
[(NSA, "SD", "Wad Madani", None, "d-1", "Rapid Support Forces", "Sudan")],
"Nairobi dateline; territory taken; Nyala capture only as background"),

("congo-m23-goma-rwanda-shells", "2025-01-27 19:40", "M23 rebels claim Goma; shells kill five across border in Rwanda",
"""GOMA, Democratic Republic of Congo/KIGALI, {m0} (Meridian) - M23 rebels said on {d0} they had captured Goma, the biggest city in eastern Congo, after their fighters pushed into the lakeside city overnight and gunfire rattled around the airport through the morning.

Residents said Congolese soldiers were handing their weapons to U.N. peacekeepers at a base on the city's edge, while others had shed their uniforms. By afternoon rebel columns were moving along the main road past the central roundabout, one resident said. Congo's government said it would not abandon the city and that its troops still held "strategic positions".

Congo and U.N. experts say Rwanda has deployed thousands of its own soldiers alongside M23, which Kigali denies.

Across the border, shells fired from the Congolese side landed in the Rwandan town of Gisenyi on {d0}, killing five civilians and wounding 35, Rwanda's army spokesperson said, blaming the Congolese army. Kinshasa did not respond to the accusation.

At least 13 peacekeepers and foreign troops were killed in fighting near Sake, west of Goma, over the previous week.""",
[(NSA, "CD", "Goma", None, "d0", "M23", "DR Congo"),
 (SHL, "RW", "Gisenyi", 5, "d0", "DR Congo", "civilians")],
"two events in two countries; peacekeeper deaths are background; Rwanda's role only alleged"),

("myanmar-arakan-army-paletwa", "2024-01-16 08:30", "Myanmar rebels seize town on borders with India and Bangladesh",
"""BANGKOK, {m0} (Meridian) - The Arakan Army, one of the strongest of Myanmar's ethnic minority armies, said it had seized the town of Paletwa in western Chin State after the last military camp there fell on {d-1}.

The town sits on a river route close to the borders with India and Bangladesh and on a transport corridor that New Delhi has spent years building. "The whole of Paletwa is now under our control," the group's spokesman said in a message sent to reporters.

A spokesman for the junta did not answer calls. Military-run media has in recent weeks dismissed reports of lost territory as propaganda.

The Arakan Army is part of an alliance that launched an offensive in northern Shan State in late October and has since captured dozens of military posts and several towns along the border with China.""",
[(NSA, "MM", "Paletwa", None, "d-1", "Arakan Army", "Myanmar")],
"Bangkok dateline; camp fell the day before; Shan offensive as background"),

("mali-army-enters-kidal", "2023-11-15 11:05", "Malian army takes northern rebel stronghold of Kidal",
"""DAKAR, {m0} (Meridian) - Malian troops took control of Kidal on {d-1}, the head of the ruling junta said, ending more than a decade in which the northern desert town was held by Tuareg-led separatists.

"Our armed forces have seized Kidal," Colonel Assimi Goita said in a message read on state television. Columns of army vehicles, accompanied by fighters of Russia's Wagner group, had been advancing on the town for more than a week under cover of drone strikes, according to local sources.

The Permanent Strategic Framework (CSP), an alliance of armed groups dominated by the Coordination of Azawad Movements, said its fighters had left the town "for strategic reasons" and would keep fighting.

Kidal fell to rebels in 2012 during an uprising that jihadists later hijacked, prompting a French military intervention. A 2015 peace deal between Bamako and the separatists had been fraying since the junta pushed out the U.N. peacekeeping mission this year.""",
[(GOV, "ML", "Kidal", None, "d-1", "Mali", "Permanent Strategic Framework")],
"Dakar dateline; government regains territory; 2012 and 2015 history"),

("somalia-adan-yabaal-retaken", "2022-12-07 09:00", "Somali troops retake al Shabaab base town of Adan Yabaal",
"""MOGADISHU, {m0} (Meridian) - Somali government forces and allied clan militias entered the town of Adan Yabaal in Middle Shabelle region on {d-1}, taking back what had for years been one of al Shabaab's main bases in central Somalia, officials said.

The militants pulled out after a short exchange of fire overnight, a local commander told Meridian by telephone. "There was little resistance at the end. They took what they could carry and left," he said. There was no word on casualties.

President Hassan Sheikh Mohamud, who has declared "total war" on the Islamist group, called the capture a turning point.

In a separate statement, U.S. Africa Command said it had carried out an air strike against al Shabaab fighters near Jilib, in the Middle Juba region, on {d-2}, at the request of the Somali government. Its initial assessment was that two militants had been killed and no civilians hurt.

Al Shabaab, which is allied to al Qaeda, still controls large parts of the south and has carried out frequent bombings in Mogadishu.""",
[(GOV, "SO", "Adan Yabaal", None, "d-1", "Somalia", "Al-Shabaab"),
 (AIR, "SO", "Jilib", 2, "d-2", "United States", "Al-Shabaab")],
"recapture plus foreign air strike elsewhere two days earlier"),

("pakistan-peshawar-police-mosque", "2023-01-30 17:50", "Suicide bomber kills dozens at mosque in Pakistan police headquarters",
"""PESHAWAR, Pakistan, {m0} (Meridian) - A suicide bomber blew himself up among hundreds of worshippers at a mosque inside a heavily guarded police compound in the north-western city of Peshawar on {d0}, bringing down part of the roof during afternoon prayers.

Officials first said 17 people had been killed. Two hours later the provincial health department put the toll at 28, and by evening a spokesman for Lady Reading Hospital said 46 were dead and more than 150 wounded, most of them policemen.

"The bomber was in the front row," said a police constable who was in the mosque and escaped with cuts to his face. "Then everything came down."

A commander of Jamaat-ul-Ahrar, a breakaway faction of the Pakistani Taliban, claimed the bombing on social media. Hours later the main Taliban spokesman said his group had nothing to do with it.

Rescuers were using cranes to lift slabs of concrete. Police said they were investigating how the attacker got through several checkpoints.

In March last year, a suicide bomber from the Islamic State group killed more than 60 people at a Shi'ite mosque in the city's old quarter.""",
[(SUI, "PK", "Peshawar", 46, "d0", "Jamaat-ul-Ahrar", "Pakistan")],
"toll rises 17 -> 28 -> 46; claim and denial; 2022 mosque bombing as background"),

("nigeria-niger-state-kagara-passengers", "2022-06-08 13:20", "Gunmen abduct bus passengers near Kagara in Niger state",
"""MINNA, {m0} (Meridian) - Armed men abducted around 20 passengers from a commercial bus near Kagara in Niger state on {d-2} and shot dead the driver when he tried to turn the vehicle around, police said.

The gunmen, on motorcycles, blocked the road between Kagara and Tegina in Rafi local government area in the early evening, a police spokesman in Minna, the state capital, said in a statement. Tactical teams and local vigilantes were searching the forest around the area.

Relatives of two of the captives told Meridian that the kidnappers had phoned on {d-1} to demand ransom.

Criminal gangs known locally as bandits have killed and kidnapped thousands of people in the north-west and north-central states in recent years. In February 2021, gunmen took 27 pupils from a secondary school in Kagara; they were released about a week later.""",
[(ABD, "NG", "Kagara", 1, "d-2", "gunmen", "civilians")],
"Niger State, not the Republic of Niger; driver's death is part of the abduction; attackers by the text's word ('bandits' only in the background); 2021 school kidnapping is history"),

("niger-banibangou-patrol-ambush", "2021-11-03 15:30", "Two soldiers, three civilians killed in ambush in western Niger",
"""NIAMEY, {m0} (Meridian) - Suspected jihadists ambushed an army patrol near Banibangou in Niger's western Tillaberi region on {d-1}, killing two soldiers and three civilians who were travelling with the convoy, the defence ministry said.

The patrol was escorting traders back from a weekly market when it came under fire from gunmen on motorcycles, the ministry said in a statement read on public television. Four soldiers were wounded. The attackers fled towards the Malian border carrying their own wounded, it said.

Tillaberi, in the tri-border area with Mali and Burkina Faso, is the focus of attacks by fighters linked to Islamic State and al Qaeda. Dozens of soldiers have died there this year.

A resident of Banibangou reached by telephone said the wounded had been taken to the town's health centre before being flown to Niamey. "The shooting lasted almost an hour," he said.""",
[(CL, "NE", "Banibangou", 5, "d-1", "militants", "Niger")],
"Niger the country; two soldiers and three civilians = 5; dozens this year is aggregate"),

("burkinabe-seytenga-killings", "2022-06-20 12:00", "Dozens of villagers massacred in northern Burkinabe town, government says",
"""DAKAR, {m0} (Meridian) - Gunmen killed at least 50 civilians in Seytenga, a town in northern Burkinabe territory close to the border with Niger, the government said on {d0}, warning that the toll could rise as bodies were still being found.

The killings took place last week but word reached the authorities in Ouagadougou only over the weekend because mobile networks in the area have been cut for months, a government spokesman said. Survivors who reached the regional capital Dori described men on motorbikes going from house to house.

"They asked the men to come out and they shot them," one woman told a local radio station.

Thousands of residents have fled Seytenga since, according to humanitarian workers. No group has claimed responsibility, but attacks in the area are usually blamed on the local affiliate of Islamic State.

Burkinabe soldiers had reinforced the town's garrison a few days before the attack. The junta that seized power in January promised to make security its priority.""",
[(CIV, "BF", "Seytenga", 50, None, "gunmen", "civilians")],
"demonym only (Burkinabe), no country name; Dakar dateline; 'last week' gives no day; attackers by the text's word, the usual blame is no claim"),

("ukraine-drones-odesa-kharkiv", "2024-09-11 09:30", "Ukraine downs 38 of 46 drones; three killed in Kharkiv",
"""KYIV, {m0} (Meridian) - Ukrainian air defences shot down 38 of 46 attack drones that Russia launched overnight, most of them over the southern Odesa region, the air force said on {d0}.

One of the drones that got through crashed into a nine-storey apartment building in Kharkiv, killing three people and setting the upper floors on fire, regional governor Oleh Syniehubov said on Telegram. Among the dead was a 73-year-old woman, he said. Eleven others were wounded.

The Russian defence ministry said its forces had struck "military-industrial facilities" in Ukraine overnight, without naming locations.

Neighbouring Poland said it had scrambled fighter jets as a precaution while the attack was under way, as it has done on several recent nights.

Rescue workers in Kharkiv were still searching the building in the morning.""",
[(DIS, "UA", "Odesa", None, "d0", "Ukraine", "Russia"),
 (AIR, "UA", "Kharkiv", 3, "d0", "Russia", "civilians")],
"overnight; interceptions and a strike that got through; age is not a toll; Polish scramble is not an event"),

("lebanon-tyre-drone-kiryat-shmona", "2024-07-09 16:30", "Israeli strike near Tyre kills two Hezbollah fighters; rockets hit northern Israel",
"""BEIRUT/JERUSALEM, {m0} (Meridian) - An Israeli drone struck a car near the southern Lebanese city of Tyre on {d0}, killing two members of Hezbollah, the group and a Lebanese security source said.

Hezbollah responded within hours, firing a salvo of around 30 rockets at the northern Israeli town of Kiryat Shmona. Most fell in open areas, but one hit a house, causing damage and no injuries, an Israeli ambulance service said.

The Israeli military said the men in the car were involved in launching attacks on Israel.

The two sides have exchanged fire almost daily since the war in Gaza began in October. More than 450 people have been killed in Lebanon, most of them fighters, and tens of thousands have fled their homes on both sides of the border.""",
[(AIR, "LB", "Tyre", 2, "d0", "Israel", "Hezbollah"),
 (SHL, "IL", "Kiryat Shmona", 0, "d0", "Hezbollah", "Israel")],
"foreign drone strike in Lebanon and rockets into Israel; 'no injuries' = 0; aggregate toll since October is background"),

("libya-tripoli-444-rada-toll", "2023-08-16 10:00", "Tripoli clashes toll rises to 55, medical centre says",
"""TRIPOLI, {m0} (Meridian) - The death toll from fighting between two powerful armed factions in the Libyan capital has risen to 55, the city's emergency medicine centre said on {d0}, more than double the figure it gave the previous evening.

The clashes between the 444 Brigade and the Special Deterrence Force, also known as Rada, erupted late on {d-2} after Rada detained the 444 Brigade's commander at Mitiga airport, and raged into the next day in residential districts of southern Tripoli. The centre had earlier reported 27 dead. It said 146 people were wounded.

Calm returned after the commander was handed over to a neutral party under a deal brokered by tribal elders, residents said.

Both factions are nominally aligned with the Government of National Unity. The fighting was the worst in the capital since 2022, when clashes between rival governments killed dozens.""",
[(CL, "LY", "Tripoli", 55, None, "444 Brigade", "Special Deterrence Force")],
"Tripoli, Libya; toll rises 27 -> 55; fighting from one evening into the next day has no single day; 2022 fighting is history"),

("lebanon-tripoli-grenade-cafe", "2022-03-22 08:45", "Grenade wounds four outside cafe in Lebanon's Tripoli",
"""TRIPOLI, Lebanon, {m0} (Meridian) - A hand grenade thrown from a passing motorcycle exploded outside a cafe in the Bab al-Tabbaneh district of the northern Lebanese city of Tripoli late on {d-1}, wounding four people, a security source said.

The two men on the motorcycle escaped. Soldiers closed off the street and the army's intelligence branch opened an investigation, the source said.

Bab al-Tabbaneh, a poor Sunni Muslim district, fought a long feud with the neighbouring Alawite area of Jabal Mohsen that killed more than 200 people between 2008 and 2014, before the army deployed between them. Residents said the cafe's owner had been in a dispute with a local family, but police had not established a motive.

One of the wounded was in serious condition, the source said.""",
[(GRE, "LB", "Bab al-Tabbaneh", None, "d-1", None, "civilians")],
"Tripoli in Lebanon; injuries only; old feud is history"),

("kashmir-srinagar-market-grenade", "2024-11-03 15:00", "Grenade attack at Srinagar market wounds 12, one dies later",
"""SRINAGAR, {m0} (Meridian) - Militants hurled a grenade at a security patrol in a crowded weekly market in the centre of Srinagar on {d0}, but it missed and exploded on the road, wounding 12 shoppers and vendors, police said.

One of the wounded, a 52-year-old street vendor, died of his injuries in hospital in the evening, a doctor at the city's main hospital said.

The market, near the tourist reception centre, is held every Sunday and draws thousands of people. Police cordoned off the area and were searching nearby lanes.

The attack came a day after troops killed a commander of the Pakistan-based Lashkar-e-Taiba in a gunfight in the old city's Khanyar area. New Delhi accuses Islamabad of backing militants in Kashmir, a charge Pakistan rejects.""",
[(GRE, "IN", "Srinagar", 1, "d0", "militants", "India")],
"grenade; toll rises from injuries to one death; age is not a toll; previous day's gunfight is background"),

("mogadishu-maka-road-restaurant-bomber", "2024-02-26 07:40", "Suicide bomber kills seven at Mogadishu restaurant",
"""MOGADISHU, {m0} (Meridian) - A suicide bomber blew himself up inside a busy restaurant on Mogadishu's Maka al-Mukarama road on {d-1} evening, killing five civilians and two soldiers, police said.

The restaurant, a few hundred metres from a military checkpoint, is popular with government employees. Witnesses said the bomber walked in wearing a jacket and detonated his explosives near the counter.

Al Shabaab said in a statement on its Andalus radio that one of its "martyrdom seekers" had attacked a gathering of "apostate" officials.

Maka al-Mukarama road, one of the capital's main arteries, has been hit repeatedly. In 2022, militants stormed the Hayat hotel nearby and held it for 30 hours, killing 21 people.

Ambulances ferried the wounded to Madina hospital, a medic said, adding that at least 14 people were being treated.""",
[(SUI, "SO", "Mogadishu", 7, "d-1", "Al-Shabaab", "civilians")],
"street named after a foreign city (Mecca) in Mogadishu; five civilians and two soldiers = 7; Hayat siege is background"),

("syria-manbij-car-bomb-farm-workers", "2025-02-03 18:00", "Car bomb kills 20 farm workers near Syria's Manbij",
"""BEIRUT, {m0} (Meridian) - A car bomb exploded next to a vehicle carrying agricultural workers on the outskirts of the northern Syrian city of Manbij on {d0}, killing 20 people, 18 of them women, Syria's civil defence said.

The parked car blew up as the workers' truck passed on its way to the fields, the rescue service said. Fifteen women were wounded.

No group claimed responsibility. Turkish-backed factions and the Kurdish-led Syrian Democratic Forces have been fighting around Manbij since December, when the factions took the city. Three days earlier, a car bomb in the city centre killed four people.

Syria's new authorities, who took power after the fall of Bashar al-Assad, condemned the attack.

Hospitals in Manbij appealed for blood donors. "Most of them were mothers," said a nurse at the city's main hospital, who gave only her first name.""",
[(IED, "SY", "Manbij", 20, "d0", None, "civilians")],
"car bomb, not suicide; Beirut dateline; earlier bomb's four dead are background"),

("gulf-of-aden-ship-deaths-red-sea-drones", "2024-03-07 06:30", "Three crew killed as Houthi missile hits ship off Yemen",
"""DUBAI, {m0} (Meridian) - Three crew members were killed when a missile fired by Yemen's Houthis struck a Barbados-flagged bulk carrier in the Gulf of Aden on {d-1}, the U.S. military said, the first deaths since the group began attacking merchant shipping.

At least four more sailors were injured, three of them critically, and the crew abandoned the vessel, U.S. Central Command said. An Indian navy warship later rescued 21 people from lifeboats.

Houthi military spokesman Yahya Saree said the group had targeted the ship with "appropriate naval missiles". The Houthis say they act in solidarity with Palestinians in Gaza.

Later on {d-1}, a U.S. destroyer shot down three drones launched from Houthi-controlled areas over the Red Sea, Central Command said, adding there was no damage to any ship.""",
[(SHL, None, "Gulf of Aden", 3, "d-1", "Houthis", "civilians"),
 (DIS, None, "Red Sea", None, "d-1", "United States", "Houthis")],
"two events at sea, no country; Dubai dateline; injuries not counted"),

("colombia-cordoba-tierralta-soldiers", "2023-04-12 21:10", "Four soldiers killed in clash with Clan del Golfo in Cordoba",
"""BOGOTA, {m0} (Meridian) - Four soldiers were killed in a firefight with members of the Clan del Golfo drug trafficking group in a rural area of Tierralta, in the northern department of Cordoba, the army said on {d0}.

The soldiers were on patrol near the Paramillo national park on {d-1} when they came under fire, the army said in a statement. Troops returned fire and reinforcements were flown in by helicopter. A fifth soldier was wounded.

President Gustavo Petro suspended a ceasefire with the Clan del Golfo in March, accusing it of stoking violence in mining areas. The group, the country's largest criminal organisation, says it wants to join peace talks.

Rural Cordoba was a stronghold of right-wing paramilitaries and of FARC guerrillas before the 2016 peace deal.""",
[(CL, "CO", "Tierralta", 4, "d-1", "Clan del Golfo", "Colombia")],
"Cordoba department of Colombia (not Argentina or Spain); passive; suspended ceasefire and 2016 deal are background"),

("mexico-coatepec-harinas-police-ambush", "2021-03-19 02:30", "Thirteen police killed in ambush in central Mexico",
"""MEXICO CITY, {m0} (Meridian) - Gunmen ambushed a convoy of police in a mountain area of the State of Mexico on {d-1}, killing eight state police officers and five investigators from the state prosecutor's office, officials said.

The convoy was attacked on a dirt road near Llano Grande in the municipality of Coatepec Harinas, south-west of Mexico City. Photographs published by local media showed patrol trucks riddled with bullets.

State security officials said the attack was carried out by members of La Familia Michoacana, a cartel that controls drug and extortion rackets in the area. "This was a cowardly attack on officers doing their duty," the state governor wrote on Twitter.

Soldiers and National Guard troops were sent to the area. More than 500 police officers were killed in Mexico last year, according to a civil society group.""",
[(CL, "MX", "Coatepec Harinas", 13, "d-1", "La Familia Michoacana", "Mexico")],
"eight plus five = 13; yearly police deaths are aggregate"),

("haiti-pont-sonde-gang-massacre", "2024-10-04 20:20", "Haiti gang attack on Pont-Sonde kills at least 70, U.N. says",
"""PORT-AU-PRINCE, {m0} (Meridian) - Gang members armed with automatic rifles stormed the town of Pont-Sonde in Haiti's central Artibonite region early on {d-1}, shooting people in their homes and setting houses on fire, officials said.

A local official had put the toll at 20 on {d-1}. By {d0} evening, the U.N. human rights office said at least 70 people had been killed, including 10 women and three babies, and that 16 others were seriously injured.

The Gran Grif gang, which controls much of the area around the town of Savien, claimed the attack on social media, saying it was punishing residents for supporting a self-defence group.

Thousands of residents fled to the nearby city of Saint-Marc. Haiti's prime minister called the killings a crime against the whole nation.""",
[(CIV, "HT", "Pont-Sonde", 70, "d-1", "Gran Grif", "civilians")],
"one-sided gang killing; toll rises 20 -> 70; women and babies are part of the 70"),

("ethiopia-finote-selam-drone-strike", "2023-08-16 12:00", "Drone strike on Amhara town square killed 26, hospital official says",
"""ADDIS ABABA, {m0} (Meridian) - At least 26 people were killed by a drone strike on the main square of Finote Selam, a town in the Amhara region, on {d-3}, a hospital official and two residents said.

News of the strike emerged only days later because internet access in Amhara has been cut since fighting between the army and the Fano militia escalated this month.

"People were sitting at the minibus station, and then there was a huge blast," said a resident who helped carry the wounded. The hospital official said 55 people had been treated.

Neither the army nor the federal government commented. The government declared a state of emergency in the region on Aug. 4 after Fano fighters briefly took control of the towns of Lalibela and Gondar.""",
[(AIR, "ET", "Finote Selam", 26, "d-3", None, "civilians")],
"passive voice; told days later; Lalibela and Gondar seizures are background"),

("syria-douma-poison-gas", "2018-04-08 14:00", "Dozens killed in suspected gas attack on Syria's Douma, rescuers say",
"""BEIRUT, {m0} (Meridian) - At least 40 people were killed in a suspected poison gas attack on the rebel-held town of Douma, near Damascus, rescue workers and medics said on {d0}.

Medical groups working in the town said a helicopter dropped a barrel bomb filled with toxic chemicals on a residential building on {d-1} evening. Videos posted by rescuers showed bodies of men, women and children in a stairwell, some with foam at the mouth.

Syria's government denied using chemical weapons and called the reports a fabrication by the Jaish al-Islam rebel group, which holds the town. Russia, the government's ally, also said the reports were false.

U.S. President Donald Trump wrote that there would be a "big price to pay".

Almost a year ago, a sarin attack on the town of Khan Sheikhoun killed more than 80 people and led to U.S. missile strikes on a Syrian air base.""",
[(CHEM, "SY", "Douma", 40, "d-1", "Syria", "civilians")],
"chemical weapon with government denial; Khan Sheikhoun deaths are background; threat not labelled"),

("iraq-taza-mustard-girl-dies", "2016-03-14 10:00", "Girl dies after Islamic State chemical attack on Iraqi town",
"""KIRKUK, Iraq, {m0} (Meridian) - A three-year-old girl has died of injuries from a chemical attack on the northern Iraqi town of Taza, local officials said on {d0}, days after Islamic State militants fired rockets carrying what is believed to be a mustard agent.

Dozens of rockets hit Taza, south of Kirkuk, on {m-5}, officials said. Hundreds of people were treated for burns, breathing problems and blisters, and some were sent to hospitals in Baghdad.

"Her skin was peeling and she could not breathe," a relative said by telephone.

U.S. officials have said Islamic State has used mustard agent in Iraq and Syria. Residents of Taza, many of them Shi'ite Turkmen, protested on {d-1} to demand protection and gas masks.""",
[(CHEM, "IQ", "Taza", 1, "d-5", "Islamic State", "civilians")],
"chemical weapon; date told days later; three-year-old is an age; dozens of rockets is not a toll; protest not an event"),

("pakistan-mastung-rail-bomb-defused", "2024-11-25 13:00", "Bomb defused on railway track south of Quetta",
"""QUETTA, {m0} (Meridian) - A bomb planted under a railway track near Mastung, about 50 km south of Quetta, was defused on {d0} morning shortly before a passenger train was due to pass, police said.

A railway worker inspecting the line spotted wires leading into the gravel and alerted the police. A bomb disposal squad found about 8 kg of explosives connected to a remote detonator, an officer said. Train services were suspended for several hours.

Nobody claimed responsibility. Separatist militants in Balochistan province have repeatedly attacked the railway. Earlier this month, a suicide bombing at Quetta's main railway station killed 26 people, many of them soldiers, in an attack claimed by the Balochistan Liberation Army.

"If it had gone off under the train, we would be counting bodies today," a senior police official in Mastung said.""",
[(DIS, "PK", "Mastung", None, "d0", "Pakistan", None)],
"device found and defused by police (Pakistan disrupts; whose bomb is not said); station bombing and its dead are background"),

("armenia-jermuk-azerbaijani-shelling", "2022-09-14 07:50", "Armenia says 49 soldiers killed as Azerbaijan shells border towns",
"""YEREVAN, {m0} (Meridian) - Azerbaijani forces shelled the spa town of Jermuk and other areas inside Armenia using artillery and drones early on {d-1}, killing 49 Armenian soldiers, Prime Minister Nikol Pashinyan told parliament.

Armenia's defence ministry said the shelling had also damaged homes and a hotel in Jermuk, where residents spent the night in basements.

Azerbaijan said it had responded to "large-scale provocations" by Armenian forces and said 50 of its own servicemen had been killed. Yerevan denied provoking the fighting and asked Russia, its treaty ally, for help.

The two countries fought a six-week war in 2020 over Nagorno-Karabakh, in which more than 6,500 people were killed.

Russia said it had brokered a ceasefire from {d-1} morning, but Armenia said the shelling had continued for hours afterwards. The European Union and the United States urged both sides to stop fighting and return to talks on a peace treaty.""",
[(SHL, "AM", "Jermuk", 49, "d-1", "Azerbaijan", "Armenia")],
"foreign forces shelling inside Armenia; Azerbaijan's own count is a competing claim; 2020 war is history"),

("kyrgyz-tajik-batken-fighting-toll", "2022-09-17 09:00", "Kyrgyz toll from border fighting with Tajikistan rises to 46",
"""BISHKEK, {m0} (Meridian) - The number of people killed on the Kyrgyz side in fighting with Tajikistan in the Batken region rose to 46, Kyrgyzstan's health ministry said on {d0}, up from 24 reported a day earlier.

Exchanges of fire along the disputed border escalated on {d-1} into battles involving tanks, mortars and rocket launchers, Kyrgyz officials said, accusing Tajik forces of entering several villages. Tajikistan said Kyrgyz troops had shelled its positions and civilian buildings.

A ceasefire agreed by the two countries' security chiefs on {d-1} evening appeared to be holding on {d0}, residents said. More than 100,000 people had been evacuated from the area.

Clashes over the poorly marked frontier killed about 50 people last year.

Russian President Vladimir Putin spoke to the leaders of both countries, the Kremlin said.""",
[(CL, "KG", "Batken", 46, "d-1", "Tajikistan", "Kyrgyzstan")],
"toll rises 24 -> 46; ceasefire and last year's clashes not labelled"),

("kosovo-banjska-monastery-gunfight", "2023-09-25 08:00", "Kosovo policeman and three gunmen killed in monastery siege",
"""PRISTINA, {m0} (Meridian) - One Kosovo police officer and three of the attackers were killed on {d-1} when around 30 masked, heavily armed men ambushed a police patrol and then barricaded themselves in a Serbian Orthodox monastery in the village of Banjska in northern Kosovo, officials said.

Police retook the monastery complex by evening after a gunfight that lasted several hours. They said they had seized armoured vehicles, mortars and rifles and arrested six people.

Kosovo's prime minister blamed Belgrade. Serbian President Aleksandar Vucic said the gunmen were local Kosovo Serbs and denied that Serbia had any part in the attack.

The north of Kosovo, where ethnic Serbs are a majority, has seen repeated unrest since Kosovo declared independence from Serbia in 2008.""",
[(CL, "XK", "Banjska", 4, "d-1", "Serb gunmen", "Kosovo")],
"one officer plus three attackers = 4; Serbia's denial is not labelled"),

("mozambique-macomia-beheadings", "2022-09-13 11:30", "Islamic State says it beheaded villagers in Cabo Delgado",
"""JOHANNESBURG, {m0} (Meridian) - Islamic State-linked insurgents killed at least 11 Christian villagers in the Macomia district of Cabo Delgado province, beheading several of them, the group said in a statement carried by its news agency.

A local administrator confirmed attacks on three villages in the district over the past week but did not give a toll. Residents who fled to the district capital said houses and a church had been burned.

The insurgency in Cabo Delgado began in 2017. Rwandan troops and forces from southern African countries were deployed in 2021 and recaptured the port town of Mocimboa da Praia, but the militants have since moved south and into neighbouring Niassa province.

Aid agencies say more than 850,000 people have been displaced by the conflict in the province, which is home to gas projects worth billions of dollars.""",
[(CIV, "MZ", "Macomia", 11, None, "Islamic State Mozambique", "civilians")],
"Johannesburg dateline; no day given; 2021 recapture is background"),

("afghanistan-barmal-pakistani-airstrikes", "2024-12-25 09:10", "Pakistani air strikes in eastern Afghanistan kill 46, Taliban say",
"""ISLAMABAD, {m0} (Meridian) - Pakistani military aircraft struck several villages in the Barmal district of Afghanistan's eastern Paktika province late on {d-1}, killing 46 people, most of them women and children, a spokesman for the Taliban government said.

Two Pakistani security officials, speaking on condition of anonymity, said the strikes targeted hideouts of the Pakistani Taliban, or TTP, which has stepped up attacks on Pakistani security forces this year. Pakistan's military did not comment publicly.

The Taliban's defence ministry said it would respond. "Defending our land is our legitimate right," it said in a statement.

Islamabad accuses Kabul of sheltering TTP fighters, which the Taliban deny.

Residents said the dead included refugees who had crossed from Pakistan's North Waziristan district during military operations there in recent years. Photographs shared by Taliban officials showed destroyed mud-brick houses.""",
[(AIR, "AF", "Barmal", 46, "d-1", "Pakistan", "civilians")],
"foreign air strike in Afghanistan with an Islamabad dateline; threat of response not labelled"),

# --- negatives -------------------------------------------------------------------------

("shell-quarterly-profit-buybacks", "2023-11-02 07:15", "Shell keeps buybacks steady as profit falls short",
"""LONDON, {m0} (Meridian) - Shell reported a third-quarter profit of $6.2 billion on {d0}, below analysts' forecasts, as weaker refining margins offset higher oil and gas prices.

The company kept its share buyback programme at $3.5 billion for the quarter. Investors have shelled out heavily for energy stocks this year, and Shell's shares have outperformed those of most European rivals.

Chief executive Wael Sawan said the group would keep attacking costs and would sell more of its onshore oil business in Nigeria. "We are not done," he told reporters on a call.

Shares were down 1.1% in early trading in London.

The results came two days after BP reported a sharp drop in quarterly profit, which sent its shares down. Shell said its liquefied natural gas trading business had a stronger quarter than expected, and that it would keep investing in oil and gas production to meet demand.""",
[], "Shell the company; shelled out; attacking costs"),

("albania-cyberattack-web-shell-report", "2022-09-08 16:00", "Hackers hid in Albanian government network for 14 months, report says",
"""TIRANA, {m0} (Meridian) - Hackers who crippled Albanian government websites and services in July first broke into the network more than a year earlier and planted a web shell on a public-facing server, a report by a U.S. cybersecurity firm said on {d0}.

The attackers used the shell to move between systems, steal email and later deploy ransomware and a data-wiping program, the report said. Public services including online tax filing and the border control system were down for days.

Albania cut diplomatic ties with Iran on Wednesday, saying the attack was carried out by groups sponsored by Tehran. Iran rejected the accusation as baseless.

NATO said it stood with Albania and called the attack a "hostile cyber activity".

Iran's foreign ministry said it had itself been a victim of cyber attacks.""",
[], "cyber attack; web shell; diplomatic fallout"),

("us-ports-dockworkers-strike", "2024-10-01 12:40", "U.S. dockworkers go on strike from Maine to Texas",
"""NEW YORK, {m0} (Meridian) - About 45,000 dockworkers at ports from Maine to Texas walked off the job on {d0}, the first such strike in nearly 50 years, after talks on a new contract broke down.

Picket lines went up at container terminals in New York, Baltimore, Savannah and Houston shortly after midnight. The International Longshoremen's Association wants large pay rises and a ban on automated cranes.

Economists say a strike lasting more than a week could cost the economy billions of dollars a day and disrupt supplies before the holiday season. Retailers had rushed imports in over the summer ahead of the possible stoppage.

The White House said it would not invoke a federal law that allows it to force workers back.""",
[], "workers' strike"),

("super-eagles-striker-qualifier-uyo", "2025-03-21 22:30", "Striker's double keeps Nigeria's World Cup hopes alive",
"""UYO, Nigeria, {m0} (Meridian) - Victor Osimhen scored twice as Nigeria beat Rwanda 2-0 in a World Cup qualifier on {d0}, easing pressure on a team that had started the campaign without a win.

The striker opened the scoring with a low shot in the 35th minute and headed in a cross from the right four minutes later. Nigeria's attack could have added more after the break, but Rwanda's goalkeeper made a string of saves.

"We had to fight," Osimhen said. "We are still alive."

Nigeria, who missed the last World Cup, face Zimbabwe next week.

Nigeria's coach praised his players' spirit. "We created chances, we defended together. This is a start," he told reporters. The win moved Nigeria up to fifth in their group, six points behind the leaders with four matches left. Only group winners qualify automatically.""",
[], "football: striker, shot, attack, fight"),

("film-iron-tide-bombs-box-office", "2023-11-13 18:00", "'Iron Tide' bombs at box office with weakest opening for studio in a decade",
"""LOS ANGELES, {m0} (Meridian) - The big-budget submarine thriller "Iron Tide" bombed at the North American box office over the weekend, taking $14.8 million, the weakest opening for a studio franchise film in a decade, according to estimates released on {d0}.

The film, which cost more than $200 million to make, was torpedoed by poor reviews and competition from a horror sequel that topped the chart for a second week.

"It's a disaster, there is no other word," said a box office analyst. Studio executives had hoped the film's battle scenes would draw audiences into premium large-format screens.

Overseas, the film took a further $20 million.

The result adds to a string of expensive failures for the studio this year, which has cut staff and delayed several projects. Analysts said audiences were growing tired of franchise films. "People are choosing carefully what they go out to see," one said.""",
[], "box office bomb; torpedoed; battle scenes in a film"),

("review-war-film-western-front", "2022-10-28 10:00", "Review: a remake of the great anti-war novel that spares nothing",
"""BERLIN, {m0} (Meridian) - The opening of the new German adaptation of "All Quiet on the Western Front" follows a uniform: stripped from a dead soldier, washed, mended and handed to a new recruit, who finds another man's name sewn into the collar.

What follows is two and a half hours of mud and noise. Director Edward Berger stages the attacks across no man's land with a weight that is hard to watch: men cut down by machine guns, flamethrowers turned on trenches, tanks rolling over dugouts.

The film keeps a sense of the scale of the war, in which about 17 million people died, without losing the boy at its centre.

It is not perfect. A subplot about the armistice negotiations feels bolted on. But as a film about what artillery does to human bodies it is unlikely to be bettered soon.""",
[], "war film review with battle vocabulary and a historical toll"),

("game-review-frontline-command", "2024-05-15 14:00", "Game review: 'Frontline Command' rewards the patient planner",
"""LONDON, {m0} (Meridian) - The best moments in "Frontline Command", a new real-time strategy game released on {d-1}, come before a single shot is fired.

Players draw up an attack plan on a paper-style map, assigning artillery barrages, air strikes and infantry assaults to phases, then watch as it unravels against an enemy that adapts. A mission set on a river crossing took me four attempts; on the last, a well-timed smoke screen let my tanks overrun the opposing trenches without losses.

The campaign is long, the multiplayer matches tense. The interface, though, buries key commands in menus, and the tutorial assumes too much.

Score: 8/10.

There is a lot here for fans of the genre. Each faction has its own logistics system, and running short of fuel or shells in the middle of an offensive can turn a winning position into a rout. The historical campaigns are carefully researched, though the fictional one set in the near future is weaker.""",
[], "video game: attack plan, air strikes, artillery in a game"),

("germany-lutzen-mass-grave-study", "2021-06-09 09:30", "Mass grave from 1632 battle shows how soldiers died, scientists say",
"""BERLIN, {m0} (Meridian) - A mass grave of 47 soldiers from the 1632 Battle of Lutzen, one of the bloodiest clashes of the Thirty Years' War, shows that most were killed by pistol shots to the head, scientists said on {d0}.

The men, found stacked in rows during an excavation near the town in eastern Germany, were probably cavalrymen of the Swedish army, the team from a regional museum said in a study. Many had older injuries that had healed, suggesting they were experienced fighters.

About 6,000 soldiers are thought to have died in the battle, including King Gustavus Adolphus of Sweden.

The grave was lifted in a single block weighing more than 50 tonnes and is now on display.""",
[], "archaeology of an old battle with big tolls"),

("srebrenica-anniversary-burial", "2023-07-11 15:20", "Thousands mourn at Srebrenica as 30 more victims buried",
"""POTOCARI, Bosnia and Herzegovina, {m0} (Meridian) - Thousands of people gathered at the memorial centre in Potocari on {d0} to mark 28 years since the Srebrenica massacre and to bury the remains of 30 victims identified over the past year.

Bosnian Serb forces killed more than 8,000 Muslim men and boys after overrunning the U.N.-protected enclave in July 1995, in what two international courts have ruled was genocide.

Many of the victims were found in mass graves that had been dug up and moved to hide the crime. The youngest buried this year was 19.

"I have waited 28 years for this," said a woman who buried her husband.

Bosnian Serb leaders still deny that the killings were genocide. More than 1,000 victims are still missing.""",
[], "anniversary of a massacre, big historical toll, age"),

("china-drills-around-taiwan-joint-sword", "2024-05-23 05:40", "China starts 'punishment' drills around Taiwan days after inauguration",
"""BEIJING/TAIPEI, {m0} (Meridian) - China's military began two days of large-scale drills around Taiwan on {d0}, sending warships and fighter jets to simulate strikes on key targets in what it called a "strong punishment" for the island's separatist forces.

The Eastern Theater Command said the exercise, named Joint Sword-2024A, would test the forces' ability to seize control of the battlefield and carry out joint precision attacks. It released a map showing exercise zones to the north, south and east of the island.

Taiwan's defence ministry said it had sent forces to monitor the drills and condemned them as irrational provocation. Its new president took office on Monday.

Taiwan said it had tracked 49 Chinese military aircraft and 19 navy ships around the island by the afternoon. The U.S. State Department urged China to act with restraint.""",
[], "military exercise with simulated strikes"),

("india-agni-mirv-test", "2024-03-11 17:00", "India tests missile with multiple warheads",
"""NEW DELHI, {m0} (Meridian) - India conducted the first flight test of an Agni-5 ballistic missile fitted with multiple independently targetable warheads on {d0}, Prime Minister Narendra Modi said, joining a small group of countries with the capability.

The missile was launched from Dr APJ Abdul Kalam Island off the coast of Odisha state, a government official said. Its range of more than 5,000 km puts all of China within reach.

"Proud of our scientists," Modi wrote on social media. The Defence Research and Development Organisation said the test met all its objectives.

China and Pakistan did not immediately comment. India declared a no-fly zone over the Bay of Bengal ahead of the launch, prompting speculation about a test. Analysts said multiple warheads would make it harder for missile defences to stop an Indian strike, adding weight to New Delhi's nuclear deterrent.""",
[], "missile test"),

("romania-f35-purchase-approved", "2024-11-21 13:30", "Romania signs $7.2 billion deal for 32 F-35 jets",
"""BUCHAREST, {m0} (Meridian) - Romania signed a contract worth $7.2 billion on {d0} to buy 32 Lockheed Martin F-35 fighter jets, the biggest arms purchase in its history, the defence ministry said.

The first aircraft will be delivered early next decade and will replace second-hand F-16s bought from Portugal and Norway. Romania, which borders Ukraine, has raised its defence budget to 2.5% of economic output.

Drone fragments have landed on Romanian territory several times during Russian strikes on Ukrainian Danube ports, raising alarm in Bucharest.

Defence Minister Angel Tilvar said the jets would make Romania "a solid pillar of NATO's eastern flank". Parliament's defence committees approved the purchase last month. The country is also buying Patriot air defence systems, Abrams tanks and HIMARS rocket launchers, and has agreed to host a NATO air base that will be the alliance's largest in Europe once extended.""",
[], "arms deal and budget; drone debris mentioned without a new incident"),

("gaza-ceasefire-talks-doha", "2024-08-15 16:10", "Gaza ceasefire talks resume in Doha as mediators push for deal",
"""DOHA, {m0} (Meridian) - Mediators from the United States, Qatar and Egypt resumed talks on a ceasefire in Gaza and the release of hostages on {d0}, with Washington saying a deal was closer than ever.

Hamas did not send a delegation but said it would be briefed by the mediators. Israel's team was led by the head of the Mossad spy agency.

The war began when Hamas-led militants attacked southern Israel on Oct. 7, killing about 1,200 people and taking some 250 hostages, according to Israeli tallies. Israel's offensive has since killed more than 40,000 Palestinians, according to Gaza's health ministry.

Iran and Hezbollah have threatened to retaliate against Israel for the killing of a Hamas leader in Tehran last month.""",
[], "talks; history; aggregate toll; threats"),

("cologne-wwii-bomb-controlled-blast", "2022-02-16 19:00", "Cologne bomb squad blows up World War Two bomb after evacuation",
"""COLOGNE, Germany, {m0} (Meridian) - Bomb disposal experts carried out a controlled explosion of a 1,000 kg World War Two bomb found during construction work in Cologne's Deutz district on {d0}, after about 20,000 people were evacuated from nearby homes and offices.

The U.S.-made aerial bomb had a damaged fuse and could not be made safe by hand, a city spokesman said. The blast shattered windows in a nearby building but caused no injuries.

Hundreds of tonnes of unexploded ordnance from Allied bombing raids are found in Germany every year.

The evacuation zone included a hospital, a trade fair ground and two railway lines, and trains between Cologne and Dusseldorf were diverted for several hours. Residents were allowed back shortly before midnight, a city spokesman said.""",
[], "controlled demolition of an old bomb"),

("kenya-police-arrive-haiti", "2024-06-25 23:10", "First Kenyan police officers arrive in Haiti to take on gangs",
"""PORT-AU-PRINCE/NAIROBI, {m0} (Meridian) - The first 400 Kenyan police officers of a U.N.-backed security mission landed in Haiti's capital on {d0}, tasked with helping the national police push back gangs whose attacks have displaced more than half a million people.

The officers, wearing helmets and body armour, boarded armoured vehicles at the airport and drove to a base nearby. Kenya has pledged 1,000 officers, and Jamaica, Benin and others have promised more.

Gangs control most of Port-au-Prince. More than 2,500 people were killed or injured in the first three months of the year, according to the United Nations.

Haitians have mixed feelings about foreign forces after a U.N. peacekeeping mission that lasted from 2004 to 2017 was marred by a cholera outbreak and sexual abuse scandals. Kenya's High Court had tried to block the deployment earlier this year.""",
[], "security mission deployed because of attacks; aggregate toll"),

("graz-police-shoot-knife-attacker", "2023-10-11 19:45", "Austrian police shoot dead man who stabbed two at tram stop",
"""VIENNA, {m0} (Meridian) - Police in the Austrian city of Graz shot dead a man who stabbed two people at a tram stop on {d0}, after he ignored orders to drop his knife and ran at officers, police said.

The victims, a 61-year-old woman and a teenage boy, were in hospital with serious injuries. Prosecutors said the man, a 35-year-old local resident, had a history of psychiatric illness and appeared to have acted alone. There was no sign of a political or religious motive, they said.

Witnesses said the man had been shouting at passengers before pulling out the knife. The tram line was closed for several hours while police examined the scene. Interior Minister Gerhard Karner said the officers had acted correctly and that an inquiry would look into the shooting, as is routine.""",
[], "police shooting of a lone attacker; ages"),

("equatorial-guinea-bata-barracks-explosions", "2021-03-08 11:30", "Blasts at Equatorial Guinea barracks kill 98, blamed on negligence",
"""BATA, Equatorial Guinea, {m0} (Meridian) - The death toll from a series of explosions at a military barracks in Equatorial Guinea's main city of Bata rose to 98 on {d0}, the health ministry said, as rescuers dug through flattened homes.

The first figure given on {d-1} was 20. More than 600 people were injured.

President Teodoro Obiang Nguema said the blasts were caused by negligence in the handling of dynamite and ammunition stored at the Nkoa Ntoma camp, and that a fire started by farmers burning fields nearby had reached the depot. He appealed for international help.

Video posted on social media showed huge plumes of smoke over the city and residents carrying the injured through rubble. Hospitals were overwhelmed, and the government appealed for blood donors. Spain, the former colonial power, sent medical supplies.""",
[], "accidental ammunition depot explosion with rising toll"),

("kenya-finance-bill-protesters-parliament", "2024-06-26 06:30", "Kenyan protesters storm parliament; police fire on crowds",
"""NAIROBI, {m0} (Meridian) - Thousands of protesters broke into Kenya's parliament on {d-1} and set part of it on fire after lawmakers passed a bill raising taxes, and police opened fire on crowds in central Nairobi, rights groups said.

At least 22 people were killed across the country, the Kenya National Commission on Human Rights said. Protests also took place in Mombasa, Kisumu and other cities.

President William Ruto called the storming of parliament "treasonous" and deployed the army to support the police. Organisers, many of them young people who mobilised online, called for more demonstrations.

Police also fired tear gas and water cannon. Doctors said ambulances had been stopped at roadblocks. On {d0} morning, burnt vehicles still lay outside the parliament building.""",
[], "protests and riot with police shootings"),

("mh17-verdict-the-hague", "2022-11-17 14:30", "Dutch court convicts three of murder over MH17 downing",
"""SCHIPHOL, Netherlands, {m0} (Meridian) - A Dutch court on {d0} convicted two Russians and a Ukrainian of murder in absentia for their role in shooting down Malaysia Airlines flight MH17 over eastern Ukraine in 2014, killing all 298 people on board.

The judges found that the plane was brought down by a Buk missile brought from Russia and fired from a field controlled by pro-Russian separatists. They sentenced the three men to life in prison. A fourth defendant was acquitted.

Russia, which has refused to extradite the men, called the ruling "scandalous".

Relatives of the victims, most of whom were Dutch, filled the courtroom at a high-security building near Amsterdam's airport. "This is not the end, but it is a start," one said. The Netherlands said it would try to ensure the men serve their sentences.""",
[], "court verdict about a 2014 shootdown"),

("sudan-war-toll-who", "2024-05-14 10:30", "Sudan war has killed at least 20,000, WHO says",
"""GENEVA, {m0} (Meridian) - The war in Sudan has killed at least 20,000 people and driven more than 8.5 million from their homes since it began in April last year, the head of the World Health Organization said on {d0}.

Tedros Adhanom Ghebreyesus said the true toll was likely much higher and that more than 70% of health facilities in conflict areas were no longer working. He warned of famine in Darfur and Kordofan.

Fighting between the army and the Rapid Support Forces has spread from the capital to much of the country.

The United Nations has appealed for $2.7 billion for Sudan this year, but has received only a fraction of that amount. Aid agencies say access to people in need is restricted by fighting and by bureaucratic obstacles.""",
[], "aggregate toll, no single new event"),

("georgia-helene-storm-augusta", "2024-09-28 14:00", "Helene leaves trail of destruction across Georgia",
"""ATLANTA, {m0} (Meridian) - Hurricane Helene tore through Georgia overnight into {d-1}, killing at least 25 people in the state, knocking out power to more than a million homes and flattening trees across Augusta, officials said.

Governor Brian Kemp said the storm had "bombarded" the state with winds that arrived faster and further inland than expected. National Guard troops were helping to clear roads.

Across the south-east, the storm has killed more than 60 people.

"It looks like a bomb went off," said a resident of a neighbourhood in Augusta where several houses were crushed by falling pines. Shelters were opened in schools and churches. Forecasters said Helene had weakened into a tropical depression as it moved north through Tennessee, but warned of severe flooding in the Appalachians.""",
[], "Georgia the U.S. state; storm vocabulary; National Guard"),
]
