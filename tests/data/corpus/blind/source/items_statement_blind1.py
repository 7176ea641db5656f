from common import *

FEED = ("blind/statement-a.rss.xml", "rss", "https://officialwire.example.net/statements", "Official Statements Monitor")
REGISTER = "statement"

ITEMS = [
("ua-air-force-overnight-shaheds", "2025-03-18 07:40", "Air Force of the Armed Forces of Ukraine: results of repelling the overnight air attack",
"""On the night of {m-1} into {m0}, the enemy attacked with 2 Iskander-M ballistic missiles and 137 Shahed-type strike UAVs and decoy drones, launched from the Bryansk, Oryol and Kursk directions and from Primorsko-Akhtarsk.

The air attack was repelled by aviation, anti-aircraft missile troops, electronic warfare units and mobile fire groups of the Defence Forces of Ukraine.

As of 09:00, 83 Shahed-type UAVs have been confirmed shot down. Most of the targets were destroyed over Kyiv region. A further 49 decoy drones were lost from radar without negative consequences. Information on the consequences of the attack is being clarified.

We thank everyone who protects our sky. Stay in shelters when the alarm sounds!""",
[(DIS, "UA", "Kyiv", None, "d0", "Ukraine", "Russia")],
"interceptions overnight; decoys lost from radar are not an event"),

("ua-general-staff-toretsk-cs-gas", "2024-11-06 18:20", "General Staff: the occupiers again used chemical munitions in the Toretsk direction",
"""The Russian occupiers continue to violate the Chemical Weapons Convention.

On {d-1}, near Toretsk, the enemy dropped K-51 grenades filled with CS irritant from drones onto the positions of our units. Three servicemen received respiratory injuries and were evacuated for treatment. Their lives are not in danger.

Since the beginning of the full-scale invasion, our units have recorded more than 4,000 cases of the use of munitions with hazardous chemicals by the enemy. All cases are documented and passed to the OPCW and to law enforcement.

We call on our partners to increase pressure on the aggressor state.""",
[(CHEM, "UA", "Toretsk", None, "d-1", "Russia", "Ukraine")],
"chemical weapon; cumulative count since 2022 is aggregate"),

("ru-mod-tetkino-chloropicrin-claim", "2024-09-27 16:00", "Statement of the Ministry of Defence of the Russian Federation on the use of toxic chemicals by Ukrainian formations",
"""On {d-1}, Ukrainian armed formations used drones carrying munitions filled with chloropicrin, a toxic chemical, against units of the North group of forces near the settlement of Tetkino in Kursk region.

Two servicemen received medical assistance. Samples of the substance have been taken and sent for laboratory analysis.

The use of toxic chemicals is a gross violation by the Kyiv regime of the Convention on the Prohibition of Chemical Weapons. The Ministry of Defence will send the materials to the Technical Secretariat of the OPCW.

The units of the North group of forces continue to perform their tasks in the Kursk border area.""",
[(CHEM, "RU", "Tetkino", None, "d-1", "Ukraine", "Russia")],
"chemical weapon claimed by the target side, coded as reported"),

("idf-nabatieh-strikes-metula-uav", "2024-05-14 20:45", "IDF: Hezbollah terrorist infrastructure struck in southern Lebanon; UAV intercepted",
"""Earlier today, IAF fighter jets struck Hezbollah terrorist infrastructure sites in the area of Nabatieh in southern Lebanon, including a weapons storage facility and a launch post from which launches toward Israeli territory were carried out in recent days.

In addition, a hostile aircraft that was launched from Lebanon toward the area of Metula was successfully intercepted by the Aerial Defense Array. No injuries were reported.

The IDF will continue to operate against the Hezbollah terrorist organization in order to protect the residents of northern Israel.""",
[(AIR, "LB", "Nabatieh", None, "d0", "Israel", "Hezbollah"),
 (DIS, "IL", "Metula", 0, "d0", "Israel", "Hezbollah")],
"foreign air strikes and an interception (no injuries = 0); 'launches in recent days' not labelled"),

("yemen-armed-forces-red-sea-ship", "2024-06-20 19:30", "Statement of the Yemeni Armed Forces on targeting the ship OCEAN PEARL",
"""In the name of God, the Most Gracious, the Most Merciful.

In support of the oppressed Palestinian people and in response to the crimes of the Zionist enemy in the Gaza Strip, the naval forces of the Yemeni Armed Forces carried out a qualitative military operation targeting the ship OCEAN PEARL in the Red Sea with a number of ballistic missiles, as the ship belongs to a company that violated the ban on entering the ports of occupied Palestine. The hit was accurate and direct, thanks be to God.

The Yemeni Armed Forces affirm that they will continue their operations until the aggression stops and the siege on the Gaza Strip is lifted.""",
[(SHL, None, "Red Sea", None, None, "Houthis", "civilians")],
"claimed missile attack on a ship at sea; no day given; pledge to continue not labelled"),

("centcom-hodeidah-radars-red-sea-uavs", "2024-02-25 02:10", "CENTCOM statement on strikes in Houthi-controlled Yemen",
"""On {m-1}, U.S. Central Command forces conducted self-defense strikes against four Iran-backed Houthi radar sites and a UAV storage facility near Hodeidah, Yemen. These radars and UAVs presented an imminent threat to U.S. Navy ships and merchant vessels in the region.

Separately, between 4 p.m. and 6 p.m. (Sanaa time) on {m-1}, CENTCOM forces engaged and destroyed two one-way attack UAVs launched from Houthi-controlled areas of Yemen over the Red Sea. There were no injuries or damage reported by U.S. or coalition ships.

These actions are taken to protect freedom of navigation and make international waters safer and more secure.""",
[(AIR, "YE", "Hodeidah", None, "d-1", "United States", "Houthis"),
 (DIS, None, "Red Sea", 0, "d-1", "United States", "Houthis")],
"foreign strikes in Yemen plus drones downed at sea (no injuries = 0)"),

("ispr-mir-ali-ibo", "2025-02-11 13:00", "ISPR: eight khwarij sent to hell in North Waziristan",
"""On {m-1}, security forces conducted an intelligence based operation in the general area of Mir Ali, North Waziristan District, on the reported presence of khwarij belonging to the Indian proxy Fitna al Khwarij.

During the conduct of the operation, own troops effectively engaged the khwarij location and, after an intense exchange of fire, eight khwarij were sent to hell. However, during the exchange of fire, two brave sons of soil, having fought gallantly, embraced shahadat.

Weapons and ammunition were also recovered from the killed khwarij. A sanitisation operation is being carried out to eliminate any other kharji found in the area.

Security forces are determined to wipe out the menace of terrorism from the country, and such sacrifices of our brave soldiers further strengthen our resolve.""",
[(CL, "PK", "Mir Ali", 10, "d-1", "Pakistan", "Tehreek-e-Taliban Pakistan")],
"eight khwarij plus two soldiers = 10; state term for the TTP"),

("ispr-bannu-motorcycle-bomber", "2024-07-16 21:00", "ISPR: suicide bomber targets security forces convoy near Bannu",
"""On {m0}, khwarij attempted a cowardly attack on a security forces convoy moving near Jani Khel, Bannu District. A suicide bomber riding a motorcycle rammed into one of the vehicles of the convoy.

As a result of the explosion, three soldiers and two civilians who were passing by embraced shahadat, while six others were injured and evacuated to the Combined Military Hospital.

Sanitisation of the area is being carried out. The perpetrators, facilitators and abettors of this heinous act will be brought to justice.

This attack comes a day after khwarij attacked a police post in Lakki Marwat, which was repulsed by the valiant police.""",
[(SUI, "PK", "Jani Khel", 5, "d0", "Tehreek-e-Taliban Pakistan", "Pakistan")],
"suicide bomb; three soldiers and two civilians = 5; 'khwarij' is the state's term for the TTP; previous day's attack is background"),

("rsf-statement-en-nahud", "2025-05-01 17:20", "Statement from the official spokesperson of the Rapid Support Forces",
"""Our heroic forces today liberated the city of En Nahud in West Kordofan state after crushing the remnants of the Port Sudan army and its terrorist Islamist militias, who fled leaving behind their dead and wounded.

Our forces seized 30 combat vehicles fully equipped, large quantities of ammunition and the headquarters of the 18th Infantry Division.

We assure the citizens of En Nahud that our forces will protect them and their property, and we call on all residents to go about their lives normally. The victories will continue until the whole of Sudan is liberated from the remnants of the former regime.""",
[(NSA, "SD", "En Nahud", None, "d0", "Rapid Support Forces", "Sudan")],
"non-state group 'liberates' a town: territory taken by a non-state actor"),

("punjab-police-amritsar-islamabad-ps", "2024-12-17 10:30", "Punjab Police: preliminary findings on the explosion at Police Station Islamabad, Amritsar",
"""A low-intensity explosion took place at Police Station Islamabad, Amritsar Commissionerate, in the early hours of {d0}. There was no loss of life or injury to any police personnel.

Preliminary investigation indicates that a hand grenade was hurled at the building by unidentified miscreants on a motorcycle. Forensic teams have collected evidence from the spot.

The attack appears to be part of a conspiracy by a module of Babbar Khalsa International operated from abroad to disturb peace in the state. Punjab Police is committed to bringing the culprits to justice and appeals to the public not to pay heed to rumours.""",
[(GRE, "IN", "Amritsar", 0, "d0", "Babbar Khalsa International", "India")],
"grenade at a police station named after a Pakistani city, in Indian Punjab; no loss of life = 0"),

("togo-kpinkankandi-position-attack", "2022-05-11 19:00", "Government communique on the attack at Kpinkankandi",
"""The Government informs the national and international community that in the night of {m-1} to {m0}, armed terrorist individuals attacked a position of our Armed Forces (FAT) at Kpinkankandi, in the prefecture of Kpendjal, Savanes region.

Our troops responded vigorously and repelled the assailants. Regrettably, eight soldiers lost their lives and thirteen were wounded. The wounded have been evacuated and are receiving care.

The Government presents its condolences to the families of the fallen and salutes the courage of our defence forces, who will continue to protect the territory with determination.""",
[(CL, "TG", "Kpinkankandi", 8, "d0", "militants", "Togo")],
"coastal state attacked by jihadists; night into publication day"),

("nigerian-army-marte-recaptured", "2021-04-18 16:00", "Operation HADIN KAI: troops recapture Marte",
"""Gallant troops of Operation HADIN KAI have recaptured Marte town in Marte Local Government Area of Borno State after a fierce encounter with ISWAP terrorists on {d-1}.

During the encounter, troops neutralised 14 terrorists and recovered two gun trucks, an anti-aircraft gun and assorted weapons. The terrorists fled in disarray towards the fringes of Lake Chad. Troops are currently dominating the town and environs.

The Chief of Army Staff commends the troops for their resilience and urges them to sustain the tempo of operations. Members of the public are enjoined to provide credible information on the movement of the criminals.""",
[(GOV, "NG", "Marte", None, "d-1", "Nigeria", "Islamic State West Africa Province")],
"government regains a town; 'neutralised' alone is no death toll (null)"),

("tni-nduga-paro-pilot-hostage", "2023-02-08 09:30", "TNI Information Centre: KKB burns aircraft at Paro, takes pilot hostage",
"""The Armed Criminal Group (KKB) led by Egianus Kogoya on {d-1} burned a Susi Air aircraft at Paro airstrip, Nduga Regency, Papua Highlands, and took the pilot, a New Zealand national, hostage.

Five passengers, all residents of Paro, were unharmed and have been secured by the community.

A joint TNI-Polri team has been deployed to search for and rescue the pilot. We urge the KKB to release the hostage immediately and call on the community to remain calm and not to be provoked.""",
[(ABD, "ID", "Paro", 0, "d-1", "West Papua National Liberation Army", "civilians")],
"abduction of one person; state term 'KKB' for the separatist army; pilot held and passengers unharmed = 0"),

("niger-interior-agadez-foreigner-abducted", "2025-01-12 12:00", "Communique of the Ministry of the Interior",
"""The Ministry of the Interior informs the public that on the evening of {m-1}, armed individuals abducted a foreign national of Austrian nationality from her home in Agadez.

The defence and security forces have been mobilised and are carrying out search operations to find her and bring the perpetrators to justice.

The Government reassures foreign nationals living in our country that all measures are being taken to guarantee their safety.""",
[(ABD, "NE", "Agadez", None, "d-1", None, "civilians")],
"abduction of one person by unknown armed men"),

("fama-tinzaouatene-air-strikes", "2024-08-27 22:00", "FAMa general staff communique",
"""On {m-1}, the Air Force of the FAMa carried out offensive reconnaissance and strike missions in the area of Tinzaouatene, Kidal region, against a gathering of terrorists identified after a long surveillance.

The strikes neutralised several terrorists and destroyed logistical means, including vehicles and fuel stocks.

The FAMa remain committed to the fight against terrorism on the entire national territory and ask the population to report any suspicious movement.""",
[(AIR, "ML", "Tinzaouatene", None, "d-1", "Mali", "militants")],
"air strikes; 'several' is no toll"),

("sna-bariire-villages-liberated", "2022-08-26 15:10", "Somali National Army: villages liberated in Lower Shabelle",
"""The Somali National Army, in a planned operation with local forces and international partners, has liberated the villages of Bariire and Mubarak in Lower Shabelle region from the Khawarij.

The operation was carried out over the past 48 hours. More than 20 Khawarij were eliminated, and our forces seized weapons and destroyed their hideouts and checkpoints.

Our forces are continuing operations to free the remaining areas and to protect the people from the oppression of the Khawarij.""",
[(GOV, "SO", "Bariire", 20, None, "Somalia", "Al-Shabaab")],
"government regains villages; 'past 48 hours' gives no day; state term Khawarij for al-Shabaab"),

("kdf-elwak-ied-neutralised", "2023-06-30 14:00", "KDF: IED detected and neutralised in Mandera County",
"""A KDF patrol on the Elwak-Rhamu road in Mandera County detected an improvised explosive device planted on the road by Al-Shabaab terrorists on {d-1}.

The device was safely neutralised by our Explosive Ordnance Disposal team through a controlled detonation. There were no casualties and the road was reopened to traffic.

KDF remains committed to securing the border and urges members of the public to report suspicious objects to the nearest security installation.""",
[(DIS, "KE", "Elwak", 0, "d-1", "Kenya", "Al-Shabaab")],
"planted IED found and destroyed in place: disrupted weapons use, not a controlled demolition of old ordnance; no casualties = 0"),

("turkey-mod-gara-air-operation", "2023-04-10 11:00", "Ministry of National Defence: air operation in northern Iraq",
"""In the air operation carried out in the Gara region in northern Iraq, PKK terrorists who were preparing to attack our bases were neutralised, and 5 targets, including caves and shelters used by the terrorists, were destroyed.

Our fight against terrorism will continue with determination until the last terrorist is neutralised. We commemorate our heroic martyrs with mercy and respect.""",
[(AIR, "IQ", "Gara", None, None, "Turkey", "PKK")],
"foreign air strike in Iraq; no day; 'neutralised' without a number"),

("egypt-bir-al-abd-ied-hideouts", "2021-03-23 18:30", "Statement of the Military Spokesman",
"""An explosive device targeted an armoured vehicle of the Armed Forces in the Bir al-Abd area of North Sinai on {d-1}, resulting in the martyrdom of an officer and four soldiers.

Our forces then pursued the takfiri elements behind the attack. On {d0}, in raids on their hideouts in the Al-Hasana area, our forces exchanged fire with the terrorists and eliminated three of them, while seizing weapons, ammunition and communication devices.

The Armed Forces affirm their determination to continue the comprehensive operation to eradicate terrorism from Sinai.""",
[(IED, "EG", "Bir al-Abd", 5, "d-1", "militants", "Egypt"),
 (CL, "EG", "Al-Hasana", 3, "d0", "Egypt", "militants")],
"IED (an officer and four soldiers = 5) and a separate firefight the next day"),

("afp-himamaylan-npa-encounter", "2022-10-03 10:00", "3rd Infantry Division: two NPA terrorists killed in Negros encounter",
"""Troops of the 94th Infantry Battalion encountered around 15 members of the Communist NPA Terrorists in Sitio Malublub, Barangay Carabalan, Himamaylan City, Negros Occidental on {m-1}.

After a 20-minute firefight, the enemy withdrew, leaving behind two of their dead comrades. One soldier sustained a minor wound and is now in stable condition. Troops recovered two M16 rifles, a handheld radio and subversive documents.

The Division calls on the remaining members of the NPA to lay down their arms and return to the fold of the law.""",
[(CL, "PH", "Himamaylan", 2, "d-1", "Philippines", "New People's Army")],
"clash; one wounded soldier not counted"),

("ecuador-guayaquil-upc-grenade", "2024-03-04 15:40", "Joint Command of the Armed Forces: explosive attack on police unit in Guayaquil",
"""In the early hours of {d0}, members of the terrorist group Los Tiguerones threw an explosive device, identified as a fragmentation grenade, at the Community Police Unit in the Socio Vivienda sector of Guayaquil.

The explosion damaged the facade and a patrol vehicle. There were no injuries among police personnel.

Military and police patrols deployed immediately in the sector and apprehended two suspects. The Armed Forces will continue operations against terrorist groups in the framework of the internal armed conflict.""",
[(GRE, "EC", "Guayaquil", 0, "d0", "Los Tiguerones", "Ecuador")],
"grenade attack by an armed group designated terrorist; no injuries among the police it targeted = 0; arrests not labelled"),

("azerbaijan-mod-kalbajar-fire", "2023-05-12 08:00", "Ministry of Defence of Azerbaijan: positions in the Kalbajar direction came under fire",
"""On {m-1}, from 21:10 to 22:40, units of the Armed Forces of Armenia stationed in the direction of Basarkechar district subjected to fire the positions of the Azerbaijan Army units stationed in the direction of Kalbajar district, using small arms.

Our units took adequate retaliatory measures. There are no losses among our personnel.

The claim of the Armenian side that the Azerbaijan Army units opened fire first is false. Responsibility for the tension lies with the military-political leadership of Armenia.""",
[(CL, "AZ", "Kalbajar", None, "d-1", "Armenia", "Azerbaijan")],
"cross-border exchange of fire; mutual denial"),

("coalition-jazan-missile-intercepted", "2021-10-08 20:00", "Joint Forces Command of the Coalition: ballistic missile intercepted over Jazan",
"""Our air defences intercepted and destroyed a ballistic missile launched by the Iran-backed terrorist Houthi militia from Saada towards the city of Jazan, in a deliberate and systematic attempt to target civilians and civilian objects.

Shrapnel from the interception fell on a residential neighbourhood, injuring two civilians, one Saudi and one Yemeni, and damaging several houses.

The Joint Forces Command will take the necessary operational measures to deal with the sources of the threat in accordance with international humanitarian law.""",
[(DIS, "SA", "Jazan", None, None, "Saudi Arabia", "Houthis")],
"interception; shrapnel injuries only; no day given"),

("tunisia-mod-chaambi-terrorists", "2020-09-07 13:00", "Ministry of National Defence communique",
"""A military unit engaged a terrorist group in the Mount Chaambi area, Kasserine governorate, on the evening of {d-1}, during a combing operation.

The exchange of fire resulted in the elimination of three terrorists, and the seizure of a Kalashnikov rifle, an explosive belt and a quantity of provisions. One of our soldiers was slightly injured.

Combing operations are continuing in the area. The Ministry calls on citizens to stay away from the closed military zones.""",
[(CL, "TN", "Mount Chaambi", 3, "d-1", "Tunisia", "militants")],
"clash in North Africa; explosive belt seized is part of the clash"),

("endf-bichena-fano-operation", "2024-04-05 17:00", "Ethiopian National Defence Force: extremist group destroyed in East Gojjam",
"""Our defence forces, in a coordinated operation with regional security forces, on {d-1} destroyed an extremist gang that had been disturbing the peace of the people around Bichena, East Gojjam Zone.

In the operation, 56 members of the extremist group were killed and 23 were captured alive. A large amount of weapons and ammunition was also seized.

The defence force will continue its law enforcement operation until the extremist groups that harm the people are brought under control.""",
[(CL, "ET", "Bichena", 56, "d-1", "Ethiopia", "Fano")],
"state calls the militia an 'extremist gang'; captured not counted"),

("palestine-mofa-turmus-ayya-colonists", "2023-06-22 10:30", "MOFA condemns the colonists' terrorist attack on Turmus Ayya",
"""The Ministry of Foreign Affairs and Expatriates condemns in the strongest terms the terrorist attack carried out by armed colonists, under the protection of the occupation army, on the town of Turmus Ayya, northeast of Ramallah, yesterday evening.

The attack led to the martyrdom of a 27-year-old young man and the injury of a dozen citizens, and the burning of dozens of homes and vehicles.

The Ministry holds the Israeli government fully and directly responsible for this crime and calls on the international community to provide international protection for our people.""",
[(CIV, "PS", "Turmus Ayya", 1, "d-1", "Israeli settlers", "civilians")],
"settler attack on a village; age is not a toll; 'a dozen' injured"),

("ua-general-staff-robotyne-liberated", "2023-08-28 12:15", "Defence Forces of Ukraine: Robotyne liberated",
"""Today, {m0}, units of the Defence Forces of Ukraine liberated the village of Robotyne in Zaporizhzhia region. Our soldiers are consolidating their positions on the approaches to the village and are clearing it of the enemy. The occupiers had turned Robotyne into a fortified node of their defence line.

The offensive operation in the Melitopol direction continues. The enemy is suffering losses in personnel and equipment.

Glory to Ukraine!""",
[(GOV, "UA", "Robotyne", None, "d0", "Ukraine", "Russia")],
"government regains a village from a foreign force"),

("saf-republican-palace-merowe-drones", "2025-03-21 09:00", "Statement of the official spokesman of the Armed Forces",
"""Our forces today completed the cleansing of the Republican Palace in Khartoum and the surrounding ministries from the remnants of the rebel terrorist militia, after inflicting heavy losses on them in personnel and equipment.

At dawn today, our air defences in the Northern Military Region also shot down three hostile drones launched by the militia towards the Merowe Dam facilities. There was no damage to the dam.

The Armed Forces assure our people that the battle will continue until every inch of the country is liberated.""",
[(GOV, "SD", "Khartoum", None, "d0", "Sudan", "Rapid Support Forces"),
 (DIS, "SD", "Merowe", None, "d0", "Sudan", "Rapid Support Forces")],
"government regains the palace; drones shot down elsewhere"),

("irgc-erbil-idlib-missiles", "2024-01-16 06:30", "IRGC statement on missile strikes in Erbil and Idlib",
"""In response to the recent crimes of the enemies of the Islamic Republic, the Aerospace Force of the Islamic Revolution Guards Corps late on {d-1} targeted an espionage headquarters of the Zionist regime's Mossad in the Kurdistan region of Iraq, near Erbil, with ballistic missiles. The centre was destroyed.

In a separate operation, the Aerospace Force also struck gathering places of commanders and elements of terrorist groups, including ISIS, in the Idlib area of Syria with a number of ballistic missiles.

The IRGC affirms that it will continue its offensive operations until the last drops of the martyrs' blood are avenged.""",
[(SHL, "IQ", "Erbil", None, "d-1", "Iran", None),
 (SHL, "SY", "Idlib", None, "d-1", "Iran", "Islamic State")],
"foreign missile strikes in two countries; threat not labelled"),

# --- negatives -------------------------------------------------------------------------

("indian-army-shakti-exercise-umroi", "2024-05-13 11:00", "Indian Army: India-France joint military exercise SHAKTI commences at Umroi",
"""The seventh edition of the India-France joint military exercise SHAKTI commenced today at the Joint Training Node, Umroi, Meghalaya, and will continue until {m13}.

The Indian contingent of 90 personnel is represented mainly by a battalion of the Rajput Regiment. The French contingent comprises personnel of the 13th Foreign Legion Half Brigade.

The aim of the exercise is to enhance the joint military capability of both sides to undertake multi-domain operations in a sub-conventional scenario. Drills will include the raid of a terrorist hideout, the establishment of a joint command post and the use of drones and counter-drone systems.""",
[], "exercise with simulated raids"),

("ispr-fatah-ii-training-launch", "2024-04-24 14:00", "ISPR: successful training launch of Fatah-II",
"""Pakistan conducted a successful training launch of the indigenously developed Fatah-II guided rocket system today.

The weapon system is equipped with state-of-the-art avionics, a sophisticated navigation system and a unique trajectory. The launch was witnessed by senior officers of the Pakistan Army, scientists and engineers.

The President, the Prime Minister and the services chiefs congratulated the participating troops, scientists and engineers on the achievement.""",
[], "missile test"),

("dnd-philippines-brahmos-delivery", "2024-04-19 10:00", "DND: first BrahMos missile system batteries delivered",
"""The Department of National Defense welcomes the arrival today of the first batteries of the BrahMos shore-based anti-ship missile system at Clark Air Base, Pampanga, under the contract signed with BrahMos Aerospace in 2022.

The system will be operated by the Philippine Marine Corps' Coastal Defense Regiment and will strengthen our capability to defend the country's maritime domain. Training of our personnel in India was completed earlier this year.

The acquisition forms part of the modernisation programme of the Armed Forces of the Philippines.""",
[], "arms delivery"),

("japan-mod-record-budget-request", "2024-08-30 09:00", "Ministry of Defense: FY2025 budget request",
"""The Ministry of Defense today submitted its budget request for fiscal year 2025, amounting to 8.5 trillion yen, the largest in history.

The request covers stand-off defence capabilities, integrated air and missile defence, unmanned assets and the improvement of the living conditions of personnel. It includes funds for the acquisition of upgraded Type-12 surface-to-ship missiles and for the development of a next-generation fighter aircraft together with the United Kingdom and Italy.

The Ministry will continue to fundamentally reinforce Japan's defence capabilities under the National Defense Strategy.""",
[], "budget"),

("azerbaijan-mod-denies-sotk-claim", "2023-09-02 10:00", "Ministry of Defence of Azerbaijan: information spread by Armenia is false",
"""The information spread by the Ministry of Defence of Armenia that the Azerbaijan Army units allegedly opened fire on the Armenian positions in the direction of Sotk on {m-1} is absolutely false and does not reflect reality.

The Azerbaijan Army units did not open fire in the said direction. Such disinformation is aimed at misleading the international community.

We once again declare that the Azerbaijan Army strictly observes the ceasefire.""",
[], "pure denial"),

("houthi-warning-shipping-companies", "2024-01-08 18:00", "Statement of the Yemeni Armed Forces: warning to shipping companies",
"""The Yemeni Armed Forces warn all shipping companies against dealing with Israeli ports and against transporting goods to or from the Zionist entity.

Any ship that violates this decision, whatever its nationality, will become a legitimate target for our naval forces. We advise all companies to verify the ownership and destination of their ships before entering the Red Sea and the Arabian Sea.

The Yemeni Armed Forces will not hesitate to take all necessary measures in defence of Yemen and in support of the Palestinian people.""",
[], "threat"),

("thai-mod-ceasefire-cambodia", "2025-07-28 15:00", "Ministry of Defence of Thailand: ceasefire with Cambodia from midnight",
"""Following the meeting in Putrajaya today, Thailand and Cambodia have agreed to an immediate and unconditional ceasefire along the border, effective from 24:00 hours tonight.

The commanders of the military regions on both sides will meet tomorrow morning to discuss the implementation of the ceasefire, and the General Border Committee will convene within the coming days.

The Royal Thai Armed Forces will observe the ceasefire in good faith while remaining ready to defend the sovereignty of the Kingdom. We thank Malaysia, the United States and China for their efforts.""",
[], "ceasefire"),

("ua-coordination-hq-pow-exchange", "2024-09-14 13:00", "Coordination Headquarters for the Treatment of Prisoners of War: 49 defenders returned home",
"""Today, 49 Ukrainian defenders returned home from Russian captivity as a result of another exchange.

Among those released are servicemen of the Armed Forces, the National Guard, the State Border Guard Service and the Navy, as well as civilians. Most of them had been held since 2022. Several of them were defenders of Mariupol.

We thank the United Arab Emirates for their assistance in mediation. Work to return all Ukrainians from captivity continues.""",
[], "prisoner exchange"),

("royal-navy-wwii-mine-yarmouth", "2023-03-06 17:00", "Royal Navy divers dispose of Second World War mine off Great Yarmouth",
"""Royal Navy clearance divers today carried out a controlled explosion of a Second World War German ground mine found on the seabed about two miles off Great Yarmouth.

The mine, containing around 750 kilogrammes of explosive, was discovered by a survey vessel working on an offshore wind farm project. The divers towed it to a safe area before disposing of it.

A 1.5-kilometre exclusion zone was in place during the operation. There were no injuries, and shipping was able to resume shortly afterwards.""",
[], "controlled demolition of wartime ordnance"),

("cmac-quarterly-clearance-report", "2024-04-04 08:00", "CMAC: land released in the first quarter",
"""On International Mine Awareness Day, the Cambodian Mine Action Centre reports that its teams released 41 square kilometres of land in the first quarter of this year, destroying 1,912 anti-personnel mines, 67 anti-tank mines and 8,430 items of unexploded ordnance.

The cleared land has been handed over to communities in Battambang, Banteay Meanchey, Pailin and Oddar Meanchey for farming, housing and schools.

We thank our partners and donors for their continued support towards a mine-free Cambodia.""",
[], "humanitarian demining"),

("ghana-af-unifil-battalion-deployment", "2024-11-22 12:00", "Ghana Armed Forces: battalion deploys to UNIFIL",
"""The Ghana Armed Forces today deployed a battalion of 870 personnel to southern Lebanon to join the United Nations Interim Force in Lebanon, replacing the outgoing contingent.

The deployment comes at a difficult time for the mission, whose positions have been hit repeatedly in recent weeks. The Chief of the Defence Staff, addressing the troops before departure, urged them to remain professional and to take every precaution for their safety.

Ghana has contributed troops to UNIFIL since 1978.""",
[], "peacekeepers deployed amid attacks; no new incident"),

("lithuania-mod-ddos-websites", "2022-06-27 16:00", "Ministry of National Defence: DDoS attacks on state institutions",
"""Since this morning, the websites of several state institutions, including the Ministry of National Defence, have been targeted by distributed denial-of-service attacks. Some websites were temporarily unavailable.

The National Cyber Security Centre is working with the institutions concerned to mitigate the attacks. No data have been compromised, and internal systems are operating normally.

A pro-Russian hacker group has claimed responsibility. We call on all institutions to follow the recommendations of the National Cyber Security Centre.""",
[], "cyber attack"),

("raf-typhoons-intercept-bears", "2024-05-02 15:30", "RAF: Typhoons scrambled to intercept Russian aircraft",
"""Royal Air Force Typhoon fighter aircraft were launched from RAF Lossiemouth this morning to intercept two Russian Tu-95 Bear-H long-range bombers that had entered the UK's area of interest north of Scotland.

The Russian aircraft were identified, monitored and escorted while they remained in international airspace, supported by a Voyager tanker. At no point did they enter UK sovereign airspace.

The Quick Reaction Alert force stands ready 24 hours a day, 365 days a year, to defend UK airspace.""",
[], "air policing intercept"),

("kdf-helicopter-crash-elgeyo-marakwet", "2024-04-18 21:00", "Ministry of Defence: helicopter accident in Elgeyo Marakwet",
"""The Ministry of Defence regrets to announce that a Kenya Defence Forces helicopter crashed shortly after take-off in Sindar, Elgeyo Marakwet County, at about 14:20 hours today.

The Chief of Defence Forces and nine other service members on board lost their lives. Two service members survived and are receiving treatment. The helicopter was carrying the team on a visit to troops deployed in the region.

A board of inquiry has been constituted to establish the cause of the accident.""",
[], "accident with a toll"),

("kazakhstan-mod-arys-depot-fire", "2019-06-24 20:00", "Ministry of Defence: fire at ammunition storage facility near Arys",
"""At about 09:00 today, a fire broke out at an ammunition storage facility of a military unit near the town of Arys in Turkestan region, followed by a series of detonations.

Residents of Arys have been evacuated to neighbouring settlements. Fire-fighting units and sappers are working at the scene. According to preliminary information, the cause of the fire was a violation of safety rules during the handling of ammunition.

A government commission has been formed to investigate the incident.""",
[], "accidental depot fire and detonations"),

("poland-mon-monte-cassino-80", "2024-05-18 12:00", "Ministry of National Defence: 80th anniversary of the Battle of Monte Cassino",
"""Today we commemorate the 80th anniversary of the capture of Monte Cassino by soldiers of the 2nd Polish Corps under General Wladyslaw Anders.

In the bloody fighting in May 1944, more than 900 Polish soldiers were killed and nearly 3,000 wounded. On the morning of 18 May, a Polish flag was raised over the ruins of the monastery.

A delegation led by the Minister of National Defence took part in the ceremonies at the Polish War Cemetery at Monte Cassino.""",
[], "anniversary of a 1944 battle with historical tolls and a capture"),

("defensie-shell-fuel-framework", "2023-02-15 10:00", "Defence signs fuel framework agreement with Shell",
"""The Ministry of Defence has signed a four-year framework agreement with Shell Nederland for the supply of fuels to barracks, air bases and naval bases in the Netherlands.

The agreement includes an option for the supply of sustainable aviation fuel, in line with the Ministry's ambition to reduce its dependence on fossil fuels. The contract was awarded after a European tender.

The Defence Materiel Organisation will manage the contract.""",
[], "Shell the company"),

("portugal-mod-strike-fuel-escort", "2019-08-12 11:30", "Ministry of National Defence: military personnel to ensure fuel supplies during strike",
"""Following the declaration of an energy crisis by the Government, military personnel qualified to drive heavy vehicles will ensure the transport of fuel to priority services during the strike by tanker drivers, which began today.

Priority goes to hospitals, fire brigades, security forces and airports. The armed forces have placed 200 drivers and 100 vehicles on standby.

The Ministry recalls that the participation of the armed forces is limited to the minimum services decreed by the Government.""",
[], "workers' strike"),

("nigerian-army-court-martial-ammunition", "2023-11-09 15:00", "Nigerian Army: General Court Martial convicts officer over missing ammunition",
"""A General Court Martial convened by the Nigerian Army has convicted a captain on charges of theft and disobedience to standing orders in connection with the diversion of ammunition from a unit armoury in Kaduna.

The officer was sentenced to seven years' imprisonment and dismissal from service. The sentence is subject to confirmation by the appropriate superior authority.

The Nigerian Army reiterates its zero tolerance for indiscipline and any act capable of undermining operational effectiveness.""",
[], "court verdict"),

("ua-general-staff-cumulative-losses", "2024-11-20 07:00", "General Staff: total combat losses of the enemy",
"""The total combat losses of the enemy from 24.02.22 to {m0} were approximately:

personnel - about 724,950 (+1,530) persons, tanks - 9,406 (+5), armoured combat vehicles - 19,156 (+22), artillery systems - 20,712 (+24), MLRS - 1,250, air defence systems - 1,004 (+1), aircraft - 369, helicopters - 329, operational-tactical UAVs - 19,208 (+56).

The data are being confirmed. Beat the occupier! Let's win together!""",
[], "aggregate losses"),

("nigerian-army-kidnap-victims-released", "2024-09-30 12:00", "Operation FANSAN YAMMA: 11 kidnap victims regain freedom",
"""Troops of Operation FANSAN YAMMA have received 11 kidnapped victims who were released by their captors following sustained pressure by troops in the Tsafe general area of Zamfara State.

The victims, including four women and two children, were abducted from their village in July. They have been profiled, given medical attention and handed over to the Zamfara State Government for reunion with their families.

Troops remain resolute in the fight against banditry in the North West.""",
[], "hostage release; July abduction is history"),
]
