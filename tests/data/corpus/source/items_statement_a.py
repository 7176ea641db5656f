from common import *

FEED = ("dev/statement-a.feed.json", "json", "https://officialwire.example.info/statements", "Official Wire: Statements and Communiqués")
REGISTER = "statement"

ITEMS = [
("ua-airforce-night-shahed", "2024-11-17 08:30", "Air Force: 61 of 87 drones downed overnight",
"""On the night of {m0}, the enemy attacked with 87 strike UAVs of the Shahed type and imitator drones, launched from the directions of Kursk, Orel and Primorsko-Akhtarsk.

The air attack was repelled by aviation, anti-aircraft missile troops, electronic warfare units and mobile fire groups of the Defence Forces of Ukraine.

As of 09:00, 61 attack UAVs were confirmed shot down over Kyiv region. A further 22 imitator drones were lost locally without negative consequences.

Hits were recorded in Odesa, where a drone struck a warehouse in the port area; the fire has been extinguished. Information on the consequences is being clarified.""",
[(DIS, "UA", "Kyiv region", None, "d0", "Ukraine", "Russia"), (AIR, "UA", "Odesa", None, "d0", "Russia", None)], "interceptions and one hit, two places; the number of drones is not a toll"),

("ru-mod-night-uavs", "2024-08-22 05:50", "Russian Defence Ministry: Ukrainian UAVs destroyed over two regions",
"""Overnight, the Kyiv regime attempted to carry out terrorist attacks with aircraft-type unmanned aerial vehicles against facilities on the territory of the Russian Federation.

On-duty air defence systems intercepted and destroyed 17 UAVs: 11 over the territory of the Bryansk region and six over the territory of the Rostov region.

There were no casualties or damage on the ground.""",
[(DIS, "RU", "Bryansk region", 0, "d0", "Russia", "Ukraine"), (DIS, "RU", "Rostov region", 0, "d0", "Russia", "Ukraine")], "interceptions over two regions = two events"),

("ispr-datta-khel-ibo", "2024-10-15 11:20", "ISPR: eight khwarij killed in North Waziristan operation",
"""On {m-1}, security forces carried out an intelligence-based operation in the general area of Datta Khel, North Waziristan District, on the reported presence of khwarij belonging to Fitna al Khwarij.

Troops surrounded the hideout before first light. In the gunfight that followed, eight khwarij were killed and two were wounded. A cache of rifles, rockets and explosive material was recovered from the compound. The khwarij had carried out attacks on check posts in the district and had killed local elders.

Troops are still clearing the surrounding hamlets. The armed forces will keep up operations until the last hideout in the tribal districts is cleared.""",
[(CL, "PK", "Datta Khel", 8, "d-1", "Pakistan", "Tehrik-i-Taliban Pakistan")], "ISPR register; khwarij = TTP; background of past crimes not labelled"),

("ispr-corps-commanders", "2024-06-05 14:00", "Corps Commanders' Conference resolves to root out terrorism",
"""The 265th Corps Commanders' Conference was held at General Headquarters, chaired by the Chief of Army Staff.

The forum offered Fateha for the martyrs who laid down their lives for the peace and stability of the country. It reviewed the security situation, with particular focus on Khyber Pakhtunkhwa and Balochistan, and expressed resolve to continue operations against terrorists and their facilitators with full force.

The participants were also briefed on the army's contribution to relief work in flood-affected areas and to the Special Investment Facilitation Council.""",
[], "conference statement: resolve, tribute"),

("idf-nabatieh-two-strikes", "2024-08-29 16:10", "IDF: Hezbollah weapons depot and operative struck in southern Lebanon",
"""Earlier today, IDF fighter jets struck a Hezbollah weapons storage facility in the area of Nabatieh in southern Lebanon. Secondary explosions were identified following the strike, indicating the presence of weapons in the building.

In a separate strike, an IDF aircraft eliminated a Hezbollah terrorist in the area of Bint Jbeil who was involved in directing launches toward the Galilee in recent weeks.

The IDF will continue to operate against threats to the State of Israel.""",
[(AIR, "LB", "Nabatieh", None, "d0", "Israel", "Hezbollah"), (AIR, "LB", "Bint Jbeil", 1, "d0", "Israel", "Hezbollah")], "two strikes, two places; 'earlier today' = publication date"),

("idf-aid-trucks-week", "2024-05-20 12:00", "COGAT: humanitarian aid entering Gaza this week",
"""Over the past week, 1,240 trucks carrying food, water, medical equipment and shelter supplies were inspected and transferred into the Gaza Strip through the Kerem Shalom and Erez West crossings.

In addition, 12 fuel tankers entered for the operation of hospitals and desalination plants. Aid also arrived by sea via the temporary pier.

COGAT will continue to facilitate the entry of humanitarian aid in coordination with the international community.""",
[], "humanitarian deliveries"),

("qassam-khan-younis-tank", "2024-01-24 21:00", "Al-Qassam Brigades: Zionist tank and infantry force targeted east of Khan Younis",
"""The mujahideen of the Al-Qassam Brigades were able to target a Zionist Merkava tank with a Yassin 105 shell in the Bani Suheila area east of Khan Younis, and clashed with the infantry force that was protecting it, inflicting deaths and injuries.

Our fighters also sniped a soldier of the occupation in the same area. The battles of Al-Aqsa Flood continue.""",
[(CL, "PS", "Bani Suheila", None, None, "Hamas", "Israel")], "armed group's claim; 'deaths and injuries' is no number; no day"),

("dhq-weekly-aggregate", "2024-04-11 15:30", "Defence Headquarters: troops neutralise 63 terrorists in one week",
"""The Director of Defence Media Operations briefed journalists on the activities of the armed forces across the theatres of operation between 4 and 10 April.

In the period, troops neutralised 63 terrorists, arrested 71 suspects and rescued 40 kidnapped hostages. They also recovered 96 assorted weapons and 1,250 rounds of ammunition and denied oil thieves an estimated N800 million worth of stolen crude.

The Chief of Defence Staff commends the troops for their doggedness and urges citizens to continue to provide credible information.""",
[], "weekly aggregates only"),

("fansan-yamma-tsafe", "2023-09-12 16:45", "Troops repel bandit attack in Tsafe, neutralise seven",
"""Troops of Operation Fansan Yamma on {d-2} repelled an attack by bandits on a forward operating base in Tsafe Local Government Area of Zamfara State.

The gallant troops engaged the criminals in a fierce firefight, neutralising seven of them while others fled with gunshot wounds. Two AK-47 rifles, four magazines and a motorcycle were recovered.

The Nigerian Army urges members of the public to report anyone seen with gunshot wounds to the nearest military or police formation.""",
[(CL, "NG", "Tsafe", None, "d-2", "bandits", "Nigeria")], "'neutralised' alone is no death toll: null"),

("shabaab-el-baraf-claim", "2024-01-09 17:20", "Al-Shabaab says its fighters stormed base in El Baraf",
"""In a statement read on its Andalus radio, the group said its fighters had stormed a base of "the apostate militias" in El Baraf, Middle Shabelle, at dawn on {d0}.

"The mujahideen overran the positions and killed 23 soldiers, and seized weapons and vehicles," the statement said. The fighters "then withdrew to their bases", it added.

The Somali government has not commented.""",
[(CL, "SO", "El Baraf", 23, "d0", "Al-Shabaab", "Somalia")], "armed group's claim; overran and withdrew = raid, not territory"),

("somali-mod-minister-front", "2024-03-19 13:00", "Ministry of Defence: Minister visits troops on Middle Shabelle front",
"""The Minister of Defence today visited forward positions of the Somali National Army in Middle Shabelle region, accompanied by the army commander.

The Minister praised the soldiers for their sacrifice in the war against the Khawarij and delivered food supplies and medicine. He said the second phase of operations would "liberate every village still held by the terrorists" and urged the people to stand with their army.""",
[], "visit and promise"),

("sna-moqokori-liberated", "2023-01-05 11:30", "SNA: Moqokori liberated from the Khawarij",
"""The Somali National Army, together with the Macawisley forces of the people, liberated the town of Moqokori in Hiiraan region on {d-1} after fierce fighting with the Khawarij.

The enemy suffered heavy losses and fled, leaving behind the bodies of their fighters and a technical vehicle. Our forces are now in full control of the town and are working to restore services to the residents.""",
[(GOV, "SO", "Moqokori", None, "d-1", "Somalia", "Al-Shabaab")], "Khawarij = al-Shabaab in Somali government usage; heavy losses is no number"),

("kdf-denies-lamu", "2023-06-27 10:30", "KDF dismisses claims of casualties in Lamu",
"""The Kenya Defence Forces has noted with concern reports circulating on social media alleging that several soldiers were killed in an attack on a camp in Lamu County.

We wish to state that these claims are false. No KDF camp was attacked and no soldiers have lost their lives. The public is advised to rely on official channels for information.""",
[], "denial"),

("ua-chemical-monthly", "2025-06-03 12:00", "Support Forces Command: 412 cases of chemical munitions recorded in May",
"""In May, units of the Support Forces Command recorded 412 cases of Russian forces using munitions loaded with hazardous chemicals, mostly K-51 and RG-VO grenades with CS gas dropped from drones.

Since February 2023, more than 9,000 such cases have been documented. All data are passed to the relevant international bodies. We call on partners to increase pressure on the aggressor for its violations of the Chemical Weapons Convention.""",
[], "monthly aggregate of chemical use, no single incident"),

("sdf-tal-tamr-gas", "2023-10-18 19:40", "SDF General Command: toxic gas shells fired at our positions near Tal Tamr",
"""On {d-1}, the Turkish occupation and its mercenary factions fired artillery shells containing toxic gas at our positions in the village of Um al-Kaif, north of Tal Tamr.

Three of our fighters suffered breathing difficulties and were taken to hospital, where they are in a stable condition.

We call on the international community and the Organisation for the Prohibition of Chemical Weapons to investigate this crime.""",
[(CHEM, "SY", "Um al-Kaif", None, "d-1", "Syrian National Army", "Syrian Democratic Forces")], "chemical weapon claim; injuries only; 'mercenary factions' = SNA"),

("third-assault-cs-kupiansk", "2025-02-11 09:15", "Brigade: enemy drones dropped tear gas grenades on our positions",
"""In the Kupiansk direction, the enemy again used prohibited means of warfare. On {d-1}, Russian drones dropped K-51 grenades filled with CS gas on our positions near Kupiansk.

Our fighters used their protective equipment; one soldier suffered chemical irritation of the eyes and airways and was evacuated. The incident has been documented and reported to the Support Forces Command.""",
[(CHEM, "UA", "Kupiansk", None, "d-1", "Russia", "Ukraine")], "chemical weapon, one incident"),

("northern-fleet-exercise", "2024-09-13 08:00", "Northern Fleet completes exercise in the Barents Sea",
"""A detachment of Northern Fleet warships completed a planned exercise in the Barents Sea, firing cruise missiles at a simulated naval target.

The crews also practised anti-submarine defence and the protection of shipping lanes along the Northern Sea Route. The exercise is part of the Ocean-2024 strategic command-staff drills, which involve more than 400 ships and 90,000 personnel.""",
[], "exercise"),

("ru-mod-novoselydivka", "2024-10-14 10:00", "Russian Defence Ministry: Novoselydivka liberated",
"""As a result of active operations, units of the Centre group of forces liberated the settlement of Novoselydivka in the Donetsk People's Republic.

Over the past day, the group's units also inflicted losses on manpower and equipment of three mechanised brigades of the Ukrainian armed forces in the areas of other settlements. The enemy lost up to 490 servicemen, two tanks and four armoured combat vehicles.""",
[(NSA, "UA", "Novoselydivka", None, None, "Russia", "Ukraine")], "'liberated' by a foreign force = territory taken; enemy losses over the day are an aggregate; no day for the capture"),

("ua-gs-daily-aggregate", "2024-12-02 06:00", "General Staff: 162 combat engagements over the past day",
"""Over the past day, 162 combat engagements took place along the front line. The enemy carried out two missile strikes and 57 air strikes, using 84 guided aerial bombs, and made more than 4,000 attacks on our positions and settlements.

The situation remains most tense in the Pokrovsk and Kurakhove directions. Total combat losses of the enemy from 24.02.22 to 02.12.24 are approximately 745,950 personnel.""",
[], "daily summary with only aggregates"),

("hur-pantsir-crimea", "2024-06-02 13:30", "Defence Intelligence: Pantsir system destroyed in Crimea",
"""Special units of the Defence Intelligence of Ukraine struck a Russian Pantsir-S1 air defence system near Yevpatoria in temporarily occupied Crimea with attack drones on the night of {m-1}.

Footage of the strike shows the system catching fire. The system had been covering Russian military airfields on the western coast of the peninsula. The operation to demilitarise Crimea continues, and every occupier's weapon on our land is a legitimate target.""",
[(AIR, "UA", "Yevpatoria", None, "d-1", "Ukraine", "Russia")], "drone strike in occupied Crimea: country UA"),

("mod-conscription-spring", "2024-04-01 09:00", "Ministry of Defence: spring call-up begins",
"""The spring conscription campaign begins today and runs until 15 July. 150,000 citizens aged 18 to 30 will be called up.

Conscripts will not be sent to the areas of the special military operation or to the new regions. The ministry reminds citizens that summonses may also be delivered electronically, and that evasion remains a criminal offence.""",
[], "call-up announcement"),

("chinar-kulgam-two", "2024-07-07 15:15", "Chinar Corps: two terrorists neutralised in Kulgam operation",
"""Based on specific intelligence, a joint operation was launched by the Indian Army, J&K Police and CRPF in the Modergam area of Kulgam on {d-1}.

On establishing contact, the terrorists opened fire. Our troops retaliated effectively and two terrorists were neutralised. A soldier made the supreme sacrifice in the line of duty. The operation is in progress.""",
[(CL, "IN", "Modergam", 1, "d-1", "India", "militants")], "one soldier killed; two militants 'neutralised' is no death toll: 1"),

("operation-sindoor-release", "2025-05-07 03:00", "Ministry of Defence: Operation Sindoor launched",
"""Within the last hour, under Operation Sindoor, the Indian Armed Forces carried out precision strikes on camps used by terrorist organisations in Pakistan and Pakistan-occupied Jammu and Kashmir.

Nine locations were hit, including the headquarters complexes in Bahawalpur and Muridke. The targets were selected on credible intelligence and the strikes were confined to terrorist facilities; military installations of Pakistan were deliberately left alone.

India has exercised its right to respond to the massacre of tourists at Pahalgam last month. A detailed briefing will be held later this morning.""",
[(AIR, "PK", "Bahawalpur", None, "d0", "India", None), (AIR, "PK", "Muridke", None, "d0", "India", None)], "strikes on two named places; Pahalgam attack is background"),

("ispr-will-respond", "2025-05-07 09:00", "ISPR: Pakistan will respond at a time and place of its choosing",
"""The Director General ISPR said India's cowardly action had killed innocent civilians, including women and children, and that Pakistan reserves the right to respond at a time and place of its choosing.

He said the armed forces stand ready and that the nation should remain calm and rest assured that every drop of blood will be avenged.""",
[], "threat; the earlier strikes are not re-labelled"),

("afp-agusan-npa", "2023-08-16 10:10", "Army: two NPA rebels killed in Agusan del Sur clash",
"""Troops of the 4th Infantry Division encountered about 15 members of the New People's Army in Barangay Valentina, La Paz, Agusan del Sur, on {d-1} while responding to reports of extortion activities in the area.

A firefight ensued lasting around 20 minutes. Two rebels were killed and the rest fled towards the boundary with Davao del Sur. Recovered were two M16 rifles, an improvised explosive device and subversive documents. No casualty on the government side was reported.""",
[(CL, "PH", "La Paz", 2, "d-1", "Philippines", "New People's Army")], "clash; a recovered IED is not an event"),

("afp-surrenderers-aid", "2024-02-20 08:30", "Former rebels receive livelihood assistance",
"""Forty-two former members of the New People's Army who returned to the fold of the law received livelihood packages and firearms remuneration at a ceremony in Bukidnon.

The division commander said the surrenderers are proof that the government's whole-of-nation approach is working, and he invited the remaining rebels to lay down their arms and rejoin their families.""",
[], "surrenders and aid"),

("co-army-el-plateado-device", "2024-11-04 14:20", "Army neutralises explosive device on road in Cauca",
"""Troops of the Third Division found and neutralised an improvised explosive device of about 20 kilograms planted on the road between El Plateado and Sinaí, in the municipality of Argelia, Cauca.

The device had been placed by the Carlos Patiño front of the FARC dissidents to attack our troops and the civilian population that travels this route daily. Explosives experts destroyed it in a controlled manner.""",
[(DIS, "CO", "El Plateado", None, None, "Colombia", "FARC dissidents")], "defused device; controlled destruction of it is part of the same act"),

("co-mod-eln-talks", "2025-01-17 19:00", "Government suspends talks with the ELN",
"""The national government announces the suspension of the dialogue process with the ELN in view of the actions committed by this group in Catatumbo, which constitute war crimes.

The Ministry of Defence has ordered the reinforcement of troops in Norte de Santander and will guarantee the security of the displaced population. Humanitarian corridors will be coordinated with the governor's office.""",
[], "talks suspended; violence only alluded to"),

("houthi-saree-red-sea-ship", "2024-06-13 18:00", "Yemeni Armed Forces: ship targeted in the Red Sea",
"""In support of the Palestinian people, the naval forces of the Yemeni Armed Forces carried out a specific military operation targeting the ship TUTOR in the Red Sea with a number of ballistic missiles and an unmanned surface vessel. The operation achieved its goals, by the grace of God, and the vessel is taking on water.

The Yemeni Armed Forces will continue their operations until the aggression against Gaza stops and the siege is lifted.""",
[(SHL, None, "Red Sea", None, None, "Houthis", "civilians")], "at sea: no country; ship's crew as civilians; no day"),

("centcom-uav-radar", "2024-02-04 22:30", "CENTCOM: Houthi drones destroyed, radar sites struck",
"""At approximately 9:20 a.m. (Sanaa time) on {m0}, U.S. forces destroyed two uncrewed aerial vehicles launched by the Iran-backed Houthis over the southern Red Sea.

In the afternoon, U.S. aircraft struck a Houthi coastal radar site near Ras Isa, in territory the Houthis control, which U.S. forces had assessed was being used to guide attacks on shipping. No U.S. personnel were injured and no ships were damaged in either engagement.""",
[(DIS, None, "Red Sea", 0, "d0", "United States", "Houthis"), (AIR, "YE", "Ras Isa", None, "d0", "United States", "Houthis")], "interception at sea and a strike on land"),

("centcom-commander-jordan", "2024-10-08 15:00", "CENTCOM commander visits Jordan",
"""General Michael Kurilla met Jordan's Chairman of the Joint Chiefs of Staff in Amman to discuss regional security and the longstanding military partnership between the two countries.

He also visited U.S. and coalition troops supporting the enduring defeat of ISIS mission and thanked them for their professionalism. The visit reaffirmed the commitment of U.S. Central Command to the security of Jordan and the wider region.""",
[], "visit"),

("iraq-hamrin-f16", "2024-03-12 12:40", "Security Media Cell: Iraqi F-16s strike Daesh hideout in Hamrin",
"""Acting on precise intelligence from the Joint Operations Command, Iraqi Air Force F-16 aircraft carried out an air strike on a hideout of Daesh terrorist gangs in the Hamrin mountains, Diyala, on {d-1}.

The strike killed five terrorists, whose bodies were recovered by a ground force that also seized weapons and communications equipment.""",
[(AIR, "IQ", "Hamrin mountains", 5, "d-1", "Iraq", "Islamic State")], "air strike"),

("iraq-joc-arrests-daily", "2024-05-06 09:30", "Joint Operations Command: 12 terrorists arrested",
"""Security formations arrested 12 wanted terrorists in separate operations in Anbar, Nineveh, Kirkuk and Salahuddin over the past 24 hours, in accordance with Article 4 of the anti-terrorism law.

The forces also searched 37 villages and orchards and seized several weapons. The detainees were handed over to the competent authorities to complete the legal procedures against them.""",
[], "daily arrests aggregate"),

("tr-mod-gara-pkk", "2024-06-18 10:20", "Turkish Defence Ministry: five PKK terrorists neutralised in northern Iraq",
"""Five PKK terrorists who were detected in the Gara region of northern Iraq were neutralised in an air-supported operation carried out on {d-1}.

The terrorists were located by our intelligence assets while preparing to attack our bases in the region. Operations in the region will go on without pause.""",
[(AIR, "IQ", "Gara", None, "d-1", "Turkey", "Kurdistan Workers' Party")], "foreign force in another country; five 'neutralised' is no death toll"),

("tr-mod-yearly-total", "2024-12-26 11:00", "Turkish Defence Ministry: 2,566 terrorists neutralised this year",
"""Since 1 January, a total of 2,566 terrorists have been neutralised in operations in Iraq and Syria and within our borders, the ministry's spokesman said in the weekly press briefing.

He added that 25 terrorists had surrendered to our security forces over the past week and that border security measures continue uninterrupted.""",
[], "yearly aggregate"),

("jnim-lere-claim", "2024-11-07 20:00", "JNIM claims ambush on army and Africa Corps convoy near Léré",
"""In a statement posted by its media arm, JNIM said its fighters ambushed a convoy of the Malian army and "Russian mercenaries" on the road between Léré and Niono on {d-2}.

The group said its fighters killed many and destroyed four vehicles and seized weapons and ammunition. The claim could not be independently verified.""",
[(CL, "ML", "Léré", None, "d-2", "JNIM", "Mali")], "claim; 'many' is no number"),

("fama-niono-aerial", "2023-05-22 16:00", "FAMa general staff: terrorists neutralised near Niono",
"""The general staff of the armed forces informs the public that on {d-1}, the FAMa air vector, after surveillance and identification, carried out strikes on a group of terrorists on motorcycles north of Niono.

About twenty terrorists were neutralised and their logistics destroyed. The FAMa remain committed to the security of people and property.""",
[(AIR, "ML", "Niono", None, "d-1", "Mali", "militants")], "about twenty 'neutralised' is no death toll"),

("aes-unified-force", "2025-12-20 10:00", "AES: unified force officially launched",
"""The Confederation of Sahel States officially launched its unified force at a ceremony in Niamey, in the presence of the ministers of defence of Burkina Faso, Mali and Niger.

The force of 5,000 men will conduct joint operations against terrorist groups throughout the confederal space. Its headquarters will be in Niamey and its command will rotate among the three member states.""",
[], "new force announced"),

("burkina-djibo-repelled", "2024-05-13 21:00", "Army: attack on Djibo repelled, terrorists neutralised",
"""On the morning of {d-2}, a large number of terrorists attacked the military detachment and positions of volunteers for the defence of the homeland in Djibo.

Our forces, supported by the air vector, repelled the assault and neutralised dozens of terrorists. We deplore the loss of seven VDP who fell with arms in hand. Sweeping operations are continuing.""",
[(CL, "BF", "Djibo", 7, "d-2", "militants", "Burkina Faso")], "7 stated; dozens uncounted"),

("niger-communique-france", "2024-01-18 18:30", "Niger's CNSP accuses France of plotting destabilisation",
"""The National Council for the Safeguard of the Homeland denounces the manoeuvres of the former colonial power aimed at destabilising Niger, including the training of terrorist elements on the territory of a neighbouring country.

The CNSP calls on the population to remain vigilant and informs the public that all measures have been taken to guarantee national security.""",
[], "accusation"),

("iswap-marte-claim", "2024-03-25 12:00", "Islamic State claims attack on army base in Marte",
"""In a statement carried by its Amaq agency, Islamic State West Africa Province said its fighters attacked a Nigerian army base in Marte, Borno State, on {d-2}.

The fighters killed 12 soldiers, seized weapons and ammunition and set fire to barracks and vehicles before withdrawing, the statement said. The army has not commented on the claim.""",
[(CL, "NG", "Marte", 12, "d-2", "Islamic State West Africa Province", "Nigeria")], "claim; raid not territory"),

("is-chiure-christians", "2024-02-14 11:30", "Islamic State claims killing of Christians in Cabo Delgado",
"""Islamic State's Mozambique branch said in a statement that its fighters had killed four Christians and burned a church and 20 houses in a village of Chiure district on {d-3}.

The statement was accompanied by photographs. Local authorities confirmed an attack but gave no details. Residents of neighbouring villages have fled towards the district headquarters.""",
[(CIV, "MZ", "Chiure", 4, "d-3", "Islamic State Mozambique", "civilians")], "armed group claims killing civilians"),

("mz-mod-equipment", "2024-09-25 09:00", "Ministry of National Defence presents new equipment",
"""On the occasion of the Day of the Armed Forces, the Ministry of National Defence presented new armoured vehicles and patrol boats that will reinforce our forces in Cabo Delgado.

The Minister paid tribute to the soldiers who fell in the defence of sovereignty and to the Rwandan forces supporting the operations alongside our troops.""",
[], "equipment and tribute"),

("kenya-police-hulugho-ied", "2024-11-29 15:00", "National Police Service: officers injured in IED attack in Garissa",
"""A police vehicle on patrol along the Kotile-Hulugho road was hit by an improvised explosive device at about 10 a.m. on {d0}. Four officers sustained injuries and were airlifted to Garissa for treatment.

Preliminary findings indicate the device was planted by al-Shabaab militants. A multi-agency team has been deployed to pursue the attackers.""",
[(IED, "KE", "Hulugho", None, "d0", "Al-Shabaab", "Kenya")], "injuries only"),

("kenya-police-lamu-advice", "2024-01-04 10:00", "Police urge Lamu residents to report suspicious persons",
"""The National Police Service wishes to assure the residents of Lamu West and Lamu East that security has been enhanced ahead of the rainy season.

Members of the public are urged to report any suspicious persons or unattended items. Operations in the Boni forest continue. Travellers on the Lamu-Garsen road are advised to move only in escorted convoys during daylight hours.""",
[], "advice"),

("endf-fano-debre-markos", "2023-09-02 19:15", "Defence Forces: extremist forces destroyed around Debre Markos",
"""Units of the Ethiopian National Defence Force, in cooperation with regional security forces, carried out an operation against the extremist Fano forces around Debre Markos on {d-1} and {d0}.

In the operation, 87 members of the group were killed and 23 captured, and a large quantity of weapons was seized. The Defence Forces call on the remaining members to surrender peacefully.""",
[(CL, "ET", "Debre Markos", 87, None, "Ethiopia", "Fano")], "two days of one operation = one event, no single day: date null"),

("ethiopia-ddr-tigray", "2024-11-20 14:00", "Commission: 50,000 combatants demobilised in Tigray",
"""The National Rehabilitation Commission announced that the second phase of disarmament, demobilisation and reintegration of former combatants in Tigray has been completed.

In total, 50,000 former fighters have handed over their weapons and received support for reintegration. The third phase, covering the remaining combatants, will begin after an assessment with regional authorities and international partners.""",
[], "demobilisation"),

("sdf-qamishli-drone", "2024-01-15 13:10", "SDF: Turkish drone kills two of our members in Qamishli",
"""A drone of the Turkish occupation army targeted a vehicle in the Hilaliya neighbourhood of Qamishli on the afternoon of {d0}, killing two members of our forces.

This attack is part of the ongoing Turkish aggression against the people of North and East Syria. We call on the international coalition to take a clear position on these violations.""",
[(AIR, "SY", "Qamishli", 2, "d0", "Turkey", "Syrian Democratic Forces")], "drone strike"),

("syria-mod-jableh-regain", "2025-03-08 17:30", "Ministry of Defence: control restored in Jableh countryside",
"""Our forces have restored full control over the villages of the Jableh countryside after clashes with remnants of the former regime who attacked checkpoints and security patrols.

Combing operations continue to pursue the remaining cells. Entry to the coastal areas is forbidden to anyone not belonging to the security forces until further notice.""",
[(GOV, "SY", "Jableh", None, None, "Syria", "former regime loyalists")], "government regains territory; no day"),

("israel-police-lone-stabber", "2024-02-16 12:00", "Israel Police: stabbing attempt thwarted in Jerusalem",
"""A terrorist who attempted to stab passers-by near the Lions' Gate in the Old City was neutralised by Border Police officers who were in the area. No civilians were injured.

The terrorist, a resident of East Jerusalem, was pronounced dead at the scene. Police are investigating how he reached the area and whether he had help. Security has been reinforced at the gates of the Old City ahead of Friday prayers.""",
[], "police shoot a lone attacker"),

("az-mod-kalbajar", "2024-02-13 08:00", "Azerbaijan Defence Ministry: our positions fired upon",
"""On {d-1}, units of the Armenian armed forces subjected the positions of our army in the Kalbajar district to fire from small arms.

Adequate retaliatory measures were taken by units of the Azerbaijani Army. There were no losses among our personnel. We hold the military-political leadership of Armenia responsible for the provocation and for any escalation that may follow.""",
[(CL, "AZ", "Kalbajar", None, "d-1", "Armenia", "Azerbaijan")], "exchange of fire"),

("am-mod-denial", "2024-02-13 10:30", "Armenian Defence Ministry: information about shooting is false",
"""The information spread by the Ministry of Defence of Azerbaijan that units of the Armenian armed forces fired at Azerbaijani positions does not correspond to reality.

No shots were fired from the Armenian side. The situation on the border remains relatively stable. We call on our partners not to take at face value statements intended to prepare the ground for new provocations.""",
[], "denial"),

("aa-maungdaw-captured", "2024-12-09 08:40", "Arakan Army: Maungdaw completely captured",
"""The Arakan Army announces that after months of fighting our forces have captured the Border Guard Police Battalion No. 5 headquarters, the last stronghold of the military council in Maungdaw township.

The commander of the base and many of his men were captured alive. The whole of the 271-kilometre border with Bangladesh is now under our control.""",
[(NSA, "MM", "Maungdaw", None, None, "Arakan Army", "Myanmar")], "territory taken; no day"),

("sac-quake-ceasefire", "2025-04-02 18:00", "State Administration Council announces temporary ceasefire",
"""In order to speed up rescue and rebuilding after the earthquake, the State Administration Council declares a temporary ceasefire from 2 April to 22 April.

Should any armed group take advantage of this period to attack, regroup or recruit, the Tatmadaw will take necessary measures. Foreign rescue teams are welcome and will be given every assistance.""",
[], "truce and warning"),

("isoc-rueso-ranger-bomb", "2024-04-09 07:45", "Internal Security Operations Command: ranger patrol hit by bomb in Narathiwat",
"""At 06:40 on {d0}, a roadside bomb exploded as a ranger foot patrol passed on a rural road in Tambon Rueso Ok, Rueso district, Narathiwat province.

Three rangers were wounded and sent to Rueso hospital. Officers have cordoned off the area and are gathering evidence to identify the perpetrators.""",
[(IED, "TH", "Rueso", None, "d0", None, "Thailand")], "injuries only"),

("mha-manipur-capf", "2024-11-18 16:00", "Home Ministry: 50 more CAPF companies for Manipur",
"""In view of the recent incidents of violence in Jiribam and the valley districts, the Ministry of Home Affairs has decided to deploy 50 additional companies of the Central Armed Police Forces in Manipur.

Security forces have been instructed to take strict action against anyone indulging in violent and disruptive activities. The situation is being reviewed daily.""",
[], "deployment because of attacks"),

("coalition-khamis-intercept", "2022-02-11 10:20", "Coalition: drone intercepted over Khamis Mushait",
"""The Joint Forces Command of the Coalition to Restore Legitimacy in Yemen said it intercepted and destroyed an explosive-laden drone launched by the Iran-backed Houthi militia towards Khamis Mushait on {d0} morning.

The coalition is taking operational measures to protect civilians from hostile attacks, in line with international humanitarian law. No damage or injuries were reported.""",
[(DIS, "SA", "Khamis Mushait", 0, "d0", "Saudi Arabia", "Houthis")], "interception"),

("saf-wad-madani", "2025-01-11 15:00", "Armed forces: our forces enter Wad Madani",
"""The General Command of the Armed Forces congratulates the Sudanese people on the entry of our forces, supported by the joint forces and mobilised resistance, into the city of Wad Madani on {d0}.

Our forces are now clearing the remaining pockets of the Rapid Support militia from the city's neighbourhoods. Citizens are asked to cooperate with the forces and report any remnants.""",
[(GOV, "SD", "Wad Madani", None, "d0", "Sudan", "Rapid Support Forces")], "recapture"),

("rsf-founding-charter", "2025-02-23 20:00", "RSF and allies sign charter for a parallel government",
"""The Rapid Support Forces and allied political and armed movements signed a founding charter in Nairobi for a "government of peace and unity" in the areas under their control.

The signatories said they sought to end the war and build a secular, democratic state. The army-aligned government in Port Sudan called the charter a plot to divide the country.""",
[], "political charter"),

("hezbollah-metula-rockets", "2024-07-04 14:15", "Islamic Resistance: Metula targeted with rockets",
"""In support of our steadfast Palestinian people and in response to the Zionist enemy's assassination in Tyre, the fighters of the Islamic Resistance targeted the settlement of Metula with Katyusha rockets at 11:30 on {d0}.

This operation comes as part of our support for the resistance in Gaza. We will continue to stand by Gaza until the aggression stops.""",
[(SHL, "IL", "Metula", None, "d0", "Hezbollah", "Israel")], "armed group's claim; the Tyre killing is background"),

("kogi-police-kabba-students", "2024-10-15 18:20", "Kogi Police Command confirms abduction of six students",
"""The Kogi State Police Command confirms that armed men abducted six students of a federal college along the Kabba-Egbe road in Kabba/Bunu Local Government Area at about 7 p.m. on {d-1}.

Tactical teams, with local hunters and vigilantes, are combing the forest to rescue the victims unhurt. The Command urges calm and asks anyone with information to call the emergency lines.""",
[(ABD, "NG", "Kabba", None, "d-1", "gunmen", "civilians")], "abduction by police statement"),

("iea-mod-graduation", "2024-08-15 09:00", "Ministry of Defence: 800 graduates join army corps",
"""Eight hundred soldiers graduated from the military academy in Kabul after completing training in infantry tactics, and will join the army corps in the east and north.

Speaking at the ceremony, the Chief of Staff said the Islamic Emirate's forces are ready to defend the country's borders against any aggression, and that training of new recruits will continue.""",
[], "graduation; readiness claim"),
]
