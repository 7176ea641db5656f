from common import *

FEED = ("blind/notes-d4.feed.json", "json", "https://coderdesk.example.net/records", "Coder Desk: event record notes")
REGISTER = "notes"

ITEMS = [
# ---- positives ----
("d4n-ng-kucheri-bandit-raid", "2025-03-21 08:10", "",
"""On 14 March 2025, Unidentified Armed Group (Nigeria), described locally as bandits, entered Kucheri (Tsafe, Zamfara) on motorcycles at dusk and shot residents in the market square and in their compounds. Community sources gave 11 dead, including a 70-year-old ward head. Livestock was driven away. 11 fatalities.""",
[(CIV, "NG", "Kucheri", 11, "2025-03-14", "Unidentified Armed Group (Nigeria)", "civilians")],
"one-sided killing by bandits; the ward head's age is no toll; LGA and state only"),

("d4n-ng-sabon-gari-iswap-ambush-naf", "2024-10-09 11:25", "Nigeria: Borno",
"""On 2 October 2024, ISWAP fighters ambushed a Military Forces of Nigeria (2023-) patrol at Sabon Gari (Damboa, Borno) on the Damboa-Biu road; 4 soldiers killed and 2 gun trucks burned. On 3 October 2024, Air Component of Operation Hadin Kai (Military Forces of Nigeria) carried out air strikes on the retreating fighters near Wajiroko (Damboa, Borno); the military claimed 'scores' of insurgents killed, not verified. Fatalities: 4 (ambush); unknown (air strike).""",
[(CL, "NG", "Sabon Gari", 4, "2024-10-02", "Islamic State West Africa Province", "Nigeria"),
 (AIR, "NG", "Wajiroko", None, "2024-10-03", "Nigeria", "Islamic State West Africa Province")],
"ambush then an air strike next day: two events; 'scores' is no toll; Sabon Gari is a name shared by many towns"),

("d4n-ng-kontagora-priest-taken", "2024-05-06 09:00", "",
"""Kontagora (Kontagora, Niger): On 29 April 2024, Unidentified Armed Group (Nigeria) broke into the parish house of a Catholic church and abducted the parish priest and a seminarian. Police Forces of Nigeria (2023-) said a search was under way. No fatalities reported.""",
[(ABD, "NG", "Kontagora", 0, "2024-04-29", "Unidentified Armed Group (Nigeria)", "civilians")],
"abduction; Niger is the Nigerian state, not the country; stated zero"),

("d4n-ml-boulkessi-camp-jnim", "2025-06-09 07:40", "Mali: Mopti",
"""On 1 June 2025, JNIM launched a coordinated assault on the Military Forces of Mali (2021-) camp at Boulkessi (Douentza, Mopti), near the Burkina Faso border, with fighters on motorcycles and pickups mounted with heavy machine guns. Fighting lasted several hours; JNIM withdrew with seized vehicles and weapons. Security sources reported at least 30 soldiers killed; JNIM claimed more than 100. Fatalities: 30.""",
[(CL, "ML", "Boulkessi", 30, "2025-06-01", "JNIM", "Mali")],
"base assault that withdrew: clash; the coded toll is the closing one, not the claim"),

("d4n-ml-intahaka-drone-miners", "2024-12-02 10:30", "",
"""On 25 November 2024, a drone of the Military Forces of Mali (2021-) struck a group of vehicles and artisanal miners at the gold site of Intahaka (Gao region). Local sources said those killed were civilian miners; FAMa said it had hit 'terrorists'. 5 fatalities.""",
[(AIR, "ML", "Intahaka", 5, "2024-11-25", "Mali", "civilians")],
"state drone strike on civilians stays air_drone_strike; two versions of the target"),

("d4n-bf-diapaga-imam-councillors", "2023-11-20 13:15", "Burkina Faso: Est",
"""Around 12 November 2023, JNIM militants abducted the imam and two municipal councillors of Diapaga (Diapaga, Tapoa) from their homes at night and took them towards the Arly forest. Relatives said no ransom demand had been made. No fatalities reported.""",
[(ABD, "BF", "Diapaga", 0, "2023-11-12", "JNIM", "civilians")],
"abduction of three named people; 'around' a single day keeps the day"),

("d4n-ne-anzourou-air-strike", "2024-02-14 06:50", "",
"""On 8 February 2024, Military Forces of Niger (2023-) aircraft bombed a gathering of Islamic State Sahel fighters near Anzourou (Tillaberi, Tillaberi) in the west of the country. The army said 'dozens' of fighters were killed and motorcycles destroyed. Toll not independently confirmed; coded without a figure.""",
[(AIR, "NE", "Anzourou", None, "2024-02-08", "Niger", "Islamic State Sahel")],
"air strike; 'dozens' is no toll; Tillaberi is both a department and a region"),

("d4n-cm-bambui-ied-armoured-car", "2024-08-27 15:05", "",
"""On 22 August 2024, Ambazonian separatists detonated an IED under a Military Forces of Cameroon (1982-) armoured vehicle near the Bambui junction (Tubah, Mezam, North-West). Two soldiers killed, three wounded. The separatists then fired on the convoy briefly before withdrawing. Fatalities: 2.""",
[(IED, "CM", "Bambui", 2, "2024-08-22", "Ambazonian separatists", "Cameroon")],
"roadside bomb followed by brief fire on the spot: one IED event"),

("d4n-cm-mozogo-villagers-seized", "2025-01-13 08:20", "Cameroon: Far North",
"""On 6 January 2025, Boko Haram (JAS) militants raided a hamlet near Mozogo (Mayo-Tsanaga, Far North) and abducted 8 villagers, mostly young men, along with goats and grain. A vigilance committee member escaped and raised the alarm. No fatalities reported.""",
[(ABD, "CM", "Mozogo", 0, "2025-01-06", "Boko Haram", "civilians")],
"abduction of eight; the number of captives is no toll"),

("d4n-cd-kavumu-airport-m23", "2025-02-18 09:45", "",
"""On 14 February 2025, M23 (AFC) rebels, with Military Forces of Rwanda (1994-) in support according to UN experts, took control of Kavumu airport (Kabare, South Kivu) after FARDC and Wazalendo defenders withdrew under fire. The rebels advanced towards Bukavu the same evening. Fatalities unknown.""",
[(NSA, "CD", "Kavumu", None, "2025-02-14", "M23", "Democratic Republic of Congo")],
"territory taken after fighting; defenders left under fire = taken"),

("d4n-cd-kalembe-wazalendo-regain", "2025-04-29 12:00", "",
"""Military Forces of the Democratic Republic of Congo (2019-) with Wazalendo militia regained control of Kalembe (Masisi, North Kivu) on 24 April 2025 after two days of fighting with M23 (AFC), which had held the locality since January. Local sources counted 7 bodies of combatants. 7 fatalities.""",
[(GOV, "CD", "Kalembe", 7, "2025-04-24", "Democratic Republic of Congo", "M23")],
"government retakes a locality; the January capture is background"),

("d4n-cd-manguredjipa-adf-killings", "2025-05-30 07:10", "",
"""Between 19 and 21 May 2025, ADF fighters killed civilians with machetes and guns in fields around Manguredjipa (Lubero, North Kivu). Civil society reported 16 bodies recovered; several people are missing. 16 fatalities.""",
[(CIV, "CD", "Manguredjipa", 16, None, "Allied Democratic Forces", "civilians")],
"a range of days: no single date; missing people are no toll"),

("d4n-cf-ndassima-wagner-miners", "2024-03-18 16:30", "Central African Republic: Ouaka",
"""In early March 2024, Wagner Group contractors operating with Military Forces of the Central African Republic (2016-) opened fire on artisanal miners at the Ndassima gold site (Bambari, Ouaka), reportedly to clear the site. Witnesses reported 9 miners killed, none of them armed. 9 fatalities.""",
[(CIV, "CF", "Ndassima", 9, None, "Wagner Group", "civilians")],
"foreign contractors kill unarmed miners: attack on civilians in CAR; no day given"),

("d4n-so-halane-mortars", "2024-09-03 10:55", "Somalia: Banadir",
"""On 31 August 2024, Al Shabaab fired mortar rounds from the Daynile area towards the Halane base camp near Aden Adde airport (Mogadishu, Banadir). Several rounds fell short in a residential street of Wadajir; 3 civilians wounded. Fatalities unknown.""",
[(SHL, "SO", "Halane", None, "2024-08-31", "Al-Shabaab", None)],
"mortar fire, injuries only: fatalities null"),

("d4n-so-kaahiye-academy-bomber", "2025-03-25 08:05", "",
"""On 18 March 2025, an Al Shabaab suicide bomber blew himself up among recruits lining up at the gate of the General Kaahiye police academy (Hodan, Mogadishu). Police Forces of Somalia said 14 recruits died; hospital staff later put the figure at 17. Fatalities: 17.""",
[(SUI, "SO", "Mogadishu", 17, "2025-03-18", "Al-Shabaab", "Somalia")],
"suicide bombing; the later figure counts"),

("d4n-sd-um-rawaba-saf-regain", "2025-02-24 11:20", "Sudan: North Kordofan",
"""On 16 February 2025, Military Forces of Sudan (2019-) and allied Joint Forces regained control of Um Rawaba (Um Rawaba, North Kordofan) from the Rapid Support Forces after clashes on the eastern outskirts. No casualty figure available.""",
[(GOV, "SD", "Um Rawaba", None, "2025-02-16", "Sudan", "Rapid Support Forces")],
"government regains a town; no figure"),

("d4n-sd-um-dabakir-drones-obeid-shelling", "2025-01-20 09:35", "",
"""On 13 January 2025, Rapid Support Forces drones struck the Um Dabakir thermal power station near Kosti (Kosti, White Nile), starting a fire and cutting power in several states; no fatalities reported. Separately, on 14 January 2025, RSF artillery shelled residential blocks of El Obeid (Sheikan, North Kordofan), killing 4 civilians. Fatalities: 0 and 4.""",
[(AIR, "SD", "Um Dabakir", 0, "2025-01-13", "Rapid Support Forces", None),
 (SHL, "SD", "El Obeid", 4, "2025-01-14", "Rapid Support Forces", "civilians")],
"drone strike on infrastructure and shelling of a city on the next day: two events"),

("d4n-ss-ulang-white-army-sspdf", "2025-04-04 14:20", "",
"""On 28 March 2025, armed youth of the White Army clashed with Military Forces of South Sudan (2011-) (SSPDF) at a barge landing near Ulang (Ulang, Upper Nile). The fighting lasted until dusk. Local officials gave at least 14 killed on both sides. 14 fatalities.""",
[(CL, "SS", "Ulang", 14, "2025-03-28", "White Army", "South Sudan")],
"two-sided fighting; 'at least 14' = 14"),

("d4n-et-merawi-fano-endf", "2024-01-17 08:50", "Ethiopia: Amhara",
"""On 10 January 2024, Fano militias attacked Military Forces of Ethiopia (2018-) positions in Merawi town (Mecha, West Gojjam, Amhara). ENDF reinforcements arrived in the afternoon and Fano withdrew. 9 fatalities, among them 2 civilians caught in crossfire. In the same area, ENDF had been accused of killing residents in a house-to-house search the previous week (not coded here).""",
[(CL, "ET", "Merawi", 9, "2024-01-10", "Fano", "Ethiopia")],
"a clash; the earlier accusation is background"),

("d4n-ke-hulugho-police-ied", "2023-07-19 12:40", "",
"""On 13 July 2023, an IED planted by Al Shabaab struck a Police Forces of Kenya (2022-) Land Cruiser on patrol near Hulugho (Hulugho, Garissa), close to the Somali border. 2 police officers killed and 3 injured. Fatalities: 2.""",
[(IED, "KE", "Hulugho", 2, "2023-07-13", "Al-Shabaab", "Kenya")],
"roadside bomb against police"),

("d4n-mz-ancuabe-beheadings", "2024-06-12 09:25", "Mozambique: Cabo Delgado",
"""On 5 June 2024, Islamic State Mozambique fighters beheaded 3 Christian farmers on a road outside Ancuabe town (Ancuabe, Cabo Delgado), then set fire to huts. Residents fled towards Metuge. 3 fatalities.""",
[(CIV, "MZ", "Ancuabe", 3, "2024-06-05", "Islamic State Mozambique", "civilians")],
"one-sided killing of farmers"),

("d4n-iq-sidakan-turkish-drone", "2024-06-25 07:15", "",
"""On 19 June 2024, a Military Forces of Turkey (2016-) drone struck a vehicle on a road near Sidakan (Soran, Erbil), killing 2 men whom Turkish sources described as PKK members. Kurdish local officials confirmed the two deaths. 2 fatalities.""",
[(AIR, "IQ", "Sidakan", 2, "2024-06-19", "Turkey", "Kurdistan Workers' Party")],
"foreign forces strike in Iraq: the country is where it happened"),

("d4n-ye-maqbanah-landmine-children", "2024-04-15 13:00", "Yemen: Taiz",
"""On 9 April 2024, a landmine laid by Ansar Allah (Houthis) exploded as children herded sheep near a village of Maqbanah (Maqbanah, Taiz). Two boys, aged 9 and 12, were killed. Fatalities: 2.""",
[(IED, "YE", "Maqbanah", 2, "2024-04-09", "Houthis", "civilians")],
"landmine = remote explosive; ages are no toll"),

("d4n-lb-bint-jbeil-drone-car", "2025-06-10 17:45", "",
"""Bint Jbeil (Bint Jbeil, Nabatieh): on 5 June 2025 a Military Forces of Israel (2022-) drone fired a missile at a car on the town's main road despite the November 2024 ceasefire, killing the driver, whom the IDF named as a Hezbollah operative. 1 fatality.""",
[(AIR, "LB", "Bint Jbeil", 1, "2025-06-05", "Israel", "Hezbollah")],
"drone strike during a truce; the ceasefire is background"),

("d4n-ps-tammun-drone-pij", "2025-01-15 10:05", "Palestine: West Bank",
"""On 8 January 2025, Military Forces of Israel (2022-) carried out a drone strike on a group of men in Tammun (Tubas, West Bank). Palestinian Islamic Jihad (Tubas Battalion) said 3 of its members were among the dead; the health ministry also counted a 10-year-old boy. Fatalities: 4.""",
[(AIR, "PS", "Tammun", 4, "2025-01-08", "Israel", "Palestinian Islamic Jihad")],
"drone strike; three members plus a boy = 4"),

("d4n-il-beit-shemesh-missile-intercept", "2025-05-22 06:30", "",
"""On 20 May 2025, Military Forces of Israel (2022-) intercepted a ballistic missile fired by Ansar Allah (Houthis) from Yemen towards central Israel; fragments fell in an open area near Beit Shemesh (Jerusalem district). Sirens sounded in Jerusalem. No fatalities reported.""",
[(DIS, "IL", "Beit Shemesh", 0, "2025-05-20", "Israel", "Houthis")],
"interception: the interceptor is initiator; the launch from Yemen does not move the event"),

("d4n-pk-datta-khel-checkpost", "2024-12-30 08:40", "Pakistan: Khyber Pakhtunkhwa",
"""On 23 December 2024, TTP militants attacked a Military Forces of Pakistan (2024-) checkpost near Datta Khel (North Waziristan, Khyber Pakhtunkhwa); troops returned fire and the exchange went on for about three hours. ISPR stated 4 soldiers and 7 militants were killed. 11 fatalities.""",
[(CL, "PK", "Datta Khel", 11, "2024-12-23", "Tehreek-e-Taliban Pakistan", "Pakistan")],
"clash; both sides' dead add up"),

("d4n-pk-turbat-shop-grenade", "2024-09-16 15:30", "",
"""On 12 September 2024, Unidentified Armed Group (Pakistan) on a motorcycle threw a hand grenade into a mobile phone shop in Turbat bazaar (Kech, Balochistan). Three people, including the 55-year-old shopkeeper, were injured. No fatalities reported.""",
[(GRE, "PK", "Turbat", 0, "2024-09-12", "Unidentified Armed Group (Pakistan)", "civilians")],
"grenade; injuries with a stated zero = 0; an age"),

("d4n-in-jagargunda-pressure-ied", "2024-11-07 11:10", "India: Chhattisgarh",
"""On 4 November 2024, a road-opening party of the CRPF (Police Forces of India) found and defused a 10 kg pressure IED planted by the CPI (Maoist) on the Jagargunda road (Sukma, Chhattisgarh). The device was destroyed in place. No fatalities.""",
[(DIS, "IN", "Jagargunda", 0, "2024-11-04", "India", "Communist Party of India (Maoist)")],
"device defused: disrupted weapons use; the defusers are initiator"),

("d4n-bd-ukhia-camp-arsa-rso", "2024-05-28 10:20", "",
"""On 23 May 2024, ARSA gunmen attacked members of the Rohingya Solidarity Organisation (RSO) in Camp 15 (Ukhia, Cox's Bazar); RSO returned fire. Two Rohingya men killed and 4 wounded in the exchange. Armed Police Battalion later deployed. 2 fatalities.""",
[(CL, "BD", "Camp 15", 2, "2024-05-23", "Arakan Rohingya Salvation Army", "Rohingya Solidarity Organisation")],
"two armed groups exchange fire in a refugee camp"),

("d4n-mm-falam-chin-brotherhood", "2025-04-14 12:35", "Myanmar: Chin",
"""On 7 April 2025, the Chin Brotherhood alliance announced that its forces had taken full control of Falam (Falam, Chin) after overrunning the last Military Forces of Myanmar (2021-) battalion base in the town, following a siege that began in November 2024. Junta airstrikes on the town continued the next day (not coded). Fatalities unknown.""",
[(NSA, "MM", "Falam", None, "2025-04-07", "Chin Brotherhood", "Myanmar")],
"non-state group takes a town; a siege since November is background"),

("d4n-th-yarang-rubber-tapper", "2024-02-26 07:55", "",
"""On 20 February 2024, Unidentified Armed Group (Thailand), suspected Patani insurgents, shot dead a Buddhist rubber tapper on a plantation track in Yarang (Yarang, Pattani). The 41-year-old man was alone. 1 fatality.""",
[(CIV, "TH", "Yarang", 1, "2024-02-20", "Unidentified Armed Group (Thailand)", "civilians")],
"one-sided killing of an unarmed man; age is no toll"),

("d4n-ph-cotabato-grenade-house", "2023-10-02 09:15", "Philippines: BARMM",
"""On 27 September 2023, an unidentified man threw a grenade at the house of a barangay councilor in Rosary Heights 10 (Cotabato City, Maguindanao del Norte). The councilor's wife and nephew were slightly wounded. Police suspect a clan feud. No fatalities reported.""",
[(GRE, "PH", "Rosary Heights 10", 0, "2023-09-27", "Unidentified Armed Group (Philippines)", "civilians")],
"grenade thrown at a house; stated zero"),

("d4n-id-sugapa-tpnpb-tni", "2024-07-03 13:50", "Indonesia: Central Papua",
"""On 28 June 2024, TPNPB-OPM fighters fired on a Military Forces of Indonesia (2014-) post in Sugapa (Intan Jaya, Central Papua); soldiers returned fire. One soldier and one fighter killed, per the army and the group's spokesman respectively. 2 fatalities.""",
[(CL, "ID", "Sugapa", 2, "2024-06-28", "West Papua National Liberation Army", "Indonesia")],
"clash; each side reports its enemy's dead"),

("d4n-mx-eldorado-faction-gunfight", "2024-11-25 08:30", "",
"""On 19 November 2024, gunmen of Los Chapitos attacked a house held by La Mayiza, a rival faction of the Sinaloa Cartel, in Eldorado (Culiacan, Sinaloa); the two sides exchanged fire for over an hour. Military Forces of Mexico arrived afterwards and found 5 bodies and two burned pickups. 5 fatalities.""",
[(CL, "MX", "Eldorado", 5, "2024-11-19", "Los Chapitos", "La Mayiza")],
"two cartel factions fight: clash"),

("d4n-ec-babahoyo-upc-grenade", "2024-08-12 11:45", "Ecuador: Los Rios",
"""On 9 August 2024, Unidentified Armed Group (Ecuador) threw an explosive grenade over the wall of a community police unit (UPC) in Babahoyo (Babahoyo, Los Rios). It exploded in the yard, damaging two patrol cars. Police Forces of Ecuador reported no injuries. Fatalities: 0.""",
[(GRE, "EC", "Babahoyo", 0, "2024-08-09", "Unidentified Armed Group (Ecuador)", "Ecuador")],
"grenade at a police post; 'Fatalities: 0'"),

("d4n-ua-kyiv-oblast-shaheds-bila-tserkva", "2024-12-06 07:05", "Ukraine: Kyiv oblast",
"""Overnight on 1 December 2024, Military Forces of Ukraine air defence shot down 27 Shahed-type drones launched by Military Forces of Russia (2000-) over Kyiv oblast; no casualties from falling debris. Other drones of the same wave struck an industrial site in Bila Tserkva (Bilotserkivskyi, Kyiv), killing a 60-year-old night watchman. Fatalities: 0 (interceptions), 1 (Bila Tserkva).""",
[(DIS, "UA", "Kyiv oblast", 0, "2024-12-01", "Ukraine", "Russia"),
 (AIR, "UA", "Bila Tserkva", 1, "2024-12-01", "Russia", None)],
"a wave partly shot down, partly hitting: two events; each gets its own count"),

("d4n-ua-andriivka-russian-capture", "2025-09-15 09:00", "",
"""On 9 September 2025, Military Forces of Russia (2000-) took control of Andriivka (Kramatorskyi, Donetsk) after weeks of assaults, according to the Russian MoD; Ukrainian sources acknowledged the withdrawal of their units from the village under fire. Fatalities unknown.""",
[(NSA, "UA", "Andriivka", None, "2025-09-09", "Russia", "Ukraine")],
"a foreign army's capture in another country = non_state_actor_overtakes_territory; Andriivka is a name shared by many villages"),

("d4n-ua-chasiv-yar-cs-drone", "2024-04-15 08:25", "",
"""On 11 April 2024, Military Forces of Russia (2000-) used drones to drop K-51 grenades filled with CS gas on Military Forces of Ukraine trenches near Chasiv Yar (Bakhmutskyi, Donetsk), according to a Ukrainian brigade. Several soldiers were treated for breathing problems. No fatalities reported.""",
[(CHEM, "UA", "Chasiv Yar", 0, "2024-04-11", "Russia", "Ukraine")],
"chemical weapon (riot agent dropped from drones); stated zero"),

("d4n-ua-mala-tokmachka-chem-and-shelling", "2024-05-20 10:40", "Ukraine: Zaporizhzhia",
"""On 14 May 2024, Military Forces of Russia (2000-) dropped munitions containing an unidentified toxic substance on Military Forces of Ukraine positions near Mala Tokmachka (Polohivskyi, Zaporizhzhia); 1 soldier died of poisoning. The same day Russian artillery shelled Orikhiv (Polohivskyi, Zaporizhzhia), killing 2 civilians. Fatalities: 1 and 2.""",
[(CHEM, "UA", "Mala Tokmachka", 1, "2024-05-14", "Russia", "Ukraine"),
 (SHL, "UA", "Orikhiv", 2, "2024-05-14", "Russia", "civilians")],
"a chemical drop and a shelling of another town: two events"),

("d4n-ua-kucheriv-yar-regained", "2025-08-29 14:00", "",
"""On 25 August 2025, Military Forces of Ukraine (Azov corps) regained control of Kucheriv Yar (Pokrovskyi, Donetsk), pushing out Russian infiltration groups that had entered the village earlier in the month. Ukrainian command reported Russian losses without figures. Fatalities unknown.""",
[(GOV, "UA", "Kucheriv Yar", None, "2025-08-25", "Ukraine", "Russia")],
"government regains a village in its own country"),

("d4n-bj-tanguieta-ied-defused", "2025-02-05 12:15", "Benin: Atacora",
"""On 31 January 2025, Military Forces of Benin (2016-) of Operation Mirador detected and neutralised an IED that JNIM militants had buried on the track between Tanguieta and Batia (Tanguieta, Atacora). The device was destroyed by controlled detonation. Fatalities: 0.""",
[(DIS, "BJ", "Tanguieta", 0, "2025-01-31", "Benin", "JNIM")],
"a device found and made safe = disrupted weapons use, though it ends in a controlled detonation"),

# ---- negatives ----
("d4n-ng-kano-protest-teargas", "2024-08-05 16:00", "Nigeria: Kano",
"""On 1 August 2024, protesters of the #EndBadGovernance movement marched on the Government House in Kano (Kano Municipal, Kano). Police Forces of Nigeria (2023-) fired tear gas; some shops were looted. No fatalities reported.""",
[], "protest with tear gas and looting: no incident"),

("d4n-mz-maputo-post-election-riot", "2024-11-11 09:30", "",
"""On 7 November 2024, rioters burned tyres and barricaded the EN4 road at Matola (Matola, Maputo) after the disputed election results; several shops were looted. Police Forces of Mozambique dispersed them. Injuries reported. Fatalities: 0.""",
[], "riot: no incident of the taxonomy"),

("d4n-co-pasto-comuneros-agreement", "2024-07-22 13:30", "",
"""On 18 July 2024, the Government of Colombia and the Comuneros del Sur armed group signed a partial agreement in Pasto (Pasto, Narino) on the destruction of weapons and a territorial transformation plan. No fatalities.""",
[], "agreement between a government and an armed group"),

("d4n-bf-djibasso-non-violent-entry", "2025-05-14 08:40", "",
"""On 9 May 2025, JNIM fighters entered Djibasso (Djibasso, Kossi) and held a sermon in the main mosque, after Military Forces of Burkina Faso and VDP had left the town two days earlier. No fighting took place. Non-violent transfer of territory. No fatalities reported.""",
[], "a town left without a fight: non-violent transfer, negative"),

("d4n-iq-duhok-turkish-base-established", "2024-03-11 10:50", "",
"""Around 5 March 2024, Military Forces of Turkey established a new outpost on a hilltop near Kani Masi (Amedi, Duhok), local officials said. Residents reported construction vehicles and troop movements. No clashes reported.""",
[], "a base set up: no incident"),

("d4n-in-baramulla-arrests", "2024-10-21 11:35", "",
"""On 17 October 2024, Police Forces of India (Jammu and Kashmir Police) arrested 2 alleged overground workers of Lashkar-e-Taiba in Pattan (Baramulla, Jammu and Kashmir) and recovered a pistol and 2 hand grenades. No fatalities.""",
[], "arrests with grenades recovered: no event"),

("d4n-td-lake-chad-boat-capsize", "2024-09-30 07:20", "",
"""On 24 September 2024, a boat carrying Military Forces of Chad (2021-) soldiers capsized in a storm on Lake Chad near Bol (Mamdi, Lac). 12 soldiers drowned. Accident; not an attack.""",
[], "an accident with a toll: no incident"),

("d4n-ml-fla-leadership-change", "2024-12-04 15:10", "",
"""On 30 November 2024, the Front de Liberation de l'Azawad (FLA), the coalition of Tuareg-led armed groups, named a new head of its military wing at a meeting near Tinzaouaten (Abeibara, Kidal). Change of group leadership. No fatalities.""",
[], "leadership change of an armed group"),

("d4n-sd-el-fasher-truce-announcement", "2025-07-08 12:05", "",
"""On 3 July 2025, the Rapid Support Forces announced a unilateral humanitarian truce around El Fasher (El Fasher, North Darfur) to allow aid convoys in. The SAF-aligned Joint Forces rejected it. No fighting reported on the day of the announcement.""",
[], "a truce announced and rejected: no incident"),

("d4n-cd-goma-wounded-handover", "2025-04-30 10:10", "",
"""On 26 April 2025, M23 (AFC) handed over 30 wounded and sick FARDC soldiers and police to the ICRC in Goma (Goma, North Kivu), who flew them to Kinshasa. Prisoner release facilitated by the Red Cross. No fatalities.""",
[], "a handover of captured soldiers: no incident"),

("d4n-iq-basra-ordnance-disposal", "2025-03-17 09:50", "",
"""On 12 March 2025, a Police Forces of Iraq explosive ordnance disposal team destroyed 40 old artillery shells and rockets, remnants of the 1980s war, in a controlled blast in the desert west of Zubair (Zubair, Basra). No casualties.""",
[], "controlled demolition of old ordnance"),

("d4n-dk-noname-ddos", "2025-11-20 14:25", "",
"""On 18 November 2025, the pro-Russian hacker group NoName057(16) claimed a wave of DDoS attacks against the websites of Danish municipalities and a Copenhagen transport operator. Services were slowed for several hours. No physical attack; cyber only.""",
[], "cyber attack"),

("d4n-za-khayelitsha-suspect-shot", "2024-06-17 08:35", "",
"""On 13 June 2024, Police Forces of South Africa (SAPS) shot dead a man who opened fire on officers at a roadblock in Site C (Khayelitsha, Cape Town). He was wanted for a string of robberies; no gang or armed group involvement. 1 fatality. Criminal matter, not coded as political violence.""",
[], "police shoot a lone gunman: no armed group, negative despite the death"),

("d4n-gh-accra-forex-robbery", "2023-05-15 11:00", "",
"""On 10 May 2023, four armed robbers raided a bureau de change on Kwame Nkrumah Avenue (Accra, Greater Accra) and escaped with cash. A guard was wounded by a gunshot. Police Forces of Ghana arrested two suspects the same evening. Criminal robbery. Fatalities: 0.""",
[], "a robbery gang: crime, negative"),

("d4n-cf-bangui-3r-verdict", "2025-10-06 13:40", "",
"""On 1 October 2025, the Special Criminal Court in Bangui (Bangui) sentenced three former 3R commanders to life imprisonment for the 2019 killings of 46 villagers in Koundjili and Lemouna (Ngaoundaye, Lim-Pende). Court verdict; the 2019 events are historical.""",
[], "court verdict on an old massacre; the old toll is no event"),

("d4n-sahel-ohchr-half-year-toll", "2025-07-03 08:15", "",
"""On 30 June 2025, OHCHR stated that at least 1,800 civilians had been killed in Burkina Faso, Mali and Niger between January and June 2025, mostly by JNIM, Islamic State Sahel and state forces with their auxiliaries. Aggregate figure; no new event.""",
[], "an aggregate toll over six months"),

("d4n-ng-baga-massacre-commemoration", "2025-01-07 10:45", "",
"""On 3 January 2025, residents and displaced people from Baga (Kukawa, Borno) held prayers in Maiduguri (Maiduguri, Borno) to mark ten years since the Boko Haram massacre in which hundreds were killed. Peaceful commemoration; no incident.""",
[], "anniversary of an old massacre"),

("d4n-ma-african-lion-live-fire", "2025-05-26 09:00", "",
"""On 21 May 2025, Military Forces of Morocco and the United States carried out live-fire drills with HIMARS and attack helicopters at the Cap Draa range near Tan-Tan (Tan-Tan, Guelmim-Oued Noun) as part of the African Lion exercise. No incident.""",
[], "an exercise with live fire"),

("d4n-ng-malam-fatori-iswap-warning", "2024-04-16 12:30", "",
"""On 12 April 2024, ISWAP circulated written warnings in Malam Fatori (Abadam, Borno) ordering residents to stop cooperating with Military Forces of Nigeria and with the CJTF or face 'punishment'. No attack reported.""",
[], "a threat"),

("d4n-bf-bayraktar-delivery", "2023-09-04 09:10", "",
"""On 30 August 2023, the Military Forces of Burkina Faso took delivery of new Bayraktar TB2 drones from Turkey at Ouagadougou air base (Ouagadougou, Kadiogo). The transition government presented them on national television. No fatalities.""",
[], "an arms delivery"),

("d4n-cd-uvira-burundi-deployment", "2025-02-12 10:20", "",
"""On 8 February 2025, Military Forces of Burundi reinforced their troops in Uvira (Uvira, South Kivu) because of M23 attacks further north, local authorities said. Trucks of soldiers crossed at Kavimvira. No clashes.""",
[], "troops deployed because of attacks"),

("d4n-ng-power-workers-strike", "2024-06-04 07:45", "",
"""On 3 June 2024, members of the Nigeria Labour Congress began an indefinite strike over the minimum wage; workers shut down the national grid control centre in Osogbo (Osogbo, Osun) and picketed airports. No violence reported.""",
[], "a workers' strike (homonym)"),

("d4n-ng-bodo-shell-protest", "2023-10-23 15:30", "",
"""On 19 October 2023, Ogoni fishermen demonstrated peacefully outside Shell's facility near Bodo (Gokana, Rivers) against a new oil spill on their creeks. Police Forces of Nigeria watched without intervening. No fatalities.""",
[], "Shell the company, a peaceful protest"),

("d4n-cm-ndop-army-denial", "2024-02-05 11:25", "",
"""On 1 February 2024, Military Forces of Cameroon denied reports that soldiers had burned houses and killed residents in Ndop (Ngoketunjia, North-West), saying the reports were separatist propaganda. No event could be verified. Fatalities: 0.""",
[], "a denial, nothing verified"),

("d4n-cm-bui-school-arson", "2023-12-11 08:40", "",
"""On 6 December 2023, Ambazonian separatists set fire to an empty government secondary school in Kumbo (Bui, North-West) at night to enforce their school boycott. Property destruction; no one was in the buildings. No fatalities reported.""",
[], "arson of an empty school: property destruction, no incident"),

("d4n-ng-bama-iswap-surrender", "2024-08-19 13:05", "",
"""Around 14 August 2024, 47 ISWAP fighters with their families surrendered to Military Forces of Nigeria at Bama (Bama, Borno) and handed over 12 rifles. Surrender; no fighting. No fatalities.""",
[], "a surrender"),

("d4n-ml-chinese-workers-freed", "2025-04-22 09:35", "",
"""On 17 April 2025, three Chinese workers abducted in February near Kobada (Kangaba, Koulikoro) were freed after negotiations, Chinese diplomats said. Release of hostages; the February abduction is historical. No fatalities.""",
[], "a hostage release; the old abduction is history"),

("d4n-ng-kaduna-training-jet-crash", "2024-10-14 08:55", "",
"""On 10 October 2024, a Military Forces of Nigeria (Air Force) training aircraft crashed shortly after take-off from Kaduna air base (Kaduna North, Kaduna); the two pilots ejected safely. Accident under investigation. No fatalities.""",
[], "an aircraft accident"),
]
