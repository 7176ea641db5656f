from common import *

FEED = ("dev/local-a.atom.xml", "atom", "https://subcontinent-gulf.example.pk/regional", "Regional Desk: South Asia and the Gulf")
REGISTER = "local"

ITEMS = [
("kulachi-check-post", "2024-04-18 07:30", "Two cops martyred as terrorists storm check post in Kulachi",
"""DERA ISMAIL KHAN: Two policemen were martyred and another injured when terrorists attacked a police check post within the limits of Kulachi police station late on {d-1}, police said.

According to DPO Dera Ismail Khan, around a dozen terrorists armed with heavy weapons opened fire on the post from three sides at about 11pm. The policemen on duty returned fire and the exchange continued for nearly an hour before the attackers fled towards the mountains. The martyred constables were identified as Muhammad Riaz and Sher Zaman.

A heavy contingent of police and Elite Force reached the spot and started a search operation. The funeral prayers of the martyred were offered at police lines with official honours.

This is the third attack on police in the district this month. Earlier, a constable was shot dead in Paharpur tehsil.""",
[(CL, "PK", "Kulachi", 2, "d-1", "militants", "Pakistan")], "attack on a police post; earlier Paharpur killing is background"),

("mardan-mobile-shop-loot", "2024-02-07 09:00", "Miscreants loot mobile shop in Mardan",
"""MARDAN: Unidentified miscreants looted cash and mobile phones worth over Rs1.5 million from a shop in the limits of Sheikh Maltoon police station on {d-1}.

According to the FIR registered on the complaint of the shopkeeper, three armed men entered the shop at closing time, held him and his salesman at gunpoint and fled on a motorcycle with the phones and cash.

Police said CCTV footage from the market had been obtained and that the suspects would be arrested soon. Traders of the area staged a protest against the rising incidents of street crime and demanded more police patrolling in the markets.""",
[], "crime: armed robbery, 'miscreants'"),

("khar-ied-cleric", "2023-09-02 11:40", "Bajaur blast kills local religious leader, two guards",
"""KHAR: A local leader of a religious party and two of his guards were killed when a remote-controlled device exploded near his vehicle in Mamund tehsil of Bajaur district on {d0} morning.

The district police officer said the bomb had been planted on the roadside and detonated as the vehicle passed. Another passer-by was wounded and shifted to the District Headquarters Hospital Khar.

No group has claimed responsibility. The tribal district has seen a wave of targeted attacks on political workers in recent months, including the suicide bombing at a party convention in July that left more than 60 dead.""",
[(IED, "PK", "Mamund", 3, "d0", None, "civilians")], "remote-controlled bomb; the July suicide bombing is background with its own toll"),

("musakhel-passengers-kalat", "2024-08-26 09:15", "Passengers offloaded, shot dead in Musakhel; Levies post attacked in Kalat",
"""QUETTA: Armed men blocked the national highway in the Rarasham area of Musakhel district overnight, offloaded passengers from buses and trucks and shot dead 23 of them after checking their identity cards, officials said.

The Deputy Commissioner said the attackers also set fire to at least ten vehicles before fleeing. Most of the victims belonged to Punjab. The proscribed Balochistan Liberation Army claimed responsibility.

In a separate attack the same night, militants stormed a Levies station in Kalat, sparking an exchange of fire in which four Levies personnel and a civilian were killed. Security forces later launched a clearance operation in both districts.

The chief minister condemned the attacks and announced compensation for the families of the dead.""",
[(CIV, "PK", "Rarasham", 23, "d0", "Balochistan Liberation Army", "civilians"), (CL, "PK", "Kalat", 5, "d0", "militants", "Pakistan")], "two events; Levies = state force; four plus a civilian = 5"),

("kurram-jirga-ceasefire", "2024-12-02 16:20", "Jirga extends Kurram ceasefire by ten days",
"""PESHAWAR: A grand jirga of elders from both sides of the Kurram conflict on {d0} agreed to extend the ceasefire in the district by another ten days as talks continue on a lasting peace accord.

The jirga, held at the Kohat commissioner's office, also agreed to remove bunkers along the main road and to reopen the Thall-Parachinar highway for convoys under police escort.

The district has been tense since the attack on a passenger convoy near Bagan last month and the clashes that followed. The provincial government said it would deploy additional platoons of the Frontier Corps to secure the road.""",
[], "truce; the earlier convoy attack and clashes are background"),

("ochat-convoy-attack", "2024-11-21 18:10", "42 killed as gunmen ambush passenger convoy in Lower Kurram",
"""PARACHINAR: At least 38 people, including women and children, were killed when gunmen ambushed a convoy of passenger vehicles near Ochat in Lower Kurram on {d0}, officials said.

The vehicles were travelling from Parachinar to Peshawar under police escort when attackers positioned on both sides of the road opened fire. Dozens were injured, many of them critically.

Later in the evening, the Deputy Commissioner said the death toll had risen to 42 as more bodies were brought to the District Headquarters Hospital. Mobile phone service was suspended in the district and a curfew imposed in the main bazaar.""",
[(CIV, "PK", "Ochat", 42, "d0", "gunmen", "civilians")], "toll rises; latest total counts"),

("sukkur-katcha-dacoits", "2024-05-09 08:00", "Two dacoits killed in police encounter in Sukkur katcha area",
"""SUKKUR: Two notorious dacoits wanted in dozens of cases of kidnapping for ransom and highway robbery were killed in an encounter with police in the riverine area of Shikarpur road, SSP Sukkur said on {d0}.

According to police, a party was conducting a raid on a hideout of the Jagirani gang when the dacoits opened fire. Police returned fire and two dacoits were killed while their accomplices escaped under cover of darkness.

Police recovered two Kalashnikovs and a rocket launcher from the spot. Operations against gangs in the katcha area have been intensified after the killing of two policemen last month.""",
[], "crime: police against a dacoit gang; 'encounter'"),

("abujhmarh-encounter", "2024-10-05 06:45", "31 Maoists killed in encounter in Abujhmarh forests",
"""RAIPUR: At least 28 Maoists were killed in an encounter with security forces in the forests of Abujhmarh along the Narayanpur-Dantewada border on {d-1}, police said.

A joint team of DRG and STF had launched the operation on a tip-off about the presence of senior cadres of the East Bastar division. The exchange of fire began around 1pm and continued intermittently till evening.

On {d0}, as the search of the area continued, IG Bastar said the number of bodies recovered had risen to 31. A large cache of weapons including AK-47 and SLR rifles was also found. Two jawans suffered minor injuries and were airlifted to Raipur.""",
[(CL, "IN", "Abujhmarh", 31, "d-1", "India", "CPI (Maoist)")], "rising toll; 28 then 31"),

("sukma-surrender", "2025-01-20 10:30", "22 Maoists lay down arms before Sukma SP",
"""SUKMA: Twenty-two Maoists, including six carrying rewards on their heads, surrendered before the Superintendent of Police and CRPF officers on {d0}.

They said they were disillusioned with the hollow ideology of the Maoists and impressed by the state's rehabilitation policy. Each of them was given an incentive of Rs 25,000.

The SP said more than 200 cadres had surrendered in the district in the past year and appealed to others to return to the mainstream.""",
[], "surrender"),

("jiribam-borobekra", "2024-11-12 08:20", "10 militants killed in Jiribam gunfight; six women and children missing",
"""IMPHAL: Ten suspected militants were killed in a gunfight with CRPF personnel after they attacked the Borobekra police station and a nearby relief camp in Jiribam district on {d-1} afternoon, police said.

The armed men, dressed in camouflage, fired indiscriminately and set fire to several shops and houses in the market before the security forces retaliated.

After the firing stopped, six people from the relief camp, three women and three children, were found missing. Family members said they had been taken away by the attackers. A massive search operation has been launched in the area and additional forces rushed from Imphal.""",
[(CL, "IN", "Borobekra", 10, "d-1", "militants", "India"), (ABD, "IN", "Borobekra", None, "d-1", "militants", "civilians")], "two events: gunfight and abduction"),

("imphal-bandh", "2024-09-10 12:00", "Bandh hits normal life in Imphal valley",
"""IMPHAL: Normal life was affected across the five valley districts on {d0} due to a 24-hour total shutdown called by a joint action committee demanding the removal of the security adviser.

Markets, schools and government offices remained closed and vehicles stayed off the roads. Students staged sit-ins outside the Raj Bhavan, where police fired tear gas shells to disperse them.

The state government has suspended mobile internet in the valley districts for five days as a precautionary measure.""",
[], "shutdown and protest"),

("shopian-labourer-shot", "2024-10-21 05:40", "Non-local labourer shot dead by terrorists in Shopian",
"""SRINAGAR: A non-local labourer was shot dead by terrorists in the Zainapora area of Shopian district on {d-1} evening, officials said.

The victim, a 28-year-old from Bihar working at an apple orchard, was fired upon from close range and died on the way to hospital. The area was cordoned off and a search operation launched to track down the attackers.

The killing triggered condemnation from political parties. It came two days after seven people, including a doctor, were killed in an attack on a tunnel construction camp in Ganderbal.""",
[(CIV, "IN", "Zainapora", 1, "d-1", "militants", "civilians")], "age is not a toll; Ganderbal attack is background"),

("sopore-grenade-bunker", "2023-07-15 13:30", "Grenade hurled at CRPF bunker in Sopore misses target",
"""SOPORE: Terrorists lobbed a grenade towards a CRPF bunker in the main chowk of Sopore town on {d0} afternoon. The grenade missed the target and exploded on the roadside, police said.

Two pedestrians suffered splinter injuries and were shifted to the sub-district hospital. Traders briefly downed shutters as security forces cordoned off the area and began searching vehicles.

Police said the grenade was thrown by a youth who escaped through a narrow lane behind the bus stand. Senior officers visited the spot and said the culprits had been identified from footage and would be arrested soon.""",
[(GRE, "IN", "Sopore", None, "d0", "militants", "India")], "grenade; injuries only"),

("kathua-search-operation", "2024-07-30 09:10", "Search operation launched after suspicious movement in Kathua",
"""KATHUA: Security forces launched a massive search operation in the forests of Billawar on {d0} after villagers reported the movement of three suspicious persons carrying bags.

Police, army and SOG teams have been deployed and drones used to scan the area. No contact has been established so far.

Officials asked villagers not to panic and to inform the nearest police post of any movement. The area has witnessed several militant attacks this year, including the ambush on an army vehicle in Machedi earlier this month.""",
[], "search with no contact; earlier ambush is background"),

("ruma-knf-soldiers", "2023-05-17 10:00", "Two soldiers killed in KNF ambush in Bandarban's Ruma",
"""BANDARBAN: Two army soldiers were killed and two others injured when members of the armed group Kuki-Chin National Front ambushed a patrol in a remote area of Ruma upazila on {d-1}, ISPR said.

The patrol came under fire while conducting an operation in the Jarulchhari para area. The injured were flown to Chattogram Combined Military Hospital by helicopter.

Security has been tightened across the hill district and tourists have been barred from visiting Ruma and Rowangchhari upazilas.""",
[(CL, "BD", "Ruma", 2, "d-1", "Kuki-Chin National Front", "Bangladesh")], "ambush of a patrol; ISPR here is Bangladesh's"),

("narayanganj-hartal", "2023-10-29 14:00", "Hartal passes off peacefully in Narayanganj",
"""NARAYANGANJ: The dawn-to-dusk hartal called by the opposition passed off largely peacefully in the district on {d0}, with few vehicles on the roads and most shops shut.

Picketers brought out processions in Chashara and Siddhirganj but police did not allow them to block the Dhaka-Chattogram highway. Members of the Rapid Action Battalion patrolled key intersections.

Business leaders said the repeated shutdowns were hurting the garment exporters of the district.

Police said 14 activists had been detained on the eve of the shutdown on charges of planning sabotage. Schools and colleges in the district postponed their examinations.""",
[], "political shutdown"),

("teknaf-mortar-shells", "2024-02-05 12:30", "Mortar shells from Myanmar land in Teknaf; child injured",
"""TEKNAF: Two mortar shells fired from across the border landed in a village of Whykong union in Teknaf upazila on {d-1} night, injuring a child and damaging a house, local people said.

The shells came amid fierce fighting between the Myanmar junta and the Arakan Army on the other side of the Naf river. Border Guard Bangladesh has stepped up patrols and asked residents near the border to stay indoors.

The foreign ministry summoned Myanmar's ambassador in protest.""",
[(SHL, "BD", "Whykong", None, "d-1", None, "civilians")], "cross-border shelling; fighting across the river is background in another country; injuries only"),

("nahrin-shrine-bomb", "2024-01-12 07:50", "Explosion at Sufi shrine in Baghlan's Nahrin kills four",
"""PUL-E-KHUMRI: Four people were killed and seven others injured when an explosion took place at a Sufi shrine in Nahrin district of Baghlan province during the weekly gathering on {d-1} evening, local officials said.

The Islamic Emirate's provincial spokesman said the bomb had been placed inside the shrine and detonated as worshippers sat for dhikr. Security forces have started an investigation.

No group has claimed the attack so far, though Daesh has targeted Sufi gatherings in the north before.""",
[(IED, "AF", "Nahrin", 4, "d-1", None, "civilians")], "planted bomb; Daesh named only as a past attacker"),

("baghlan-flash-floods", "2024-05-11 10:00", "Flash floods kill dozens in Baghlan",
"""PUL-E-KHUMRI: Flash floods triggered by heavy rains swept through several districts of Baghlan province on {d-1}, killing dozens of people and destroying hundreds of houses, officials said.

The worst affected districts are Burka, Nahrin and Baghlan-e-Markazi. The Islamic Emirate's disaster management ministry has sent helicopters to evacuate the injured.

Residents said they had received no warning before the water came down the valleys. Aid agencies said thousands of families needed tents, food and clean water, and warned of disease. More rain is forecast for the coming week across the northern provinces, including Takhar and Badakhshan.""",
[], "natural disaster"),

("guzara-mosque-shooting", "2023-04-28 08:30", "Gunmen open fire on worshippers in Herat's Guzara",
"""HERAT: Four worshippers were killed and two wounded when unknown gunmen opened fire on a Shia mosque in Guzara district of Herat province during evening prayers on {d-1}, local sources said.

The attackers fled on motorcycles. An official of the provincial police confirmed the incident and said an investigation was under way. Residents said the mosque's imam was among the dead.

Members of the Shia community called on the authorities to provide security for places of worship ahead of Muharram. Funerals of the victims were held on {d0} amid tight security.""",
[(CIV, "AF", "Guzara", 4, "d-1", "gunmen", "civilians")], "attack on worshippers"),

("chaman-cross-border-fire", "2023-12-12 15:40", "Mortars from across the border hit Chaman; three injured",
"""CHAMAN: Three civilians were injured when mortar rounds fired from the Afghan side landed in the Killi Luqman area of Chaman on {d0}, officials said.

The firing began after an altercation between border forces at the Friendship Gate over the construction of a fence. Trade through the crossing was suspended for several hours. Tribal elders from both sides later held talks to defuse the tension.

The injured, including a woman, were taken to the District Headquarters Hospital Chaman. Traders said hundreds of trucks were stranded on both sides of the border.""",
[(SHL, "PK", "Killi Luqman", None, "d0", "Taliban", "civilians")], "cross-border mortar fire; injuries only"),

("ctd-punjab-report", "2024-01-03 12:00", "CTD report: terror incidents in Punjab fell in 2023",
"""LAHORE: The Counter Terrorism Department's annual report says terrorism-related incidents in Punjab fell by 20 per cent in 2023 compared with the previous year.

The report says the department conducted over 7,000 intelligence-based operations, arrested 325 suspected terrorists and foiled several major plans. The additional IG attributed the decline to better coordination with intelligence agencies.

The report also lists the districts of south Punjab as the most vulnerable because of their proximity to Khyber Pakhtunkhwa and Balochistan. The CTD plans to open three new regional offices this year and to recruit 500 more corporals.""",
[], "annual aggregate"),

("tarmiyah-daesh-remnants", "2024-03-30 09:20", "Two soldiers killed as Daesh remnants attack army post in Tarmiyah",
"""BAGHDAD: Two soldiers were killed and three others injured in an attack by Daesh remnants on an army post in the Tarmiyah district north of the capital on {d-1}, a security source said.

The attackers used medium weapons and fled into the orchards along the Tigris. The Baghdad Operations Command said aircraft were searching for them.

Daesh remnants remain active in the rugged areas between Salahuddin, Diyala and Kirkuk governorates.""",
[(CL, "IQ", "Tarmiyah", 2, "d-1", "Islamic State", "Iraq")], "Daesh remnants"),

("diyala-water-protest", "2023-07-18 11:30", "Diyala farmers block road over water shortage",
"""BAQUBAH: Farmers from villages of the Khalis district blocked the main road to Baghdad for several hours on {d0}, protesting severe water shortages that have dried up their orchards.

The protesters accused the irrigation directorate of favouring other districts. The governorate's water resources director said the shortage was caused by low releases upstream and promised tankers for drinking water.

The protesters dispersed after the district administrator promised to raise their case with the ministry in Baghdad. Farmers said they had lost most of their summer crop and that some families were leaving for the cities.""",
[], "protest"),

("sinjar-drone-car", "2024-08-16 17:20", "Drone strike on vehicle in Sinjar kills two",
"""DUHOK: Two members of the Sinjar Resistance Units were killed when a drone struck their vehicle near the Sinun area of Sinjar district in Nineveh governorate on {d0}, local officials said.

Residents blamed Turkey, which regularly carries out strikes against groups it considers linked to the PKK. There was no comment from Ankara. The mayor of Sinjar said the strikes were hurting efforts to bring displaced Yazidis home.

It was the second such strike in the district this month. Local officials called on the federal government in Baghdad to protect the area's airspace.""",
[(AIR, "IQ", "Sinun", 2, "d0", "Turkey", "Sinjar Resistance Units")], "drone strike; residents attribute"),

("ain-asad-rockets", "2024-01-20 19:50", "Rockets fall near Ain al-Asad airbase in Anbar",
"""RAMADI: Several rockets fell near Ain al-Asad airbase in western Anbar, which hosts US forces, on {d0} evening, security sources said.

An official said some of the rockets were intercepted by the base's air defences and others landed in open ground. Several US personnel were being evaluated for injuries. A group calling itself the Islamic Resistance in Iraq claimed the attack.

The launcher was later found in a truck in al-Baghdadi district, police said.""",
[(SHL, "IQ", "Ain al-Asad", None, "d0", "Islamic Resistance in Iraq", "United States"), (DIS, "IQ", "Ain al-Asad", None, "d0", "United States", "Islamic Resistance in Iraq")], "rocket attack partly intercepted: the rockets that landed and the interception are two events"),

("kirkuk-sleeper-warning", "2024-02-25 10:00", "Kirkuk command warns of Daesh cells in Wadi al-Shay",
"""KIRKUK: The Kirkuk Operations Command has warned of increased movement of Daesh cells in the Wadi al-Shay valley and along the border with Salahuddin, and said it would launch new sweeps in coming days.

A commander told local media that the militants were trying to exploit the harvest season to extort farmers. He urged residents to report strangers.

Security forces have recently carried out a series of operations in the valley and destroyed several hideouts and tunnels. The commander said the cells were small and isolated but capable of hit-and-run attacks on checkpoints.""",
[], "warning"),

("sukhnah-truffle-mine", "2024-02-29 13:10", "Landmine kills three truffle hunters near al-Sukhnah",
"""HOMS: Three civilians were killed and two others injured on {d-1} when a landmine left over from the war exploded as they searched for truffles in the desert near al-Sukhnah, east of Homs.

Dozens of truffle hunters have been killed by mines and unexploded ordnance in the Badia this season. Local authorities have repeatedly warned people not to enter the desert.

The victims, from the town of al-Sukhnah, were taken to Palmyra national hospital. Mine clearance teams say large parts of the desert remain contaminated and that clearing them will take years.""",
[(IED, "SY", "Al-Sukhnah", 3, "d-1", None, "civilians")], "landmine; the season's aggregate is not labelled"),

("idlib-convoy-bab-al-hawa", "2023-03-15 10:30", "UN convoy crosses Bab al-Hawa with quake aid",
"""IDLIB: A convoy of 18 UN trucks carrying shelter kits and medical supplies crossed into northwest Syria through Bab al-Hawa on {d0}, the local crossing administration said.

Aid workers said the needs of families displaced by the earthquake remained huge.

The crossing administration said more than 600 trucks had entered since the disaster struck, but that tents and heating fuel were still lacking in the camps around Jandaris and Harem. The UN said it would keep the crossing open for another three months under the current arrangement.""",
[], "aid convoy"),

("kisweh-israeli-strikes", "2024-10-23 06:00", "Israeli air strikes hit military sites in Kisweh",
"""DAMASCUS: Israeli warplanes struck military sites around the town of Kisweh, south of Damascus, after midnight, the defence ministry said, adding that air defences had downed some of the missiles.

The ministry said the strikes caused material damage. A war monitor said the targets included weapons depots used by Iran-backed groups.

Residents of Kisweh said the explosions shook windows across the town and that fires burned for hours in the hills to the west. Israel's military did not comment on the reports, in line with its usual practice.""",
[(AIR, "SY", "Kisweh", None, "d0", "Israel", "Syria"), (DIS, "SY", "Kisweh", None, "d0", "Syria", "Israel")], "air strike after midnight = publication day; the missiles downed are a second event, the interception"),

("taiz-drone-children", "2023-10-03 12:00", "Houthi drone kills two children in Taiz's al-Wazi'iyah",
"""TAIZ: Two children were killed and their mother wounded when a Houthi drone dropped a bomb on their house in a village of al-Wazi'iyah district in western Taiz on {d-1}, local officials said.

The official said the militia has escalated its drone attacks on villages in the area in recent weeks despite the truce. The health office said the mother was in a serious condition.

Taiz city has been besieged by the Houthis on three sides since 2015.""",
[(AIR, "YE", "Al-Wazi'iyah", 2, "d-1", "Houthis", "civilians")], "drone strike"),

("aden-currency-slide", "2024-06-10 09:00", "Rial slides to new low in Aden",
"""ADEN: The Yemeni rial fell to a new low of 1,800 to the dollar in Aden on {d0}, pushing up food prices. Exchange shop owners said they had run out of foreign currency.

The central bank blamed speculation and said it would auction $30 million next week.

Traders in Crater and al-Mualla markets said the price of a sack of flour had risen by almost a fifth in one month. Government employees complained that their salaries, paid in rials, now bought half of what they did a year ago. Economists called for the deposit of Saudi support funds to stabilise the currency.""",
[], "economy"),

("mudiyah-aqap-checkpoint", "2024-02-17 14:30", "AQAP gunmen attack Security Belt checkpoint in Mudiyah",
"""ABYAN: Four soldiers of the Security Belt forces were killed and two others wounded when gunmen believed to belong to al-Qaeda in the Arabian Peninsula attacked a checkpoint in Mudiyah district on {d-1}.

A military source said the attackers used machine guns and rocket-propelled grenades. The forces pursued them into Wadi Omran, where clashes continued until the evening.

Security Belt commanders said reinforcements had been sent to Mudiyah and to neighbouring Lawdar.""",
[(CL, "YE", "Mudiyah", 4, "d-1", "AQAP", "Security Belt")], "pursuit is the same clash"),

("bint-jbeil-motorcycle", "2024-03-25 13:00", "Israeli drone strikes motorcycle in Bint Jbeil",
"""BINT JBEIL: A man was killed when an Israeli drone fired a missile at a motorcycle on the outskirts of Bint Jbeil on {d0}, the National News Agency reported.

Israeli artillery also shelled the outskirts of Aitaroun and Maroun al-Ras in the afternoon.

The man, whose identity was not immediately released, was taken to the government hospital in the town. Hezbollah did not immediately announce the death of any of its members. The border area has been the scene of daily exchanges of fire since October, and many residents of the frontline villages have left for Tyre and Beirut.""",
[(AIR, "LB", "Bint Jbeil", 1, "d0", "Israel", None), (SHL, "LB", "Aitaroun", None, "d0", "Israel", None)], "drone strike plus shelling elsewhere"),

("tripoli-council-vote", "2025-05-12 08:00", "Tripoli council elections: lists announce results",
"""TRIPOLI: Vote counting for the Tripoli municipal council ended on {d0} with the list backed by a coalition of the city's MPs winning 16 of the 24 seats, according to results announced by the mayor's office.

Turnout in Bab al-Tabbaneh, Jabal Mohsen and al-Mina was below 30 per cent. Candidates said the new council must deal with the city's rubbish crisis and power cuts. Losing candidates said they would challenge the results in two districts, citing irregularities at polling stations in Abu Samra. The Interior Ministry praised the security forces for ensuring the vote passed without incident.""",
[], "local election in Tripoli"),

("tabbaneh-grenade-patrol", "2024-01-30 11:00", "Grenade thrown at army patrol in Tripoli's Bab al-Tabbaneh",
"""TRIPOLI: An unknown assailant threw a hand grenade at an army patrol in the Bab al-Tabbaneh area of Tripoli late on {d-1}, wounding two soldiers, the army said.

Troops raided several buildings in the neighbourhood and detained three suspects. The army said investigations were under way.

The wounded soldiers were taken to a hospital in the city and their condition was described as stable. Residents said the area had been quiet for months and called on the authorities to act before tension spread.""",
[(GRE, "LB", "Bab al-Tabbaneh", None, "d-1", None, "Lebanon")], "grenade; Tripoli of Lebanon, country never named"),

("amritsar-islamabad-police-station", "2024-12-18 06:50", "Blast at Islamabad police station in Amritsar",
"""AMRITSAR: A loud blast was heard at the Islamabad police station here in the early hours of {d0}, the fourth such incident targeting police premises in Punjab in less than a month.

Sources said a grenade had been thrown at the building; police officials initially denied any explosion. No one was injured. A pro-Khalistan group claimed the attack in a social media post, which police were verifying.

Senior officers reached the spot and forensic teams collected samples.""",
[(GRE, "IN", "Amritsar", 0, "d0", None, "India")], "police station named after a foreign city; unverified claim leaves initiator unknown"),

("tarn-taran-heroin-drone", "2024-06-04 10:00", "BSF shoots down drone carrying heroin near border",
"""TARN TARAN: The Border Security Force shot down a Pakistani drone carrying 500 grams of heroin near the village of Kalash on {d-1} night, officials said.

BSF troops fired at the drone on hearing its buzzing sound. It was found in a farm with the packet of narcotics attached. A search operation is on.

Officials said that this year the force had recovered more than 100 drones used for smuggling drugs and weapons along the Punjab frontier. Villagers have been promised cash rewards for information about drone drops.""",
[], "drug smuggling drone shot down: not a weapon"),

("lakki-customs-abducted", "2024-03-07 15:00", "Three customs officials abducted in Lakki Marwat",
"""LAKKI MARWAT: Armed men abducted three officials of the customs department from the Indus Highway near Tajazai on {d-1} evening, police said.

The officials were returning to Bannu when armed men stopped their vehicle and took them to an unknown location. Their driver was let go. Police and CTD have started a search. The district has seen several abductions of officials this year, most of them released after negotiations.

Customs staff protested outside the regional office in Bannu, demanding the safe recovery of their colleagues.""",
[(ABD, "PK", "Tajazai", None, "d-1", "gunmen", "civilians")], "abduction of officials"),

("dik-enmity-firing", "2023-08-12 08:40", "Two killed in firing over old enmity in DI Khan",
"""DERA ISMAIL KHAN: Two brothers were shot dead by their rivals over an old enmity within the limits of Cantt police station on {d-1}.

According to police, the assailants ambushed the brothers as they returned from their fields. Police have registered a case against five nominated accused and arrested one of them.

The bodies were handed over to the family after postmortem at the District Headquarters Hospital. Police said the two families had been at odds over a piece of land for more than a decade, and that three people had been killed in the feud before.""",
[], "family feud: crime"),

("tirah-bagh-maidan", "2024-04-28 12:50", "Security forces clear Bagh Maidan in Tirah after three days of fighting",
"""KHYBER: Security forces took control of the Bagh Maidan area of Tirah valley on {d0} after three days of fighting with militants who had established hideouts in the area, officials said.

Officials said 12 militants and three soldiers were killed during the operation. Residents who had fled to Bara and Peshawar were told they could return after the area is cleared of mines.

The ISPR said the area had been used by the militants to launch attacks in Khyber and Orakzai districts.""",
[(GOV, "PK", "Bagh Maidan", 15, "d0", "Pakistan", "militants")], "government regains territory; 12 plus 3"),

("chemmani-mass-grave", "2025-07-01 10:00", "Excavation at Chemmani mass grave resumes",
"""JAFFNA: Excavation at the Chemmani mass grave site resumed on {d0} under the supervision of the Jaffna magistrate, with archaeologists recovering more skeletal remains.

The site was first exposed in the late 1990s. Families of the disappeared from the war years gathered outside the site, holding photographs of relatives.

Human rights groups have called for international observers. The government said the excavation would be carried out transparently and that any findings would be shared with the families. Earlier excavations at the site in 1999 recovered the remains of 15 people.""",
[], "history: war-era grave"),
]
