from common import *

FEED = ("dev/translated-a.atom.xml", "atom", "https://translations.example.info/eurasia", "Example Translation Digest: Eurasia")
REGISTER = "translated"

ITEMS = [
("ua-kupiansk-shelling-pechenihy-drone", "2023-09-20 09:10", "Occupiers shelled Kupiansk, two residents perished; in Chuhuiv district a drone of the enemy hit a car",
"""Kharkiv region. During the past day the occupiers carried out shelling of the settlement of Kupiansk and of nine more settlements of Kupiansk district with the use of artillery and mortars, informed the head of the Kharkiv oblast military administration Oleh Syniehubov in his Telegram channel on {d0} morning.

In result of an artillery strike on the central part of Kupiansk on {d-1} perished a woman of 67 years and a man of 45 years, who at that moment were near a shop. Also damaged were a private house and a power line.

Besides, in Chuhuiv district, near the village of Pechenihy, a drone of the enemy struck a civilian automobile. The driver, a man of 38 years, received wounds of medium gravity and is hospitalised.

"The enemy continues terror against the peaceful population. I call on residents of the Kupiansk direction to evacuate," stressed Syniehubov.""",
[(SHL, "UA", "Kupiansk", 2, "d-1", "Russia", "civilians"), (AIR, "UA", "Pechenihy", None, "d-1", "Russia", "civilians")], "two events from one daily summary; ages not tolls; driver wounded only"),

("ru-belgorod-uav-razumnoye", "2023-10-04 11:30", "Attempt of the Kyiv regime at terrorist act with UAV over Belgorod oblast is prevented",
"""On {m0} at approximately 09:40 Moscow time was stopped an attempt of the Kyiv regime to carry out a terrorist act with the use of an unmanned aerial vehicle of aircraft type against objects on the territory of the Russian Federation, the Ministry of Defence of Russia reported.

The hostile drone was neutralised by duty means of air defence over the territory of the Belgorod oblast.

The governor of the region Vyacheslav Gladkov specified that fragments of the drone fell on the territory of a private household in the settlement of Razumnoye of Belgorod district. "Victims there are none. The glazing of one house and the fence are damaged. All operative services are working on the place," wrote the head of the region.""",
[(DIS, "RU", "Razumnoye", 0, "d0", "Russia", "Ukraine")], "drone shot down = disrupted weapons use; debris fell on a village"),

("ua-shahed-night-izmail-port", "2023-09-13 07:20", "In the night the enemy attacked with 'Shaheds': 21 of 24 destroyed, a hit in Izmail district",
"""In the night on {m0} the enemy attacked Ukraine with 24 attack unmanned aerial vehicles of the type Shahed-136/131 from the direction of Cape Chauda in the temporarily occupied Crimea, informs the Air Forces of the Armed Forces of Ukraine.

In the result of combat work of the aviation, the anti-aircraft missile troops and the mobile fire groups of the Defence Forces of Ukraine, 21 attack drones were destroyed, the most of them over the Odesa oblast and the rest over the Mykolaiv oblast.

Unfortunately, there are hits. In the Izmail district of the Odesa oblast, the enemy drones struck objects of the port infrastructure on the Danube, where a fire started; it was liquidated by the rescuers by the morning. According to the head of the oblast military administration, information about the perished is not available, six persons received injuries.""",
[(DIS, "UA", "Odesa Oblast", None, "d0", "Ukraine", "Russia"), (AIR, "UA", "Izmail", None, "d0", "Russia", None)], "interceptions and a hit = two events; 'liquidated' is the fire put out; injuries only"),

("ru-mod-novobakhmutivka", "2024-04-19 13:00", "Units of the group of troops \"Center\" liberated the settlement Novobakhmutovka of the Donetsk People's Republic",
"""Units of the group of troops "Center" in result of active actions liberated the settlement of Novobakhmutovka of the Donetsk People's Republic and improved the situation along the front line, is said in the summary of the Ministry of Defence of the Russian Federation about the course of the special military operation of {m0}.

According to the ministry, during the day in this direction the losses of the Armed Forces of Ukraine made up to 420 servicemen, two tanks and four armoured combat vehicles. Also struck were concentrations of manpower and technics of the enemy in the areas of Ocheretino and Berdychi.

Operational-tactical aviation, strike unmanned aerial vehicles, missile troops and artillery of the groups of troops of the armed forces of the Russian Federation struck, the ministry added, points of temporary deployment of nationalist formations in 121 districts.""",
[(NSA, "UA", "Novobakhmutivka", None, "d0", "Russia", "Ukraine")], "claimed capture of a village by a foreign state's forces: nsa overtakes (SPEC labelling conventions); daily 'losses' and 121 districts too vague to label"),

("ua-klishchiivka-liberated", "2023-09-17 18:45", "Defence Forces of Ukraine liberated Klishchiivka in the Bakhmut direction",
"""Today, on {m0}, the Defence Forces of Ukraine liberated the settlement Klishchiivka of Donetsk oblast, reported the commander of the Ground Forces of the Armed Forces of Ukraine, colonel-general Oleksandr Syrskyi.

"The Ukrainian flag returns to where it belongs. The occupiers suffered significant losses, the 31st, 83rd and 72nd brigades of the enemy were practically defeated," he wrote. Syrskyi thanked the soldiers of the 5th separate assault brigade, the 80th separate air-assault brigade and other units which took part in the assault.

The village, located several kilometres south of Bakhmut on heights, was occupied by the Russian troops since January of this year. The fighting for Andriivka, to the south, continues, the General Staff said.""",
[(GOV, "UA", "Klishchiivka", None, "d0", "Ukraine", "Russia")], "government regains territory; 'occupied since January' and ongoing fighting are background"),

("ua-bilozerka-drone-car", "2023-08-03 16:20", "In Bilozerka the Russian army attacked a car with a drone, a man perished",
"""Today at about 11:00 the Russian army attacked Bilozerka of the Kherson district with an unmanned aerial vehicle. From the drone was dropped an explosive substance on a civilian car. A 54-year-old man, who was in the car, received wounds incompatible with life, informed the head of the Kherson oblast military administration Oleksandr Prokudin.

Other people in the settlement did not suffer. Since the morning the occupiers struck the territory of the oblast 38 times, directing fire at residential quarters of Kherson, Antonivka and Stanislav, the OVA added.""",
[(AIR, "UA", "Bilozerka", 1, "d0", "Russia", "civilians")], "drone drop = air/drone strike; 'wounds incompatible with life' = killed; 38 strikes is a daily count, not labelled"),

("ua-robotyne-chemical-k51", "2023-12-24 10:00", "Occupiers dropped from a drone a munition with chemical substance near Robotyne",
"""On {m-1}, in the area of the settlement of Robotyne of Zaporizhzhia oblast, the Russian occupiers dropped from an unmanned aerial vehicle a special munition K-51 equipped with the irritant substance CS, which is forbidden by the Convention on the Prohibition of Chemical Weapons, informs the press service of the Tavria operational-strategic group of troops.

Three servicemen of the Defence Forces received poisoning and were evacuated for medical help, their condition is satisfactory. The samples are sent for examination.

In total, since February 2023 were registered more than 600 cases of use by the enemy of munitions with chemical substances, according to the data of the support forces command.""",
[(CHEM, "UA", "Robotyne", None, "d-1", "Russia", "Ukraine")], "chemical munition use; 600-case total is aggregate"),

("ru-bolshie-vyazemy-car-explosion", "2022-08-21 09:00", "In Odintsovo district exploded an automobile, the woman-driver perished",
"""On {m-1} at approximately 21:45 in the Odintsovo urban district of Moscow oblast, on a highway near the village of Bolshiye Vyazyomy, an automobile Toyota Land Cruiser exploded and caught fire. The woman who drove the car perished on the spot, informs the Main Directorate of the Investigative Committee of Russia for the Moscow oblast.

According to preliminary data, an explosive device was installed under the bottom of the car on the side of the driver. A criminal case is opened under the article about murder committed by a socially dangerous method. Explosive-technical, molecular-genetic and other forensic examinations are appointed.

Investigators are working on the place and interrogating witnesses. The identity of the perished is being established; some sources in social networks already name her.""",
[(IED, "RU", "Bolshiye Vyazyomy", 1, "d-1", None, "civilians")], "car bomb in Russia; no perpetrator named"),

("ru-kursk-border-attack-repelled", "2024-08-06 15:00", "Border cover units repelled attack of Ukrainian formations in the Kursk oblast",
"""On {m0}, at 08:00 Moscow time, units of the Armed Forces of Ukraine numbering up to 300 servicemen, supported by 11 tanks and more than 20 armoured combat vehicles, undertook an attempt of an attack on the positions of units covering the state border in the area of the settlements of Nikolayevo-Darino and Oleshnya of the Kursk oblast, reported the Ministry of Defence of Russia.

"Units of the border cover troops, together with the Federal Security Service, strikes of the aviation and fire of the artillery are inflicting defeat on the enemy on the territory adjacent to the state border," is said in the message. The enemy's losses, according to the ministry, amounted to up to 100 servicemen, seven tanks and five armoured vehicles.

The acting governor of the Kursk region Alexei Smirnov asked residents of the Sudzha district to keep calm and to follow the instructions of the authorities.""",
[(CL, "RU", "Nikolayevo-Darino", None, "d0", "Ukraine", "Russia")], "cross-border attack = armed clash in Russia; 'losses' include wounded, not a toll"),

("ua-trypilska-tpp-destroyed", "2024-04-11 12:30", "Enemy completely destroyed Trypilska TPP in the result of massive missile attack",
"""In the result of the massive rocket attack of the night on {m0}, the Trypilska thermal power station in Ukrainka, Obukhiv district of the Kyiv oblast, was completely destroyed, informs the Centrenergo company, its owner. The fire in the machine hall was liquidated by the State Emergency Service only by the afternoon.

"The scale of the destruction is terrifying. Neither the power units nor the turbines, nor the transformers can be restored," declared the chairman of the supervisory board of the company. Previously he said that the station was the largest supplier of electricity for three oblasts. The station personnel had descended into the shelter before the strike, therefore there are no victims.

According to the Air Forces, in total the enemy launched 82 missiles and drones of various types this night, of which 57 were shot down.""",
[(SHL, "UA", "Ukrainka", 0, "d0", "Russia", None), (DIS, "UA", None, None, "d0", "Ukraine", "Russia")], "missile strike on a power station; the night's interceptions (57 of 82 shot down) are a second event, the hit and the interception"),

("ua-melitopol-mayor-abducted", "2022-03-11 20:30", "Occupiers kidnapped the mayor of Melitopol Ivan Fedorov",
"""In Melitopol the occupiers kidnapped the city head Ivan Fedorov, informed the head of the Zaporizhzhia oblast administration Oleksandr Starukh and the Office of the President.

According to eyewitnesses and a video from a surveillance camera spread in the social networks, on {m0} a group of about ten armed men put a bag on the head of the mayor near the building of the crisis centre, where he was dealing with questions of life support of the city, and took him away in an unknown direction.

"This is a crime not only against a specific person, against a specific community, against Ukraine. This is a crime against democracy," said the President of Ukraine in an evening address. The occupiers' administration of the oblast, in turn, declared that a criminal case on "terrorism" had been opened against Fedorov.""",
[(ABD, "UA", "Melitopol", None, "d0", "Russia", "civilians")], "abduction of a mayor by occupying forces"),

("ru-shebekino-grad-shelling", "2023-06-01 14:10", "Gladkov: VSU shelled Shebekino from 'Grad', two peaceful residents perished",
"""The Armed Forces of Ukraine in the morning of {m0} again subjected to shelling the city of Shebekino with the use of the multiple launch rocket system Grad, informed the governor of the Belgorod oblast Vyacheslav Gladkov.

"In result of the shelling two women perished, they were on the street at the moment of the arrival. Two more people are wounded, they are transported to the Belgorod regional hospital," the governor wrote. According to him, destroyed are a garage cooperative and the roof of a school, and the gas pipe is damaged in several places.

The authorities continue the temporary relocation of the residents of Shebekino to temporary accommodation points in Belgorod and Stary Oskol. Earlier this week, the governor said, drones of the VSU dropped explosive devices on the administration building.""",
[(SHL, "RU", "Shebekino", 2, "d0", "Ukraine", "civilians")], "MLRS shelling inside Russia; earlier drone drops are background without a day"),

("ua-dnipro-house-toll", "2023-01-16 11:00", "Number of perished from the missile hit on a high-rise in Dnipro grew to 44",
"""The number of perished in the result of the hit of a Russian missile Kh-22 into the nine-storey residential building on Naberezhna Peremohy street in Dnipro on {d-2} grew to 44, among them three children, informed the head of the Dnipropetrovsk oblast military administration Valentyn Reznichenko on {d0} morning. On {d-1} evening the number was 40.

Rescuers of the State Emergency Service continue to dismantle the debris of the destroyed entrance. Of the 79 wounded, 28 remain in hospitals. About 20 people are still considered missing.

The mayor of the city Borys Filatov declared three days of mourning. Russia's Ministry of Defence, in its report, said only that the strikes of {d-2} hit "all designated objects of the military control and energy of Ukraine".""",
[(SHL, "UA", "Dnipro", 44, "d-2", "Russia", "civilians")], "missile strike told two days later; toll 40 -> 44; missing not counted"),

("ru-putin-smo-goals", "2023-12-14 16:00", "Putin: peace will be when we achieve our goals",
"""Peace will come when Russia achieves the goals of the special military operation, which remain unchanged: the denazification, demilitarisation and neutral status of Ukraine, declared the President of the Russian Federation Vladimir Putin during the combined event "Results of the year with Vladimir Putin" on {m0}.

According to him, on the line of contact there are about 617,000 people, and "our guys are improving their position practically along the whole line". The president said that there is no need for a second wave of mobilisation, as volunteers sign contracts at a rate of about 1,500 per day.

He also accused the West of pumping weapons into the Kyiv regime and said that Ukraine "produces practically nothing" and lives on handouts.""",
[], "'special military operation' rhetoric, no event"),

("ru-victory-parade-red-square", "2024-05-09 12:00", "On Red Square passed the parade in honour of the 79th anniversary of the Victory",
"""On Red Square in Moscow on {m0} passed the military parade dedicated to the 79th anniversary of the Victory in the Great Patriotic War. In the parade took part more than 9,000 servicemen, among them participants of the special military operation, and about 70 units of armament and military technics, including the mobile ground missile complexes Yars.

The President Vladimir Putin, in his speech, declared that Russia will do everything to avoid a global clash, "but at the same time we will not allow anyone to threaten us. Our strategic forces are always in combat readiness."

Because of weather conditions, the air part of the parade was cancelled. The parade was commanded by the commander-in-chief of the ground forces.""",
[], "parade and readiness claim"),

("ru-ua-prisoner-exchange-uae", "2024-02-08 14:40", "From territory controlled by Kyiv regime 100 Russian servicemen are returned",
"""On {m0}, as a result of a negotiation process, 100 Russian servicemen who were in mortal danger in captivity were returned from the territory controlled by the Kyiv regime, reported the Ministry of Defence of Russia. In exchange, 100 prisoners of war of the Armed Forces of Ukraine were handed over.

Humanitarian mediation efforts for the return of the Russian servicemen from captivity were made by the United Arab Emirates. The liberated servicemen are delivered by military-transport aviation to Moscow for treatment and rehabilitation in medical institutions of the Ministry of Defence.

The Coordination headquarters for the treatment of prisoners of war in Kyiv confirmed that 100 defenders, among them participants of the defence of Mariupol and Snake Island, returned home.""",
[], "prisoner exchange"),

("ua-air-defence-readiness-winter", "2023-10-27 19:00", "Ihnat: air defence is preparing for the massive strikes of the winter",
"""The Russian occupiers are accumulating missiles for massive strikes on the energy infrastructure of Ukraine in the autumn-winter period, but the Ukrainian air defence is ready for this, declared the spokesman of the Air Forces of the Armed Forces of Ukraine Yurii Ihnat on the national telethon on {m0}.

"The enemy has not stopped producing Kh-101 and Kalibr, we estimate that it has accumulated several hundred. We have prepared: new systems arrived from the partners, the mobile fire groups have been strengthened," he said. According to him, the Shahed attacks may be combined with ballistic missiles, as the enemy did last winter.

Ihnat called on the citizens not to ignore the air alarm signals.""",
[], "claim of readiness and expected attacks; last winter as background"),

("ru-yars-plesetsk-test", "2023-10-25 18:30", "From the Plesetsk cosmodrome a launch of the intercontinental ballistic missile Yars was carried out",
"""Within the framework of a training of the strategic deterrence forces, under the leadership of the Supreme Commander-in-Chief Vladimir Putin, on {m0} from the state test cosmodrome Plesetsk a launch of the intercontinental ballistic missile Yars was carried out, informs the Ministry of Defence of the Russian Federation.

The training warheads arrived at the Kura range on the Kamchatka peninsula. The tasks of the training were fulfilled in full, all missiles reached the designated targets, the ministry stated. Also, from the waters of the Barents Sea, the strategic missile submarine Tula launched a Sineva ballistic missile, and long-range Tu-95MS aircraft launched cruise missiles at ground targets of a range.""",
[], "missile test and strategic exercise"),

("ua-chernihiv-farewell-defender", "2024-02-27 10:30", "Chernihiv said farewell to the defender who died in the Avdiivka direction",
"""On {d0} in Chernihiv the community said the last goodbye to the senior soldier Andrii Melnyk, 29 years, who gave his life for Ukraine while fulfilling a combat task in the Avdiivka direction. The farewell ceremony took place at the Church of St Catherine; people knelt along the road of the funeral cortege.

Andrii volunteered for the Armed Forces in the first days of the full-scale invasion. He is survived by his mother, wife and a daughter of four years. The city head announced a day of mourning in the community. The hero will be buried on the Alley of Glory of the city cemetery.""",
[], "funeral; death in combat with no place or day of an incident"),

("ru-belarus-tactical-nuclear-drill", "2024-05-21 09:15", "In the Southern military district began the first stage of exercises with non-strategic nuclear weapons",
"""On the instruction of the Supreme Commander-in-Chief, in the Southern military district began the first stage of an exercise on the practice of the preparation and use of non-strategic nuclear weapons, reported the Ministry of Defence of Russia on {m0}.

During the first stage, personnel of missile formations practise the receipt of special munitions for the Iskander operational-tactical complexes, their equipping of the launchers and covert advancement to the designated positional area. Aviation units practise the equipping of Kinzhal hypersonic missiles.

Simultaneously, the Ministry of Defence of Belarus announced an inspection of the readiness of its carriers of tactical nuclear weapons. The exercises, in Moscow's words, are a response to provocative statements of certain Western officials.""",
[], "exercise and readiness inspection"),

("ua-energoatom-znpp-accusation", "2023-07-05 13:50", "Energoatom: the occupiers prepare a provocation at the Zaporizhzhia NPP",
"""The Russian occupiers are preparing a provocation at the Zaporizhzhia nuclear power station, which they may try to present as a strike of Ukraine, states the message of the National Energy Generating Company Energoatom on {m0}. According to the company, objects similar to explosive devices were placed on the roofs of the third and fourth power units.

"Their explosion should not damage the reactors, but may create the picture of a shelling from the side of Ukraine," the message says. The General Staff of the Armed Forces of Ukraine made a similar statement. The Russian side accused, in its turn, the Armed Forces of Ukraine of planning to strike the station with drones and long-range precision weapons on the night of 5 July.

The IAEA mission said it had not observed mines or explosives on the station's sites.""",
[], "mutual accusations of planned provocation; no event"),

("ru-court-liquidated-company", "2023-03-02 08:45", "Court liquidated the builder of the stadium in Samara",
"""The Arbitration Court of the Samara oblast satisfied the claim of the tax inspection and liquidated the company which was the general contractor of the reconstruction of the Metallurg stadium, follows from the card of the case published on {m0}. The debt of the company before the budget made more than 300 million roubles.

In the ruling the court appointed a liquidator and obliged the founders to transfer to him the documentation within a month. The company had already lost its contracts last year after the customer found violations of the terms of work. The stadium's fan zone, which the company built, was attacked by critics for cracks that appeared in the first winter.""",
[], "business news; 'liquidated' and 'attacked' in their non-military sense"),

("ua-children-killed-total", "2023-06-01 09:00", "Since the beginning of the full-scale invasion the occupiers killed 485 children",
"""On the International Day of Children's Protection the Office of the Prosecutor General reported that as of the morning of {m0}, since the beginning of the full-scale armed aggression of the Russian Federation against Ukraine, 485 children perished and more than 1,000 received injuries of various degrees of gravity. These figures are not final, because the work on establishing them continues in the places of active hostilities and in the temporarily occupied territories.

The most children suffered in Donetsk oblast (461), Kharkiv oblast (283) and Kyiv oblast (128). The juvenile prosecutors recalled also the 19,000 children deported to the territory of Russia, of whom only about 370 were returned.""",
[], "aggregate toll since 2022, no single event"),

("ru-mod-denies-kramatorsk-claim", "2023-02-22 20:10", "In the Ministry of Defence called a fake the information about a strike on a hospital",
"""The Ministry of Defence of the Russian Federation refuted reports in Ukrainian media and Telegram channels according to which the Russian forces had struck a hospital in Kramatorsk on {d-1}. "This is a fake of the Kyiv regime created to be distributed by Western media. No strikes on objects in Kramatorsk were carried out on that day," is said in the statement of the ministry on {d0}.

The ministry recalled that the Russian armed forces strike exclusively military objects and infrastructure used by the Armed Forces of Ukraine. The ministry did not comment on the video spread by Ukrainian officials.""",
[], "denial that a strike happened; the claim itself is not reported as fact"),

("ua-kyivstar-cyberattack", "2023-12-12 17:00", "Kyivstar became the target of a hacker attack, subscribers without connection",
"""The largest mobile operator of Ukraine Kyivstar on {m0} underwent a powerful hacker attack, in the result of which millions of subscribers remained without mobile connection and mobile internet, informed the company. "Kyivstar became the target of a powerful hacker attack. It caused a technical failure. Our specialists, together with the law enforcement bodies, are working to restore the network," the message says.

The Security Service of Ukraine opened criminal proceedings. Its sources said that the attack could be the work of Russian special services. The operator promised to compensate the subscribers. The air alarm system in some cities, which works over the operator's network, also failed.""",
[], "cyber attack, no armed violence"),

("ru-shoigu-inspection-zapad", "2023-06-03 10:15", "Shoigu inspected the readiness of units of the Western military district",
"""The Minister of Defence of the Russian Federation, general of the army Sergei Shoigu, on {m0} inspected the command post of one of the formations of the Western group of troops in the zone of the special military operation, informed the press service of the defence ministry.

The minister heard the report of the commander about the current situation, the actions of the enemy and the tasks to strengthen the defence. Shoigu thanked the servicemen for the exemplary fulfilment of their tasks and handed over state awards. He also checked the state of the stocks of ammunition and the readiness of the units to repel attempts of the enemy to attack.""",
[], "inspection and readiness, no event"),

("tr-metina-pkk-neutralised", "2023-07-18 15:20", "MSB: 5 PKK terrorists were neutralised in the Claw-Lock operation area",
"""The terrorists who opened harassing fire on our base area in the Metina region of northern Iraq were neutralised by our heroic commandos, the Ministry of National Defence announced on {d0}.

According to the statement shared on the social media account of the ministry, 5 PKK terrorists who were detected while trying to approach the base area in the early hours of {d-1} were neutralised with the support of fire assets. "Our fight against terrorism continues with determination until the last terrorist is neutralised," the statement said.

No losses among our forces were reported. The ministry added that the number of terrorists neutralised since the beginning of the year has reached 1,004.""",
[(CL, "IQ", "Metina", None, "d-1", "Turkey", "Kurdistan Workers' Party")], "Turkish 'neutralised' covers killed, captured and surrendered: no stated death toll; Turkish operation in Iraq; yearly count aggregate"),

("tr-hakurk-air-operation", "2022-02-02 08:00", "Air operation against terrorist targets in Sinjar and Hakurk",
"""An air operation was carried out in the night to {m0} against the targets of the PKK/KCK terrorist organisation in the Sinjar region and in the Hakurk region in the north of Iraq, the Ministry of National Defence announced on {d0} morning.

In the operation named Winter Eagle, shelters, caves, tunnels, ammunition depots and so-called headquarters used by the terrorists were destroyed by our aircraft, the statement said, and all planes returned safely to their bases. "We will not leave in peace those terrorists who try to threaten our borders," the minister said.

The local administration of Sinjar said later on {d0} that some of the strikes fell near a hospital in the town, without giving casualty figures.""",
[(AIR, "IQ", "Hakurk", None, "d0", "Turkey", "Kurdistan Workers' Party"), (AIR, "IQ", "Sinjar", None, "d0", "Turkey", "Kurdistan Workers' Party")], "one named operation with strikes in two distant regions = two events; night to the publication day"),

("tr-ankara-kizilay-suicide", "2023-10-01 10:40", "Terrorist attack attempt in front of the General Directorate of Security in Ankara",
"""Interior Minister Ali Yerlikaya announced that at around 09:30 on {m0}, two terrorists who came in a light commercial vehicle in front of the entrance gate of the General Directorate of Security of our Ministry of Interior carried out a bomb attack.

"One of the terrorists blew himself up, the other terrorist was neutralised (killed) by our police. During the exchange of fire, two of our police officers were slightly wounded," the minister wrote on his social media account. The area in the Kizilay district, near the Grand National Assembly, which was to open its new legislative year in the afternoon, was cordoned off.

Ankara Chief Public Prosecutor's Office launched an investigation. A ban on broadcasting images from the scene was introduced.""",
[(SUI, "TR", "Ankara", 2, "d0", None, "Turkey")], "suicide attack; the bracket says 'neutralised' here means killed: 1 + 1 = 2; injuries not counted"),

("tr-erdogan-new-operation-threat", "2022-06-02 12:00", "Erdogan: we will clean Tal Rifaat and Manbij of terrorists",
"""President Recep Tayyip Erdogan, speaking at his party's group meeting in the Grand National Assembly on {m-1}, said that Turkey was taking to a new stage its decision to establish a 30-kilometre deep security zone along the southern border.

"We are cleaning Tal Rifaat and Manbij of terrorists. Then we will do the same, step by step, in other regions. Let us see who supports these legitimate security steps of Turkey and who hinders them," he said. Erdogan also repeated that Turkey will not say yes to the NATO membership of Sweden and Finland while they host the terrorist organisation.

The American side had earlier said that any new offensive would endanger the soldiers in the region.""",
[], "statement of intent and threat"),

("tr-efes-2024-exercise", "2024-05-30 14:00", "Distinguished Observer Day of EFES-2024 exercise held in Izmir",
"""The Distinguished Observer Day of the EFES-2024 combined joint live-fire exercise, in which 49 countries and more than 10,000 personnel participated, was held on {m0} in the Doganbey training area of Seferihisar, Izmir, with the participation of President Erdogan and Minister of National Defence Yasar Guler.

During the exercise, an amphibious landing was made on the beach, attack helicopters and unmanned aerial vehicles struck the enemy positions marked on the terrain, and the KAAN fighter's mock-up was exhibited. Minister Guler said that the exercise demonstrated the operational capability and deterrence of our heroic army.""",
[], "exercise with simulated strikes"),

("tr-depot-explosion-funeral", "2023-04-07 09:30", "Soldiers who lost their lives in the ammunition explosion in Kirikkale were sent off on their final journey",
"""Two of our soldiers who lost their lives in the explosion during the disposal of expired ammunition at the Machinery and Chemical Industry facility in Kirikkale on {d-2} were sent off on their final journey with a ceremony held at the Kocatepe Mosque in Ankara on {d0}.

The Ministry of National Defence said that the explosion was caused by a technical failure during the destruction of the ammunition, and an investigation has been launched. Sergeant Emre Yildiz and Private Serkan Altun were buried in their hometowns. The funerals were attended by the Governor, the Commander of the Land Forces and many citizens.""",
[], "funeral after an accidental explosion: no armed violence"),

("ir-rask-police-station-attack", "2023-12-15 06:30", "Eleven defenders of security martyred in the terrorist attack on Rask police command",
"""In the terrorist attack by members of the Jaish al-Zolm terrorist group on the police command of the city of Rask in Sistan and Baluchestan province in the early hours of {d0}, eleven members of the police force (FARAJA) were martyred and a number of others were injured, the deputy for security affairs of the governor of the province announced.

According to this report, the terrorists attacked the building from several directions with heavy weapons at around 02:00 and fighting continued for hours. The police forces resisted and several of the attacking terrorists were killed, he said, without giving their number.

The Jaish al-Adl group, which the Islamic Republic calls Jaish al-Zolm, claimed responsibility in a statement. The Minister of Interior travelled to Zahedan to follow the situation.""",
[(CL, "IR", "Rask", None, "d0", "Jaish al-Adl", "Iran")], "armed assault on police station = armed clash; eleven police and 'several' attackers killed: no total, null; 'Jaish al-Zolm' is the regime's name for Jaish al-Adl"),

("ir-kerman-golzar-blasts", "2024-01-04 11:00", "Number of martyrs of Kerman terrorist attack announced at 84",
"""The head of the country's emergency organisation announced that the number of martyrs of the two explosions of {d-1} on the route to the Golzar of the Martyrs of Kerman, where the people gathered for the fourth anniversary of the martyrdom of Lieutenant General Qassem Soleimani, is 84 persons, correcting the earlier figure of 103 announced on the evening of the incident. The number of injured is 284.

According to the statement of the Minister of Interior, at least one of the two explosions, which occurred at an interval of about 15 minutes, was carried out by a suicide bomber, whose body parts have been identified. The terrorist group Daesh, in a statement published on its channels on {d0}, claimed responsibility and said that two of its members had detonated explosive belts among the crowd.

The Leader of the Revolution promised a harsh response. Thursday was declared a day of national mourning.""",
[(SUI, "IR", "Kerman", 84, "d-1", "Islamic State", "civilians")], "two suicide blasts in one attack = one event; toll corrected downward: the latest stated total (84) counts"),

("ir-isfahan-quadcopters-downed", "2024-04-19 09:00", "Several small flying objects were shot down in the sky of Isfahan",
"""The spokesman of the national centre of cyberspace announced that around 04:00 on {m0} several small flying objects, of quadcopter type, were observed in the sky of Isfahan and were successfully targeted and shot down by the air defence systems.

He stressed that no attack from outside the borders has taken place and no damage has been reported. A commander of the army in Isfahan said the sound of explosions heard by the residents was related to the firing of the air defence at the suspicious objects. Flights at the airports of Isfahan, Shiraz and Tehran, which had been suspended at night, resumed in the morning.

Officials declined to say who had launched the objects.""",
[(DIS, "IR", "Isfahan", None, "d0", "Iran", None)], "drones shot down; launcher not named; 'no attack from outside' is a framing, not a denial of the interception"),

("ir-kheibar-shekan-unveiled", "2023-06-06 13:30", "Fattah hypersonic missile unveiled in presence of President",
"""The first hypersonic ballistic missile of the country, named Fattah, was unveiled on {m0} in the presence of President Ebrahim Raisi at the Aerospace Force of the Islamic Revolutionary Guard Corps, the news agency reported.

According to the commander of the Aerospace Force, the missile has a range of 1,400 kilometres and reaches a speed of Mach 13 to 15 before hitting its target, and no defence system can intercept it. "Today we have a deterrent power that gives a sense of security to the neighbours of Iran and to the region," the President said. The Zionist regime, he added, should know that the hand of the Islamic Republic is on the trigger.""",
[], "missile unveiling and threat"),

("ir-unknown-martyrs-return", "2023-09-25 08:00", "Bodies of 110 martyrs of the Sacred Defence returned to the homeland",
"""The bodies of 110 martyrs of the eight years of the Sacred Defence, discovered by the search teams in the former operational areas of Fakkeh and Shalamcheh and in Iraqi territory, were received on {m0} at the Shalamcheh border crossing in a ceremony with the presence of families of the martyrs, military commanders and people.

According to the head of the committee for the search of missing martyrs, 40 of the bodies have been identified through DNA tests. The funeral processions of the unknown martyrs will be held in Tehran and several provinces at the end of the Week of Sacred Defence.""",
[], "funeral and remains of the 1980s war: history"),

("ir-crushing-response-warning", "2024-01-29 15:00", "Spokesman of the Foreign Ministry: any attack will be met with a decisive response",
"""The spokesman of the Ministry of Foreign Affairs, Nasser Kanaani, in his weekly press conference on {m0} rejected the accusations of the American officials about the role of the Islamic Republic in the attack on an American base in Jordan and said that the resistance groups in the region do not take orders from Iran.

"The Islamic Republic does not seek the expansion of war in the region, but any aggression against our territory or our interests will be met with a decisive and crushing response," he said. He also called the presence of American forces in the region the main cause of insecurity.""",
[], "denial and warning; the attack in Jordan is referred to, not reported"),

("mm-pazigyi-air-strike", "2023-04-12 07:00", "Terrorist military council jets bombed Pazigyi village, 86 bodies found",
"""At about 7:30 in the morning of {d-1}, a jet fighter of the terrorist military council dropped bombs on the crowd gathered for the opening ceremony of the People's Administration office of Pazigyi village, Kanbalu township, Sagaing region, and afterwards a Mi-35 helicopter fired on the people with guns, local people and the revolutionary forces said.

Among the dead are many children and women who came to receive snacks at the ceremony. A rescue worker said that by the evening of {d-1} they had found 86 bodies, many of them burnt beyond recognition, and the search continued. The National Unity Government condemned the attack as a war crime.

The junta's spokesman confirmed to the media that an air strike had been carried out, saying the target was a gathering of PDF terrorists.""",
[(AIR, "MM", "Pazigyi", 86, "d-1", "Myanmar", "civilians")], "air strike on a gathering (jet and helicopter one act); 'terrorist military council' is the junta"),

("mm-gangaw-ambush", "2022-11-22 10:30", "PDF ambushed the military council's column in Gangaw, 12 soldiers killed",
"""When a column of about 80 soldiers of the military council was coming along the Gangaw-Kalay road in Gangaw township, Magway region, at about 10 o'clock on the morning of {d-2}, the joint forces of the Gangaw People's Defence Force ambushed them with landmines and small arms, the Gangaw PDF said.

The battle lasted about two hours and 12 soldiers of the military council were killed, and the PDF seized some weapons and ammunition. One comrade of the revolutionary forces was injured, the PDF said. The military council's troops later burned houses in the nearby village of Kyin, the villagers said.""",
[(IED, "MM", "Gangaw", 12, "d-2", "People's Defence Force", "Myanmar")], "ambush with landmines, then small arms: one act labelled by its most specific type (mines); later house-burning has no day and no toll (not labelled)"),

("mm-lashio-captured", "2024-08-04 08:00", "MNDAA captured the Northeastern Command headquarters, Lashio completely under control",
"""The Myanmar National Democratic Alliance Army (MNDAA) announced on {d-1} that it has completely captured the Northeastern Regional Military Command headquarters in Lashio, the capital of northern Shan State, after a month of fighting in the second phase of the Operation 1027.

It is the first time that a regional command of the military council has fallen to a resistance force. The MNDAA said that the brigadier general commanding the headquarters and his officers had been captured. Residents who fled the town said the fighting had gradually stopped since {d-2}.

The military council has not yet released a statement. The military council's newspaper earlier accused China-backed groups of harming the stability of the country.""",
[(NSA, "MM", "Lashio", None, "d-1", "Myanmar National Democratic Alliance Army", "Myanmar")], "non-state group takes a city and a command HQ; labelled on the announcement day"),

("mm-mines-defused-taungoo", "2022-06-15 06:00", "Security forces found and defused mines planted by PDF terrorists",
"""The security forces found five homemade mines planted by the PDF terrorists under the Yangon-Mandalay old road near Yay Tar Shay, in Taungoo district, Bago region, on {m-1} and defused them safely, the Information Team of the State Administration Council said.

The terrorist group planned to destroy the vehicles of the security forces and of the people who travel along the road, the team said. The security forces are continuing the area clearance operations. The people are requested to inform the nearest security forces if they find suspicious objects.""",
[(DIS, "MM", "Yay Tar Shay", None, "d-1", "Myanmar", "People's Defence Force")], "mines found and defused = disrupted weapons use; junta wording"),

("mm-election-announcement", "2024-10-01 11:00", "Military council says it will hold elections next year",
"""The Chairman of the State Administration Council, Senior General Min Aung Hlaing, said in a speech at the meeting of the council on {m-1} that the multi-party democratic general election will be held in 2025 and that the population census being taken in all states and regions is the basis for the voter lists.

He invited the ethnic armed organisations to give up the armed path and to join the elections "in the way of the law". The National Unity Government and several ethnic armed groups rejected the plan as a sham, saying no election can be held while the military council bombs the people.""",
[], "election announcement; accusation of bombing without an event"),

("mm-kunming-talks", "2024-01-13 09:00", "Military council and the Three Brotherhood Alliance agree to a ceasefire in Kunming",
"""Representatives of the military council and of the Three Brotherhood Alliance met in Kunming, China, on {d-2} and {d-1} with the mediation of China and agreed to an immediate ceasefire in northern Shan State, the Chinese Foreign Ministry spokesperson said.

According to the statement, the two sides agreed to disengage their personnel and to resolve disputes through peaceful negotiation, and promised not to harm the security of Chinese residents and projects in the border area. A spokesman of the Ta'ang National Liberation Army said the ceasefire does not apply to other regions of the country.""",
[], "ceasefire talks"),

("mm-junta-accuses-nug-terror", "2023-02-01 10:00", "State Administration Council extends emergency, accuses terrorists of destroying the country",
"""On the second anniversary of the takeover of state duties, the National Defence and Security Council extended the state of emergency for another six months, the state media announced on {m0}. The Council said that the terrorist groups NUG, CRPH and PDF have destroyed schools, bridges and telecommunication towers and murdered teachers and administrators, and that the country is not yet stable for holding free and fair elections.

Streets in Yangon and Mandalay were empty as people observed a "silent strike" called by the opposition, staying at home from 10 in the morning to 4 in the afternoon.""",
[], "state of emergency and unspecific accusations; 'silent strike' is a protest"),

("am-jermuk-shelling", "2022-09-13 07:30", "MoD of Armenia: Azerbaijan started shelling in the direction of Jermuk, Goris and Kapan",
"""On {m0}, at 00:05, the armed forces of Azerbaijan launched intensive shelling with the use of artillery and large-calibre firearms against the Armenian positions in the direction of the towns of Goris, Sotk and Jermuk, informs the Ministry of Defence of the Republic of Armenia. The adversary also uses strike UAVs.

In the direction of Jermuk, the adversary is also trying to advance. The units of the Armed Forces of Armenia are giving a proportional response. According to the preliminary data, there are losses among the personnel. "The military-political leadership of Armenia is in contact with the international partners," the message says.

The Ministry of Defence of Azerbaijan, in turn, declared that Armenian sabotage groups had mined the roads and that its units took measures to neutralise the firing points.""",
[(SHL, "AM", "Jermuk", None, "d0", "Azerbaijan", "Armenia")], "cross-border shelling (several directions, Jermuk named first and with advance attempts); 'losses' without a number"),

("am-az-brussels-meeting", "2023-07-16 12:00", "Pashinyan and Aliyev met in Brussels with the mediation of Charles Michel",
"""The Prime Minister of Armenia Nikol Pashinyan and the President of Azerbaijan Ilham Aliyev met in Brussels on {d-1} in a trilateral format with the President of the European Council Charles Michel. The parties discussed the process of the delimitation of the border, the unblocking of the communications and the rights and security of the Armenians of Nagorno-Karabakh.

Michel said the parties confirmed their respect for each other's territorial integrity and that the next meeting will take place in October. The Armenian side raised the question of the blocking of the Lachin corridor, which continues for seven months.""",
[], "diplomatic meeting"),
]
