from common import *

FEED = ("dev/translated-b.rss.xml", "rss", "https://presse-traduite.example.net/monde", "Example Translated Press: Arab World, Africa and the Americas")
REGISTER = "translated"

ITEMS = [
("sy-khan-shaykhun-liberated", "2019-08-21 12:30", "Army units restore security and stability to Khan Shaykhun after eliminating terrorists",
"""Units of our valiant army, in cooperation with the friendly forces, restored security and stability on {d-1} to the town of Khan Shaykhun in the southern countryside of Idlib, after inflicting heavy losses in lives and equipment on the terrorists of Jabhat al-Nusra and the groups affiliated with it, the SANA correspondent reported.

The correspondent said that the army units are combing the neighbourhoods of the town and dismantling the explosive devices and mines which the terrorists planted in the streets and houses before their flight, and that they found tunnels and fortifications in which the terrorists were hiding.

A military source affirmed that the army will continue its operations until the liberation of every inch of Syrian land from terrorism and its supporters.""",
[(GOV, "SY", "Khan Shaykhun", None, "d-1", "Syria", "Hayat Tahrir al-Sham")], "government regains a town; 'Jabhat al-Nusra' is the state media's name for HTS; mines being cleared are part of the retaking"),

("sy-aleppo-operations-command", "2024-11-30 10:00", "Military Operations Command: our forces entered the city of Aleppo and control most of its neighbourhoods",
"""The Military Operations Command announced in a statement on {d0} that its forces, in the framework of the battle of "Deterrence of Aggression", entered the city of Aleppo from its western side on {d-1} evening and took control of most of its neighbourhoods, including the old city and the citadel, after the collapse of the lines of the regime forces.

The statement called on the residents to stay in their homes and said that the fighters will protect the public institutions and the property of all the components of the city. Residents reported that the regime forces and the Iranian militias withdrew from the security branches in the centre during the night, and that the airport was still the scene of clashes.

The regime's Ministry of Defence said in a brief statement that its forces carried out a "temporary redeployment" to prepare a counterattack.""",
[(NSA, "SY", "Aleppo", None, "d-1", "Hayat Tahrir al-Sham", "Syria")], "rebel capture of a city; the operations command is led by HTS; airport clashes are part of the same offensive"),

("sy-mayadin-workers-bus-ied", "2023-02-18 09:20", "Seven workers martyred in explosion of device targeting their bus in Dayr az Zawr countryside",
"""Seven citizens ascended as martyrs and five others were injured when an explosive device planted by the remnants of the terrorist organisation Daesh exploded in a bus transporting workers of the al-Ward oil field, on the road between al-Mayadin and the field, in the eastern countryside of Dayr az Zawr, a source in the governorate said on {d0}.

The source explained that the bus was targeted at dawn on {d-1} while the workers were going to their work. The injured were transported to the al-Asad hospital in Dayr az Zawr city, some of them in critical condition.

The terrorist remnants hiding in the Badia continue to target civilians and the military in the desert, the source added.""",
[(IED, "SY", "al-Mayadin", 7, "d-1", "Islamic State", "civilians")], "roadside bomb; 'ascended as martyrs' = killed; 'Daesh' = Islamic State; Dayr az Zawr spelling"),

("sy-israeli-aggression-kiswah", "2023-02-19 04:30", "Air defences confront an Israeli aggression on the vicinity of Damascus",
"""A military source said that at about 12:30 after midnight on {d0}, the Israeli enemy carried out an air aggression with bursts of missiles from the direction of the occupied Syrian Golan, targeting a number of points in the vicinity of Damascus, including the area of al-Kiswah.

The source added that our air defences confronted the missiles of the aggression and shot down most of them, and that the aggression led to the martyrdom of five people, among them a soldier, and the injury of 15 civilians, in addition to material damage to a number of houses in the Kafr Sousa neighbourhood.

The occupation army did not comment, according to its custom.""",
[(AIR, "SY", "al-Kiswah", 5, "d0", "Israel", "Syria"), (DIS, "SY", "al-Kiswah", None, "d0", "Syria", "Israel")], "air strike partly shot down: the hit and the interception are two events; source text names Kafr Sousa for damage but the target area al-Kiswah first"),

("iq-tayaran-double-suicide", "2021-01-21 11:15", "Two suicide bombers blew themselves up in Tayaran Square in central Baghdad",
"""The Security Media Cell announced that two suicide terrorists blew themselves up in the area of Bab al-Sharqi, in Tayaran Square, in the centre of the capital Baghdad, on the morning of {d0}, as they were pursued by the security forces. The first detonated his explosive belt after claiming to feel ill among the crowd of the popular market, and the second detonated himself when the people gathered around the injured.

The Ministry of Health announced in a later statement that the toll of the two explosions reached 32 martyrs and 110 injured, some of them in a critical state, after an earlier toll of 28.

The Prime Minister held an urgent meeting with security leaders and ordered changes in the command of the Federal Police and the intelligence. It is the first suicide attack in the capital in three years.""",
[(SUI, "IQ", "Baghdad", 32, "d0", "suicide terrorists", "civilians")], "two suicide bombers, one attack; toll 28 -> 32; no group named yet"),

("iq-baghdad-drone-nujaba", "2024-01-04 14:40", "American drone targets headquarters of the Popular Mobilisation in Baghdad, two martyrs",
"""A drone targeted at noon on {d0} a headquarters of the Support Logistics of the Popular Mobilisation Forces on Palestine Street in eastern Baghdad, leading to the martyrdom of two persons, among them a commander of the al-Nujaba Movement, a security source said.

The Joint Operations Command condemned what it called "an unjustified aggression on an Iraqi security body which works according to the powers given by the Commander-in-Chief". An American official said that the United States had carried out the strike in self-defence against a leader responsible for attacks on American forces in Iraq and Syria.

The Popular Mobilisation Forces published the picture of the martyred commander and promised that his blood would not be wasted.""",
[(AIR, "IQ", "Baghdad", 2, "d0", "United States", "Harakat al-Nujaba")], "drone strike by a foreign force; 'promise of revenge' is not an event"),

("lb-bint-jbeil-drone-car", "2024-03-16 15:00", "Two martyrs in a Zionist drone strike on a car in Bint Jbeil",
"""A drone of the Zionist enemy targeted with a guided missile a car on the road of the Bint Jbeil Government Hospital in the afternoon of {d0}, and two martyrs fell inside it, the correspondent of the National News Agency reported.

The Civil Defence teams transported the bodies to the hospital, and the fire of the car was extinguished. Hezbollah later mourned two of its fighters, martyred "on the road to al-Quds", from the towns of Aitaroun and Ainata.

In the morning, the enemy's artillery shelled the outskirts of Kfarkela and Houla with several shells, without casualties.""",
[(AIR, "LB", "Bint Jbeil", 2, "d0", "Israel", "Hezbollah"), (SHL, "LB", "Kfarkela", 0, "d0", "Israel", None)], "drone strike and a separate morning shelling; 'on the road to al-Quds' is Hezbollah's formula for its fighters"),

("lb-hezbollah-metula-claim", "2023-11-07 18:00", "Islamic Resistance: we targeted a gathering of the enemy's soldiers in Metula",
"""In support of our steadfast Palestinian people in the Gaza Strip and their brave and honourable resistance, the fighters of the Islamic Resistance targeted at 15:20 on {d0} a gathering of soldiers of the Israeli enemy in the vicinity of the settlement of Metula with rocket weapons, and achieved direct hits in it, said a statement of Hezbollah.

The occupation army said that a number of projectiles were launched from Lebanon toward the area of Metula, and that its artillery responded to the sources of fire. The Israeli army said two soldiers were lightly injured.""",
[(SHL, "IL", "Metula", None, "d0", "Hezbollah", "Israel")], "rocket fire into Israel; Israel's return fire has no place (not labelled)"),

("ye-red-sea-ship-missiles", "2024-02-19 20:30", "Armed Forces target British ship in the Gulf of Aden with naval missiles",
"""The spokesman of the Yemeni Armed Forces, Brigadier General Yahya Saree, announced in a statement on {d0} that the naval forces carried out a targeting operation against the British ship Rubymar in the Gulf of Aden with a number of suitable naval missiles, and the hit was accurate, thanks to God.

The statement said that the ship was now at risk of sinking, and that the crew had left it safely. The operation comes in victory for the oppressed Palestinian people and in response to the American-British aggression on our country, the spokesman said, warning that the Yemeni Armed Forces will not hesitate to take further measures.

The British maritime security agency confirmed that a ship was hit about 35 nautical miles south of al-Mukha and that the crew had been evacuated.""",
[(SHL, None, "Gulf of Aden", 0, "d0", "Houthis", "civilians")], "anti-ship missile at sea: no country; the crew left safely: 0; the Houthis name themselves 'Yemeni Armed Forces'; warning is not an event"),

("ye-aggression-raids-majz-sahar", "2018-06-12 09:00", "Aggression aircraft launch raids on Majz and Sahar, a citizen martyred",
"""The aircraft of the American-Saudi aggression launched on {d-1} five raids on the Majz district of Saada governorate, which led to the martyrdom of a citizen and the destruction of his house, and three raids on the area of Al Sayfi in the Sahar district, a security source said.

The source explained that the raids in Majz targeted the house of the citizen in the al-Masharqa area, while the raids on Sahar destroyed farms of citizens. The aggression's artillery also shelled the border areas of Shada, damaging several houses, the source added.

The source confirmed that the aggression continues to target the citizens, their houses and their properties, in a clear violation of international law.""",
[(AIR, "YE", "Majz", 1, "d-1", "Saudi-led coalition", "civilians"), (AIR, "YE", "Sahar", None, "d-1", "Saudi-led coalition", "civilians")], "raids on two districts = two events; the artillery line has no day (not labelled); 'American-Saudi aggression' = Saudi-led coalition"),

("ps-deir-al-balah-house-strike", "2024-01-09 07:45", "Seven martyrs in the occupation's bombing of a house in Deir al-Balah",
"""Seven citizens, among them three children, ascended as martyrs, and others were injured, in the bombing by the occupation aircraft of a house of the Abu Hashem family in the city of Deir al-Balah in the middle of the Gaza Strip, at dawn on {d0}, local sources reported to WAFA.

The sources said that the bodies of the martyrs and the injured were transported to the al-Aqsa Martyrs Hospital, and that citizens were still searching under the rubble for missing persons. The occupation's artillery also continued its shelling of the eastern areas of Khan Younis.

Since the start of the aggression, the number of martyrs has risen to 23,210, the Ministry of Health said.""",
[(AIR, "PS", "Deir al-Balah", 7, "d0", "Israel", "civilians")], "air strike on a house; ongoing shelling has no distinct time; aggregate toll not labelled"),

("ly-tripoli-444-rada-clashes", "2023-08-16 10:30", "Tripoli: death toll of clashes between the 444 Brigade and the Deterrence Apparatus rises to 55",
"""The Emergency Medicine Centre in Tripoli announced on {d0} that the toll of the armed clashes which broke out in the capital on the night of {d-2} between the 444 Combat Brigade and the Special Deterrence Force rose to 55 dead and 146 injured, after a previous toll of 27 dead.

The clashes, which were concentrated in the neighbourhoods of Ain Zara, al-Furnaj and Souq al-Juma and in the vicinity of Mitiga airport, erupted after the Deterrence Force detained the commander of the 444 Brigade at the airport. The clashes stopped on {d-1} after a social council of Souq al-Juma mediated for the handing over of the commander to a neutral party.

The Government of National Unity announced a committee to count the damage and compensate the residents.""",
[(CL, "LY", "Tripoli", 55, "d-2", "444 Brigade", "Special Deterrence Force")], "clash between two militias of Tripoli, Libya (not Lebanon); toll 27 -> 55; dated at the start"),

("sd-el-fasher-abu-shouk", "2024-12-02 11:00", "Rebel militia shells Abu Shouk camp; a drone strikes in El Fasher",
"""The Janjaweed terrorist militia targeted on {d-1} the Abu Shouk camp for displaced persons, north of El Fasher, with heavy artillery shelling, which led to the death of eight displaced persons, among them women and children, and the injury of 21, the coordination of the camps reported.

In another incident, a drone belonging to the rebel militia targeted on the evening of the same day the vicinity of the Saudi Hospital in El Fasher, causing the injury of a number of companions of the patients, the Ministry of Health of North Darfur said.

The Sixth Infantry Division announced that it repelled a new attack of the militia on the city from the east.""",
[(SHL, "SD", "Abu Shouk", 8, "d-1", "Rapid Support Forces", "civilians"), (AIR, "SD", "El Fasher", None, "d-1", "Rapid Support Forces", "civilians")], "two events; 'Janjaweed' and 'rebel militia' = RSF; repelled attack has no day"),

("sa-khamis-mushait-drone-intercepted", "2021-06-07 16:00", "Coalition: interception and destruction of a booby-trapped drone launched toward Khamis Mushait",
"""The joint forces of the Coalition to Support Legitimacy in Yemen announced on {d0} the interception and destruction of an unmanned aerial vehicle, booby-trapped, which was launched by the terrorist Houthi militia in a systematic and deliberate way to target civilians and civilian objects in Khamis Mushait.

The spokesman of the coalition, Brigadier General Turki al-Maliki, said that the attempts of the militia to target civilians are a war crime, and that the coalition is taking the operational measures to deal with the sources of threat and neutralise them.""",
[(DIS, "SA", "Khamis Mushait", None, "d0", "Saudi Arabia", "Houthis")], "drone intercepted by the Saudi-led coalition over Saudi Arabia = disrupted weapons use; short"),

("iq-arbaeen-security-plan", "2023-08-28 13:00", "Operations command completes its security plan for the Arbaeen visit",
"""The Karbala Operations Command announced on {d0} the completion of its security plan to protect the millions of visitors of the Arbaeen, which includes the deployment of 30,000 members of the army, the police and the Popular Mobilisation on the roads leading to the holy city, in addition to drones to monitor the roads and the mountainous and desert areas.

The commander of the operations said that the forces are in full readiness to deal with any emergency, and that there is no security threat to the visit so far. He called on the visitors to cooperate with the security forces at the checkpoints.""",
[], "security plan and readiness"),

("sy-astana-round", "2023-06-21 17:00", "Final statement of the 20th Astana meeting affirms the unity of Syria",
"""The guarantor countries of the Astana process, Russia, Iran and Turkey, affirmed in the final statement of the twentieth international meeting on Syria, concluded on {d0} in the Kazakh capital, their commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic, and their rejection of all attempts to create new facts on the ground under the pretext of combating terrorism.

The head of the Syrian delegation said that the withdrawal of the Turkish occupation forces from the Syrian territories is the basis of any normalisation. Kazakhstan announced that it proposes to end the Astana format, which achieved its goals, the foreign ministry said.""",
[], "diplomacy"),

("ye-saree-warning-ships", "2023-11-14 21:00", "Yemeni Armed Forces warn they will target Israeli ships in the Red Sea",
"""The spokesman of the Yemeni Armed Forces said in a televised statement on {d0} that the Armed Forces will not hesitate to target any Israeli ship or ship belonging to Israeli companies in the Red Sea and the Bab al-Mandab, and called on the countries to withdraw their citizens working on the crews of these ships.

"The operations of the Yemeni Armed Forces will continue until the Israeli aggression on our brothers in Gaza stops," he said, reminding of the missiles and drones that the forces launched toward the south of occupied Palestine in the past weeks.""",
[], "threat; earlier launches only in summary"),

("lb-hezbollah-commander-funeral", "2024-01-10 16:00", "Hezbollah bids farewell to a leader martyred on the road to al-Quds",
"""Hezbollah and the people of the town of Khirbet Selm in south Lebanon bade farewell on {d0} in a crowded funeral to the martyr leader Hajj Ali, who was martyred "on the road to al-Quds", in the presence of representatives of the parties and the scholars.

In the eulogy, a member of the Loyalty to the Resistance bloc said that the blood of the martyrs will remain the fuel of the resistance until the liberation of the land, and that the resistance will respond to every attack in the appropriate time and place. The coffin was carried on the shoulders to the martyrs' cemetery, amid the firing of shots into the air.""",
[], "funeral; death formula gives no incident; threat of response"),

("ps-truce-prisoner-exchange", "2023-11-25 23:00", "Release of 39 women and children prisoners in the second batch of the exchange",
"""The occupation authorities released on {d0} the second batch of Palestinian prisoners, 33 children and 6 women, from the Ofer prison and the Damon prison, within the deal of the humanitarian truce mediated by Qatar and Egypt, while the resistance handed over 13 Israeli hostages and four Thai nationals to the International Red Cross.

Crowds of citizens received the released prisoners in the town of Beitunia west of Ramallah, while the occupation forces fired tear gas to disperse them. The delay in the release, for several hours, was due to what the resistance called violations of the terms of the agreement in the north of the Gaza Strip.""",
[], "prisoner exchange during a truce; tear gas at a crowd is not an armed incident"),

("iq-mfa-condemns-turkish-violations", "2022-04-19 12:20", "Iraq's Foreign Ministry summons the Turkish ambassador over the military operations",
"""The Ministry of Foreign Affairs of Iraq summoned on {d0} the Turkish ambassador in Baghdad and handed him a strongly worded protest note demanding the cessation of the military operations and the withdrawal of the Turkish forces from the Iraqi territories, considering them a violation of the sovereignty of Iraq and of the principles of good neighbourliness.

The ministry said the continuing violations threaten the lives of the citizens of the border villages and affect the security of the region. The Turkish embassy said in a response that Turkey is using its right of self-defence against the terrorist organisation that threatens its borders.""",
[], "diplomatic protest over unspecified operations"),

("iq-hillah-depot-accident", "2023-07-24 09:30", "Fire in an ammunition depot in Babil caused by the high temperatures",
"""A fire broke out on {d-1} in a depot of ammunition belonging to a military unit near the city of al-Hillah in Babil governorate, causing a series of explosions heard from long distances, without human casualties, the Civil Defence directorate said.

The Security Media Cell said that the preliminary investigation indicated that the cause of the fire was the high temperatures, which exceeded 50 degrees Celsius, and the poor storage, ruling out any act of sabotage or external attack. The civil defence teams succeeded in isolating the fire and preventing it from reaching the neighbouring houses.""",
[], "accidental depot explosion, sabotage ruled out"),

("iq-oil-price-war-opec", "2020-03-10 11:00", "Iraq's oil ministry: the price war harms the producers and we call for dialogue",
"""The Iraqi Ministry of Oil expressed on {d0} its deep concern at the collapse of the oil prices, which lost more than 30 percent of their value in one day after the failure of the meeting of OPEC+, and called the producing countries to stop the price war and to return to the dialogue table.

The ministry said that the Iraqi budget, which depends on oil for more than 90 percent of its revenues, will face a large deficit, and that Iraq will continue its exports of 3.4 million barrels a day from the southern ports. Analysts described the Saudi decision to raise production as a direct attack on the market share of the competitors.""",
[], "economic news; figurative 'price war' and 'attack'"),

("ps-gaza-ministry-total", "2024-05-20 10:00", "Health Ministry: the number of martyrs of the aggression rises to 35,562",
"""The Ministry of Health in the Gaza Strip said on {d0} that the number of martyrs of the Israeli aggression on the Strip has risen to 35,562 since the seventh of October, and the number of the injured to 79,652, noting that a number of victims are still under the rubble and on the roads, where the ambulances cannot reach them.

The ministry said that the occupation committed four massacres against families in the past 24 hours, in which 106 martyrs fell, without specifying their places, and appealed to the international institutions to provide fuel for the hospitals.""",
[], "aggregate toll; 'four massacres' with no place or time"),

("ml-boulkessi-camp-attack", "2022-03-05 18:00", "Complex attack against the FAMa camp of Boulkessi: the army gives a provisional toll",
"""On {m-1}, towards 06:00, the camp of Boulkessi was the target of a complex attack of terrorist armed groups, who used vehicles bomb and heavy weapons. The FAMa reacted vigorously and, with the support of the air vectors, repelled the assailants, indicates a communiqué of the General Staff of the Armies published on {d0}.

The provisional toll is the following: on the friendly side, 27 dead, 33 wounded, of which 17 serious, 7 missing; on the enemy side, 70 terrorists neutralised (killed) and numerous motorcycles destroyed. Material damages were recorded in the camp.

Reinforcements were sent to the zone and a search operation is under way. The communiqué did not name the group responsible, but the attack was claimed on social networks by the Group for the Support of Islam and Muslims (JNIM).""",
[(IED, "ML", "Boulkessi", 97, "d-1", "JNIM", "Mali")], "complex attack with vehicle bombs, then heavy weapons: one act labelled by its most specific type (vehicle bomb, no suicide said); 27 + 70 = 97 (bracket says 'neutralised' means killed); missing not counted; vehicle bombs part of the assault"),

("bf-barsalogho-trenches", "2024-08-27 20:00", "Barsalogho: the population targeted by terrorists while digging trenches",
"""On {m-3}, populations of the commune of Barsalogho, in the province of Sanmatenga, who were busy digging a defensive trench around the town at the request of the authorities, were the target of an attack by armed individuals of the JNIM, according to concordant local sources.

The assailants, arriving on motorcycles, opened fire on the civilians and the volunteers for the defence of the fatherland (VDP) who were working in the trench. Several hundred people were killed, according to survivors and humanitarian sources; the government has not published an official toll.

The Minister of Security, in a message read on national television on {d-1}, denounced a "barbaric attack" and saluted the resilience of the population. A day of prayer for the victims was decreed.""",
[(CIV, "BF", "Barsalogho", None, "d-3", "JNIM", "civilians")], "mass killing of civilians digging trenches (a few VDP among them); 'several hundred' is not a number"),

("ne-koutougou-ambush", "2023-08-17 08:30", "Niger: 17 soldiers killed in a terrorist ambush near Koutougou",
"""A detachment of the Defence and Security Forces in movement between Boni and Torodi was the victim on {d-2}, towards the middle of the day, of a terrorist ambush in the vicinity of Koutougou, in the department of Torodi, region of Tillaberi, indicates a communiqué of the Ministry of Defence read on {d-1} evening on the national television.

The provisional toll is 17 soldiers killed and 20 wounded, of which six are in serious condition, evacuated to Niamey. On the side of the enemy, more than a hundred terrorists were neutralised during their retreat, the communiqué adds, without more details.

The National Council for the Safeguard of the Fatherland (CNSP) presented its condolences to the families.""",
[(CL, "NE", "Koutougou", 17, "d-2", None, "Niger")], "ambush = armed clash; 'more than a hundred neutralised' is vague and left out; group not named"),

("cd-m23-rubaya", "2024-05-01 14:00", "North Kivu: the M23 terrorists supported by Rwanda occupy Rubaya",
"""The rebels of the M23, supported by the Rwandan army, took control of the mining town of Rubaya, in the territory of Masisi, on {d-1}, after violent fighting with the Armed Forces of the Democratic Republic of Congo and the Wazalendo, local sources report.

The civil society of Masisi indicates that the rebels entered the town towards the end of the afternoon after the withdrawal of the loyalist forces and the armed groups in the direction of Nyabiondo. Rubaya is known for its coltan mines, among the largest in the region. The population fled massively toward Minova and Goma.

The Congolese government spokesman denounced "a new violation of the national territory by the Rwandan army and its M23 auxiliaries" and promised that the town will be recovered.""",
[(NSA, "CD", "Rubaya", None, "d-1", "M23", "DR Congo")], "non-state group takes a town; 'Rwanda-backed' does not make Rwanda the initiator; promise of recovery is a threat"),

("cd-adf-mamove-massacre", "2023-06-15 09:00", "Beni: at least 42 civilians killed by the ADF in Mamove",
"""At least 42 civilians were killed by the presumed ADF rebels in the night of {d-2} to {d-1} in the village of Mamove and its surroundings, in the sector of Beni-Mbau, territory of Beni, in North Kivu, according to a toll given by the administrator of the territory on {d0}. The first toll, given on {d-1}, was 23 dead.

According to the civil society, the assailants, arriving from the forest, killed the victims with machetes and firearms and burned about twenty houses before withdrawing. Several people are still missing. The army says it has launched a pursuit operation against the assailants.""",
[(CIV, "CD", "Mamove", 42, "d-1", "Allied Democratic Forces", "civilians")], "massacre; toll 23 -> 42; night from d-2 to d-1 dated at its end"),

("cd-codeco-lopa-abduction", "2022-09-03 11:30", "Djugu: CODECO militiamen kidnap ten people in Lopa",
"""Ten people, of which four women, were kidnapped on {d-1} by militiamen of the cooperative for the development of Congo (CODECO) in the village of Lopa, in the territory of Djugu, province of Ituri, said the president of the local civil society.

The victims, displaced persons from the camp of Rhoe, had gone to their fields to search for food when the assailants surrounded them. No ransom demand has been made, but the civil society fears for their life, recalling that several kidnapped people were found killed in the past in the same zone.

The military administrator of the territory said that the FARDC have been deployed to search for the hostages.""",
[(ABD, "CD", "Lopa", None, "d-1", "CODECO", "civilians")], "abduction of ten; '10' is the number of victims, not deaths; past killings background"),

("ml-tinzaouaten-drone-strikes", "2024-08-26 12:00", "FAMa carried out precise strikes on terrorists in Tinzaouatene, the CSP counts 21 civilian dead",
"""The Armed Forces of Mali carried out on {d-1} precise and targeted strikes against terrorist groups that were gathered in the zone of Tinzaouatene, in the region of Kidal, near the Algerian border, announced the General Staff of the Armies in a communiqué, without giving a toll.

The coalition of armed movements of the Strategic Framework Permanent (CSP) affirmed on its side that drones of the army had struck a pharmacy and a group of people near a water point in the town, killing 21 civilians, among them eleven children. "We condemn a new war crime of the junta and its Wagner mercenaries," said its spokesman.

The FAMa have been in conflict in the zone with the coalition since July, when dozens of soldiers and Russian paramilitaries were killed there.""",
[(AIR, "ML", "Tinzaouaten", 21, "d-1", "Mali", "civilians")], "drone strikes; the army's 'terrorists' vs the CSP's 'civilians': the stated toll is 21; July losses background"),

("bf-djibo-convoy-ied", "2023-09-07 10:00", "A supply convoy hits an explosive device on the axis Djibo-Namssiguia",
"""A convoy of supply escorted by the army and the VDP hit an improvised explosive device on {d-2} on the axis Djibo-Namssiguia, in the province of Soum, indicate security sources. The explosion killed three soldiers and wounded several others.

The convoy, made up of about a hundred trucks of food for the town of Djibo, under blockade for more than a year, then continued its route and arrived the next day, the sources added. The vehicle of the escort was destroyed.""",
[(IED, "BF", "Djibo", 3, "d-2", None, "Burkina Faso")], "IED on a convoy; place named as a road axis, Djibo the nearest town"),

("ml-ecowas-withdrawal", "2024-01-29 08:00", "Mali, Burkina Faso and Niger announce their withdrawal from ECOWAS",
"""In a joint communiqué read on the national televisions on {d-1}, the heads of State of Burkina Faso, Mali and Niger "take, in full sovereignty, the decision of the withdrawal without delay of Burkina Faso, Mali and Niger from the Economic Community of West African States".

The communiqué accuses the organisation of having moved away from the ideals of its founding fathers, of having failed to help the three countries in their fight against terrorism and insecurity, and of having imposed "illegal, illegitimate, inhumane and irresponsible sanctions". The ECOWAS Commission said it had not yet received a formal notification.""",
[], "political communiqué; fight against terrorism mentioned generally"),

("bf-general-mobilisation-decree", "2023-04-20 15:30", "Burkina Faso: the government decrees the general mobilisation",
"""The Council of Ministers adopted on {d-1} a decree on the "general mobilisation and the warning", giving the State "all the means necessary" for the reconquest of the territory. According to the decree, the President of the Transition can requisition persons, goods and services, and young people aged at least 18 years may be called to serve in the forces.

The government spokesman said that the decree completes the recruitment of 50,000 volunteers for the defence of the fatherland, launched last year, and that the objective is to recover the whole of the national territory. Opponents fear the restriction of freedoms.""",
[], "decree; planned reconquest is intent"),

("cd-luanda-process", "2022-11-24 18:00", "Luanda mini-summit demands cessation of hostilities and withdrawal of M23",
"""The heads of State gathered in Luanda on {d-1} for a mini-summit on peace and security in the east of the Democratic Republic of Congo demanded a general cessation of hostilities, in particular of the attacks of the M23 against the FARDC and MONUSCO, from {d1} at 18:00, followed by the withdrawal of the M23 from the occupied zones to their initial positions.

The final communiqué says that in case of refusal, the heads of State of the East African Community will instruct the regional force to use all means to compel the M23 to submit. Rwanda was represented by its foreign minister. The M23 said it was not concerned by the decisions, as it was not invited.""",
[], "summit and demands; threat of force"),

("ne-french-troops-withdrawal", "2023-09-25 09:30", "Niger: the CNSP welcomes the announced departure of the French troops",
"""The National Council for the Safeguard of the Fatherland (CNSP) welcomed in a communiqué read on {d-1} evening on the national television the announcement by the French president of the return of the ambassador of France and of the withdrawal of the French military contingent before the end of the year.

"This Sunday, we celebrate a new step toward the sovereignty of Niger," says the communiqué, which calls on the population to remain mobilised. The 1,500 French soldiers deployed in Niamey, Ouallam and Ayorou in the framework of the fight against terrorism will leave in an orderly manner, in coordination with the Nigerien forces, Paris said.""",
[], "political statement and troop withdrawal"),

("cd-military-court-verdict", "2023-10-03 12:30", "Goma: the military court condemns six soldiers for the killing of demonstrators",
"""The operational military court of North Kivu pronounced on {d-1} in Goma the death penalty against a colonel of the Republican Guard and condemned three other soldiers to ten years of prison for the killing of more than 50 members of a religious sect during the repression of a demonstration against MONUSCO in August. Two soldiers were acquitted.

The lawyers of the defence announced that they will appeal. The families of the victims, who attended the hearings, expressed their partial satisfaction. The death penalty is not executed in the country because of a moratorium, recalls the radio.""",
[], "court verdict; August killings are history"),

("co-puerto-jordan-eln", "2023-03-30 08:30", "Nine soldiers dead in attack of the ELN on military base in Puerto Jordan, Arauca",
"""Nine soldiers dead and nine wounded left an attack perpetrated in the early morning of {d-1} against a military base in the rural zone of Puerto Jordan, municipality of Arauquita, department of Arauca, reported the Army, which attributed the action to the guerrilla of the National Liberation Army (ELN).

According to the military report, the subversives launched explosive charges and then opened fire against the installation, where soldiers of the Eighteenth Brigade were protecting the oil infrastructure. The uniformed repelled the attack for about two hours, until reinforcements and a helicopter arrived. The Minister of Defence travelled to the zone.

President Gustavo Petro said the attack "is a blow to the peace" and that it moves the ELN away from society, while the delegation of the government at the talks in Mexico asked for explanations.""",
[(CL, "CO", "Puerto Jordan", 9, "d-1", "ELN", "Colombia")], "attack on a base with explosives and fire, repelled = armed clash; wounded not counted; talks background"),

("co-suarez-social-leader", "2022-04-11 15:00", "Social leader murdered in Suarez, Cauca: the 55th of the year",
"""Hired gunmen murdered in the afternoon of {d-1} the social leader Jose Ruben Mina, 52 years, president of the Community Action Board of the village La Toma, in the municipality of Suarez, north of Cauca, when he was returning from his farm on a motorcycle, denounced the Indepaz institute.

According to the community, two men on a motorcycle intercepted him and shot him several times. The leader had denounced threats by presumed members of the dissidences of the FARC, specifically the Jaime Martinez column, which disputes the territory with other armed groups. With him, 55 leaders and defenders of human rights have been murdered in Colombia in what goes of the year, according to Indepaz.""",
[(CIV, "CO", "Suarez", 1, "d-1", None, "civilians")], "targeted killing by unnamed hitmen (earlier threats by dissidents are not attribution); 52 is an age; yearly count is aggregate"),

("co-jamundi-grenade-police", "2024-05-21 12:00", "They threw a grenade against police station in Jamundi; two uniformed wounded",
"""A grenade was thrown in the night of {d-1} against the police station of the corregimiento of Potrerito, in the rural zone of Jamundi, south of Valle del Cauca, leaving two uniformed wounded and material damages in the facade, reported the Metropolitan Police of Cali.

The authorities indicated that the artifact was launched by two men on foot who fled toward the mountain. This is the third attack against the public force in Jamundi in a week; the previous ones were harassments with rifles attributed to the Jaime Martinez structure of the dissidences.""",
[(GRE, "CO", "Potrerito", None, "d-1", None, "Colombia")], "grenade attack, injuries only; earlier harassments background"),

("co-barrancas-kidnapping", "2023-11-03 09:00", "The father of the footballer Luis Diaz was kidnapped in Barrancas, La Guajira",
"""Armed men kidnapped in the afternoon of {m-6} Luis Manuel Diaz, father of the Colombian striker of Liverpool Luis Diaz, and his wife, in a petrol station in the municipality of Barrancas, in La Guajira, reported the National Police. The mother was rescued hours later by the uniformed in a search operation, while the father remains in the power of his captors.

The police director said that the kidnappers, who moved on motorcycles, fled with him toward the Serrania del Perija, on the border with Venezuela, and offered a reward of 200 million pesos. On {d-1}, the ELN guerrilla acknowledged in a communiqué that one of its structures holds him, and said it will release him "as soon as possible".""",
[(ABD, "CO", "Barrancas", None, "d-6", "ELN", "civilians")], "kidnapping told six days later with the ELN's acknowledgement; footballer/striker homonym; rescue of the mother is the same act"),

("mx-tepalcatepec-drone-explosives", "2023-03-08 10:00", "With drones, cartel attacks communities of Tepalcatepec; two community guards dead",
"""Two members of the community guards died and three more were wounded in the morning of {d-1} when drones loaded with explosives were launched against the locality of El Bejuco, in the municipality of Tepalcatepec, Michoacan, by cells of the Cartel Jalisco Nueva Generacion (CJNG), informed local authorities.

According to the residents, at least six artifacts were dropped on houses and on a checkpoint of the self-defence group. The Secretariat of National Defence sent soldiers to the zone, where the army reported that the situation "is under control". The families of the area have been displaced for weeks by the clashes between the criminal groups in the Tierra Caliente.""",
[(AIR, "MX", "El Bejuco", 2, "d-1", "CJNG", "community guards")], "cartel drone-dropped explosives = air/drone strike; displacement background"),

("mx-culiacan-clashes", "2023-01-06 13:00", "29 dead leaves operation to capture Ovidio Guzman in Culiacan",
"""The Secretary of National Defence, Luis Cresencio Sandoval, informed in a press conference on {d0} that 10 military elements and 19 presumed criminals lost their lives in the confrontations in Culiacan, Sinaloa, derived from the operation in which Ovidio Guzman Lopez was captured in the early morning of {d-1}.

The armed civilians blocked streets with burning vehicles and attacked the military with .50-calibre weapons, including shots against an aircraft of the Air Force at the airport. Another 35 military were wounded and 21 persons were detained. The state government suspended classes and asked the population to stay in their homes.""",
[(CL, "MX", "Culiacan", 29, "d-1", "Sinaloa Cartel", "Mexico")], "clashes after an arrest; 10 + 19 = 29; the arrest itself is not the event"),

("co-eln-talks-mexico", "2023-03-11 17:00", "Government and ELN close second cycle of talks in Mexico with agreement on participation",
"""The delegations of the National Government and of the National Liberation Army (ELN) closed on {d-1} in Mexico City the second cycle of the dialogue of peace, with the signing of an agreement called "Mexico Agreement", which establishes that the participation of society will be the basis of the transformations. The delegations announced that a bilateral ceasefire will be discussed in the next cycle, in Cuba.

The chief of the government's delegation said that the process "advances with firm step", while the ELN commander said the guerrilla will not renounce its actions while there is no agreement. The guarantor countries are Norway, Venezuela, Cuba and Mexico.""",
[], "peace talks; refusal to stop actions is a statement"),

("mx-mananera-security-figures", "2023-07-04 14:00", "Lopez Obrador: homicides fall; \"hugs, not bullets\" works",
"""President Andres Manuel Lopez Obrador assured in his morning press conference of {d0} that the intentional homicides have fallen by 17 percent since the beginning of his government and that his strategy of attending to the causes, summarised in the phrase "hugs, not bullets", is giving results. He presented a graph according to which June closed with 2,418 victims of murder.

The head of the security cabinet said the National Guard already has more than 130,000 elements deployed in 266 quarters. Organisations of the civil society questioned the figures and recalled that the disappearances have grown.""",
[], "government statement with aggregate figures"),

("co-buenaventura-cocaine", "2023-08-09 11:00", "Navy seizes 4.7 tons of cocaine in Buenaventura port",
"""The National Navy, in coordination with the Prosecutor's Office, seized 4.7 tons of cocaine hydrochloride hidden in a shipment of bananas destined for Belgium, in a container terminal of the port of Buenaventura, Valle del Cauca, reported the institution on {d0}.

The drug, valued at more than 160 million dollars, would belong to the Clan del Golfo, according to the investigators. Two employees of the terminal were captured. "It is a blow of great magnitude to the finances of the criminal structures," said the commander of the Pacific Naval Force.""",
[], "drug seizure without violence; 'blow' figurative"),

("co-eln-paro-armado-choco", "2022-02-21 19:00", "ELN announces armed strike of 72 hours in the whole country",
"""The National Liberation Army (ELN) announced in a communiqué disseminated on its platforms on {d0} an armed strike at the national level from 06:00 on {d2} until 06:00 of the following Sunday, during which it warns that the circulation of vehicles will not be allowed and that the population must remain in their houses.

The Ministry of Defence called the announcement "a criminal act of intimidation" and said that the Public Force will guarantee the mobility on the roads. The governor of Choco asked the guerrilla to respect the civilian population, which in his department already suffers confinement.""",
[], "guerrilla announcement of an 'armed strike' with warnings: a threat"),

("mx-independence-parade", "2023-09-16 16:30", "Military parade for 213th anniversary of the Independence in the Zocalo",
"""With the participation of 16,000 elements of the Army, the Navy, the Air Force and the National Guard, as well as contingents of 24 countries, this {d0} was carried out the civic-military parade for the 213th anniversary of the start of the Independence, which crossed from the Zocalo of Mexico City to the Campo Marte.

In the air passed 81 aircraft, among them helicopters and transport planes. President Lopez Obrador, from the balcony of the National Palace, greeted the contingents. The Secretary of National Defence said the armed forces are "loyal and ready to serve the people".""",
[], "parade, readiness"),

("mz-chitunda-beheadings", "2020-04-10 12:00", "Insurgents decapitate residents in Muidumbe; villages abandoned",
"""At least five people were decapitated by insurgents in the village of Chitunda, in the district of Muidumbe, province of Cabo Delgado, on the morning of {d-2}, according to local sources heard by our reporter. The victims, all men, were working in their machambas when they were surprised by a group of armed men who were on foot.

After the killings, the insurgents set fire to several houses and the population fled to the bush and to the district headquarters, Namacande. The Defence and Security Forces (FDS) have not yet commented. Since the beginning of the armed attacks in October 2017, more than 900 people have died in the province.""",
[(CIV, "MZ", "Chitunda", 5, "d-2", "militants", "civilians")], "beheadings of civilians; the text says only 'insurgents', no group name; aggregate since 2017"),

("mz-palma-occupied", "2021-03-28 10:00", "Insurgents occupy the town of Palma; Government confirms",
"""The Ministry of Defence confirmed on {d0} that the insurgents occupied the town of Palma, in the north of Cabo Delgado, after an attack launched on the afternoon of {d-4} simultaneously from three directions, and that the Defence and Security Forces are "working to restore order".

The spokesman of the Defence and Security Forces, Colonel Omar Saranga, said that dozens of people died, among them seven who were in a convoy that tried to leave the Amarula hotel, where workers of the gas project had taken refuge. Thousands of residents fled by boat to Pemba and by foot to the Afungi peninsula.

The Islamic State claimed on its channels the control of the town.""",
[(NSA, "MZ", "Palma", None, "d-4", "Islamic State", "Mozambique")], "town overrun, the Islamic State claimed it; 'dozens' -> no toll (the 7 are part of 'dozens'); dated at the start of the attack"),

("mz-mocimboa-retaken", "2021-08-09 09:00", "Mozambican and Rwandan forces retake Mocimboa da Praia",
"""The Mozambican and Rwandan forces took control of the town of Mocimboa da Praia, which had been under the control of the terrorists since August of last year, announced on {d-1} the Rwandan army spokesman, in a statement confirmed by the Mozambican Ministry of Defence.

According to the spokesman, the joint forces entered the town after fighting in Awasse and Diaca, and took the port and the airport, which were the last strategic points of the terrorists. The Mozambican Minister of Defence said the town will be cleaned of explosive devices before the return of the population.""",
[(GOV, "MZ", "Mocimboa da Praia", None, "d-1", "Mozambique", "militants")], "government (with Rwandan troops) regains a town from unnamed 'terrorists'; earlier fighting places are part of the advance"),

("mz-macomia-women-kidnapped", "2022-02-15 13:30", "Armed men kidnap women and girls in Macomia",
"""Unidentified armed men, identified by the population as insurgents, kidnapped on {d-2} at least eight women and girls in the village of Nguida, in the district of Macomia, province of Cabo Delgado, local sources told our reporter.

The victims had gone to the river to fetch water when they were surrounded by the men. The youngest has 12 years. The population of Nguida, which had returned to the village weeks ago, fled again to the district headquarters. The district administrator said the FDS were informed and that patrols were reinforced.""",
[(ABD, "MZ", "Nguida", None, "d-2", "militants", "civilians")], "abduction of women by unnamed 'insurgents'; 'at least eight' are victims not deaths; 12 is an age"),

("mz-samim-withdrawal", "2024-07-05 10:30", "SADC mission ends its mandate in Cabo Delgado",
"""The Southern African Development Community Mission in Mozambique (SAMIM) concluded on {d-1} its mandate in Cabo Delgado, in a ceremony in Pemba attended by the President of the Republic, Filipe Nyusi, and by representatives of the contributing countries, after three years of deployment.

The President thanked the countries of the region for their contribution to the fight against terrorism and said that the Defence and Security Forces, with the support of Rwanda, have conditions to guarantee the security of the province. Analysts warned of a possible increase of attacks after the withdrawal.""",
[], "mission withdrawal; feared attacks"),

("mz-renamo-ddr-closure", "2023-06-16 17:00", "Last base of RENAMO closed in Vunduzi, DDR concluded",
"""The last base of the military wing of RENAMO, in Vunduzi, district of Gorongosa, province of Sofala, was closed on {d-1}, in a ceremony in which the last 347 guerrillas delivered their weapons, concluding the process of Disarmament, Demobilisation and Reintegration (DDR) foreseen in the peace agreement of 2019.

The President of the Republic and the leader of RENAMO, Ossufo Momade, said that the country turns a page of armed conflict. Since the beginning of the process, more than 5,000 former combatants were demobilised. Many of them complain that they have not yet received their pensions.""",
[], "disarmament ceremony"),

("mz-municipal-elections", "2023-10-27 12:00", "CNE announces Frelimo victory in 64 municipalities; opposition protests",
"""The National Elections Commission (CNE) announced on {d-1} that Frelimo won in 64 of the 65 municipalities of the country in the elections of 11 October, results that the opposition, led by RENAMO, contests, accusing the ruling party of "electoral fraud".

In Maputo and in Nampula, RENAMO supporters gathered in the streets and the police used tear gas and rubber bullets to disperse them. The Constitutional Council has to validate the results.""",
[], "elections and protests dispersed by police"),
]
