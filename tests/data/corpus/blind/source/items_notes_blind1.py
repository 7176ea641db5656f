from common import *

FEED = ("blind/notes-a.feed.json", "json", "https://eventlog.example.org/notes", "Conflict Event Log: coder notes")
REGISTER = "notes"

ITEMS = [
("ng-gwoza-wedding-hospital-bombers", "2024-07-08 06:00", "",
"""On 29 June 2024, a suspected female suicide bomber of Boko Haram (JAS) detonated explosives hidden under her clothing at a wedding ceremony in Gwoza town (Gwoza, Borno), killing 18 civilians, among them children. Shortly afterwards, a second female bomber blew herself up at the gate of the General Hospital in the same town (Gwoza, Borno), killing 6 people. More than 40 injured across both sites. Fatalities: 18 and 6.""",
[(SUI, "NG", "Gwoza", 18, "2024-06-29", "Boko Haram", "civilians"),
 (SUI, "NG", "Gwoza", 6, "2024-06-29", "Boko Haram", "civilians")],
"two suicide bombings in one town, separate sites and times"),

("ng-kuriga-school-abduction", "2024-03-15 09:00", "",
"""On 7 March 2024, Unidentified Armed Group (Nigeria) (bandits) abducted at least 287 pupils and staff from the LEA Primary School and Government Secondary School in Kuriga (Chikun, Kaduna) during morning assembly. Some escaped during the raid. No fatalities reported.""",
[(ABD, "NG", "Kuriga", 0, "2024-03-07", "bandits", "civilians")],
"mass abduction; number of captives is not a toll; 'No fatalities reported' = 0"),

("bj-point-triple-jnim-attack", "2025-01-17 07:30", "Benin: Alibori",
"""On 8 January 2025, JNIM militants attacked a Military Forces of Benin (2016-) position at Point Triple in W National Park (Karimama, Alibori), near the tri-border with Niger and Burkina Faso. Government reported 28 soldiers killed; JNIM claimed higher. Fatalities: 28.""",
[(CL, "BJ", "Point Triple", 28, "2025-01-08", "JNIM", "Benin")],
"coastal state; claimed higher toll vs coded toll"),

("td-barkaram-base-raid", "2024-11-04 10:10", "",
"""On 27 October 2024, Boko Haram militants attacked the Military Forces of Chad (2021-) base on Barkaram island (Lac) at night, killing around 40 soldiers. The attackers looted weapons and withdrew before reinforcements arrived. Fatalities: 40.""",
[(CL, "TD", "Barkaram", 40, "2024-10-27", "Boko Haram", "Chad")],
"base overrun but attackers withdrew: clash, not territory"),

("so-cowsweyne-shabaab-retake", "2023-09-04 12:40", "",
"""On 26 August 2023, Al Shabaab attacked SNA and Macawisley positions at Cowsweyne (Galgaduud) with a VBIED followed by a ground assault, overran the base and regained control of the village, which SNA had captured earlier in the month. Dozens of soldiers reportedly killed; figures unverified.""",
[(NSA, "SO", "Cowsweyne", None, "2023-08-26", "Al-Shabaab", "Somalia")],
"territory retaken by a non-state group; 'dozens' is no figure; August capture is history"),

("cf-bambari-faca-regain", "2021-02-24 08:00", "",
"""On 16 February 2021, FACA, supported by Rwandan troops and Wagner Group contractors, regained control of Bambari (Bambari, Ouaka) from UPC fighters of the CPC coalition after several hours of clashes in the town. Several fatalities reported; no figure available.""",
[(GOV, "CF", "Bambari", None, "2021-02-16", "Central African Republic", "Coalition of Patriots for Change")],
"government regains territory with foreign support; no figure"),

("mz-mocimboa-da-praia-retaken", "2021-08-16 09:20", "",
"""On 8 August 2021, Military Forces of Mozambique and the Rwanda Defence Force regained control of the town of Mocimboa da Praia (Mocimboa da Praia, Cabo Delgado), including the port and airfield, from Islamic State Mozambique, which had held it since August 2020. Limited resistance reported. No fatalities reported.""",
[(GOV, "MZ", "Mocimboa da Praia", 0, "2021-08-08", "Mozambique", "Islamic State Mozambique")],
"government (with foreign forces) regains town; 'No fatalities reported' = 0; 2020 capture is history"),

("mm-lashio-mndaa-capture", "2024-08-12 05:50", "Myanmar: Shan-North",
"""On 3 August 2024, MNDAA announced it had taken full control of the Northeastern Regional Military Command headquarters in Lashio (Lashio, Shan-North) after weeks of fighting with Military Forces of Myanmar (2021-), giving it control of the town. Fatalities unknown.""",
[(NSA, "MM", "Lashio", None, "2024-08-03", "MNDAA", "Myanmar")],
"non-state group takes a regional command and the town"),

("ua-odesa-shahed-izmail-port", "2023-09-12 07:00", "Ukraine: Odesa",
"""On 4 September 2023, Military Forces of Ukraine intercepted 17 Shahed-type drones launched by Military Forces of Russia over Odesa region (Odesa). Other drones in the same attack struck port infrastructure in Izmail (Izmailskyi, Odesa), damaging grain storage and injuring 2 civilians. No fatalities reported.""",
[(DIS, "UA", "Odesa", 0, "2023-09-04", "Ukraine", "Russia"),
 (AIR, "UA", "Izmail", 0, "2023-09-04", "Russia", "Ukraine")],
"interceptions plus drone strikes that got through; injuries only, and the closing 'No fatalities reported' = 0 for both"),

("in-gangaloor-ied-recovered", "2024-05-21 11:15", "",
"""On 14 May 2024, a joint team of CRPF and District Reserve Guard recovered a pressure IED of about 5 kg planted by CPI (Maoist) on a road near Gangaloor (Bijapur, Chhattisgarh) and defused it on the spot. No casualties.""",
[(DIS, "IN", "Gangaloor", 0, "2024-05-14", "India", "CPI (Maoist)")],
"device found and defused; 'No casualties' = 0"),

("ua-kurakhove-cs-grenade", "2024-06-18 06:30", "",
"""On 10 June 2024, Military Forces of Russia dropped a K-51 grenade filled with CS gas from a drone onto Military Forces of Ukraine positions near Kurakhove (Pokrovskyi, Donetsk). Two Ukrainian soldiers were evacuated with breathing difficulties. No fatalities reported.""",
[(CHEM, "UA", "Kurakhove", 0, "2024-06-10", "Russia", "Ukraine")],
"chemical agent dropped by drone: chemical weapon, not air strike; 'No fatalities reported' = 0"),

("ua-huliaipole-toxic-munition", "2024-03-30 08:40", "Ukraine: Zaporizhia",
"""On 21 March 2024, Military Forces of Russia used a drone-dropped munition containing an unidentified toxic substance against Military Forces of Ukraine positions near Huliaipole (Polohivskyi, Zaporizhia). One Ukrainian soldier died of poisoning two days later. 1 fatality.""",
[(CHEM, "UA", "Huliaipole", 1, "2024-03-21", "Russia", "Ukraine")],
"chemical weapon; death two days later counts for the event"),

("mm-waingmaw-chemical-bombs", "2024-10-19 10:00", "Myanmar: Kachin",
"""In early October 2024 (exact date unknown), according to KIA, Military Forces of Myanmar (2021-) aircraft dropped bombs containing a chemical agent on KIA positions near Waingmaw (Myitkyina, Kachin). Several KIA fighters reportedly suffered vomiting and breathing problems. The military did not comment. No fatalities reported.""",
[(CHEM, "MM", "Waingmaw", 0, None, "Myanmar", "Kachin Independence Army")],
"chemical weapon alleged by one side; no day given; 'No fatalities reported' = 0"),

("in-batala-police-post-grenade", "2025-01-21 06:20", "",
"""On 12 January 2025, unidentified assailants on a motorcycle hurled a hand grenade at a police post in Batala (Gurdaspur, Punjab). It exploded outside the building, causing minor damage. BKI claimed the attack on social media. No injuries reported.""",
[(GRE, "IN", "Batala", 0, "2025-01-12", "Babbar Khalsa International", "India")],
"Punjab in India; grenade; claim on social media; 'No injuries reported' = 0"),

("pk-dg-khan-house-grenade", "2023-08-11 13:30", "",
"""On 3 August 2023, unidentified persons threw a hand grenade into the courtyard of a house in Dera Ghazi Khan (Dera Ghazi Khan, Punjab), injuring 3 members of a family. Police said the motive was unclear. No fatalities.""",
[(GRE, "PK", "Dera Ghazi Khan", 0, "2023-08-03", None, "civilians")],
"Punjab in Pakistan; grenade; injuries only, 'No fatalities' = 0"),

("bi-bujumbura-bus-station-grenades", "2024-05-20 09:00", "",
"""On 10 May 2024, unidentified assailants threw grenades at a bus station and an adjacent market in Bujumbura (Mukaza, Bujumbura Mairie) during evening rush hour, killing 1 civilian and injuring 38. The government blamed RED-Tabara rebels, who denied involvement. 1 fatality.""",
[(GRE, "BI", "Bujumbura", 1, "2024-05-10", None, "civilians")],
"grenades; blame and denial leave the attacker unknown"),

("cm-mora-market-bomber", "2024-10-22 07:45", "",
"""On 14 October 2024, a female suicide bomber of Boko Haram (JAS) detonated explosives at the entrance to the livestock market in Mora (Mayo-Sava, Extreme-Nord), killing 4 civilians. The bomber also died. 5 fatalities.""",
[(SUI, "CM", "Mora", 5, "2024-10-14", "Boko Haram", "civilians")],
"suicide bomb; coded toll includes the bomber"),

("af-kabul-qala-bakhtiar-bomber", "2024-09-10 08:30", "",
"""On 2 September 2024, an ISKP suicide bomber detonated explosives near a checkpoint in the Qala-e-Bakhtiar area on the southern edge of Kabul (Kabul, Kabul), killing 6 civilians and injuring 13. ISKP claimed the attack. Fatalities: 6.""",
[(SUI, "AF", "Kabul", 6, "2024-09-02", "Islamic State Khorasan Province", "civilians")],
"suicide bomb; injuries not counted"),

("bd-ruma-bank-manager-abducted", "2024-04-09 10:00", "",
"""On 2 April 2024, armed members of the Kuki-Chin National Front (KNF) raided a branch of Sonali Bank in Ruma (Ruma, Bandarban), took weapons from police guards and abducted the branch manager. He was freed on 4 April after security operations. No fatalities reported.""",
[(ABD, "BD", "Ruma", 0, "2024-04-02", "Kuki-Chin National Front", "civilians")],
"abduction of one person; release two days later is not a new event; 'No fatalities reported' = 0"),

("co-barrancas-footballer-father", "2023-11-06 15:00", "",
"""On 28 October 2023, ELN abducted the father of a Colombian national team footballer at a petrol station in Barrancas (Barrancas, La Guajira). The footballer's mother, taken with him, was rescued by police the same day. No fatalities.""",
[(ABD, "CO", "Barrancas", 0, "2023-10-28", "ELN", "civilians")],
"abduction of one person (the rescue is part of the same act); 'No fatalities' = 0"),

("ug-mpondwe-school-massacre", "2023-06-26 12:00", "",
"""On 16 June 2023, ADF militants attacked Lhubiriha Secondary School in Mpondwe (Kasese, Western), near the border with DRC, setting fire to a dormitory and shooting and hacking students. 42 people killed, including 37 students; 6 students abducted and taken across the border. Fatalities: 42.""",
[(CIV, "UG", "Mpondwe", 42, "2023-06-16", "ADF", "civilians")],
"one-sided attack on a school; abductions are part of the same act"),

("bf-nondin-soro-army-killings", "2024-05-02 09:00", "Burkina Faso: Nord",
"""On 25 February 2024, Military Forces of Burkina Faso (2022-) killed at least 44 civilians in Nondin (Thiou, Yatenga), accusing residents of collaborating with militants. Later the same day, soldiers killed at least 179 civilians in the nearby village of Soro (Thiou, Yatenga). Reported weeks later by a rights group. Fatalities: 44 and 179.""",
[(CIV, "BF", "Nondin", 44, "2024-02-25", "Burkina Faso", "civilians"),
 (CIV, "BF", "Soro", 179, "2024-02-25", "Burkina Faso", "civilians")],
"one-sided killings by an army; two villages; told weeks later"),

("sy-qamishli-turkish-drone-car", "2024-01-20 07:00", "",
"""On 13 January 2024, a Military Forces of Turkey drone struck a vehicle on the road east of Qamishli (Qamishli, Al-Hasakeh), killing 2 SDF fighters. Fatalities: 2.""",
[(AIR, "SY", "Qamishli", 2, "2024-01-13", "Turkey", "Syrian Democratic Forces")],
"foreign drone strike in Syria"),

("eh-bir-lahlou-drone-traders", "2023-09-14 08:00", "Western Sahara",
"""In the first week of September 2023, a Military Forces of Morocco drone struck two vehicles near Bir Lahlou (Western Sahara), killing 3 traders, according to the Polisario Front. Morocco did not comment. 3 fatalities.""",
[(AIR, "EH", "Bir Lahlou", 3, None, "Morocco", "civilians")],
"drone strike in Western Sahara; no day given"),

("sd-abu-shouk-camp-shelling", "2025-01-20 06:00", "",
"""On 11 January 2025, RSF artillery shelled Abu Shouk IDP camp on the northern edge of El Fasher (El Fasher, North Darfur), killing 8 civilians, including 3 children. Fatalities: 8.""",
[(SHL, "SD", "Abu Shouk", 8, "2025-01-11", "Rapid Support Forces", "civilians")],
"shelling of a camp; children are part of the 8"),

("th-rueso-motorcycle-bomb", "2024-03-25 05:00", "",
"""On 17 March 2024, a bomb hidden in a parked motorcycle exploded as a paramilitary ranger patrol passed in Rueso (Rueso, Narathiwat), killing 2 rangers and injuring 4. Suspected BRN militants. Fatalities: 2.""",
[(IED, "TH", "Rueso", 2, "2024-03-17", "Barisan Revolusi Nasional", "Thailand")],
"remote bomb (motorcycle bomb), not suicide"),

("ye-hays-landmine-vehicle", "2024-07-29 11:00", "",
"""On 20 July 2024, a landmine reportedly planted by Houthi forces exploded under a civilian vehicle in Hays (Hays, Al Hudaydah), killing 3 civilians, including a 10-year-old boy. 3 fatalities.""",
[(IED, "YE", "Hays", 3, "2024-07-20", "Houthis", "civilians")],
"landmine; age is not a toll"),

("ss-nasir-white-army-garrison", "2025-03-12 09:30", "",
"""On 4 March 2025, White Army militia overran the SSPDF garrison in Nasir (Nasir, Upper Nile) after two days of clashes and took control of the town. Fatalities unknown.""",
[(NSA, "SS", "Nasir", None, "2025-03-04", "White Army", "South Sudan")],
"militia takes a garrison town"),

("mx-tepuche-navolato-cartel-clashes", "2024-10-16 14:00", "",
"""On 9 October 2024, gunmen of the Chapitos and Mayos factions of the Sinaloa Cartel clashed in Tepuche (Culiacan, Sinaloa), 5 fatalities. Separately on the same day, the two factions clashed on the outskirts of Navolato (Navolato, Sinaloa), 3 fatalities.""",
[(CL, "MX", "Tepuche", 5, "2024-10-09", "Chapitos", "Mayos"),
 (CL, "MX", "Navolato", 3, "2024-10-09", "Chapitos", "Mayos")],
"two clashes, two places, same day"),

# --- negatives -------------------------------------------------------------------------

("ne-niamey-junta-rally", "2023-08-10 08:00", "Niger: Niamey",
"""On 3 August 2023, around 2,000 people demonstrated in Niamey (Niamey) in support of the CNSP junta and against ECOWAS sanctions and the threat of military intervention. No violence reported.""",
[], "peaceful protest; threat of intervention"),

("ke-nairobi-protest-teargas", "2024-07-09 10:00", "",
"""On 2 July 2024, several hundred protesters marched in the Nairobi CBD (Nairobi) against the government and police killings during earlier demonstrations. Police fired tear gas to disperse them. No fatalities reported.""",
[], "protest with intervention"),

("pk-gujranwala-ctd-arrests", "2024-05-22 07:10", "Pakistan: Punjab",
"""On 15 May 2024, the Counter Terrorism Department of Punjab Police arrested 4 suspected TTP members in raids in Gujranwala (Gujranwala, Punjab). No clashes reported.""",
[], "arrests without fighting; Punjab in Pakistan"),

("et-pretoria-cessation-hostilities", "2022-11-08 09:00", "Ethiopia",
"""On 2 November 2022, the Government of Ethiopia and the TPLF signed a permanent cessation of hostilities agreement in Pretoria, South Africa, after talks mediated by the African Union.""",
[], "peace agreement"),

("ne-russian-instructors-arrive", "2024-04-19 08:30", "Niger: Niamey",
"""On 12 April 2024, Russian military instructors of the Africa Corps arrived in Niamey (Niamey) with an air defence system, under a cooperation agreement with the CNSP junta.""",
[], "foreign force deployment without incident"),

("cd-m23-governor-appointed", "2025-02-12 11:00", "DRC: North Kivu",
"""On 5 February 2025, AFC/M23 appointed a governor and two deputy governors for North Kivu at a rally in Goma (Goma, North Kivu), formalising its administration of the city.""",
[], "change to group activity, non-violent"),

("ml-nioro-drivers-released", "2024-03-27 09:40", "Mali: Kayes",
"""On 20 March 2024, JNIM released 4 truck drivers it had held since January near Nioro du Sahel (Nioro, Kayes), after mediation by local notables. No fatalities.""",
[], "hostage release; the January abduction is history"),

("ua-izium-farmland-demining", "2024-04-23 10:20", "",
"""On 16 April 2024, deminers of the State Emergency Service of Ukraine cleared 120 explosive items from farmland near Izium (Iziumskyi, Kharkiv). No casualties.""",
[], "humanitarian demining"),

("td-goudji-depot-fire", "2024-06-26 07:00", "Chad: N'Djamena",
"""On 18 June 2024, a fire broke out at an ammunition depot in the Goudji district of N'Djamena (N'Djamena), setting off explosions through the night. The government said the fire was accidental. 9 fatalities, 46 injured.""",
[], "accidental depot explosion with a toll"),

("ml-bilalikoto-mine-collapse", "2025-02-24 08:00", "",
"""On 15 February 2025, an artisanal gold mine collapsed at Bilalikoto (Kenieba, Kayes), killing at least 48 people, mostly women.""",
[], "mine collapse"),

("ps-gaza-cumulative-toll", "2024-10-15 06:00", "Palestine: Gaza Strip",
"""On 10 October 2024, the Ministry of Health in Gaza reported a cumulative toll of 42,065 killed since 7 October 2023. Figure covers the whole period.""",
[], "aggregate toll"),

("za-tshwane-cash-van-robbery", "2024-03-12 13:00", "South Africa: Gauteng",
"""On 4 March 2024, an armed gang robbed a cash-in-transit vehicle on a highway near Soshanguve (City of Tshwane, Gauteng) and escaped with the cash boxes. 2 security guards injured. Police opened a case of armed robbery.""",
[], "robbery gang"),

("cd-gombe-military-court-coup", "2024-09-20 10:00", "DRC: Kinshasa",
"""On 13 September 2024, the military court in Kinshasa-Gombe (Kinshasa) sentenced 37 people to death for their roles in the attempted coup of 19 May 2024. No fatalities.""",
[], "court verdict; earlier coup attempt is history"),

("ml-jnim-blockade-announcement", "2025-09-10 08:00", "",
"""On 3 September 2025, JNIM announced a blockade of the towns of Kayes and Nioro du Sahel (Kayes) and warned transport companies against travelling to them.""",
[], "threat"),

("tw-han-kuang-exercise-start", "2025-07-16 04:00", "Taiwan",
"""On 9 July 2025, Military Forces of Taiwan began the annual Han Kuang exercise, including live-fire drills and civil defence air raid rehearsals in Taipei (Taipei).""",
[], "exercise with live fire and air raid drills"),

("kp-hypersonic-irbm-launch", "2024-01-22 07:00", "North Korea",
"""On 14 January 2024, North Korea launched an intermediate-range solid-fuel ballistic missile with a hypersonic warhead from the Pyongyang area into the East Sea. Japan and South Korea condemned the launch.""",
[], "missile test"),

("qa-doha-drc-m23-declaration", "2025-07-25 09:30", "",
"""On 19 July 2025, the Government of DRC and AFC/M23 signed a declaration of principles in Doha (Qatar), committing to a permanent ceasefire.""",
[], "talks and ceasefire"),

("ru-ua-pow-swap-uae", "2024-08-31 08:00", "Ukraine",
"""On 24 August 2024, Russia and Ukraine exchanged 115 prisoners of war each, in a swap mediated by the UAE.""",
[], "prisoner exchange"),

("ng-army-denies-burning-houses", "2023-06-21 12:00", "Nigeria: Zamfara",
"""On 14 June 2023, the Nigerian Army denied social media reports that troops had burnt houses in Kaura Namoda (Kaura Namoda, Zamfara), saying no operation had taken place in the area.""",
[], "denial"),

("ng-chibok-tenth-anniversary", "2024-04-22 09:00", "Nigeria: Borno",
"""On 14 April 2024, families held a commemoration in Chibok (Chibok, Borno) on the 10th anniversary of the abduction of 276 schoolgirls by Boko Haram. Around 90 remain missing.""",
[], "anniversary of a historical abduction"),

("cd-monusco-djugu-reinforcements", "2023-06-19 08:00", "DRC: Ituri",
"""On 12 June 2023, MONUSCO deployed additional peacekeepers to Djugu (Djugu, Ituri) following a series of militia attacks on displacement sites in the territory.""",
[], "peacekeepers deployed because of attacks"),
]
