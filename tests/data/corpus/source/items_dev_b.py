from common import *

FEED = ("dev/wire-b.atom.xml", "atom", "https://globaldesk.example.org/news", "Global Desk")
REGISTER = "wire"

ITEMS = [
("yemen-marib-missile", "2021-02-09 10:00", "Houthi missile hits Marib camp for displaced",
"""A ballistic missile fired by the Houthis struck a camp for displaced families on the edge of the Yemeni city of Marib on {d-1}, killing two children and wounding several adults, the Yemeni government said.

The Iran-aligned Houthis have pressed an offensive on the city, the government's last stronghold in the north, since early this month.""",
[(SHL, "YE", "Marib", 2, "d-1", "Houthis", "civilians")], "missile attack; Iran-aligned"),

("sahel-jnim-convoy-ied", "2022-01-18 09:00", "Two French soldiers wounded by IED in Mali",
"""Two soldiers of France's Barkhane force were lightly wounded when their armoured vehicle struck an improvised explosive device near Gao on {d-2}, the French army said in a statement on {d0}.

The JNIM alliance, linked to al-Qaeda, claimed responsibility. The soldiers were evacuated by helicopter.""",
[(IED, "ML", "Gao", None, "d-2", "JNIM", "France")], "IED injuries only"),

("taiwan-drills-china", "2023-04-10 08:00", "China ends 'Joint Sword' drills around Taiwan",
"""China's military said on {d0} it had completed three days of combat readiness exercises around Taiwan, including simulated precision strikes on key targets on the island.

Taiwan's defence ministry said it had tracked 70 Chinese aircraft and 11 ships on {d-1}.""",
[], "drills with 'precision strikes'"),

("kenya-lamu-ied", "2020-01-06 12:00", "Al-Shabaab attack on Kenyan base kills three Americans",
"""Al-Shabaab militants attacked a military base used by U.S. and Kenyan forces at Manda Bay in Kenya's Lamu county on {d-1}, killing one U.S. service member and two Defense Department contractors, U.S. Africa Command said.

Six aircraft were destroyed. Kenyan officials said four attackers were killed.""",
[(CL, "KE", "Manda Bay", 7, "d-1", "Al-Shabaab", "United States")], "raid on base; 1+2 and four attackers = 7"),

("sudan-darfur-el-geneina", "2023-06-16 11:00", "Governor of West Darfur killed after accusing RSF",
"""Gunmen abducted and killed the governor of Sudan's West Darfur state, Khamis Abakar, in El Geneina on {d-2}, hours after he accused the Rapid Support Forces of genocide in a television interview.

The army blamed the RSF, which denied involvement and said it condemned the killing.""",
[(CIV, "SD", "El Geneina", 1, "d-2", "Rapid Support Forces", "civilians")], "denial by accused, but killing occurred"),

("football-derby-fans", "2023-03-05 21:00", "Police use tear gas as fans clash before Athens derby",
"""Greek riot police fired tear gas to separate rival fans who clashed with flares and stones outside the stadium before the Athens derby on {d0}. Eleven people were detained.

The match went ahead after a 20-minute delay.""",
[], "sports riot, police"),

("ukraine-zaporizhzhia-shelling", "2022-11-23 16:00", "Russian shelling kills newborn in Zaporizhzhia maternity ward",
"""A Russian rocket hit a maternity ward in Vilniansk in the Zaporizhzhia region overnight, killing a two-day-old baby, Ukrainian officials said on {d0}. The mother and a doctor were pulled from the rubble alive.

The region's governor said the hospital was struck by S-300 missiles.""",
[(SHL, "UA", "Vilniansk", 1, "d0", "Russia", "civilians")], "rocket; overnight"),

("nigeria-zamfara-bandits", "2021-02-27 10:00", "Gunmen abduct 317 schoolgirls in Nigeria's Zamfara",
"""Gunmen abducted 317 girls from a boarding school in Jangebe in northwestern Nigeria's Zamfara state before dawn on {d-1}, police said, the latest mass kidnapping in the region.

The attackers arrived in vehicles and on motorcycles. Police and the army launched a search.""",
[(ABD, "NG", "Jangebe", None, "d-1", "gunmen", "civilians")], "mass abduction by bandits"),

("israel-west-bank-raid", "2023-07-04 09:00", "Israeli forces pull out of Jenin after two-day raid",
"""Israeli forces withdrew from the Jenin refugee camp in the occupied West Bank on {d0} after a two-day operation that killed 12 Palestinians, including fighters of Islamic Jihad, Palestinian health officials said. One Israeli soldier was killed.

The army used drones to strike targets in the camp at the start of the raid.""",
[(CL, "PS", "Jenin", 13, None, "Israel", "Palestinian Islamic Jihad")], "raid with clashes; 12+1=13"),

("cameroon-ambazonia-ambush", "2022-09-12 08:00", "Separatists kill four gendarmes in western Cameroon",
"""Anglophone separatists killed four gendarmes in an ambush on a checkpoint in Bamenda, the capital of Cameroon's North-West region, on {d-2}, the army said.

The attackers also burned a police vehicle and took weapons, officials said.""",
[(CL, "CM", "Bamenda", 4, "d-2", "Ambazonian separatists", "Cameroon")], "ambush"),

("syria-ldlib-shelling-denied", "2023-03-09 13:00", "Turkey denies shelling Kurdish villages in Syria",
"""Turkey's defence ministry on {d0} denied carrying out artillery strikes on Kurdish-held villages near Tal Rifaat in northern Syria, after the Syrian Democratic Forces accused it of killing three civilians.

"These claims are baseless," the ministry said.""",
[], "denial only"),

("burundi-drc-business", "2023-09-20 07:00", "Mining company strikes gold in eastern Congo",
"""A Canadian mining company said on {d0} it had struck a major gold deposit in South Kivu province, sending its shares up 20%. Analysts said the find could transform the region's economy despite insecurity.""",
[], "business figurative strike"),

("libya-tripoli-clashes", "2023-08-16 18:00", "Death toll from Tripoli clashes rises to 55",
"""Fighting between two of Tripoli's most powerful armed groups, the 444 Brigade and the Special Deterrence Force, killed at least 55 people and wounded 146, Libya's emergency medicine centre said on {d0}.

The clashes erupted on {d-2} after the Deterrence force detained a 444 commander at Mitiga airport.""",
[(CL, "LY", "Tripoli", 55, "d-2", "444 Brigade", "Special Deterrence Force")], "militia clashes"),

("india-pakistan-loc-firing", "2021-02-25 09:00", "India and Pakistan agree to observe ceasefire in Kashmir",
"""The armies of India and Pakistan said on {d0} they had agreed to strictly observe all ceasefire agreements along the Line of Control in Kashmir from midnight, after years of frequent cross-border firing.

The rare joint statement was welcomed by residents of border villages.""",
[], "ceasefire agreement"),

("somalia-hiraan-recaptured", "2022-09-03 12:00", "Somali forces and clan militias retake towns from al-Shabaab",
"""Somali government forces, backed by local clan militias, recaptured several towns from al-Shabaab in the Hiraan region on {d-1}, including Yasooman, officials said.

The militants withdrew before the troops arrived, residents said. It was the biggest offensive against the group in years.""",
[], "towns taken back after the militants withdrew before the troops arrived: a non-violent transfer, no event (SPEC labelling conventions)"),

("japan-missile-overflight", "2022-10-04 01:00", "North Korean missile flies over Japan for first time in five years",
"""North Korea fired a ballistic missile over Japan on {d0}, prompting the government to tell residents in the north to take cover. The missile fell into the Pacific Ocean.

Japan said it would not shoot down the missile as it posed no threat. The launch drew condemnation from Washington and Seoul.""",
[], "missile test; 'would not shoot down'"),

("drc-m23-bunagana", "2022-06-14 10:00", "M23 rebels seize Congo border town of Bunagana",
"""M23 rebels took control of the Congolese town of Bunagana on the Ugandan border on {d-1} after fierce fighting with the army, local officials said. Thousands of civilians and 137 soldiers fled into Uganda.

Congo accused Rwanda of backing the rebel offensive, which Kigali denies.""",
[(NSA, "CD", "Bunagana", None, "d-1", "M23", "DR Congo")], "nsa overtakes; Rwanda-backed denial not the event"),

("iraq-chemical-training-police", "2023-05-03 10:00", "Iraqi civil defence trains for chemical emergencies",
"""Iraqi civil defence teams held a drill in Basra on {d0} simulating a chlorine gas leak at a water treatment plant, officials said, as part of preparations for summer.""",
[], "drill chemical"),

("afghanistan-grenade-mosque", "2021-10-09 11:00", "Taliban say grenade attack on Kunduz mosque was IS work",
"""Taliban officials said an attacker threw grenades into a Shia mosque in the northern Afghan city of Kunduz during Friday prayers on {d-1}, before detonating explosives. Dozens of worshippers were killed.

Islamic State later claimed the bombing, saying a suicide bomber had carried it out.""",
[(SUI, "AF", "Kunduz", None, "d-1", "Islamic State", "civilians")], "suicide bomb (claim) + grenades; dozens -> null"),

("chad-boko-haram-base", "2020-03-25 12:00", "Boko Haram attack kills 92 Chadian soldiers",
"""Boko Haram fighters killed 92 Chadian soldiers in a seven-hour attack on their base at Boma in the Lake Chad region on {d-2}, President Idriss Deby said, the army's heaviest loss in a single day.

Deby visited the base on {d-1}, promising revenge.""",
[(CL, "TD", "Boma", 92, "d-2", "Boko Haram", "Chad")], "attack on base -> clash; 'promising revenge' threat"),

("uk-arms-sales-saudi", "2023-06-20 12:00", "Court upholds UK arms sales to Saudi Arabia",
"""The High Court in London on {d0} dismissed a challenge to the British government's decision to resume arms sales to Saudi Arabia, which campaigners said were used in air strikes in Yemen.

The judges said the government had acted lawfully in assessing the risk.""",
[], "arms sales + airstrikes reference"),

("syria-israel-damascus-airport", "2022-06-10 15:00", "Israeli strikes put Damascus airport out of service",
"""Israeli air strikes hit Damascus international airport early on {d0}, damaging the runways and putting it out of service, Syria's defence ministry said.

Syrian air defences intercepted some of the missiles, the ministry said. Israel's military did not comment.""",
[(AIR, "SY", "Damascus", None, "d0", "Israel", "Syria"), (DIS, "SY", "Damascus", None, "d0", "Syria", "Israel")], "airstrike with partial interception: the hit and the interception are two events"),

("burkina-djibo-gov-offensive", "2023-07-20 10:00", "Burkina army says 'dozens of terrorists neutralised' near Djibo",
"""Burkina Faso's army said its troops and volunteer fighters had killed dozens of jihadists during an offensive around Djibo in the north between {d-5} and {d-2}.

The army said the operation also destroyed several motorcycles and weapons caches.""",
[(CL, "BF", "Djibo", None, None, "Burkina Faso", "militants")], "offensive; dozens -> null"),

("yemen-aden-car-bomb", "2022-10-09 09:00", "Car bomb targets security chief's convoy in Aden",
"""A car bomb exploded as the convoy of a senior security commander passed through Aden's Dar Saad district on {d-1}, killing four of his bodyguards, security officials said. The commander survived.""",
[(IED, "YE", "Aden", 4, "d-1", None, None)], "IED"),

("ukraine-grain-deal", "2022-07-22 16:00", "Russia and Ukraine sign UN-brokered deal to resume grain exports",
"""Russia and Ukraine signed a deal in Istanbul on {d0} to reopen Ukraine's Black Sea ports for grain exports, easing fears of a global food crisis.

UN Secretary-General Antonio Guterres called it "a beacon of hope". The agreement is to last 120 days.""",
[], "deal"),

("pakistan-balochistan-bla", "2024-01-30 08:00", "Separatists storm Mach town in Balochistan",
"""Baloch separatist militants fired rockets and attacked government buildings in the town of Mach in southwestern Pakistan late on {d-1}, sparking gun battles with security forces that lasted hours, officials said.

Four security personnel and two civilians were killed, the interior minister said. The Baloch Liberation Army claimed the attack.""",
[(CL, "PK", "Mach", 6, "d-1", "Balochistan Liberation Army", "Pakistan")], "multi-weapon raid -> clash; 4+2"),

("haiti-weather-earthquake", "2021-08-15 09:00", "Haiti quake death toll climbs past 300",
"""The death toll from a magnitude 7.2 earthquake that struck southwestern Haiti on {d-1} climbed to 304, officials said, as rescuers searched collapsed buildings in Les Cayes.""",
[], "earthquake"),

("mozambique-palma-nsa", "2021-03-29 07:00", "Insurgents seize Mozambique town of Palma",
"""Islamic State-linked insurgents took control of the town of Palma in Mozambique's Cabo Delgado province after a three-day assault, security sources said on {d0}. Dozens of people were killed, including foreign workers trying to escape a hotel.

The attack began on {d-5} and forced thousands to flee.""",
[(NSA, "MZ", "Palma", None, "d-5", "militants", "Mozambique")], "nsa overtakes"),

("india-manipur-gunfight", "2023-06-14 05:00", "Nine killed in Manipur village attack",
"""Nine people were killed and at least ten injured when armed men attacked Khamenlok village in India's Manipur state late on {d-1}, police said, in the latest surge of ethnic violence.

The attackers fired on residents and set houses on fire before fleeing.""",
[(CIV, "IN", "Khamenlok", 9, "d-1", "armed men", "civilians")], "attack on civilians"),

("russia-mobilisation-politics", "2022-09-21 12:00", "Putin announces partial mobilisation, warns West",
"""President Vladimir Putin ordered the first Russian mobilisation since the Second World War on {d0} and warned the West that Moscow would use "all the means at our disposal" to defend its territory.

The call-up of 300,000 reservists sent Russians rushing to buy air tickets out of the country.""",
[], "politics/threat"),

("iraq-airstrike-turkey-sinjar", "2021-08-17 11:00", "Turkish drone strike hits clinic in Iraq's Sinjar",
"""A Turkish drone struck a clinic in the Sinjar region of northern Iraq on {d0}, killing eight people, local officials said. Turkey said it had targeted fighters of the Kurdistan Workers' Party (PKK).""",
[(AIR, "IQ", "Sinjar", 8, "d0", "Turkey", "Kurdistan Workers' Party")], "drone strike"),

("south-sudan-jonglei-cattle", "2023-02-22 10:00", "Armed youths kill 21 in Jonglei cattle raids",
"""Armed youths from a rival community killed 21 people and stole thousands of cattle in raids on villages in South Sudan's Jonglei state on {d-3}, a county commissioner said.

UN peacekeepers were sent to the area. Such raids have killed hundreds this year.""",
[(CIV, "SS", "Jonglei", 21, "d-3", "armed youths", "civilians")], "communal militia attack"),

("kenya-police-protest", "2023-07-13 08:00", "Police fire tear gas at Nairobi cost-of-living protesters",
"""Kenyan police fired tear gas and water cannon at protesters in Nairobi on {d-1} as opposition supporters took to the streets over tax rises. Two people were shot dead in Mlolongo, witnesses said.

Police said they were investigating the deaths.""",
[], "protests/police"),

("somalia-suicide-el-baraf", "2023-04-02 09:00", "Suicide car bomb hits Somali base in Middle Shabelle",
"""A suicide bomber drove an explosives-laden vehicle into a military base in El Baraf, Middle Shabelle, on {d-1}, and fighters then stormed the base, officials said. The army said it repelled the attack, killing dozens of militants.

Three soldiers died, according to a local commander.""",
[(SUI, "SO", "El Baraf", None, "d-1", "militants", "Somalia")], "VBIED suicide + assault merged; three soldiers and dozens of militants: toll null"),

("iran-drone-factory-strike", "2023-01-29 10:00", "Drones hit Iranian defence factory in Isfahan",
"""Three small drones attacked a defence ministry workshop in Isfahan overnight, Iran said on {d0}. Air defences shot down one of the drones and two others blew up, causing minor damage to the roof, the ministry said.

Iran did not say who it believed was behind the attack.""",
[(AIR, "IR", "Isfahan", None, "d0", None, "Iran"), (DIS, "IR", "Isfahan", None, "d0", "Iran", None)], "drone attack partly intercepted: the hit (air) and the interception are two events"),

("congo-election-politics", "2023-12-20 11:00", "Congo votes amid logistical chaos",
"""Millions of Congolese voted on {d0} in presidential and legislative elections marred by late-opening polling stations and missing ballot papers.

In the east, voters in areas hit by rebel violence were unable to vote. Opposition candidates said the process was a sham.""",
[], "politics with violence context"),

("lebanon-beirut-drone-strike", "2024-01-02 19:00", "Drone strike in Beirut kills senior Hamas official",
"""A drone strike on an office in Beirut's southern suburbs killed Saleh al-Arouri, deputy head of Hamas's political bureau, and six others on {d0}, Lebanese security sources said.

Hezbollah called the killing a serious attack on Lebanon. Israel did not claim responsibility.""",
[(AIR, "LB", "Beirut", 7, "d0", None, "Hamas")], "1+6=7; Israel not claimed"),

("bangladesh-factory-fire", "2021-07-09 08:00", "Fire at Bangladesh juice factory kills 52",
"""A fire swept through a juice factory near Dhaka on {d-1}, killing at least 52 workers, many of whom were trapped behind a locked exit, officials said. Chemical materials stored inside fuelled the blaze.""",
[], "accident; chemical word"),

("philippines-marawi-bomb", "2023-12-04 03:00", "Bomb blast at Mass in Marawi kills four",
"""A bomb exploded during a Catholic Mass in a university gymnasium in Marawi on {d-1}, killing four people and wounding dozens, officials said. Islamic State claimed responsibility.

President Ferdinand Marcos blamed "foreign terrorists".""",
[(IED, "PH", "Marawi", 4, "d-1", "Islamic State", "civilians")], "IED"),

("colombia-farc-drone-cauca", "2024-04-26 09:00", "Colombian soldier killed by explosives dropped from drone",
"""A Colombian soldier was killed and two were wounded when FARC dissidents dropped explosives from a drone on a military post in Argelia, in the southwestern Cauca department, on {d-1}, the army said.""",
[(AIR, "CO", "Argelia", 1, "d-1", "FARC dissidents", "Colombia")], "drone-dropped explosives = air/drone strike"),

("ethiopia-tigray-peace", "2022-11-03 07:00", "Ethiopia and Tigray forces agree to cease hostilities",
"""Ethiopia's government and Tigrayan forces agreed on {d-1} to a permanent cessation of hostilities after talks in South Africa, ending two years of war that has killed hundreds of thousands.

The deal provides for disarmament of Tigrayan fighters and the restoration of services.""",
[], "peace deal"),

("israel-hamas-oct7", "2023-10-07 15:00", "Hamas fighters infiltrate Israel as thousands of rockets fired",
"""Hamas fighters infiltrated southern Israel from Gaza in a surprise attack on {d0}, killing at least 250 people and taking hostages back to the enclave, Israeli officials said. Thousands of rockets were fired at Israeli towns.

Israel responded with air strikes on Gaza, where health officials said 232 people were killed.""",
[(CL, "IL", "Israel", 250, "d0", "Hamas", "Israel"), (SHL, "IL", "Israel", None, "d0", "Hamas", "Israel"), (AIR, "PS", "Gaza", 232, "d0", "Israel", "Hamas")], "multi-event, three"),

("south-korea-toy-drone", "2023-02-14 07:00", "Seoul toy-maker's drone battle game tops charts",
"""A South Korean company's drone battle game climbed to the top of app charts this week, as players send virtual fleets to attack enemy bases. The game's developer said it had 3 million downloads.""",
[], "game"),

("niger-troops-killed-diffa", "2021-06-23 10:00", "Boko Haram kills five soldiers in Niger's Diffa region",
"""Boko Haram militants attacked a Nigerien army position at Toumour in the Diffa region on {d-2}, killing five soldiers, the defence ministry said in a statement.

About 20 attackers were killed in the fighting, it said.""",
[(CL, "NE", "Toumour", 25, "d-2", "Boko Haram", "Niger")], "toll: five soldiers and about 20 attackers = 25"),

("russia-belgorod-shelling", "2023-12-30 20:00", "Shelling of Belgorod kills 14, Russia says",
"""Ukrainian shelling of the Russian city of Belgorod killed 14 people, including two children, and wounded 108 on {d0}, Russian officials said, a day after Russia's largest air attack on Ukraine of the war.

Russia said Ukraine used cluster munitions and Czech-made Vampire rockets.""",
[(SHL, "RU", "Belgorod", 14, "d0", "Ukraine", "civilians")], "including children -> 14; second event mentioned as prior day"),
]
