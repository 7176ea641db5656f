from common import *

FEED = ("held/wire-e.atom.xml", "atom", "https://dispatch.example.org/a", "The Dispatch")
REGISTER = "wire"

ITEMS = [
("somalia-mogadishu-ministry-blasts", "2022-10-30 09:00", "Twin car bombs kill 100 at Somalia's education ministry",
"""Two car bombs exploded minutes apart at a busy junction by the education ministry in Mogadishu on {d-1}, killing at least 100 people and wounding 300, President Hassan Sheikh Mohamud said.

Al-Shabaab said it had targeted the ministry, which it accused of being an "enemy base".""",
[(IED, "SO", "Mogadishu", 100, "d-1", "Al-Shabaab", "civilians")], "car bombs"),

("ukraine-kyiv-drones-downed", "2023-05-28 08:00", "Kyiv repels largest drone attack of the war",
"""Ukrainian air defences shot down 52 of 54 drones launched by Russia at Kyiv and other regions overnight, the air force said on {d0}. A 41-year-old man was killed by falling debris in the capital.""",
[(DIS, "UA", "Kyiv", 1, "d0", "Ukraine", "Russia")], "interception with a death from debris"),

("nigeria-benue-herders", "2023-04-06 09:00", "Gunmen kill 43 in attacks on Benue villages",
"""Gunmen killed 43 people in attacks on Umogidi village in Nigeria's Benue state on {d-1}, a local government chairman said. Residents blamed armed herders.""",
[(CIV, "NG", "Umogidi", 43, "d-1", "gunmen", "civilians")], "attack on civilians"),

("korea-artillery-drill-yeonpyeong", "2024-01-05 09:00", "North Korea fires artillery near disputed sea border; islanders evacuated",
"""North Korea fired about 200 artillery shells near the western sea border on {d0}, prompting South Korea to order residents of Yeonpyeong island to shelters. The shells landed in the buffer zone north of the boundary and caused no damage.

South Korea's military responded with its own live-fire drills.""",
[], "live-fire/drill, no target hit; hard"),

("afghanistan-mazar-shrine-bomb", "2022-04-21 14:00", "Blast rips through Shia mosque in Mazar-i-Sharif",
"""An explosion tore through a Shia mosque during prayers in the northern Afghan city of Mazar-i-Sharif on {d0}, killing at least 31 people and wounding 87, officials said. Islamic State said it had planted the bomb.""",
[(IED, "AF", "Mazar-i-Sharif", 31, "d0", "Islamic State", "civilians")], "planted bomb"),

("basketball-nba-attack", "2024-02-02 05:00", "Celtics' balanced attack too much for Heat",
"""Jayson Tatum scored 30 points and Boston's balanced attack overwhelmed Miami 120-105 on {d-1}, as the Celtics shot 48% from three-point range.""",
[], "sports"),

("syria-aleppo-hts-offensive", "2024-11-30 10:00", "Rebels sweep into Aleppo in lightning offensive",
"""Rebels led by Hayat Tahrir al-Sham swept into Aleppo on {d-1}, seizing much of Syria's second city with little resistance from government forces, a war monitor and residents said.

Russian warplanes struck rebel positions on the outskirts of the city late in the day.""",
[(NSA, "SY", "Aleppo", None, "d-1", "Hayat Tahrir al-Sham", "Syria"), (AIR, "SY", "Aleppo", None, "d-1", "Russia", "Hayat Tahrir al-Sham")], "two events"),

("ethiopia-drone-tigray-camp", "2022-01-08 12:00", "Drone strike on Tigray displacement camp kills 56",
"""An air strike hit a camp for displaced people in Dedebit in Ethiopia's Tigray region on {d-1}, killing 56 people, aid workers said. Tigrayan forces blamed the federal government, which said it does not target civilians.""",
[(AIR, "ET", "Dedebit", 56, "d-1", "Ethiopia", "civilians")], "airstrike"),

("israel-knife-crime", "2023-04-20 09:00", "Tel Aviv police arrest suspect after bar robbery",
"""Tel Aviv police arrested a man suspected of robbing a bar at knifepoint on {d-1}. No one was hurt, police said.""",
[], "crime"),

("drc-kishishe-massacre", "2022-12-08 10:00", "UN says M23 rebels killed 131 civilians in Kishishe",
"""M23 rebels killed at least 131 civilians, including 12 children, in reprisal attacks on the villages of Kishishe and Bambo in eastern Congo on {d-9} and {d-8}, the United Nations said in a preliminary report on {d0}.

The rebels denied the accusation, saying eight civilians had been killed by stray bullets.""",
[(CIV, "CD", "Kishishe", 131, None, "M23", "civilians")], "massacre reported by UN, denied by perpetrator; on two days, no single day: date null"),

("iraq-sinjar-pkk-clash", "2022-05-03 10:00", "Iraqi army clashes with PKK-linked fighters in Sinjar",
"""Iraqi soldiers clashed with fighters of a Yazidi armed group linked to the PKK in the Sinjar district on {d-1}, leaving one soldier and one fighter dead, Iraq's military said.""",
[(CL, "IQ", "Sinjar", 2, "d-1", "Iraq", "Kurdistan Workers' Party")], "clash; 1+1"),

("russia-nuclear-drill", "2024-05-21 12:00", "Russia starts tactical nuclear weapons drills",
"""Russia began the first stage of drills to practise the use of tactical nuclear weapons on {d0}, the defence ministry said, in what it called a response to "provocative statements" by Western officials.""",
[], "drill"),

("yemen-red-sea-ship-missile", "2024-03-07 09:00", "Houthi missile kills three crew on ship in Gulf of Aden",
"""A missile fired by Yemen's Houthis struck the Liberian-flagged bulk carrier True Confidence in the Gulf of Aden on {d-1}, killing three crew members and forcing the rest to abandon ship, U.S. Central Command said. They were the first deaths in the Houthi attacks on shipping.""",
[(SHL, None, "Gulf of Aden", 3, "d-1", "Houthis", "civilians")], "missile strike at sea"),

("ethiopia-oromia-abduction-bus", "2024-07-05 10:00", "Gunmen abduct university students travelling in Oromia",
"""Gunmen abducted dozens of university students from buses travelling through Ethiopia's Oromia region on {d-2}, parents and students said. Officials blamed the Oromo Liberation Army, which denied involvement.""",
[(ABD, "ET", "Oromia", None, "d-2", "Oromo Liberation Army", "civilians")], "abduction, group denies"),

("colombia-police-station-bomb", "2023-05-16 10:00", "Car bomb explodes outside police station in Colombia's Cauca",
"""A car bomb exploded outside a police station in Jamundi on {d-1}, damaging houses and injuring 12 people, police said. They blamed FARC dissidents of the Jaime Martinez front.""",
[(IED, "CO", "Jamundi", None, "d-1", "FARC dissidents", "Colombia")], "car bomb"),

("philippines-typhoon-rai", "2021-12-19 09:00", "Typhoon Rai death toll rises to 208",
"""The death toll from Typhoon Rai, the strongest storm to hit the Philippines this year, rose to 208 on {d0}, with 52 people missing, police said. The navy sent ships with relief supplies to battered islands.""",
[], "weather"),

("israel-lebanon-hezbollah-rockets-golan", "2024-07-27 20:00", "Rocket strike on Golan football pitch kills 12 children",
"""A rocket struck a football pitch in the Druze town of Majdal Shams in the Israeli-occupied Golan Heights on {d0}, killing 12 children and teenagers, Israeli officials said. Israel blamed Hezbollah, which denied responsibility.""",
[(SHL, "SY", "Majdal Shams", 12, "d0", "Hezbollah", "civilians")], "Golan -> SY (occupied); hard"),

("mozambique-exercise-navy", "2024-09-10 10:00", "Indian and Mozambican navies hold joint patrol",
"""Indian and Mozambican naval vessels carried out a joint surveillance patrol of Mozambique's exclusive economic zone this week, the Indian navy said, as part of efforts to combat piracy and illegal fishing.""",
[], "exercise/patrol"),

("mali-tinzaouaten-wagner-ambush", "2024-07-29 09:00", "Tuareg rebels say they killed dozens of Wagner fighters in Mali",
"""Tuareg separatist rebels said on {d0} they had killed dozens of Wagner mercenaries and Malian soldiers in fighting near Tinzaouaten on the Algerian border over the weekend. Wagner acknowledged losses in a rare statement, including a commander.""",
[(CL, "ML", "Tinzaouaten", None, None, "rebels", "Wagner Group")], "clash; over the weekend, no single day: date null"),

("uganda-kasese-school-attack", "2023-06-17 12:00", "ADF rebels kill 41 at school in western Uganda",
"""Militants linked to the Allied Democratic Forces attacked Lhubiriha secondary school in Mpondwe, near the border with Congo, late on {d-1}, killing 41 people, most of them students, Ugandan officials said. Some victims were hacked to death and others burned in a dormitory. Six students were abducted.""",
[(CIV, "UG", "Mpondwe", 41, "d-1", "Allied Democratic Forces", "civilians")], "attack on civilians (+abduction sub-part)"),

("saudi-politics-summit", "2023-05-19 12:00", "Arab League welcomes Syria back at Jeddah summit",
"""Arab leaders welcomed Syria's Bashar al-Assad back into the Arab League at a summit in Jeddah on {d0}, ending more than a decade of isolation over his crackdown on protesters at the start of the civil war.""",
[], "politics, history"),

("pakistan-quetta-station-bomb", "2024-11-09 11:00", "Suicide bomber kills 26 at Quetta railway station",
"""A suicide bomber struck the main railway station in Quetta on {d0}, killing at least 26 people, including 14 soldiers waiting for a train, police said. The Baloch Liberation Army claimed the bombing.""",
[(SUI, "PK", "Quetta", 26, "d0", "Balochistan Liberation Army", "Pakistan")], "suicide; including -> 26"),

("ukraine-odesa-grain-strikes-denial", "2023-07-20 12:00", "Kremlin denies targeting civilian sites in Odesa",
"""The Kremlin on {d0} denied that its strikes on the port of Odesa had targeted civilian infrastructure, saying it had hit sites where "terrorist attacks" against Russia were prepared. Ukraine said the strikes had destroyed 60,000 tonnes of grain.""",
[], "denial of target; the strikes were earlier (hard: could be labelled). labelled none"),

("burkina-army-recapture-diapaga", "2024-03-19 10:00", "Burkina army says it has retaken eastern town from jihadists",
"""Burkina Faso's army said on {d0} it had regained control of Diapaga in the eastern region after jihadists who had besieged the town for months were driven out in an operation backed by air strikes.""",
[(GOV, "BF", "Diapaga", None, "d0", "Burkina Faso", "militants")], "gov regains"),

("cricket-ashes", "2023-07-01 18:00", "Australia's pace attack rattles England at Lord's",
"""Australia's pace attack ripped through England's middle order on the fourth day at Lord's, with Mitchell Starc taking three wickets as the visitors closed in on a 2-0 series lead.""",
[], "sports"),

("iraq-tuz-ied-police", "2023-02-06 09:00", "Bomb kills four police officers in Iraq's Salahuddin",
"""A bomb hidden by the roadside exploded near a police patrol in Tuz Khurmatu in Salahuddin province on {d-1}, killing four officers, police said.""",
[(IED, "IQ", "Tuz Khurmatu", 4, "d-1", None, "Iraq")], "IED"),

("sudan-jets-nyala-market", "2023-10-05 10:00", "Army air strike on Nyala market kills civilians, RSF says",
"""Sudanese army warplanes bombed a market in Nyala, the capital of South Darfur, on {d-1}, killing at least 15 civilians, according to the RSF and residents. The army said it had struck RSF gatherings.""",
[(AIR, "SD", "Nyala", 15, "d-1", "Sudan", "civilians")], "air strike"),

("ukraine-chemical-allegation", "2024-05-02 10:00", "US accuses Russia of using chloropicrin against Ukrainian troops",
"""The United States said on {d-1} that Russia had used the choking agent chloropicrin against Ukrainian forces, in violation of the Chemical Weapons Convention. Moscow denied the accusation.""",
[], "allegation, general, no specific incident"),

("niger-jnim-abduction-chiefs", "2024-02-12 10:00", "Jihadists kidnap village chiefs in western Niger",
"""Suspected JNIM fighters kidnapped three village chiefs near Torodi in western Niger on {d-2}, residents said, demanding that communities stop cooperating with the army.""",
[(ABD, "NE", "Torodi", None, "d-2", "JNIM", "civilians")], "abduction"),

("turkey-ankara-attack", "2023-10-01 12:00", "Two assailants attack Turkish ministry in Ankara; one blows himself up",
"""Two assailants attacked the interior ministry in Ankara on {d0}. One blew himself up near the entrance and the other was killed by police, Interior Minister Ali Yerlikaya said. Two police officers were lightly wounded. The PKK claimed responsibility.""",
[(SUI, "TR", "Ankara", 2, "d0", "Kurdistan Workers' Party", "Turkey")], "suicide; the two attackers' deaths are the toll"),

("france-strike-workers", "2023-03-07 12:00", "French workers strike over pension reform",
"""Millions of French workers went on strike on {d0}, halting trains and closing schools, in the biggest protest yet against President Macron's plan to raise the pension age.""",
[], "labour strike"),

("syria-israel-iran-consulate", "2024-04-01 19:00", "Israeli strike on Iranian consulate in Damascus kills commanders",
"""An air strike destroyed Iran's consular building in Damascus on {d0}, killing seven members of the Revolutionary Guards, including two generals, Iranian media said. Iran blamed Israel and vowed revenge.""",
[(AIR, "SY", "Damascus", 7, "d0", "Israel", "Iran")], "air strike + vow"),

("afghanistan-taliban-panjshir-claim", "2021-09-06 09:00", "Taliban say they have taken Panjshir valley",
"""The Taliban said on {d0} they had seized control of the Panjshir valley, the last province holding out against them, after days of fighting with resistance forces. Resistance leaders said they were still fighting.""",
[(NSA, "AF", "Panjshir", None, "d0", "Taliban", "resistance forces")], "nsa overtakes (2021 Taliban as NSA)"),

("india-exercise-border-china", "2023-10-10 10:00", "Indian army holds high-altitude drills in Ladakh",
"""The Indian army conducted high-altitude combat drills in Ladakh this week, firing artillery and deploying tanks near the border with China, officials said.""",
[], "drill with artillery"),

("somalia-drone-strike-turkey", "2024-02-19 10:00", "Turkish drone strike kills al-Shabaab commanders, Somalia says",
"""A drone strike carried out by Turkish forces in support of the Somali army killed 12 al-Shabaab fighters, including two commanders, near Jamaame in Lower Juba on {d-2}, Somalia's information ministry said.""",
[(AIR, "SO", "Jamaame", 12, "d-2", "Turkey", "Al-Shabaab")], "airstrike"),

("bangladesh-rohingya-camp-clash", "2023-07-08 09:00", "Five killed in clashes between Rohingya armed groups in Bangladesh camp",
"""Five people were killed in a gunfight between members of two rival Rohingya armed groups, ARSA and the Rohingya Solidarity Organisation, in a refugee camp in Cox's Bazar on {d-1}, police said.""",
[(CL, "BD", "Cox's Bazar", 5, "d-1", "ARSA", "Rohingya Solidarity Organisation")], "clash between armed groups"),
]
