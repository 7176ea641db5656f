from common import *

FEED = ("dev/wire-a.rss.xml", "rss", "https://wire.example.net/world", "Example Wire: World")
REGISTER = "wire"

ITEMS = [
("somalia-beledweyne-car-bomb", "2023-02-14 10:20", "Car bomb kills at least 9 outside Beledweyne army base",
"""BELEDWEYNE, Somalia — A car packed with explosives blew up at the gate of an army base in central Somalia on {d-1}, killing at least nine people, a regional official said.

Al-Shabaab said in a statement on its radio station that its fighters had carried out the attack. Witnesses said the blast shattered windows several hundred metres away.""",
[(IED, "SO", "Beledweyne", 9, "d-1", "Al-Shabaab", "Somalia")], "car bomb, not suicide"),

("nigeria-borno-ambush", "2023-03-02 08:05", "Soldiers killed in ambush near Damboa",
"""Jihadist fighters ambushed a military convoy near Damboa in Nigeria's Borno state, killing seven soldiers, two security sources told reporters on {d0}.

The convoy was hit late on {d-1} as it returned from a patrol. ISWAP later claimed the ambush, saying it had also seized two armoured vehicles.""",
[(CL, "NG", "Damboa", 7, "d-1", "Islamic State West Africa Province", "Nigeria")], "ambush; seized vehicles is not territory"),

("korea-missile-launch-sea", "2023-03-16 06:40", "North Korea fires ICBM ahead of Seoul-Tokyo summit",
"""North Korea fired an intercontinental ballistic missile into the sea off its east coast on {d0}, hours before South Korea's president was due in Tokyo, Seoul's military said.

The missile flew for about 70 minutes before splashing down outside Japan's exclusive economic zone, Japanese officials said. It was Pyongyang's fourth launch this month.""",
[], "missile test"),

("ukraine-kharkiv-missile-strike", "2023-04-05 12:00", "Russian missiles hit apartment block in Kharkiv",
"""Russian forces struck a residential building in the centre of Kharkiv with two S-300 missiles overnight, killing three civilians and wounding 11, the regional governor said.

Rescuers were still searching the rubble on {d0} morning. Russia's defence ministry said it had targeted military infrastructure, a claim local officials rejected.""",
[(SHL, "UA", "Kharkiv", 3, "d0", "Russia", "civilians")], "overnight -> pub date; S-300 surface-to-surface"),

("arms-deal-poland-k2", "2023-04-11 14:30", "Poland signs deal for 180 more South Korean tanks",
"""Poland's defence ministry signed a contract worth $6 billion for another 180 K2 battle tanks from Hyundai Rotem on {d0}, as Warsaw continues a rapid military build-up.

The tanks, along with howitzers and rocket launchers ordered last year, are meant to replace Soviet-era equipment sent to Ukraine.""",
[], "arms deal"),

("premier-league-striker", "2023-04-16 19:00", "Arsenal striker's late strike rescues draw",
"""Gabriel Jesus fired home a late penalty as Arsenal came back from two goals down to draw 2-2 at West Ham on {d0}, their attack finally breaking through a stubborn defence.

The result leaves the leaders four points clear but with Manchester City, who shelled out record fees last summer, closing in.""",
[], "sports, figurative fire/attack/shell"),

("sudan-khartoum-fighting", "2023-04-16 11:00", "Heavy fighting rages in Khartoum for second day",
"""Sudan's army and the paramilitary Rapid Support Forces fought for control of the presidential palace and the airport in Khartoum on {d0}, as the death toll among civilians rose to at least 56, according to a doctors' union.

Army jets carried out air strikes on RSF bases in Omdurman, witnesses said. Both sides claimed to control key sites.""",
[(CL, "SD", "Khartoum", 56, "d0", "Sudan", "Rapid Support Forces"), (AIR, "SD", "Omdurman", None, "d0", "Sudan", "Rapid Support Forces")], "multi-event"),

("burkina-abduction-women", "2023-01-19 09:00", "Around 50 women abducted by jihadists in northern Burkina Faso",
"""Suspected jihadists abducted around 50 women who had gone out to gather wild fruit near Arbinda in northern Burkina Faso, local residents and the regional governor said on {d0}.

The women were seized in two groups on {d-7} and {d-6} about 15 km from the town, which has been under blockade by armed groups.""",
[(ABD, "BF", "Arbinda", None, None, "militants", "civilians")], "abduction; around 50 is victims not deaths; seized on two days, no single day: date null"),

("storm-batters-philippines", "2023-07-27 07:00", "Typhoon Doksuri batters northern Philippines",
"""Typhoon Doksuri battered the northern Philippines with fierce winds on {d-1}, killing at least five people and forcing thousands from their homes, disaster officials said.

Landslides blocked roads in the mountain provinces and the coast guard suspended ferry trips.""",
[], "weather"),

("syria-idlib-airstrikes", "2023-10-06 15:10", "Syrian and Russian jets pound Idlib after Homs drone attack",
"""Syrian government and Russian warplanes struck towns across rebel-held Idlib province on {d0}, killing at least 11 civilians, rescue workers said, a day after a drone attack on a military academy in Homs killed more than 100 people.

Damascus blamed "terrorist organisations" for the attack on the graduation ceremony. No group claimed responsibility.""",
[(AIR, "SY", "Idlib province", 11, "d0", "Syria", "civilians"), (AIR, "SY", "Homs", 100, "d-1", None, "Syria")], "two events; more than 100 -> 100 as at least"),

("mali-kidal-recaptured", "2023-11-14 18:20", "Mali army says it has retaken rebel stronghold of Kidal",
"""Mali's army said on {d0} it had taken control of Kidal, the northern town held by mainly Tuareg rebels for nearly a decade, after days of fighting.

"Our armed forces have seized Kidal," junta leader Assimi Goita said on state television. The rebel alliance said it had made a strategic withdrawal.""",
[(GOV, "ML", "Kidal", None, "d0", "Mali", "rebels")], "government regains"),

("israel-gaza-peace-talks", "2023-11-21 16:00", "Negotiators near deal on Gaza truce and hostage release",
"""Israeli and Hamas negotiators were close to an agreement on a truce of several days in exchange for the release of dozens of hostages held in Gaza, Qatari mediators said on {d0}.

The deal, if approved by Israel's cabinet, would also let more fuel and aid into the enclave.""",
[], "peace talks/truce"),

("afghanistan-kabul-suicide", "2023-01-11 13:00", "Suicide bomber strikes near Afghan foreign ministry",
"""A suicide bomber blew himself up near the foreign ministry in Kabul on {d0}, killing at least five people, a Taliban spokesman for the city's police said.

Islamic State claimed the attack through its Amaq news agency, saying it had targeted a Taliban delegation. Witnesses reported a higher toll.""",
[(SUI, "AF", "Kabul", 5, "d0", "Islamic State", "Taliban")], "suicide bomb"),

("pakistan-police-robbery", "2023-02-02 10:00", "Karachi police kill two suspects after bank robbery",
"""Police in Karachi shot dead two suspected robbers after a gunfight outside a bank in the Saddar area on {d-1}, officials said. A third man was arrested.

The gang had taken about 2 million rupees, police said, adding that no officers were hurt.""",
[], "crime/police, no armed group"),

("yemen-houthi-drone-intercepted", "2023-12-19 09:30", "US destroyer shoots down Houthi drones over Red Sea",
"""The USS Carney shot down 14 one-way attack drones launched from Houthi-controlled areas of Yemen over the Red Sea on {d-3}, U.S. Central Command said.

There was no damage to ships in the area and no injuries, the statement said. The Houthis say they are targeting ships linked to Israel.""",
[(DIS, None, "Red Sea", 0, "d-3", "United States", "Houthis")], "interception"),

("colombia-eln-kidnap", "2023-10-30 12:00", "Father of Liverpool footballer kidnapped in Colombia",
"""Gunmen on motorcycles kidnapped the father of Liverpool forward Luis Diaz in the northern Colombian town of Barrancas on {d-2}, authorities said. His mother was rescued by police hours later.

President Gustavo Petro later said the ELN guerrilla group was holding him and called for his release.""",
[(ABD, "CO", "Barrancas", None, "d-2", "ELN", None)], "abduction by armed group; sports words present"),

("business-price-war", "2023-05-09 09:00", "Carmakers' price war spreads to Europe",
"""Tesla fired the first shot in a price war that has now spread to Europe, with rivals slashing prices on electric models by up to 15%, analysts said on {d0}.

Shares in several carmakers fell as investors braced for thinner margins. "It's a battle for market share," one analyst said.""",
[], "business figurative"),

("drc-adf-village-attack", "2023-06-15 11:00", "ADF rebels kill 23 in eastern Congo village",
"""Rebels from the Allied Democratic Forces killed 23 civilians with machetes and guns in the village of Mukondi in North Kivu province, local officials said on {d0}.

The attack took place overnight on {d-6} into {d-5}, they said. Several houses were burned and at least six people are missing.""",
[(CIV, "CD", "Mukondi", 23, "d-5", "Allied Democratic Forces", "civilians")], "attack on civilians"),

("india-kashmir-grenade", "2023-06-03 08:00", "Grenade attack on Srinagar market wounds eight",
"""Suspected militants hurled a grenade at a security patrol in a crowded market in Srinagar on {d-1}, wounding eight people including a policeman, police said.

The grenade missed its target and exploded on the road. Police cordoned off the area and launched a search.""",
[(GRE, "IN", "Srinagar", None, "d-1", "militants", "India")], "grenade, injuries only"),

("israel-iron-dome-rockets", "2023-05-10 18:00", "Iron Dome intercepts rockets fired from Gaza",
"""Israel's Iron Dome system intercepted dozens of rockets fired from Gaza towards southern and central Israel on {d0}, the military said, after Israeli air strikes killed three senior Islamic Jihad commanders.

Sirens sounded in Tel Aviv for the first time in months. No injuries were reported from the rocket fire.""",
[(DIS, "IL", "Israel", 0, "d0", "Israel", "Palestinian Islamic Jihad"), (AIR, "PS", "Gaza", 3, "d0", "Israel", "Palestinian Islamic Jihad")], "interception + airstrike; arguable"),

("azerbaijan-armenia-border", "2022-09-13 07:30", "Dozens killed as Armenia and Azerbaijan clash on border",
"""Armenia said 49 of its soldiers had been killed in fighting with Azerbaijani forces along their border overnight, the worst clashes since the 2020 war.

Yerevan said Azerbaijan had shelled towns including Jermuk with artillery and drones. Baku said it was responding to Armenian "provocations".""",
[(CL, "AM", "Jermuk", 49, "d0", "Azerbaijan", "Armenia")], "clash with shelling description; place arguable"),

("eu-defence-budget", "2023-06-29 12:00", "NATO allies agree to raise defence spending floor",
"""NATO allies agreed to make spending 2% of economic output on defence a minimum rather than a target, diplomats said on {d0}, ahead of next month's summit in Vilnius.

The commitment would boost budgets for ammunition and air defence as Russia's war in Ukraine continues.""",
[], "budget"),

("nigeria-kaduna-train-abduction-anniversary", "2023-03-28 10:00", "A year on, families of Abuja-Kaduna train captives seek answers",
"""A year after gunmen blew up the tracks and attacked a train between Abuja and Kaduna, abducting dozens of passengers, relatives say some captives remain unaccounted for.

The March 2022 attack killed at least eight people. Survivors gathered in Kaduna on {d0} to commemorate the victims.""",
[], "history/anniversary only"),

("mozambique-cabo-delgado-clash", "2023-08-24 09:00", "Mozambican and Rwandan troops kill insurgent leader",
"""Mozambican and Rwandan forces killed Bonomade Machude Omar, a senior commander of the Islamic State-linked insurgency in Cabo Delgado, in a clash near Mocimboa da Praia, Mozambique's president said on {d0}.

Several other fighters were killed in the operation, which took place on {d-2}, he said.""",
[(CL, "MZ", "Mocimboa da Praia", None, "d-2", "Mozambique", "militants")], "clash, vague count"),

("iran-threat-retaliation", "2024-01-04 17:00", "Iran vows revenge after Kerman blasts",
"""Iran's supreme leader vowed a "harsh response" on {d0} after two explosions near the tomb of slain general Qassem Soleimani in Kerman killed 84 people on {d-1}.

Islamic State later claimed the twin suicide bombings, saying two of its members had detonated explosive belts among the crowd.""",
[(SUI, "IR", "Kerman", 84, "d-1", "Islamic State", "civilians")], "threat + real event"),

("ukraine-bakhmut-wagner-capture", "2023-05-21 08:00", "Wagner chief claims capture of Bakhmut",
"""The head of Russia's Wagner mercenary group said on {d-1} that his forces had taken full control of Bakhmut after the longest battle of the war. Ukraine said its troops still held a small part of the city.

Russia's defence ministry later congratulated Wagner units and regular troops on the "liberation" of the town.""",
[(NSA, "UA", "Bakhmut", None, "d-1", "Wagner Group", "Ukraine")], "non-state actor (Wagner) overtakes; 'liberation' is quoted"),

("syria-chlorine-opcw-report", "2023-01-27 13:00", "Watchdog blames Syrian air force for 2018 Douma chlorine attack",
"""The Organisation for the Prohibition of Chemical Weapons said on {d0} there were reasonable grounds to believe a Syrian air force helicopter dropped two cylinders of chlorine gas on Douma in April 2018, killing 43 people.

Damascus has repeatedly denied using chemical weapons.""",
[], "historical chemical attack report"),

("philippines-npa-clash", "2023-09-08 06:00", "Five rebels die in clash with troops in Negros",
"""Five communist New People's Army guerrillas were killed when they clashed with army soldiers in the hinterlands of Negros Oriental province on {d-1}, the military said.

Troops recovered rifles and explosives from the site, it added. One soldier was wounded.""",
[(CL, "PH", "Negros Oriental", 5, "d-1", "Philippines", "New People's Army")], "clash"),

("hurricane-mexico-otis", "2023-10-26 04:00", "Hurricane Otis slams into Acapulco as Category 5",
"""Hurricane Otis smashed into Acapulco early on {d-1} as a Category 5 storm, tearing roofs off hotels and cutting off the Mexican resort city, officials said. At least 27 people were killed.

Troops were deployed to help with rescue operations.""",
[], "weather with troops"),

("somalia-mogadishu-mortars", "2023-02-20 11:00", "Mortar shells land near Somali presidential palace",
"""At least four mortar rounds fired by al-Shabaab militants landed near the presidential palace in Mogadishu late on {d-1}, killing a child and wounding three others in a nearby house, police said.

The militants regularly lob mortars at the fortified Villa Somalia compound.""",
[(SHL, "SO", "Mogadishu", 1, "d-1", "Al-Shabaab", None)], "mortar; 'regularly' aggregate in last sentence"),

("iraq-erbil-drone-downed", "2023-01-05 09:00", "Drone brought down near Erbil airport housing US troops",
"""Kurdish counter-terrorism forces said they brought down an explosive-laden drone near Erbil airport, which hosts U.S.-led coalition troops, on {d-1}. No one was hurt.

No group claimed the attempted attack, which bore the hallmarks of Iran-backed militias.""",
[(DIS, "IQ", "Erbil", 0, "d-1", "Iraq", None)], "interception; Iran-backed"),

("uk-politics-attack", "2023-05-17 12:00", "Sunak attacks Labour over tax plans in fiery PMQs",
"""Rishi Sunak launched a blistering attack on Labour's tax plans at Prime Minister's Questions on {d0}, accusing Keir Starmer of hiding the cost of his pledges.

Starmer hit back, saying the government had "lost control" of the economy. The exchanges were among the most heated of the session.""",
[], "politics"),

("ethiopia-amhara-drone", "2023-08-14 15:00", "Drone strike kills 26 in Ethiopia's Amhara region",
"""A drone strike killed at least 26 people in the town of Finote Selam in Ethiopia's Amhara region on {d-1}, a hospital official and residents said, as fighting between the army and Fano militiamen spread.

The strike hit a busy main road near a bus station, residents said. The government did not comment.""",
[(AIR, "ET", "Finote Selam", 26, "d-1", "Ethiopia", "civilians")], "drone strike, initiator implicit"),

("mali-exercise-russian", "2023-08-18 10:00", "Malian and Russian instructors hold joint drills near Bamako",
"""Malian soldiers held live-fire drills with Russian instructors at a training ground outside Bamako this week, state television said, showcasing helicopters and armoured vehicles delivered in recent months.

Officials said the exercises would prepare units for operations against jihadists in the north.""",
[], "exercise"),

("lebanon-israel-cross-border", "2023-10-16 14:00", "Hezbollah fighters and Israeli troops trade fire across border",
"""Hezbollah fired anti-tank missiles at Israeli army posts along the Lebanese border on {d0}, and Israel responded with artillery shelling of villages in south Lebanon, both sides said.

One Israeli civilian was killed in Shtula, Israel's military said.""",
[(SHL, "IL", "Shtula", 1, "d0", "Hezbollah", "Israel"), (SHL, "LB", "Lebanon", None, "d0", "Israel", "Hezbollah")], "cross-border; two events"),

("niger-tillaberi-soldiers-killed", "2023-08-16 09:00", "Seventeen soldiers killed in Niger ambush near Mali border",
"""Seventeen Nigerien soldiers were killed and 20 wounded when their unit was ambushed by jihadists near Koutougou in the Tillaberi region on {d-1}, the defence ministry said.

More than 100 of the attackers were "neutralised" as they withdrew, the ministry added.""",
[(CL, "NE", "Koutougou", 17, "d-1", "militants", "Niger")], "ambush; attacker count not victims"),

("cyberattack-bank", "2023-11-10 08:00", "Ransomware attack disrupts Chinese bank's US trading",
"""A ransomware attack on the US arm of ICBC, China's largest bank, disrupted trades in the US Treasury market on {d-1}, the bank said.

The attack was carried out by the LockBit gang, according to people familiar with the matter.""",
[], "cyber"),

("pakistan-peshawar-mosque", "2023-01-31 07:00", "Death toll in Peshawar mosque bombing rises to 100",
"""The death toll from a suicide bombing at a mosque inside a police compound in Peshawar rose to 100 on {d0}, officials said, as rescuers finished clearing the rubble.

The bomber, dressed in a police uniform, detonated his explosive vest among worshippers during afternoon prayers on {d-1}. A faction of the Pakistani Taliban initially claimed the attack, but the TTP later distanced itself.""",
[(SUI, "PK", "Peshawar", 100, "d-1", "Tehrik-i-Taliban Pakistan", "Pakistan")], "suicide, toll rises"),

("myanmar-sagaing-airstrike", "2023-04-12 10:00", "Myanmar military air strike kills dozens at village ceremony",
"""A Myanmar military air strike on a village in the Sagaing region killed around 100 people, including children, who had gathered for the opening of an opposition office on {d-1}, witnesses and local media said.

A junta spokesman confirmed the attack on Pazigyi village, saying it had targeted "terrorists".""",
[(AIR, "MM", "Pazigyi", 100, "d-1", "Myanmar", "civilians")], "air strike; 'around 100'"),

("peru-weather-floods", "2023-03-14 09:00", "Cyclone Yaku floods northern Peru",
"""Heavy rains brought by Cyclone Yaku flooded towns across northern Peru on {d-1}, killing six people and destroying bridges, the government said. Soldiers helped evacuate residents.""",
[], "weather"),

("somalia-grenade-market", "2024-02-10 08:00", "Hand grenade thrown into Baidoa tea shop kills two",
"""An attacker threw a hand grenade into a tea shop frequented by soldiers in the southwestern Somali town of Baidoa on {d-1}, killing two people and injuring five, police said.

No group claimed the attack but al-Shabaab has carried out similar attacks in the town.""",
[(GRE, "SO", "Baidoa", 2, "d-1", None, "civilians")], "grenade; history-ish 'has carried out'"),

("russia-drones-moscow-intercepted", "2023-05-30 09:00", "Moscow says drones shot down in attack on capital",
"""Russia said its air defences shot down eight drones that targeted Moscow early on {d0}, lightly damaging several residential buildings. Two people were hurt, the mayor said.

The Kremlin blamed Ukraine for what it called a terrorist attack. Kyiv denied direct involvement.""",
[(DIS, "RU", "Moscow", None, "d0", "Russia", "Ukraine")], "interception with denial of the drone attack"),

("turkey-earthquake", "2023-02-06 06:00", "Powerful earthquake kills hundreds in Turkey and Syria",
"""A 7.8-magnitude earthquake struck southern Turkey and northern Syria before dawn on {d0}, toppling buildings and killing hundreds of people, officials said.

Rescuers, including soldiers, dug through rubble in Gaziantep and Aleppo as aftershocks continued.""",
[], "earthquake"),

("iraq-ied-patrol", "2023-03-19 13:00", "Roadside bomb kills two Iraqi soldiers in Diyala",
"""Two Iraqi army soldiers were killed and three wounded when a roadside bomb struck their patrol in the Muqdadiya district of Diyala province on {d0}, security sources said.

Officials blamed Islamic State remnants, who remain active in the area's orchards.""",
[(IED, "IQ", "Muqdadiya", 2, "d0", "Islamic State", "Iraq")], "IED"),

("south-korea-drills", "2023-03-13 02:00", "US, South Korea begin biggest drills in years",
"""The United States and South Korea began their largest joint military exercises in five years on {d0}, prompting North Korea to warn of an "overwhelming" response.

The 11-day Freedom Shield drills include field training such as amphibious landings.""",
[], "exercise + threat"),

("iraq-threat-militia-warning", "2023-10-18 10:00", "Iraqi militias threaten US forces over Gaza",
"""Iran-backed armed groups in Iraq warned on {d0} that they would target U.S. forces in the country if Washington intervened in the Gaza war. "Our rockets are ready," a Kataib Hezbollah spokesman said.""",
[], "threat"),
("afghanistan-history-soviet", "2023-02-15 10:00", "Afghans recall Soviet withdrawal 34 years on",
"""Former mujahideen fighters gathered in Kabul on {d0} to mark 34 years since the last Soviet troops left Afghanistan after a decade of war in which air raids and massacres killed hundreds of thousands.""",
[], "history"),
("somalia-denial-airstrike", "2023-08-12 10:00", "US Africa Command denies carrying out strike near Kismayo",
"""U.S. Africa Command on {d0} denied reports that it had carried out an air strike near Kismayo, saying it had conducted no operations in the area this week.""",
[], "denial"),
("nigeria-police-armed-robbery", "2023-06-07 10:00", "Police kill armed robbers in Lagos shootout",
"""Lagos police said on {d0} they had shot dead three armed robbers during a shootout in the Ikorodu area after the gang raided a supermarket.""",
[], "crime"),
("poland-budget-defence", "2023-08-15 12:00", "Poland stages largest military parade in decades",
"""Poland staged its biggest military parade since the Cold War in Warsaw on {d0}, showing off US Abrams tanks, HIMARS rocket launchers and South Korean howitzers bought since Russia invaded Ukraine.""",
[], "parade/arms"),
("turkey-exercise-drill-aegean", "2023-05-25 10:00", "Greece and Turkey tone down rhetoric after Aegean flare-up",
"""Greek and Turkish officials pledged on {d0} to avoid provocations in the Aegean, after months in which Ankara had warned Athens over the militarisation of islands and threatened that its missiles could reach Athens.""",
[], "politics/threat"),
("ukraine-denial-dam", "2023-06-07 10:00", "Russia and Ukraine trade blame over Kakhovka dam",
"""Russia and Ukraine accused each other on {d0} of blowing up the Kakhovka dam, which flooded dozens of villages downstream. Moscow denied any role and said Ukraine had shelled the dam.""",
[], "denial/blame, disputed; labelled none (hard)"),
("yemen-ceasefire-truce-extension", "2022-06-02 10:00", "Yemen's warring parties extend truce for two months",
"""Yemen's warring parties agreed on {d0} to extend a nationwide truce by two months, the UN envoy said, prolonging the longest lull in fighting since the war began in 2015.""",
[], "truce"),
]
