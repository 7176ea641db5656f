from common import *

FEED = ("blind/wire-c3.atom.xml", "atom", "https://harbourwire.example.com/news", "Harbour Wire")
REGISTER = "wire"

ITEMS = [
# ---- positives ----
("ituri-komanda-church-attack", "2025-07-27 15:20", "Rebels kill dozens at church in eastern Congo",
"""NAIROBI, July 27 (Harbour Wire) - Fighters of the Allied Democratic Forces stormed a Catholic church compound in Komanda, in Congo's Ituri province, during a night vigil, killing worshippers with guns and machetes, local officials and a church source said on Sunday.

A civil society coordinator in Komanda said 21 bodies had been found inside the church in the first hours after the attack, which began at about 1 a.m. By the afternoon the figure had risen to 43, among them nine children, he said, as residents searched the burned houses and shops nearby.

"They came in through the back of the compound while the faithful were praying," said the coordinator, who asked not to be named. A spokesman for the Congolese army in Ituri confirmed the attack and said troops were pursuing the assailants.

The ADF, a Ugandan-led group that pledged allegiance to Islamic State, has killed thousands of civilians in Ituri and North Kivu over the past decade. Earlier this month its fighters were blamed for the killing of more than 60 people in villages of Irumu territory.""",
[(CIV, "CD", "Komanda", 43, "d0", "Allied Democratic Forces", "civilians")],
"Nairobi dateline for an Ituri event; toll 21 -> 43; nine children part of it; earlier killings background"),

("niger-tera-convoy-ambush", "2025-06-21 10:40", "Twelve Niger soldiers killed in ambush near Burkina border",
"""NIAMEY, June 21 (Harbour Wire) - Twelve soldiers were killed when fighters of the Islamic State Sahel Province ambushed an army convoy near Téra, in Niger's Tillabéri region, on Thursday, the defence ministry said in a statement read on state television.

The convoy was escorting lorries towards the border with Burkina Faso when it came under fire from assailants on motorcycles, the ministry said. It said "dozens of terrorists" were killed in the fighting and that air support had been sent, without giving a number.

The group said in a statement carried by its news outlet that it had attacked the convoy, and published photographs of weapons it said it had taken.

Niger's military government, which seized power in July 2023, has struggled to contain jihadist violence in the tri-border area. In March, gunmen killed 44 worshippers at a mosque in Fambita, in the same region.""",
[(CL, "NE", "Téra", None, "d-2", "Islamic State Sahel", "Niger")],
"ambush of a patrol is a clash; part of the dead 'dozens' -> null; Fambita is background"),

("shiroro-niger-state-villagers-abducted", "2024-10-16 13:10", "Gunmen abduct dozens in central Nigeria's Niger State",
"""ABUJA, Oct 16 (Harbour Wire) - Gunmen on motorcycles abducted at least 30 people from two villages in Shiroro local government area of Niger State on Tuesday night, residents and a local official said.

The attackers went from house to house in Kwaki and a neighbouring hamlet, firing into the air and taking mostly women and children into the bush, said Sani Abubakar, a community leader. Nobody was killed, he said.

A spokesman for the Niger State police command confirmed "an incident of kidnapping" and said tactical teams had been deployed.

Kidnapping for ransom has become a lucrative business for armed gangs that the authorities call bandits across northwestern and north-central Nigeria. In Shiroro, Islamist fighters have also been active in recent years. Despite its name, the state borders Benin, not the Republic of Niger.""",
[(ABD, "NG", "Kwaki", 0, "d-1", "gunmen", "civilians")],
"Niger State, not Niger; 'Tuesday night' is the Tuesday; 'nobody was killed' = 0"),

("haiti-bel-air-drone-strike", "2025-05-06 17:30", "Haitian drone strike kills gang members in capital, police say",
"""PORT-AU-PRINCE, May 6 (Harbour Wire) - A drone strike by a government task force killed eight members of the Viv Ansanm gang coalition in the Bel Air neighbourhood of Port-au-Prince on Monday, a senior police official said.

The explosive-laden drone hit a house where gang members had gathered, the official said, speaking on condition of anonymity because he was not authorised to speak to the press. Photographs shared on social media showed a partly collapsed roof and bodies covered with sheets.

The task force, set up by the prime minister's office earlier this year, has used drones against gang strongholds several times. Human rights groups have warned that such strikes in densely populated areas put residents at risk.

Gangs control most of the capital and have pushed into the Artibonite and Centre departments, where they overran the town of Mirebalais in March.""",
[(AIR, "HT", "Bel Air", 8, "d-1", "Haiti", "Viv Ansanm")],
"a state's drone strike on a gang; the earlier town takeover is background"),

("lebanon-kfar-sir-drone-car", "2025-04-22 12:05", "Israeli drone strike on car kills one in south Lebanon",
"""BEIRUT, April 22 (Harbour Wire) - An Israeli drone strike on a car in the southern Lebanese town of Kfar Sir killed one person on Tuesday morning, Lebanon's health ministry said.

The Israeli military said it had struck a Hezbollah fighter who was "rebuilding terrorist infrastructure" in the area. Hezbollah did not comment.

The strike was the latest of near-daily Israeli attacks in Lebanon despite the ceasefire that took effect last November after more than a year of hostilities. Lebanese President Joseph Aoun has asked the United States and France, which oversee the truce, to press Israel to stop.

"Each strike undermines the army's efforts to deploy in the south," a Lebanese security official said. Israel has kept troops at five hilltop positions inside Lebanon.""",
[(AIR, "LB", "Kfar Sir", 1, "d0", "Israel", "Hezbollah")],
"drone strike; truce and earlier hostilities as background"),

("abyan-mudiyah-roadside-bomb-stc", "2024-08-12 09:50", "Roadside bomb kills four southern Yemeni troops in Abyan",
"""DUBAI, Aug 12 (Harbour Wire) - A roadside bomb struck a vehicle of Yemen's separatist Southern Transitional Council in the Mudiyah district of Abyan province on Sunday, and gunmen then opened fire on the troops who came to help, killing four soldiers in all, an STC spokesman said.

Al Qaeda in the Arabian Peninsula said in a statement on Telegram that its fighters had set off the device and attacked the "militia". Three other soldiers were wounded.

The STC, backed by the United Arab Emirates, has fought AQAP in Abyan and Shabwa since 2022 in an operation it calls Arrows of the East. An AQAP drone attack killed two STC soldiers in the same district last month.

A local official said the wounded were taken to a hospital in Aden.""",
[(IED, "YE", "Mudiyah", 4, "d-1", "Al-Qaeda in the Arabian Peninsula", "Southern Transitional Council")],
"Dubai dateline; a roadside bomb and the gunfire after it are one IED event; last month's drone attack is background"),

("spin-boldak-mortar-rounds", "2025-10-16 08:30", "Mortar fire from Pakistan kills three in Afghan border town",
"""KABUL, Oct 16 (Harbour Wire) - Mortar rounds fired from the Pakistani side of the border hit homes in Spin Boldak district of Afghanistan's Kandahar province late on Wednesday, killing three civilians and wounding eight, the district hospital said.

A Taliban government spokesman called it a violation of the truce agreed at the weekend. Pakistan's military said in a statement that its troops had responded to "unprovoked firing" by Afghan forces at its posts near Chaman and that it had targeted only military positions.

The neighbours fought their heaviest border battles in years last week, and both sides reported dozens of dead. Talks in Doha are due to start on Saturday.

The Chaman-Spin Boldak crossing, a main trade route between the two countries, has been closed for days, stranding hundreds of lorries.""",
[(SHL, "AF", "Spin Boldak", 3, "d-1", "Pakistan", "civilians")],
"'late on Wednesday' is the Wednesday; fire from one country into another; last week's battles are background"),

("russia-airbases-truck-drones", "2025-06-01 20:10", "Ukraine says drones hit Russian bomber bases deep inside Russia",
"""KYIV, June 1 (Harbour Wire) - Ukrainian drones launched from lorries parked near Russian air bases struck strategic bombers at airfields in Siberia and the Arctic on Sunday, Ukraine's SBU security service said.

Video released by the SBU showed drones rising from the roofs of wooden cabins and diving onto Tu-95 and Tu-22 bombers. The governor of Irkutsk region said a military unit in the village of Sredny had been attacked, the first such strike in Siberia. The Belaya air base lies nearby. In the Murmansk region, the governor confirmed a drone attack on the Olenya base.

Russia's defence ministry said several aircraft caught fire and that some of the "terrorist" drones were destroyed. It said nobody was hurt.

The strikes came a day before Ukrainian and Russian delegations were due to meet for talks in Istanbul.""",
[(AIR, "RU", "Belaya", 0, "d0", "Ukraine", "Russia"),
 (AIR, "RU", "Olenya", 0, "d0", "Ukraine", "Russia")],
"two strikes far apart; 'nobody was hurt' = 0 for both; talks are no event"),

("mali-sandare-fuel-convoy-ambush", "2025-09-16 18:45", "Militants attack fuel convoy in western Mali, trucks burned",
"""BAMAKO, Sept 16 (Harbour Wire) - Fighters of al Qaeda's Sahel affiliate JNIM attacked a convoy of fuel tankers escorted by the army near Sandaré, in western Mali's Nioro du Sahel circle, on Sunday, setting dozens of trucks on fire, drivers and a security source said.

The army said in a statement that it had "neutralised many terrorists" and that it had lost "some" soldiers, without giving figures. A driver who escaped said the shooting lasted more than two hours before the soldiers pulled back.

JNIM announced a blockade of fuel imports in early September, and fuel has since become scarce in Bamako, with long queues at petrol stations.

Transporters say dozens of tankers have been burned on roads leading to the capital since the start of the month.""",
[(CL, "ML", "Sandaré", None, "d-2", "JNIM", "Mali")],
"ambush of an escorted convoy is a clash; vague tolls -> null; the blockade announcement is no event"),

("libya-zawiya-militia-clashes", "2024-06-08 11:20", "Clashes between armed groups kill five in Libyan city of Zawiya",
"""TRIPOLI, June 8 (Harbour Wire) - Fighting between rival armed groups in the western Libyan city of Zawiya killed five people, among them a child, on Friday, the city's medical centre said.

Residents said the clashes, with machine guns and rocket-propelled grenades, broke out near the coastal road after the killing of a member of one group at a checkpoint the night before, and spread to residential streets near the oil refinery.

The Government of National Unity in Tripoli said it had sent a force to separate the sides. The Presidential Council called for calm.

Zawiya, about 45 km west of the capital, has seen repeated fighting between militias that profit from fuel smuggling and migrant trafficking.

Schools near the refinery were closed on Saturday.""",
[(CL, "LY", "Zawiya", 5, "d-1", "Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)")],
"a Tripoli dateline (Libya); clashes between unnamed rival groups; the killing that started it is background"),

("islamabad-g11-court-suicide-bomb", "2025-11-11 16:00", "Suicide bomber kills 12 outside Islamabad court",
"""ISLAMABAD, Nov 11 (Harbour Wire) - A suicide bomber blew himself up next to a police car outside a district court complex in the G-11 sector of Islamabad on Tuesday, killing 12 people and wounding 27, Pakistan's interior minister said.

The minister said the attacker had tried to enter the court building but could not get through security, and detonated his explosives at the gate around midday as lawyers and litigants arrived.

No group claimed responsibility immediately. The defence minister said Pakistan was "in a state of war".

The bombing came a day after security forces ended a siege at a cadet college in Wana, in South Waziristan, which militants had tried to storm. Suicide attacks in the capital itself have been rare in recent years.""",
[(SUI, "PK", "G-11", 12, "d0", None, "civilians")],
"suicide bomb with no claim; the previous day's siege is background"),

("imphal-mla-house-grenade", "2024-11-24 07:15", "Grenade hurled at Manipur legislator's home",
"""IMPHAL, Nov 24 (Harbour Wire) - Unidentified men hurled a hand grenade at the residence of a legislator at Wangkhei in Imphal East district late on Saturday, police said. The grenade exploded inside the compound, damaging a car and the front wall. No one was hurt.

The legislator was not at home. Police said two men on a scooter were seen near the house shortly before the blast. A case has been registered.

Manipur has been torn by ethnic violence between the Meitei and Kuki-Zo communities since May 2023, in which more than 250 people have died.

Security was stepped up at the homes of other legislators in the Imphal valley. The chief minister condemned the attack and said the culprits would be brought to book.""",
[(GRE, "IN", "Wangkhei", 0, "d-1", None, "civilians")],
"grenade with no one hurt (0); 'late on Saturday'; the aggregate toll is background"),

# ---- negatives ----
("golan-buffer-zone-troops-enter", "2024-12-08 21:00", "Israeli troops move into buffer zone as Syrian army leaves posts",
"""JERUSALEM, Dec 8 (Harbour Wire) - Israeli troops moved into the demilitarised buffer zone on the Syrian side of the Golan Heights on Sunday, taking over positions abandoned by the Syrian army after the fall of President Bashar al-Assad, the Israeli military said.

Prime Minister Benjamin Netanyahu said the 1974 disengagement agreement had "collapsed" because Syrian soldiers had left their posts. No shots were fired, a military spokesman said, and the troops did not meet any resistance.

The United Nations said the move was a violation of the agreement. Residents of the village of Hader said Israeli army vehicles passed on the road but did not enter.

The Israeli military said the deployment was temporary and meant to protect residents of the Golan Heights.""",
[], "positions taken over without a fight: a non-violent transfer"),

("hague-court-convicts-nusra-member", "2025-01-23 14:10", "Dutch court jails Syrian for war crimes",
"""THE HAGUE, Jan 23 (Harbour Wire) - A Dutch court sentenced a Syrian man to 20 years in prison on Thursday for taking part in the execution of a captured soldier in eastern Syria in 2012 as a member of the Nusra Front.

Judges said video recorded at the time showed the man among fighters who shot the blindfolded soldier in Deir ez-Zor province. The man, who came to the Netherlands as an asylum seeker, denied the charges.

The court also convicted him of membership of a terrorist organisation.

The prosecution had asked for 25 years. The court said the man's role was smaller than that of the commander who fired the shots, but that he had helped bring the soldier to the place where he was killed. Dutch prosecutors have brought several cases against Syrians under universal jurisdiction.""",
[], "court verdict on an old killing"),

("georgia-tornado-warning-storms", "2024-05-09 02:30", "Tornadoes tear through Georgia towns",
"""ATLANTA, May 9 (Harbour Wire) - Tornadoes ripped through towns in northwest Georgia late on Wednesday, tearing roofs off homes and downing power lines, and one man was killed when a tree fell on his house, the Georgia Emergency Management Agency said.

The National Weather Service said storms "bombarded" the region with hail the size of golf balls. Some 80,000 homes were without power. Governor Brian Kemp declared a state of emergency in 29 counties.

Emergency crews worked through the night to clear roads in Floyd and Bartow counties. A school in Rome was damaged and classes were cancelled on Thursday. "It sounded like a freight train," a resident of Cartersville told a local television station. Forecasters warned of more severe weather across the South at the weekend.""",
[], "weather; Georgia the U.S. state"),

("sudan-gold-mine-collapse", "2025-06-29 12:40", "Gold mine collapse kills 11 in northeast Sudan",
"""KHARTOUM, June 29 (Harbour Wire) - Eleven miners were killed and seven injured when a shaft collapsed at a traditional gold mine in the Howeid desert area between Atbara and Haiya, the Sudanese Mineral Resources Company said on Sunday.

The company said it had suspended work at the site, which it had ordered closed earlier because of safety concerns. Gold mining is a major source of revenue for both sides in Sudan's war, which has killed tens of thousands since April 2023.

Rescuers dug with shovels and their hands to recover the bodies, a local official said. Accidents are frequent at the thousands of small artisanal mines across the country, where safety rules are rarely enforced.""",
[], "mine collapse; aggregate war toll"),

("nigeria-resident-doctors-strike", "2025-11-01 09:00", "Nigerian resident doctors begin indefinite strike",
"""LAGOS, Nov 1 (Harbour Wire) - Resident doctors in Nigeria's public hospitals began an indefinite strike on Saturday over unpaid allowances and poor working conditions, their association said, leaving patients stranded at teaching hospitals in Lagos, Abuja and Ibadan.

"The government has ignored every ultimatum," the association's president told reporters. The health minister appealed to the doctors to return to work while talks continue. A previous strike last year lasted six weeks.

The association said emergency units at some hospitals would keep a skeleton staff. Patients at the Lagos University Teaching Hospital said they were turned away from clinics on Saturday morning. The doctors say many of their colleagues have left the country for better pay in Britain and the Gulf. The labour ministry said it would convene a meeting with the association next week.""",
[], "a workers' strike"),

("north-korea-warns-drills", "2025-08-18 05:10", "North Korea warns of 'merciless' response to allied drills",
"""SEOUL, Aug 18 (Harbour Wire) - North Korea warned on Monday that it would take "merciless" countermeasures against the United States and South Korea as the allies began their annual Ulchi Freedom Shield exercise, which includes computer-simulated defence of an attack from the North.

North Korea's defence ministry said the drills were a rehearsal for invasion. About 18,000 South Korean troops are taking part in field training this year, fewer than planned after some outdoor drills were postponed.

The allies say the exercise is defensive. Kim Yo Jong, the sister of leader Kim Jong Un, said last week that Pyongyang had no interest in talks with Seoul. South Korea's new president has sought to ease tensions, halting loudspeaker broadcasts along the border. The Joint Chiefs of Staff said the military was watching the North closely.""",
[], "a threat and an exercise"),

("sahel-civilian-deaths-report", "2025-02-12 10:00", "Sahel violence killed record number of civilians in 2024, report says",
"""DAKAR, Feb 12 (Harbour Wire) - Armed groups and security forces killed more civilians in Burkina Faso, Mali and Niger in 2024 than in any year since the crises began, a conflict monitoring group said in a report on Wednesday.

The report counted more than 4,000 civilians killed across the three countries, about half of them by state forces and their allied militias, and said attacks on villages in Burkina Faso's north and east accounted for the largest share.

The group said the violence was spreading south towards the coastal states of Benin and Togo, and that it could not verify many reports from areas cut off by blockades. The military governments of the three countries, which have left the regional bloc ECOWAS, have rejected earlier reports by rights groups as biased.""",
[], "aggregate annual toll"),

("chad-troops-lake-islands-deployment", "2024-11-05 16:20", "Chad sends extra troops to Lake Chad after deadly attacks",
"""N'DJAMENA, Nov 5 (Harbour Wire) - Chad has sent several hundred additional troops and armoured vehicles to the islands of Lake Chad after a series of attacks on its bases there, the army said on Tuesday.

President Mahamat Idriss Deby launched an operation to pursue Boko Haram fighters after an assault on a base at Barkaram killed about 40 soldiers late last month. He has threatened to pull Chad out of the regional force, which he says has failed to stop the attacks.

The army said the troops would also protect fishermen and herders on the islands, many of whom have fled to the mainland. A government spokesman said the operation would last "as long as necessary".""",
[], "deployment because of attacks; an earlier attack and a threat as background"),
]
