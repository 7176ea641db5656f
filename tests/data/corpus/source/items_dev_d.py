from common import *

FEED = ("dev/wire-g.rss.xml", "rss", "https://ledger.example.com/world", "World Ledger")
REGISTER = "wire"

# Hard cases of the kinds the classifier issue names, written by the team in wire
# style: crime and police matters, drills and tests, threats, talks, figurative and
# historical uses, accidents and protests (no incident); group names, passive voice,
# "X-backed" parties, recaptures, villages and towns, dates told days later.
ITEMS = [
("brazil-bank-robbery-shootout", "2023-04-14 10:00", "Police kill four suspected bank robbers in Brazil shootout",
"""Police in Brazil killed four suspected bank robbers in a shootout in the city of Campinas on {d-1}, hours after the gang blew open cash machines with explosives, state officials said.

Two officers were wounded. Police said the gang had carried out at least ten robberies this year.""",
[], "crime, police, no armed group"),

("us-michigan-militia-plot-arrests", "2020-10-09 09:00", "FBI arrests militia members over plot to kidnap Michigan governor",
"""FBI agents arrested 13 men linked to an anti-government militia in raids across Michigan on {d-1} over an alleged plot to kidnap the state's governor, prosecutors said.

The men had trained with firearms and explosives and planned to storm the state Capitol, according to court papers.""",
[], "police matter, plot"),

("taiwan-han-kuang-drills", "2023-07-26 08:00", "Taiwan stages drills simulating Chinese invasion",
"""Taiwan's military fired artillery and launched missiles at mock targets off its west coast on {d0} as its annual Han Kuang exercises simulated an attempt by China to land troops on the island.

Fighter jets took off from a motorway in the south in a rehearsal of how the air force would keep flying if its bases were bombed.""",
[], "drills"),

("iran-ballistic-missile-test", "2023-05-25 12:00", "Iran test-fires new ballistic missile with 2,000 km range",
"""Iran test-fired a new version of its Khorramshahr ballistic missile with a range of 2,000 km, state television reported on {d0}, showing footage of the launch from an undisclosed location.

The defence minister said the missile could carry a warhead of more than a tonne.""",
[], "missile test"),

("russia-medvedev-threat-kyiv", "2023-06-28 11:00", "Medvedev threatens strikes on Kyiv decision-making centres",
"""Russia could strike "decision-making centres" in Kyiv if Ukraine attacks Crimea with Western missiles, former president Dmitry Medvedev warned on {d0}.

He said Moscow would respond with weapons of a kind it has not yet used in the war.""",
[], "threat"),

("sudan-jeddah-ceasefire-talks", "2023-05-21 18:00", "Sudan's warring sides agree week-long ceasefire in Jeddah talks",
"""Sudan's army and the paramilitary Rapid Support Forces agreed on {d-1} to a seven-day ceasefire to allow aid deliveries, Saudi Arabia and the United States said, after two weeks of talks in Jeddah.

Previous truces have been broken within hours. The deal includes a mechanism to monitor violations, the mediators said.""",
[], "talks and truce"),

("netflix-war-film-mosul", "2020-11-26 10:00", "New film retells battle for Mosul through Iraqi special forces",
"""A new war film that follows a unit of Iraqi police fighting Islamic State militants in the ruins of Mosul premiered on a streaming service on {d0}.

Critics praised its battle scenes, shot in Morocco, and its cast of Iraqi actors.""",
[], "film"),

("football-liverpool-attack", "2022-10-20 22:00", "Salah leads Liverpool attack in rout of West Ham",
"""Mohamed Salah scored twice as Liverpool's attack tore apart West Ham's defence in a 4-0 win at Anfield on {d0}. The striker fired in a shot from the edge of the box and then struck again late in the second half.""",
[], "sport"),

("bosnia-srebrenica-anniversary", "2023-07-11 12:00", "Thousands mark 28 years since Srebrenica massacre",
"""Thousands of people gathered in Potocari on {d0} to mark 28 years since Bosnian Serb forces killed about 8,000 Muslim men and boys in and around Srebrenica in July 1995.

The remains of 30 more victims identified over the past year were buried at the memorial cemetery.""",
[], "anniversary"),

("ukraine-hospital-strike-denied", "2023-09-08 10:00", "Russia denies bombing hospital in Kherson region",
"""Russia's defence ministry on {d0} denied reports that its aircraft had bombed a hospital in the Kherson region, calling them fabricated and saying its forces do not target civilian sites.

Ukrainian officials had said the building was damaged but no one was hurt.""",
[], "denial"),

("poland-apache-deal", "2023-08-21 15:00", "Poland to buy 96 Apache attack helicopters",
"""Poland's defence minister said on {d0} the country would buy 96 AH-64 Apache attack helicopters from the United States in a deal worth about $12 billion, part of a rapid build-up of its armed forces since Russia invaded Ukraine.""",
[], "arms deal"),

("china-chemical-plant-blast", "2023-05-31 08:00", "Explosion at chemical plant kills nine in China",
"""An explosion at a chemical plant in Shandong province killed nine workers and injured one on {d-1}, state media said. Officials blamed a leak of flammable gas during maintenance work and ordered checks at plants across the province.""",
[], "industrial accident"),

("kenya-protest-police-shooting", "2023-07-12 18:00", "Two killed as Kenyan police fire on tax protesters",
"""Kenyan police fired tear gas and live rounds at protesters in Nairobi and Kisumu on {d0}, killing at least two people, rights groups said, as demonstrations against new taxes turned violent.

Dozens of protesters were arrested.""",
[], "protest policing"),

("nigeria-iswap-marte-base", "2023-04-07 10:00", "Islamic State fighters attack Nigerian army base in Borno",
"""Fighters from Islamic State West Africa Province attacked a military base in the town of Marte in Nigeria's Borno state on {d-2}, killing at least 10 soldiers before they were pushed back, two security sources said on {d0}.

ISWAP said in a statement that its fighters had burned two armoured vehicles.""",
[(CL, "NG", "Marte", 10, "d-2", "Islamic State West Africa Province", "Nigeria")], "group name, reported two days later"),

("colombia-eln-arauca-patrol", "2023-02-16 13:00", "Three Colombian soldiers killed in ELN attack",
"""Three soldiers were killed when their patrol was attacked by ELN rebels in the rural area of Saravena in Arauca province on {d-1}, Colombia's army said.

The National Liberation Army has been in peace talks with the government since November.""",
[(CL, "CO", "Saravena", 3, "d-1", "ELN", "Colombia")], "passive voice, group acronym"),

("syria-turkish-backed-factions-manbij", "2023-03-15 09:00", "Turkish-backed fighters clash with SDF near Manbij",
"""Turkish-backed Syrian factions clashed with fighters of the Kurdish-led Syrian Democratic Forces near Manbij in northern Syria on {d-1}, leaving nine fighters dead, a war monitor said.""",
[(CL, "SY", "Manbij", 9, "d-1", "Turkish-backed factions", "Syrian Democratic Forces")], "X-backed attribution"),

("ukraine-robotyne-retaken", "2023-08-28 18:00", "Ukraine says it has retaken village of Robotyne",
"""Ukrainian forces retook the village of Robotyne in the southern Zaporizhzhia region, Deputy Defence Minister Hanna Maliar said on {d0}, a gain in Kyiv's slow counteroffensive.

Russian troops had held the village since the early weeks of the war.""",
[(GOV, "UA", "Robotyne", None, "d0", "Ukraine", "Russia")], "recapture of a village"),

("myanmar-laukkaing-captured", "2024-01-06 09:00", "Ethnic rebels seize Myanmar border town of Laukkaing",
"""The Myanmar National Democratic Alliance Army said on {d-1} it had captured the town of Laukkaing on the Chinese border after weeks of fighting, the biggest loss for the ruling military since it seized power in 2021.

Hundreds of soldiers surrendered, the group said.""",
[(NSA, "MM", "Laukkaing", None, "d-1", "Myanmar National Democratic Alliance Army", "Myanmar")], "rebel capture of a town"),

("somalia-jilib-strike-last-week", "2022-12-01 10:00", "US says strike near Jilib killed 17 al-Shabaab fighters",
"""U.S. Africa Command said on {d0} that an air strike it carried out last week in support of Somali government forces near Jilib, in the Middle Juba region, killed 17 al-Shabaab fighters.

No civilians were hurt, the command said.""",
[(AIR, "SO", "Jilib", 17, None, "United States", "Al-Shabaab")], "foreign strike, last week"),

("mali-jnim-boni-ambush", "2022-09-09 11:00", "Jihadists say they killed 15 soldiers in central Mali ambush",
"""The al Qaeda-linked JNIM said it ambushed an army convoy near the town of Boni in central Mali on {d-3}, killing 15 soldiers, in a statement released on {d-1}. The army said it lost five men and killed 20 assailants.""",
[(CL, "ML", "Boni", 15, "d-3", "JNIM", "Mali")], "group claim, date days before"),

("gulf-of-aden-tanker-missile", "2024-02-23 09:00", "Houthi missile sets tanker ablaze in Gulf of Aden",
"""A Houthi anti-ship missile struck a merchant vessel in the Gulf of Aden on {d-1}, starting a fire on board, U.S. Central Command said. The crew put out the fire and no one was hurt.

The Houthis, who control northern Yemen, say they target ships linked to Israel.""",
[(SHL, None, "Gulf of Aden", 0, "d-1", "Houthis", None)], "at sea; party's nationality is no place"),

("pakistan-daraban-suicide-truck", "2023-12-12 10:00", "Suicide truck bomb kills 23 soldiers in northwest Pakistan",
"""Militants rammed an explosives-laden truck into a military post in Daraban in Dera Ismail Khan district before dawn on {d0}, killing 23 soldiers, the army said. Six attackers were killed in the gunfight that followed.

Tehreek-e-Jihad Pakistan, a little-known group, claimed the attack.""",
[(SUI, "PK", "Daraban", 29, "d0", "Tehreek-e-Jihad Pakistan", "Pakistan")], "vehicle-borne suicide bomb; 23 soldiers and six attackers = 29"),

("sudan-omdurman-market-shelling", "2023-10-04 16:00", "Shelling kills 15 at Omdurman market",
"""Shells fired by the paramilitary Rapid Support Forces hit a crowded market in Omdurman on {d-1}, killing 15 civilians, a local volunteer group said. The RSF has been fighting the army for control of the capital since April.""",
[(SHL, "SD", "Omdurman", 15, "d-1", "Rapid Support Forces", "civilians")], "Omdurman is not Khartoum"),

("israel-lebanon-metula-exchange", "2023-11-05 17:00", "Hezbollah fires anti-tank missiles at Israeli post, Israel shells Lebanon",
"""Hezbollah fighters fired anti-tank missiles at an Israeli army post near the border town of Metula on {d0}, wounding three soldiers, the Israeli military said.

Israeli artillery then shelled the outskirts of the Lebanese village of Kfar Kila in response, Lebanese state media reported.""",
[(SHL, "IL", "Metula", None, "d0", "Hezbollah", "Israel"), (SHL, "LB", "Kfar Kila", None, "d0", "Israel", "Hezbollah")], "two events, two countries"),

("burkina-arbinda-women-abducted", "2023-01-17 12:00", "Dozens of women abducted in northern Burkina Faso",
"""Armed men abducted about 50 women who were gathering wild fruit near Arbinda in northern Burkina Faso last week, the regional governor said on {d0}. Four of the women escaped and walked back to their village.""",
[(ABD, "BF", "Arbinda", None, None, "armed men", "civilians")], "abduction, last week"),

("nigeria-zamfara-airstrike-reported-later", "2023-03-10 10:00", "Nigerian jets strike bandit camp in Zamfara",
"""Nigerian Air Force jets struck a bandit hideout in the Tsafe area of Zamfara state on {d-2}, killing dozens of fighters, the military said on {d0}.""",
[(AIR, "NG", "Tsafe", None, "d-2", "Nigeria", "bandits")], "reported two days later, dozens -> null"),

("ukraine-kharkiv-glide-bomb", "2024-05-26 09:00", "Russian glide bomb hits Kharkiv hardware store",
"""A Russian guided aerial bomb hit a crowded hardware store in Kharkiv on {d-1}, killing 12 people and wounding more than 40, regional governor Oleh Syniehubov said.""",
[(AIR, "UA", "Kharkiv", 12, "d-1", "Russia", "civilians")], "glide bombs are air strikes"),

("afghanistan-kabul-ministry-suicide", "2023-03-28 09:00", "Suicide bomber kills six near Afghan foreign ministry",
"""A suicide bomber blew himself up near the foreign ministry in Kabul on {d-1}, killing at least six people, a police spokesman said. Islamic State claimed responsibility in a statement on its Amaq news agency.""",
[(SUI, "AF", "Kabul", 6, "d-1", "Islamic State", None)], "claim in a later sentence"),
]

ITEMS += [
("france-court-bataclan-verdict", "2022-06-29 18:00", "French court convicts 20 over 2015 Paris attacks",
"""A Paris court on {d0} convicted Salah Abdeslam, the only surviving member of the Islamic State cell that killed 130 people in attacks on the Bataclan concert hall, bars and the national stadium in November 2015, and sentenced him to life in prison.

Nineteen other men were convicted of helping the attackers.""",
[], "court verdict on a past attack"),

("us-sanctions-houthi-finance", "2024-01-25 16:00", "US sanctions Houthi officials over Red Sea attacks",
"""The U.S. Treasury on {d0} imposed sanctions on two Houthi officials it accused of overseeing attacks on commercial shipping in the Red Sea and of buying weapons from Iran.

The Houthis called the move meaningless.""",
[], "sanctions"),

("un-sudan-monthly-toll", "2023-06-20 12:00", "UN says thousands killed in Sudan since April",
"""More than 2,000 people have been killed in fighting across Sudan since mid-April, the United Nations said on {d0}, and more than 2.5 million have fled their homes. Aid agencies said hospitals in Khartoum and Darfur had run out of supplies.""",
[], "aggregate toll"),

("cyclone-mocha-myanmar", "2023-05-15 09:00", "Cyclone Mocha kills at least six in Myanmar",
"""Cyclone Mocha smashed into Myanmar's Rakhine coast on {d-1} with winds of up to 209 km per hour, killing at least six people and tearing roofs off buildings in Sittwe, state media said.""",
[], "weather"),

("hostages-released-gaza-truce", "2023-11-25 08:00", "Hamas frees 24 hostages on first day of truce",
"""Hamas released 13 Israelis and 11 foreign nationals who had been held hostage in Gaza since October 7, and Israel freed 39 Palestinian prisoners on {d-1}, the first exchange under a four-day truce brokered by Qatar.""",
[], "hostage release, truce"),

("airport-drone-sightings-flights", "2023-11-04 10:00", "Drone sightings halt flights at German airport",
"""Flights at Frankfurt airport were suspended for an hour on {d-1} after a drone was spotted near one of its runways, the air traffic authority said. Police were searching for the operator.""",
[], "drone sighting"),

("spain-penalty-shootout", "2023-08-16 22:00", "Spain beat Sweden to reach World Cup final",
"""Olga Carmona fired in a late winner as Spain beat Sweden 2-1 in Auckland on {d0} to reach their first Women's World Cup final. Sweden's attack had pushed hard after their equaliser but could not break through again.""",
[], "sport"),

("report-attacks-aid-workers-record", "2024-08-19 07:00", "Attacks on aid workers hit record in 2023, report says",
"""Attacks on aid workers killed 280 of them in 33 countries last year, the highest toll on record, the United Nations said on {d0} in a report marking World Humanitarian Day. More than half were killed in Gaza.""",
[], "statistics"),

("houthi-vow-ship-attacks", "2024-01-13 12:00", "Houthis vow to keep targeting ships after US-UK strikes",
"""Yemen's Houthis vowed on {d0} to keep attacking ships linked to Israel in the Red Sea and said U.S. and British interests were now legitimate targets.

"We will respond," a Houthi spokesman told Al Jazeera.""",
[], "threat"),

("uk-police-bomb-plot-arrest", "2023-02-09 13:00", "British police arrest man over alleged bomb plot",
"""Counter-terrorism police arrested a 28-year-old man in Birmingham on {d-1} on suspicion of planning a bomb attack, after officers found chemicals and a manual at his flat, police said. He has not been charged.""",
[], "plot, police"),

("coal-mine-blast-colombia", "2023-03-15 08:00", "Coal mine explosions kill 21 in Colombia",
"""A series of explosions in coal mines in the Colombian town of Sutatausa killed 21 miners on {d-1}, officials said, blaming a build-up of methane gas. Rescuers worked through the night to reach trapped workers.""",
[], "mining accident"),

("opposition-attacks-budget", "2023-10-31 16:00", "Opposition attacks government over defence budget",
"""Opposition leaders attacked the government on {d0} over a defence budget they said would leave the army short of ammunition, in a fierce debate in parliament. The minister hit back, accusing them of playing politics with national security.""",
[], "politics"),

("bombing-anniversary-kabul-airport", "2022-08-26 10:00", "Families mark a year since Kabul airport bombing",
"""Families of the 13 U.S. service members killed in the suicide bombing at Kabul airport marked the first anniversary of the attack on {d0}, with ceremonies in several states. About 170 Afghans also died in the blast.""",
[], "anniversary"),

("mali-jnim-timbuktu-boat", "2023-09-08 12:00", "Dozens killed in attack on Niger river boat in Mali",
"""Suspected jihadists attacked a passenger boat on the Niger river near Timbuktu on {d-1}, killing 49 civilians, and then struck an army camp at Bamba, killing 15 soldiers, Mali's transitional government said.""",
[(CIV, "ML", "Timbuktu", 49, "d-1", "militants", "civilians"), (CL, "ML", "Bamba", 15, "d-1", "militants", "Mali")], "two events, the Niger river"),

("iraq-is-ied-kirkuk-passive", "2023-12-02 10:00", "Roadside bomb kills soldiers near Kirkuk",
"""Three Iraqi soldiers were killed and two wounded on {d-1} when a roadside bomb planted by Islamic State militants struck their vehicle south of Kirkuk, security sources said.""",
[(IED, "IQ", "Kirkuk", 3, "d-1", "Islamic State", "Iraq")], "passive, planted by"),

("russia-belgorod-drones-downed", "2024-03-16 08:00", "Russia says it downed Ukrainian drones over Belgorod",
"""Russian air defences shot down 12 Ukrainian drones over the Belgorod region overnight, the defence ministry said on {d0}. The regional governor said no one was hurt.""",
[(DIS, "RU", "Belgorod", 0, "d0", "Russia", "Ukraine")], "interception over own territory"),
]

ITEMS += [
("russia-bryansk-drone-depot", "2024-01-19 08:00", "Drone sets oil depot ablaze in Russia's Bryansk region",
"""A Ukrainian drone hit an oil depot in the town of Klintsy in Russia's Bryansk region overnight, setting fire to a fuel tank, the regional governor said on {d0}. No one was hurt.""",
[(AIR, "RU", "Klintsy", 0, "d0", "Ukraine", None)], "drone hits depot, weapon-only cue"),

("nigeria-benue-villages-torched", "2023-05-18 10:00", "Gunmen kill dozens and torch homes in Nigeria's Plateau state",
"""Gunmen stormed several villages in the Mangu area of Nigeria's Plateau state on {d-2}, shooting residents and setting fire to homes, killing at least 85 people, local officials said on {d0}.""",
[(CIV, "NG", "Mangu", 85, "d-2", "gunmen", "civilians")], "village raid, reported two days later"),

("mozambique-foreign-workers-seized", "2023-02-10 11:00", "Insurgents kidnap workers in Mozambique's Cabo Delgado",
"""Islamic State-linked insurgents kidnapped three workers at a logging camp near Macomia in Mozambique's Cabo Delgado province on {d-1}, police said. The militants later released one of them.""",
[(ABD, "MZ", "Macomia", None, "d-1", "militants", "civilians")], "abduction near a town"),

("philippines-abu-sayyaf-clash-sulu", "2021-04-21 09:00", "Soldiers kill Abu Sayyaf fighters in Sulu gunbattle",
"""Philippine troops killed four Abu Sayyaf militants in a gunbattle in the hinterlands of Patikul town in Sulu province on {d-1}, the military said. Two soldiers were wounded.""",
[(CL, "PH", "Patikul", 4, "d-1", "Philippines", "Abu Sayyaf")], "state initiator, gunbattle"),

("ukraine-kyiv-ballistic-missiles-hit", "2024-03-25 09:00", "Russian ballistic missiles hit Kyiv in morning attack",
"""Russia fired two ballistic missiles at Kyiv on {d0} morning, and debris and fragments damaged buildings in the Pecherskyi district and wounded 10 people, the city's military administration said. Air defences shot down both missiles.""",
[(DIS, "UA", "Kyiv", None, "d0", "Ukraine", "Russia")], "all intercepted: disrupted weapons use"),

("somalia-kismayo-hotel-clash", "2024-03-15 12:00", "Al-Shabaab fighters storm hotel near Mogadishu presidential palace",
"""Al-Shabaab fighters stormed the SYL hotel near the presidential palace in Mogadishu on {d-1} evening, triggering a gun battle with security forces that lasted into the night, police said. Three soldiers and all five attackers were killed.""",
[(CL, "SO", "Mogadishu", 8, "d-1", "Al-Shabaab", "Somalia")], "storming, gun battle"),

("congo-m23-sake-shelling", "2024-02-08 10:00", "M23 shells town of Sake near Goma",
"""M23 rebels shelled the town of Sake, about 25 km west of Goma in eastern Congo, on {d-1}, killing at least six civilians as fighting with the army and allied militias closed in on the provincial capital, local officials said.""",
[(SHL, "CD", "Sake", 6, "d-1", "M23", "civilians")], "shelling near a city"),

("yemen-houthi-ship-seized-helicopter", "2023-11-20 08:00", "Houthis seize cargo ship in Red Sea",
"""Houthi fighters dropped from a helicopter onto the Galaxy Leader car carrier in the southern Red Sea on {d-1} and took its 25 crew members hostage, steering the ship to the Yemeni port of Hodeidah.""",
[(ABD, "YE", "Hodeidah", None, "d-1", "Houthis", "civilians")], "hijack, hostages"),
]

ITEMS += [
("nato-jets-scramble-baltic", "2023-06-16 12:00", "NATO jets scrambled to intercept Russian aircraft over Baltic",
"""NATO fighter jets were scrambled on {d-1} to intercept three Russian military aircraft flying near Estonian airspace over the Baltic Sea with their transponders off, the alliance said. The Russian planes were escorted away without incident.""",
[], "air policing, no attack"),

("helicopter-crash-training", "2023-11-11 09:00", "Five US soldiers killed in helicopter crash in Mediterranean",
"""Five U.S. special operations soldiers were killed when their military helicopter crashed during a refuelling exercise over the eastern Mediterranean on {d-1}, the Pentagon said. The cause of the crash was under investigation.""",
[], "training accident"),

("germany-wwii-bomb-defused", "2023-08-24 11:00", "Experts defuse WWII bomb after evacuation in Frankfurt",
"""Bomb disposal experts defused a 500 kg World War Two bomb found on a building site in Frankfurt on {d0}, after about 13,000 residents were evacuated from their homes for several hours, police said.""",
[], "old ordnance defused by police"),

("ukraine-demining-fields", "2024-04-04 10:00", "Deminers clear thousands of mines from Ukrainian farmland",
"""Ukrainian deminers have cleared more than 2,000 landmines and unexploded shells from farmland in the Kharkiv region since January, the emergency service said on {d0}, as farmers prepare for spring sowing. About a third of the country's land is thought to be contaminated.""",
[], "demining"),

("army-chief-visits-wounded", "2023-02-08 15:00", "Army chief visits soldiers wounded in last month's attack",
"""Nigeria's army chief visited soldiers in a military hospital in Maiduguri on {d0} who were wounded last month when jihadists attacked their base in the town of Malam Fatori, the army said.""",
[], "history: last month"),

("un-report-gaza-strike-investigation", "2024-06-19 09:00", "UN report says Israeli strike on Gaza building may breach laws of war",
"""A United Nations report published on {d0} said an Israeli air strike that killed 106 civilians in a residential building in Gaza City in October may have violated the laws of war. Israel said it would review the report.""",
[], "report on a strike months before"),

("india-parliament-shots-arrest", "2023-12-13 14:00", "Man held after intruders set off smoke canisters in India's parliament",
"""Two men jumped into the chamber of India's lower house of parliament on {d0} and set off yellow smoke canisters before lawmakers overpowered them, police said. Four people were arrested.""",
[], "security breach, no armed violence"),

("pakistan-cruise-missile-test", "2023-10-18 12:00", "Pakistan test-fires Ababeel missile",
"""Pakistan's army said on {d0} it had conducted a successful training launch of the Ababeel ballistic missile, which it said could carry multiple warheads to separate targets.""",
[], "missile test"),
]
