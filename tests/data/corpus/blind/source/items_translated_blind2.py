from common import *

FEED = ("blind/translated-b2.rss.xml", "rss", "https://monitor.example.net/translations", "Example Media Monitor: translated press")
REGISTER = "translated"

ITEMS = [
("kherson-bus-drone-beryslav", "2024-06-18 10:40", "The occupiers shelled Beryslav, a drone of the enemy attacked a bus in Kherson",
"""During the past day the Russian occupiers carried out shelling of 36 settlements of the Kherson region, the regional military administration reports.

In the morning of {d0} a drone of the enemy dropped an explosive device on a municipal bus at a stop in the Dniprovskyi district of Kherson. As a result of the attack a 64-year-old man was killed; six passengers received wounds of varying severity and were taken to hospital.

Yesterday evening the enemy with artillery struck residential quarters of Beryslav. Two private houses, a shop and a gas pipeline were damaged; people, fortunately, did not suffer.

In total during the day the enemy made 412 shellings, releasing on the region also 23 guided aerial bombs. Residents of the coastal districts are asked to stay in shelters.

(Translated from Ukrainian.)""",
[(AIR, "UA", "Dniprovskyi district", 1, "d0", "Russia", "civilians"),
 (SHL, "UA", "Beryslav", 0, "d-1", "Russia", "civilians")], "literal turns; two incidents; people did not suffer = 0; daily shelling count is no event; age is no toll"),

("stepnohirsk-cs-grenades", "2024-03-12 09:00", "Occupiers again applied chemical ammunition in the Zaporizhzhia direction",
"""In the Zaporizhzhia direction the Russian occupiers again applied ammunition filled with chemical substances against our defenders.

On {m-1} near Stepnohirsk enemy unmanned aerial vehicles dropped on the positions of one of our units K-51 grenades equipped with the irritant CS, the use of which in war is forbidden by the Convention on the Prohibition of Chemical Weapons. Three servicemen received poisoning and were evacuated for treatment; their life is not in danger.

Since the beginning of the full-scale invasion, the enemy has used such means against the Defence Forces of Ukraine more than a thousand times, the press service of the operational-strategic group notes. Each case is documented and the materials are handed over to the OPCW.

(Translated from Ukrainian.)""",
[(CHEM, "UA", "Stepnohirsk", None, "d-1", "Russia", "Ukraine")], "gas grenades dropped from drones: chemical weapon, not grenade; aggregate count not labelled"),

("novogrodovka-liberated-belgorod-drones", "2024-09-21 11:15", "Units of the Center group liberated Novogrodovka",
"""Units of the Center group of troops as a result of decisive actions fully liberated the settlement of Novogrodovka of the Donetsk People's Republic, the Ministry of Defence of the Russian Federation reports.

In the course of the fighting defeat was inflicted on formations of three mechanized brigades of the AFU. Losses of the enemy in this direction amounted to up to 430 servicemen, two tanks and four armoured fighting vehicles.

Air defence means shot down 41 unmanned aerial vehicles of aircraft type over the territory of the Belgorod region. The Kyiv regime, the ministry said, continues attempts to carry out terrorist attacks on civilian objects.

(Translated from Russian.)""",
[(NSA, "UA", "Novogrodovka", None, None, "Russia", "Ukraine"),
 (DIS, "RU", "Belgorod", None, None, "Russia", "Ukraine")], "foreign state taking ground is not a government recapture; 'losses' is no toll; no day given"),

("tayaran-square-double-suicide", "2021-01-22 08:30", "The Daesh terrorist gangs claim the double bombing of al-Tayaran Square",
"""The terrorist gangs of Daesh claimed the cowardly attack which hit the popular market in al-Tayaran Square in the centre of the capital Baghdad on {d-1} morning.

The Security Media Cell said in a statement that two terrorists blew themselves up with explosive belts among the shoppers in the Bab al-Sharqi commercial area, after the first of them feigned illness to gather people around him.

The Ministry of Health announced that the toll rose to 32 martyrs and 110 wounded, of whom several are in critical condition. The Prime Minister ordered changes in the leadership of the security and intelligence services.

It is the first suicide attack of its kind in the capital for three years.

(Translated from Arabic.)""",
[(SUI, "IQ", "Bab al-Sharqi", 32, "d-1", "Islamic State", "civilians")], "two bombers, one event; rising toll"),

("ras-isa-port-raids", "2025-04-18 09:00", "The American aggression commits a new massacre in the port of Ras Isa",
"""The American aggression committed a new crime against the Yemeni people by launching 14 raids on the port of Ras Isa in the Salif district of Hodeidah governorate on {d-1} night.

The toll of martyrs rose to 80 and the number of wounded to 150, among them workers of the port and paramedics, according to the Ministry of Health. The raids also destroyed fuel tanks, and the fire continued until the morning.

The Ministry of Foreign Affairs called the targeting of a civilian port a war crime and held Washington fully responsible for its consequences. The armed forces affirmed that this aggression will not pass without punishment.

(Translated from Arabic.)

The civil defence teams continued until the afternoon to search under the rubble of the offices of the port and the workers' rest houses. Among the martyrs are drivers of tanker trucks who were waiting to load fuel. The American Central Command said that the strikes aimed to cut the source of fuel for the Houthis, and that they will continue.""",
[(AIR, "YE", "Ras Isa", 80, "d-1", "United States", "civilians")], "foreign force; threat of punishment not labelled"),

("wad-madani-entered", "2025-01-11 13:00", "The Armed Forces entered the city of Wad Madani",
"""The official spokesman of the Armed Forces announced that our forces entered on the morning of {d0} the city of Wad Madani, the capital of Gezira state, after they crushed the gatherings of the terrorist Dagalo militia on its outskirts.

Our forces are now cleaning the remaining pockets inside the city's neighbourhoods, the spokesman said, and he congratulated the Sudanese people on this victory.

Citizens went out in Port Sudan, Atbara and Kassala to celebrate. The militia had seized Wad Madani in December 2023.

(Translated from Arabic.)""",
[(GOV, "SD", "Wad Madani", None, "d0", "Sudan", "Rapid Support Forces")], "recapture after fighting; earlier loss is history"),

("sidi-semiane-terrorists", "2023-05-08 10:00", "A detachment of the ANP neutralised two terrorists in Tipaza",
"""In the framework of the fight against terrorism and thanks to the exploitation of information, a detachment of the People's National Army neutralised on {m-2} two dangerous terrorists during a search operation near Sidi Semiane, wilaya of Tipaza, in the 1st Military Region, a communiqué of the Ministry of National Defence indicates.

The operation permitted also the recovery of two Kalashnikov-type pistol machine guns, magazines and a quantity of ammunition.

In the same context, during the past week, detachments of the ANP arrested 12 support elements of the terrorist groups in various operations across the national territory.

(Translated from French.)""",
[(CL, "DZ", "Sidi Semiane", None, "d-2", "Algeria", "militants")], "neutralised alone is no toll; arrests are not events"),

("kayes-cement-workers-kidnapped", "2025-07-03 10:30", "Three Indian nationals kidnapped at a cement factory in Kayes",
"""Three Indian nationals working at the Diamond Cement factory near Kayes were kidnapped on Tuesday 1 July by armed individuals not identified, the Indian Ministry of External Affairs announced.

According to local sources, the assailants entered the factory in the morning and took away the three workers towards an unknown destination. The Indian embassy in Bamako is in contact with the Malian authorities, who did not react.

The Ministry called on the government of Mali to take all measures for the safe release of its citizens.

(Translated from French.)""",
[(ABD, "ML", "Kayes", None, "2025-07-01", "gunmen", "civilians")], "literal date; three victims are not a toll"),

("kidal-fama-take-control", "2023-11-14 17:00", "The FAMa take control of Kidal",
"""The Malian Armed Forces took control of Kidal on {d0}, announced the president of the Transition in a message to the nation. 'Our mission is not finished,' he said.

The column of FAMa, which left Anefis several days ago, advanced on the town after fighting with the rebels of the Permanent Strategic Framework (CSP) on the approaches, and after air strikes which targeted their positions. The rebels declared that they had withdrawn from the town 'for strategic reasons'.

Kidal had escaped the control of the State since 2014.

(Translated from French.)""",
[(GOV, "ML", "Kidal", None, "d0", "Mali", "Permanent Strategic Framework")], "government regains a town after fighting; history not labelled"),

("solenzo-massacre-videos", "2025-03-15 12:00", "Burkina Faso: videos of massacre of civilians in Solenzo, VDP accused",
"""Videos circulating since several days on social networks show dozens of bodies of civilians, among them women and children, in the region of Solenzo, in the west of Burkina Faso. The victims are in majority Fulani.

According to human rights organisations, the killings were committed on 10 and 11 March by Volunteers for the Defence of the Homeland (VDP), the civilian auxiliaries of the army, after an attack by jihadists in the area.

The government denounced in a communiqué a 'manipulation' of images and 'an information war' against Burkina Faso, without denying explicitly the killings.

(Translated from French.)""",
[(CIV, "BF", "Solenzo", None, None, "VDP", "civilians")], "pro-government militia killing civilians; date range, dozens = null; jihadist attack not described"),

("fambita-mosque-attack", "2025-03-22 08:00", "Niger: 44 civilians killed in an attack on a mosque in Fambita",
"""Forty-four civilians were killed and 13 wounded on {d-1} during a terrorist attack against the mosque of the village of Fambita, in the rural commune of Kokorou, region of Tillabéri, the Ministry of the Interior announced.

Heavily armed terrorists of the Islamic State in the Greater Sahara encircled the mosque at the moment of the Friday prayer, during the month of Ramadan, then opened fire on the faithful before setting fire to the market and houses, the communiqué specifies.

A national mourning of three days was decreed.

(Translated from French.)""",
[(CIV, "NE", "Fambita", 44, "d-1", "Islamic State in the Greater Sahara", "civilians")], "Tillabéri region; the country is never named in the body"),

("barkaram-base-attack", "2024-10-28 15:00", "About forty soldiers dead in an attack of Boko Haram at Barkaram",
"""An attack of Boko Haram against a base of the army at Barkaram, in the province of Lac, caused the death of about forty soldiers late on {d-1} evening, the Presidency of the Republic announced.

The head of state went to the place on {d0} and launched an operation to pursue the assailants 'until their last retreats'. The armed forces evacuated the wounded towards N'Djamena.

The islands of Lake Chad are the theatre of regular incursions of the jihadists, who come from the Nigerian side of the lake.

(Translated from French.)""",
[(CL, "TD", "Barkaram", 40, "d-1", "Boko Haram", "Chad")], "about forty = 40; Nigeria named, event in Chad"),

("koui-axis-kidnapping", "2022-05-10 11:00", "Five people kidnapped on the Bocaranga-Koui axis",
"""Elements of the armed group 3R kidnapped five people, among them a village chief, on the Bocaranga-Koui axis, in the Ouham-Pendé prefecture, on {d-2}, local sources informed.

The hostages were travelling by motorbike to the weekly market of Koui when they were stopped by armed men. Their kidnappers demand a ransom of several million CFA francs.

The 3R, one of the groups of the Coalition of Patriots for Change (CPC), remains active in the north-west of the Central African Republic despite the operations of the armed forces and their Russian allies.

(Translated from French.)""",
[(ABD, "CF", "Koui", None, "d-2", "3R", "civilians")], "abduction; five victims"),

("lala-displaced-site-attack", "2023-06-13 09:00", "Ituri: 46 dead in an attack of CODECO against a site of displaced",
"""At least 46 people, among them children, were killed in the attack carried out on {d-1} before dawn by CODECO militiamen against the site of displaced persons of Lala, in the territory of Djugu, Ituri province, local authorities said.

The assailants, armed with machetes and firearms, burned several shelters. The civil society of Djugu had announced a provisional toll of 41 dead.

The Monusco, whose base is located a few kilometres away, affirmed that its blue helmets had intervened to repel the attackers.

(Translated from French.)""",
[(CIV, "CD", "Lala", 46, "d-1", "CODECO", "civilians")], "latest toll counts; peacekeepers' claim not a separate event"),

("kolofata-kamikaze", "2021-08-04 10:00", "A female kamikaze blows herself up in the market of Kolofata",
"""A female kamikaze blew herself up on {d-1} evening in the market of Kolofata, department of Mayo-Sava, Far North region, killing four people, among them a child, administrative sources indicate.

A dozen people were wounded and evacuated to the district hospital of Mora. The attack has not been claimed but carries the signature of Boko Haram, which uses young girls as suicide bombers, the sub-prefect said.

(Translated from French.)""",
[(SUI, "CM", "Kolofata", 4, "d-1", "Boko Haram", "civilians")], "kamikaze = suicide bomber"),

("point-triple-attack", "2025-01-10 12:00", "Benin: 28 soldiers fell in the attack of Point Triple",
"""Twenty-eight soldiers lost their lives in the attack which targeted on {d-2} a position of the army at Point Triple, in the north of the country, the spokesman of the government announced.

Heavily armed terrorist individuals attacked the position at the end of the afternoon, and the fighting lasted several hours. The army inflicted heavy losses on the enemy, the spokesman said, without giving figures. The JNIM claimed the attack.

The zone of Point Triple, at the limits of the Park W, borders Burkina Faso and Niger.

(Translated from French.)""",
[(CL, "BJ", "Point Triple", 28, "d-2", "JNIM", "Benin")], "heavy losses = no number; neighbouring countries named"),

("mandouri-explosive-device", "2023-07-20 09:00", "Three soldiers dead in the explosion of a device near Mandouri",
"""Three soldiers of the Togolese Armed Forces were killed and four others wounded on {d-1} when their vehicle jumped on an improvised explosive device near Mandouri, in the prefecture of Kpendjal, region of the Savanes, the general staff indicates.

The patrol was returning from a mission of reconnaissance along the border. The engine was destroyed.

Since 2021 the north of Togo has recorded several attacks attributed to jihadist groups coming from the Sahel.

(Translated from French.)""",
[(IED, "TG", "Mandouri", 3, "d-1", None, "Togo")], "roadside device; earlier attacks are background"),

("tame-soldiers-kidnapped", "2023-03-28 14:00", "ELN kidnapped two soldiers in rural Tame",
"""Two soldiers of the National Army who were enjoying their leave were kidnapped on {d-1} by members of the ELN in the rural zone of Tame, Arauca, the Eighteenth Brigade denounced.

According to the military unit, the uniformed men were travelling in civilian clothes on a motorcycle along the road that leads to the corregimiento of Betoyes when they were intercepted by armed men.

The Army asked the guerrilla for the immediate release of the soldiers, in the middle of the dialogues of peace which the government maintains with this group.

(Translated from Spanish.)""",
[(ABD, "CO", "Tame", None, "d-1", "ELN", "Colombia")], "abduction; peace talks mention"),

("tierralta-clan-del-golfo-clash", "2024-08-14 16:00", "Three members of the Clan del Golfo dead in combats in Tierralta, Córdoba",
"""Three members of the Clan del Golfo, which calls itself Ejército Gaitanista de Colombia, died in combats with troops of the Army in the rural zone of Tierralta, in the south of Córdoba, on {d-1}, the Eleventh Brigade reported.

The troops were developing an operation of control in the village of Saiza when they were attacked with rifles and explosives. A soldier resulted wounded and was evacuated by helicopter to Montería.

(Translated from Spanish.)""",
[(CL, "CO", "Tierralta", 3, "d-1", "Clan del Golfo", "Colombia")], "Córdoba department of Colombia"),

("holanda-drone-explosives", "2024-01-26 13:00", "Armed civilians attacked with drones the community of Holanda, in Apatzingán",
"""Inhabitants of the community of Holanda, in the municipality of Apatzingán, Michoacán, denounced that armed civilians attacked them on {d-1} with drones loaded with explosives, which fell on houses and on the road to the school.

Two persons resulted wounded. According to the residents, the attacks are attributed to the Jalisco New Generation Cartel, which disputes the zone with local groups.

Elements of the National Guard and of the Army arrived at the community hours later, and families abandoned their houses towards the municipal seat.

(Translated from Spanish.)""",
[(AIR, "MX", "Holanda", None, "d-1", "Jalisco New Generation Cartel", "civilians")], "place named after a foreign country; drones dropping explosives"),

("vizcatan-ambush", "2023-02-20 10:00", "Four military dead in ambush of Shining Path in the VRAEM",
"""Four military personnel died after a patrol was ambushed by remnants of Shining Path in the zone of Vizcatán del Ene, province of Satipo, Junín, on {d-2}, the Joint Command of the Armed Forces informed.

The patrol carried out an operation of control of the territory when it was attacked from the heights. The troops repelled the attack, and the search of the aggressors continues.

The VRAEM is the principal zone of production of coca leaf of the country, where the terrorist remnants act in alliance with drug traffickers.

(Translated from Spanish.)""",
[(CL, "PE", "Vizcatán del Ene", 4, "d-2", "Shining Path", "Peru")], "ambush answered by fire is a clash"),

("alto-punino-ambush", "2025-05-10 09:00", "Eleven military fell in ambush in Alto Punino",
"""Eleven military died and one resulted wounded in an ambush perpetrated by an armed irregular group on {d-1} in the sector of Alto Punino, province of Orellana, the Joint Command of the Armed Forces reported.

The soldiers had carried out an operation against illegal mining in the zone when they were attacked with firearms, explosives and grenades. According to the Ministry of Defence, the attackers belong to dissidents linked to the Comandos de la Frontera, a group of Colombian origin.

The government decreed three days of national mourning.

(Translated from Spanish.)""",
[(CL, "EC", "Alto Punino", 11, "d-1", "Comandos de la Frontera", "Ecuador")], "Colombian-origin group acting in Ecuador; grenades within a clash"),

("penha-megaoperation", "2025-10-29 18:00", "Megaoperation against the Comando Vermelho leaves 121 dead in Rio",
"""The number of dead in the megaoperation of the Civil and Military polices against the Comando Vermelho in the complexes of Penha and Alemão, in the North Zone of Rio de Janeiro, rose to 121, among them four police officers, the state government informed on {d0}.

On the first day of the operation, {d-1}, the government had spoken of 64 dead. During the night residents took dozens of bodies found in a forest area to a square of Penha.

Traffickers reacted with barricades of burning buses and drones launching grenades on the agents. Human rights organisations called the operation the most lethal in the history of the state.

(Translated from Portuguese.)""",
[(CL, "BR", "Complexo da Penha", 121, "d-1", "Brazil", "Comando Vermelho")], "police against an organised armed group; toll rises; drones within the battle"),

("meza-beheadings", "2022-09-08 11:00", "Terrorists decapitated three civilians in Meza, Ancuabe",
"""Three civilians were decapitated by terrorists on {d-2} in the administrative post of Meza, district of Ancuabe, in Cabo Delgado, local sources confirmed.

The insurgents also burned dozens of houses and a church, forcing hundreds of families to flee towards the district headquarters. It is the first time in months that the armed groups reach the zone, which is far from the coast.

The Rwandan and Mozambican forces intensified patrols in the region.

(Translated from Portuguese.)""",
[(CIV, "MZ", "Meza", 3, "d-2", "insurgents", "civilians")], "decapitations; foreign forces patrolling is no event"),

("barmal-pakistani-aircraft", "2024-12-25 09:30", "Pakistani aircraft bombarded Barmal; 46 martyred",
"""The Ministry of National Defence of the Islamic Emirate said that Pakistani military aircraft bombarded on {d-1} night four places in the Lamani area of Barmal district of Paktika province.

In these bombardments 46 people, most of them children and women, were martyred and six others injured, the spokesman said. The victims were refugees from Waziristan.

The Islamic Emirate considers this a violation of all international principles and a clear aggression, and the defence of its territory is its legitimate right. This act will not be left unanswered, the ministry said.

(Translated from Pashto.)""",
[(AIR, "AF", "Lamani", 46, "d-1", "Pakistan", "civilians")], "foreign aircraft in Afghanistan; threat of reply not labelled"),

("lashio-command-seized", "2024-08-05 08:00", "The MNDAA seized the Northeastern Command in Lashio",
"""The Myanmar National Democratic Alliance Army (MNDAA) announced that it has completely seized the headquarters of the Northeastern Regional Military Command of the military council in Lashio, on 3 August.

After about one month of fighting, the revolutionary troops entered the command headquarters, which is the first regional command headquarters to fall in the history of the terrorist military council. Many soldiers of the council surrendered with their families.

The military council has not confirmed the loss of the command. The residents of Lashio who fled said the fighting in the town was fierce.

(Translated from Burmese.)

Lashio is the capital of the northern Shan State and lies on the road to the Chinese border at Muse. Since the second phase of Operation 1027 began at the end of June, the alliance of three brotherhood armies has seized several towns on this road, while the military council replied with air strikes on towns held by the revolutionary forces. China called on all the parties to stop fighting and to resolve their differences by negotiation. In the town, the banks and the market remain closed, and the telephone lines are cut, residents who reached Mandalay said. The MNDAA said it will protect the civil servants who stay in their posts and called on the population to return to their houses.""",
[(NSA, "MM", "Lashio", None, "2024-08-03", "MNDAA", "Myanmar")], "literal date told two days later; 'military council' = the junta"),

("mayo-checkpoint-grenade", "2024-02-14 06:00", "Persons threw a bomb at a checkpoint of defence volunteers in Mayo",
"""Unknown persons riding a motorcycle threw an M67-type grenade at a checkpoint of the defence volunteers in Mayo district, Pattani province, on {d-1} night, police said.

Two volunteers were injured by fragments and were taken to Mayo hospital. The persons escaped. Officials believe it is the work of the insurgent group in the area, which carries out attacks to create a situation before the peace dialogue.

Officers sealed off the area to collect evidence and checked CCTV cameras on the road.

(Translated from Thai.)""",
[(GRE, "TH", "Mayo", None, "d-1", "insurgents", "Thailand")], "grenade called a bomb; injuries only"),

("ilaga-ojek-driver-shot", "2023-06-02 10:00", "KKB shot dead an ojek driver in Ilaga",
"""The Armed Criminal Group (KKB) shot dead an ojek driver in Ilaga district, Puncak regency, Central Papua, on {d-1} afternoon, the Damai Cartenz task force said.

The victim, a migrant from Sulawesi aged 38, was shot while carrying a passenger near the market. The passenger escaped unhurt. The spokesman of the TPNPB later claimed responsibility, accusing the victim of being a spy.

The joint TNI-Polri apparatus are pursuing the perpetrators.

(Translated from Indonesian.)""",
[(CIV, "ID", "Ilaga", 1, "d-1", "West Papua National Liberation Army", "civilians")], "KKB is the government's name for the TPNPB; age is no toll"),

("kok-tash-ovchi-kalacha-shelling", "2022-09-16 12:00", "Tajik side opened fire at Kök-Tash; Dushanbe accuses Kyrgyz side",
"""The Tajik side since the morning of {d0} opened fire from mortars and heavy weapons on positions of the Border Service near the village of Kök-Tash, Batken region, the Border Service of Kyrgyzstan reports. Residents of border villages are being evacuated.

The Border Troops of Tajikistan, in turn, stated that Kyrgyz units shelled the village of Ovchi-Kalacha in the Sughd region and the border outposts located near it.

The heads of the two states met in Samarkand at the summit of the Shanghai Cooperation Organisation and instructed to agree a ceasefire.

(Translated from Russian.)""",
[(SHL, "KG", "Kök-Tash", None, "d0", "Tajikistan", "Kyrgyzstan"),
 (SHL, "TJ", "Ovchi-Kalacha", None, "d0", "Kyrgyzstan", "Tajikistan")], "two sides' claims of shelling in two countries; talks not labelled"),

# negatives
("northern-fleet-exercise", "2024-03-05 09:00", "Forces of the Northern Fleet carried out exercise in the Barents Sea",
"""Ships and submarines of the Northern Fleet carried out an exercise in the Barents Sea, during which artillery fire was carried out at sea targets and launches of anti-ship missiles were worked out, the press service of the fleet reports.

More than 20 warships and support vessels and about 20 aircraft took part in the exercise. The crews practised the repulse of an attack of an enemy by air and by sea.

The exercise is carried out in the framework of the plan of combat training for the year.

(Translated from Russian.)""",
[], "exercise"),

("stalingrad-anniversary", "2023-02-02 12:00", "In Volgograd the 80th anniversary of the victory at Stalingrad was marked",
"""In Volgograd a parade and solemn events were held on {d0} in honour of the 80th anniversary of the rout of the fascist troops at Stalingrad.

The battle, which lasted 200 days and nights, took the lives of more than one million Soviet soldiers and civilians. The President laid flowers at the Eternal Flame on Mamayev Kurgan and met veterans.

For the anniversary, a bust of Stalin was unveiled in the city.

(Translated from Russian.)""",
[], "anniversary of a battle with a huge toll"),

("defenders-returned-home", "2024-05-31 15:00", "75 defenders returned home from Russian captivity",
"""As a result of a new exchange, 75 Ukrainian defenders returned home from Russian captivity, the Coordination Headquarters for the Treatment of Prisoners of War reports.

Among those released are servicemen of the Armed Forces, the National Guard and the Border Service, among them defenders of Mariupol. The exchange took place with the mediation of the United Arab Emirates.

Work on the return of all our people continues, the headquarters said.

(Translated from Ukrainian.)""",
[], "prisoner exchange"),

("pmf-budget-allocation", "2023-06-12 10:00", "Parliament approves the budget with increased allocations to the Hashd",
"""The Council of Representatives approved on {d0} the federal budget law for three years, which includes an increase in the allocations of the Popular Mobilisation Authority to cover the salaries of 238 thousand fighters.

The budget, the largest in the history of Iraq, amounts to 198 trillion dinars a year. Kurdish deputies objected to articles concerning the oil revenues of the region.

(Translated from Arabic.)

The Minister of Finance said the salaries will be paid from the first of next month, and that the government will work to reduce the deficit by increasing the non-oil revenues.""",
[], "budget"),

("hama-depot-heat-explosion", "2023-08-03 11:00", "Explosion of munitions in a depot in Hama countryside due to high temperatures",
"""A source in the Ministry of Defence said that an explosion occurred on {d0} in a depot of old munitions in the countryside of Hama, due to the high temperatures and the poor conditions of storage, without causing human casualties.

Fire teams worked to extinguish the fire and to secure the area. The source denied that the depot had been targeted by any aggression.

(Translated from Arabic.)""",
[], "accidental depot explosion; denial of an attack"),

("houthi-warning-carriers", "2024-06-07 14:00", "The leader of the revolution: our operations will escalate if the aggression continues",
"""The leader of the revolution affirmed in a televised speech on {d-1} that the Yemeni armed forces will escalate their operations against American ships and aircraft carriers in the Red Sea if the American aggression against Yemen continues.

He said that the coming stage will bring surprises that the enemy does not expect, and called on the people to go out in millions on Friday.

(Translated from Arabic.)""",
[], "threat"),

("vdp-recruitment-campaign", "2022-10-25 10:00", "Launch of recruitment of 50,000 Volunteers for the Defence of the Homeland",
"""The government launched on {d0} a campaign of recruitment of 50,000 Volunteers for the Defence of the Homeland (VDP), of whom 35,000 will be deployed in their communes of origin and 15,000 will accompany the defence and security forces in operations.

Registration is open for two weeks in the prefectures. The volunteers will receive a training of 14 days and an allowance.

The objective announced is the reconquest of the national territory.

(Translated from French.)""",
[], "recruitment plan"),

("strait-thunder-drill", "2025-04-02 09:00", "Eastern Theater Command conducts Strait Thunder exercise",
"""The Eastern Theater Command of the People's Liberation Army organised on {d0} the 'Strait Thunder-2025A' exercise in the middle and southern areas of the Taiwan Strait, the spokesman of the command said.

The exercise focused on subjects of identification and verification, warning and expulsion, interception and detention, and joint blockade of key ports and energy routes. Long-range live-fire drills were carried out at designated sea areas.

The spokesman said the exercise was a stern warning to separatist forces.

(Translated from Chinese.)""",
[], "exercise and warning"),

("lions-striker-brace", "2023-09-13 08:00", "The Indomitable Lions qualified thanks to a brace of their striker",
"""The Indomitable Lions of Cameroon qualified for the African Cup of Nations after a victory of 3-0 against Burundi at the Olembe stadium in Yaoundé.

Their striker struck twice in the second half, after a first period where the Cameroonian attack lacked precision. The supporters invaded the pitch at the final whistle.

(Translated from French.)

The coach of the Lions declared after the match that his team had shown character. 'We suffered in the first half, but the boys never stopped attacking,' he said. The draw for the final phase will take place next month in Abidjan.""",
[], "football"),

("kinshasa-m23-agreement", "2025-11-16 10:00", "Kinshasa and the AFC/M23 sign a framework agreement in Doha",
"""The government of the Democratic Republic of Congo and the rebellion AFC/M23 signed on {d-1} in Doha a framework agreement for peace, under the mediation of Qatar.

The text foresees the continuation of negotiations on eight protocols, among them the exchange of prisoners and the return of displaced persons. The two parties accuse each other regularly of violations of the ceasefire.

(Translated from French.)

The American and Qatari mediators welcomed 'a decisive step', while the civil society of North Kivu called for prudence, recalling that several agreements signed in the past were never applied.""",
[], "peace agreement"),

("ziguinchor-demining", "2024-04-04 09:00", "Casamance: more than 5 hectares cleared of mines near Ziguinchor",
"""The National Centre for Mine Action in Senegal announced that more than 5 hectares were cleared of anti-personnel mines in the department of Ziguinchor, allowing the return of families to three villages abandoned since the years of conflict.

During the operations, the deminers destroyed 12 mines and several unexploded munitions. The International Day for Mine Awareness was celebrated in the town.

(Translated from French.)

According to the Centre, about 1.2 million square metres remain to be cleared in the natural region. The governor of Ziguinchor called on the population to report any suspicious object and not to touch it.""",
[], "demining; old conflict"),

("eln-electoral-ceasefire", "2023-10-20 12:00", "ELN announces unilateral ceasefire for regional elections",
"""The ELN announced a unilateral ceasefire between 27 and 31 October in the frame of the regional elections of 29 October, through a communiqué published on its social networks.

The guerrilla said that it will not carry out offensive actions during those days, so that the citizens can vote freely. The government delegation at the peace table welcomed the announcement.

(Translated from Spanish.)

The National Registry expects more than 38 million voters to elect governors, mayors and councillors. The Ministry of Defence said that more than 200,000 members of the public force will be deployed to guarantee the security of the day.""",
[], "truce"),

("cargo-robbery-highway", "2024-05-16 10:00", "Robbery of cargo trucks increased on the Mexico-Puebla highway",
"""The robbery of cargo transport on the Mexico-Puebla highway increased 20 per cent in the first quarter, according to the National Chamber of Cargo Auto-transport.

The criminals, armed with firearms, intercept the trucks in the zone of Río Frío and force the drivers to take the units to warehouses where the merchandise is unloaded. Transporters demanded more patrols of the National Guard.

(Translated from Spanish.)

The Secretariat of Security said that in the last months several gangs dedicated to this crime were dismantled and that the number of patrols on the federal highways was increased, and it asked the transporters to denounce every case.""",
[], "robbery crime, aggregate"),

("el-mozote-anniversary", "2021-12-11 15:00", "El Mozote: 40 years after the massacre, the victims demand justice",
"""Hundreds of people commemorated on {d0} in El Mozote, department of Morazán, the 40 years of the massacre in which soldiers of the Atlacatl battalion killed nearly a thousand peasants, among them hundreds of children, in December 1981.

Relatives of the victims travelled from San Salvador and other cities. The judicial process against former military chiefs remains stalled.

(Translated from Spanish.)

The survivors, many of whom were children at the time, walked in procession to the monument with the names of the victims. The State recognised its responsibility in 2012, after a sentence of the Inter-American Court of Human Rights.""",
[], "anniversary of a massacre; San Salvador"),

("cordoba-bus-strike", "2024-03-20 09:30", "Córdoba without buses by the strike of the drivers",
"""The city of Córdoba remained for the third day without urban buses because of the strike of the drivers of the union UTA, who demand an increase of salary.

Thousands of passengers had to walk or pay for taxis, and classes were suspended in several schools. The municipality called the union to a new meeting.

(Translated from Spanish.)

The drivers assure that their salaries lost against inflation during the last months. The companies affirm that without an increase of the subsidies they cannot pay more, and the province called both parties to a conciliation at the Ministry of Labour.""",
[], "strike by workers; Córdoba in Argentina"),

("shell-pre-salt-investment", "2024-07-24 11:00", "Shell announces new investment in the pre-salt",
"""Shell announced an investment of billions of reais in a new platform in the pre-salt of the Santos Basin, with production foreseen from 2028.

The company, second largest oil producer in Brazil after Petrobras, said the project will generate thousands of jobs in the state of Rio de Janeiro.

(Translated from Portuguese.)

The final decision of investment was announced at an event in Rio de Janeiro with the presence of the Minister of Mines and Energy. The platform will have capacity to produce 100,000 barrels of oil per day, and the company affirmed that it will also study projects of wind energy at sea off the northeast coast.""",
[], "Shell the company"),

("pemba-insurgents-trial", "2023-03-09 10:00", "Court in Pemba condemns eleven for insurgency in Cabo Delgado",
"""The Judicial Court of the Province of Cabo Delgado, in Pemba, condemned eleven defendants to penalties between 16 and 24 years of prison for crimes of terrorism and financing of terrorism linked to the insurgency.

The defendants, among them two foreigners, were accused of recruiting young people for the armed groups which have attacked the province since 2017.

(Translated from Portuguese.)

The defence of the defendants announced that it will appeal the sentence to the Superior Court. Since the beginning of the conflict, the justice has tried more than one hundred people for crimes linked to the insurgency, according to the Public Ministry.""",
[], "court verdict; Pemba"),

("drone-exports-record", "2024-01-04 09:00", "Defence and aerospace exports broke record",
"""Exports of the defence and aerospace industry reached a record of 5.5 billion dollars last year, the president of the Defence Industry Agency announced.

Unmanned aerial vehicles were at the first place of the sales, with agreements signed with more than 30 countries.

(Translated from Turkish.)

The agency said that the target for the current year is 6 billion dollars. Among the buyers are countries of the Gulf, Africa and Europe, and the first sales of combat aircraft trainers were also concluded. The president of the agency underlined that the share of domestic production in the needs of the armed forces rose above 80 per cent, compared with about 20 per cent two decades ago.""",
[], "arms exports"),

("simorgh-satellite-launch", "2024-01-28 10:00", "Three satellites were placed in orbit by the Simorgh launcher",
"""Three domestic satellites were placed in orbit by the Simorgh satellite launcher from the Imam Khomeini space base on {d0}, the Minister of Communications announced.

Western countries say the technology of such launchers can be used for ballistic missiles, an accusation Tehran rejects.

(Translated from Persian.)

The three satellites, one for research and two small ones for communications, were built by the Iranian Space Agency and a private company. It is the first time that the Simorgh successfully places more than one satellite in orbit, after several failures in past years. The minister said the country plans further launches during the coming year.""",
[], "space launch / missile technology"),

("tak-bai-film-review", "2024-10-25 14:00", "Review: the film that returns to Tak Bai, 20 years after",
"""A new film returns to the day in October 2004 when 85 protesters died at Tak Bai, in Narathiwat, most of them suffocated in army trucks after their arrest.

The director chose to tell the story through a mother who waits at the district office. The film is strong when it stays silent, weaker when it explains.

(Translated from Thai.)

The case expired under the statute of limitations this week without any accused appearing before the court, which gives the film a bitter actuality. The actors speak Malayu and Thai, and the subtitles follow.""",
[], "film review; historical incident"),

("srebrenica-commemoration", "2024-07-11 13:00", "Srebrenica: 14 victims buried on the anniversary of the genocide",
"""In the Memorial Centre Potočari near Srebrenica on {d0} the remains of 14 victims of the genocide committed in July 1995 were buried, in the presence of tens of thousands of people.

More than 8,000 Bosniak men and boys were killed by the forces of the Bosnian Serbs after the fall of the town. Until now, the remains of about 6,700 victims have been buried in Potočari.

(Translated from Bosnian.)""",
[], "anniversary of a massacre; Balkans"),
]
