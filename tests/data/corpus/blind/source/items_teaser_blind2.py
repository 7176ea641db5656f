from common import *

FEED = ("blind/teaser-b2.rss.xml", "rss", "https://pulse.example.com/world", "Pulse Headlines: World")
REGISTER = "teaser"

ITEMS = [
("mogadishu-beach-cafe-suicide", "2023-06-10 05:40", "Suicide bomber kills 7 at Mogadishu beach cafe",
"""A man wearing an explosives vest walked into a seafront cafe on Lido beach late on {d-1} and blew himself up among diners, police said. Al-Shabaab claimed it.""",
[(SUI, "SO", "Lido beach", 7, "d-1", "Al-Shabaab", "civilians")], "suicide vest; toll in the headline only"),

("zamfara-nahuce-raid", "2024-02-12 07:30", "Bandits kill 12 in Zamfara village raid",
"""Gunmen on motorcycles swept into Nahuce in Bungudu LGA on {d-1} night, shooting residents and setting granaries alight, a community leader said.""",
[(CIV, "NG", "Nahuce", 12, "d-1", "bandits", "civilians")], "bandits; village with its LGA, no country"),

("niger-state-highway-abduction", "2023-09-19 11:05", "Travellers abducted on Niger State highway",
"""Police in Minna said armed men blocked the road near Kontagora on {d-1} and marched about 20 passengers from two buses into the bush.""",
[(ABD, "NG", "Kontagora", None, "d-1", "gunmen", "civilians")], "Niger State is in Nigeria; 20 are victims, not deaths"),

("niger-banibangou-ambush", "2023-08-17 09:50", "Niger says 17 soldiers, 21 'terrorists' killed in Tillabéri ambush",
"""The unit was attacked near Banibangou on {d-2} while escorting a convoy, the defence ministry said in a statement read on state television.""",
[(CL, "NE", "Banibangou", 38, "d-2", "militants", "Niger")], "soldiers and attackers both count: 38"),

("hodeidah-port-jets", "2024-07-21 08:00", "Israeli jets pound Houthi-held Hodeidah port",
"""The Red Sea port is the main way in for fuel and food bound for northern Yemen, which the Houthis have governed since seizing Sanaa in 2014.""",
[(AIR, "YE", "Hodeidah", None, None, "Israel", "Houthis")], "event in the headline only; no day given"),

("cauca-mayors-drone-attack", "2024-05-22 16:20", "Cauca mayors plead for troops after drone attack",
"""The appeal came after FARC dissidents dropped explosives from drones on the police station in Suárez on {d-1}, wounding two officers.""",
[(AIR, "CO", "Suárez", None, "d-1", "FARC dissidents", "Colombia")], "event in the sentence only; injuries only; Bogotá absent"),

("srinagar-sunday-market-grenade", "2024-11-03 13:10", "Grenade hurled into Srinagar Sunday market, 12 hurt",
"""Militants lobbed the grenade into the crowded weekly market in Srinagar on {d0} afternoon, police said. Women shoppers are among the wounded.""",
[(GRE, "IN", "Srinagar", None, "d0", "militants", "civilians")], "grenade; 12 hurt is not a toll"),

("bamenda-councillor-seized", "2022-07-05 10:00", "Separatist fighters seize deputy mayor in Bamenda",
"""Armed men believed to be Ambazonian fighters took the councillor from his home in Nkwen on {d-1} evening and are demanding a ransom, colleagues said.""",
[(ABD, "CM", "Nkwen", None, "d-1", "Ambazonian separatists", "civilians")], "abduction of one person"),

("eilat-drone-intercepted", "2023-11-09 07:25", "Drone from Yemen shot down near Eilat",
"""Israel's military said it intercepted a drone launched by the Houthis before it reached the Red Sea resort early on {d0}. No one was hurt.""",
[(DIS, "IL", "Eilat", 0, "d0", "Israel", "Houthis")], "interception: the disrupting side initiates; no one hurt = 0; Yemen named but the event is in Israel"),

("pokrovsk-gas-grenades", "2024-05-14 12:40", "Ukraine says Russian drones dropped gas grenades on its trenches",
"""Three soldiers were treated for poisoning after the attack near Pokrovsk on {d-1}, the brigade said. Moscow denies using chemical weapons.""",
[(CHEM, "UA", "Pokrovsk", None, "d-1", "Russia", "Ukraine")], "chemical weapon; the denial is not labelled"),

("syria-iraq-border-strikes", "2024-02-03 09:30", "Strikes on both sides of Syria-Iraq border kill 9",
"""US jets hit militia depots near Albu Kamal on {d-1}, killing seven; a drone later struck a car in Iraq's Qaim district, killing two.""",
[(AIR, "SY", "Albu Kamal", 7, "d-1", "United States", "Iran-backed militias"),
 (AIR, "IQ", "Qaim", 2, "d-1", None, None)], "two events in two countries; headline total is not a single toll"),

("chad-lakeside-villages-raid", "2022-08-07 18:00", "Jihadists kill dozens in raid on Chadian lakeside villages",
"""The attackers came by canoe and struck Kaiga-Kindjiria in Lac province on {d-2}, the prefect said, blaming Boko Haram.""",
[(CIV, "TD", "Kaiga-Kindjiria", None, "d-2", "Boko Haram", "civilians")], "demonym only; dozens is no toll"),

("macomia-insurgents-take-town", "2024-05-12 14:00", "Insurgents seize Macomia town",
"""Islamic State-linked fighters took the district seat in Cabo Delgado on {d-2} after a day of fighting with soldiers, residents who fled to Pemba said.""",
[(NSA, "MZ", "Macomia", None, "d-2", "Islamic State Mozambique", "Mozambique")], "territory taken; Pemba is where people fled"),

("adan-yabaal-retaken", "2022-12-07 08:45", "Somali troops retake Adan Yabaal from al-Shabaab",
"""Government forces and clan militias entered the Middle Shabelle town on {d-1} after heavy fighting, a commander told state radio.""",
[(GOV, "SO", "Adan Yabaal", None, "d-1", "Somalia", "Al-Shabaab")], "government regains territory"),

("bajaur-polio-escort-bomb", "2024-01-08 06:30", "Roadside bomb kills 5 police escorting polio team in Bajaur",
"""The device went off under a police van in Mamund tehsil on {d0} morning. The vaccinators were unhurt, officials said.""",
[(IED, "PK", "Mamund", 5, "d0", None, "Pakistan")], "roadside bomb; tehsil"),

("gurdaspur-police-post-grenade", "2024-12-14 04:50", "Grenade thrown at police post in Punjab's Gurdaspur",
"""No one was hurt when it went off outside the Bakshiwal post late on {d-1}, Punjab Police said, the third such attack in the district in a month.""",
[(GRE, "IN", "Bakshiwal", 0, "d-1", None, "India")], "Punjab in India; no one hurt = 0; earlier attacks are background"),

("tripoli-abu-salim-clashes", "2025-05-13 07:15", "Militia clashes rock Tripoli's Abu Salim",
"""At least 8 people died as the Stability Support Apparatus and the 444 Brigade traded fire overnight, the health ministry said. Flights at Mitiga were suspended.""",
[(CL, "LY", "Abu Salim", 8, "d0", "Stability Support Apparatus", "444 Brigade")], "Tripoli in Libya; overnight"),

("el-fasher-market-shelling", "2024-06-30 10:10", "RSF shelling kills 14 at El Fasher market",
"""Shells crashed into the Naivasha market in the besieged North Darfur capital on {d-1}, the local resistance committee said.""",
[(SHL, "SD", "El Fasher", 14, "d-1", "Rapid Support Forces", "civilians")], "market named after a Kenyan town"),

("lamu-police-ied", "2023-06-15 08:00", "Al-Shabaab IED kills 6 police in Lamu",
"""The armoured vehicle hit the device near Baure in Lamu East on {d-2}. Two officers survived with injuries.""",
[(IED, "KE", "Baure", 6, "d-2", "Al-Shabaab", "Kenya")], "IED; survivors are not dead"),

("quetta-school-bomb-defused", "2023-03-02 11:20", "Bomb squad defuses device outside Quetta girls' school",
"""The 5 kg bomb was found at the gate before classes began on {d0}, police said. Nobody has claimed it.""",
[(DIS, "PK", "Quetta", None, "d0", "Pakistan", None)], "device found and defused by police; whose bomb is unknown"),

("lanao-del-sur-firefight", "2023-12-04 09:00", "5 dead in Lanao del Sur firefight",
"""Four Dawlah Islamiyah fighters and a soldier were killed when troops ran into the group near Piagapo on {d-2}, the army said.""",
[(CL, "PH", "Piagapo", 5, "d-2", "Philippines", "Dawlah Islamiyah")], "four plus a soldier = 5"),

("kanbalu-village-airstrike", "2023-04-13 15:00", "Junta airstrike on Sagaing village kills at least 20",
"""Jets bombed a crowd gathered for the opening of a local office in Kanbalu township on {d-2}, residents and a resistance group said.""",
[(AIR, "MM", "Kanbalu", 20, "d-2", "Myanmar", "civilians")], "airstrike by the army on civilians stays an air strike"),

("pont-sonde-gang-killings", "2024-10-06 12:00", "Gang kills 70 in Haitian town, UN says",
"""Gran Grif gunmen went through Pont-Sondé in the Artibonite before dawn on {d-3}, shooting residents and burning homes.""",
[(CIV, "HT", "Pont-Sondé", 70, "d-3", "Gran Grif", "civilians")], "gang massacre"),

("culiacan-troops-clash", "2024-09-13 05:30", "4 dead as cartel gunmen and troops clash in Culiacán",
"""Soldiers came under fire in the Tierra Blanca district late on {d-1}. Three of the dead were attackers, the defence ministry said.""",
[(CL, "MX", "Tierra Blanca", 4, "d-1", "cartel gunmen", "Mexico")], "district of a city"),

("rubaya-m23-seize", "2024-05-01 10:30", "M23 rebels seize Rubaya mining town",
"""The Rwanda-backed fighters took the coltan hub in Masisi territory on {d-1} after routing Wazalendo militias, residents said.""",
[(NSA, "CD", "Rubaya", None, "d-1", "M23", "Wazalendo")], "territory taken; Rwanda named, event in DR Congo"),

("robotyne-retaken", "2023-08-28 13:00", "Ukraine says it has retaken Robotyne",
"""Deputy defence minister Hanna Maliar said troops had cleared the Zaporizhzhia village after weeks of fighting and were pushing south.""",
[(GOV, "UA", "Robotyne", None, None, "Ukraine", "Russia")], "recapture; no day given"),

("kabul-ministry-suicide", "2024-12-11 14:30", "Suicide blast kills Taliban minister in Kabul",
"""A bomber killed refugees minister Khalil Haqqani and two of his guards inside the ministry compound on {d0}, officials said, the latest in a string of attacks claimed by Islamic State.""",
[(SUI, "AF", "Kabul", 3, "d0", None, "Taliban")], "toll in words: minister and two guards"),

("istiklal-avenue-bomb", "2022-11-13 18:40", "Bomb on Istanbul's Istiklal Avenue kills 6",
"""Dozens were wounded when the device, left on a bench, exploded among shoppers on {d0} afternoon. Ankara blamed the PKK, which denied it.""",
[(IED, "TR", "Istiklal Avenue", 6, "d0", None, "civilians")], "planted bomb; disputed attribution"),

("bujumbura-bus-park-grenades", "2021-09-21 08:00", "Grenades thrown into Bujumbura bus park",
"""Two grenades went off among passengers at the capital's main bus station on {d-1} evening, wounding dozens, police said. No group has claimed the attack.""",
[(GRE, "BI", "Bujumbura", None, "d-1", None, "civilians")], "grenade; wounded only"),

# negatives
("shell-quarterly-profit", "2024-05-02 06:00", "Shell profit beats forecasts, buyback extended",
"""The oil major earned $7.7 billion in the first quarter as gas trading recovered, and will buy back another $3.5 billion of shares.""",
[], "Shell the company"),

("cairo-derby-striker", "2023-03-10 21:30", "Striker's double sinks Ahly in Cairo derby",
"""Zamalek's new striker fired twice after the break, and Ahly's attack never recovered from the shock.""",
[], "football"),

("war-epic-bombs", "2024-11-25 09:15", "War epic bombs at the box office",
"""The $200 million film about the siege of Stalingrad took only $9 million in its opening weekend, well short of the studio's hopes.""",
[], "box-office bomb; an old battle"),

("mombasa-dock-strike", "2022-09-06 13:00", "Dock workers' strike halts Mombasa port",
"""Container handlers walked out on {d-1} over unpaid allowances, leaving a dozen ships waiting at anchor off the Kenyan coast.""",
[], "workers' strike"),

("tactics-game-review", "2024-03-18 10:00", "Review: a tactics game where every attack plan unravels",
"""Set in an invented Balkan war, the turn-based shooter punishes rushing and rewards scouting, supply lines and patience.""",
[], "game review"),

("speicher-ten-years", "2024-06-12 16:00", "Families mark ten years since Speicher massacre",
"""Relatives gathered in Tikrit on {d0} to remember some 1,700 air force cadets executed by Islamic State in June 2014.""",
[], "anniversary with a large toll"),

("iran-missile-test", "2023-05-25 09:45", "Iran test-fires missile with 2,000 km range",
"""State television showed the Khorramshahr-4 lifting off from a desert launcher; the defence ministry called it a message to Iran's enemies.""",
[], "missile test"),

("pabrade-urban-drill", "2024-05-23 12:30", "NATO troops storm mock town in Lithuania drill",
"""Soldiers from eight countries cleared buildings at the Pabradė training area with blank rounds and smoke on {d-1}.""",
[], "exercise"),

("morocco-drone-order", "2023-09-14 08:00", "Morocco orders more Turkish combat drones",
"""Rabat has signed for further Akinci aircraft, defence industry sources said, adding to the TB2s it bought in 2021.""",
[], "arms deal"),

("houthi-shipping-threat", "2024-01-05 17:20", "Houthis vow to keep targeting Red Sea shipping",
"""The group's leader said on {d-1} that any vessel bound for Israeli ports would be hit 'wherever it is'.""",
[], "threat"),

("armenia-azerbaijan-treaty-text", "2025-03-14 10:30", "Armenia and Azerbaijan agree peace treaty text",
"""Negotiators finalised the draft on {d-1}, the two foreign ministries said, but no date has been set for a signing.""",
[], "talks"),

("prisoner-swap-90", "2024-06-25 14:00", "Russia and Ukraine swap 90 prisoners each",
"""The exchange, the latest brokered by the United Arab Emirates, included soldiers captured at Mariupol in 2022, Kyiv said.""",
[], "prisoner exchange; Mariupol as history"),

("poelkapelle-shells-destroyed", "2023-10-04 11:00", "Belgian army destroys 200 kg of Great War shells",
"""Deminers set off a controlled blast near Poelkapelle on {d-1} to dispose of munitions ploughed up by farmers around Ypres this year.""",
[], "controlled demolition"),

("ecitizen-cyber-attack", "2023-07-28 08:30", "Cyber attack knocks Kenya's eCitizen portal offline",
"""A hacker group claimed the attack, which disrupted passport and visa services for several days, the ICT minister said.""",
[], "cyber attack"),

("marseille-station-knifeman", "2024-08-19 07:45", "Police shoot knifeman at Marseille station",
"""Officers wounded a man who had stabbed two travellers at Saint-Charles station on {d-1} evening. Prosecutors said he acted alone.""",
[], "lone attacker shot by police"),

("johannesburg-cash-van-robbery", "2023-08-10 10:10", "Gang blasts open cash van on Johannesburg highway",
"""Eight robbers with rifles shot at guards and used explosives to open the vehicle on the N1 on {d-1}, police said. One guard was wounded.""",
[], "robbery gang, no armed group"),

("karnobat-depot-fire", "2023-07-19 09:00", "Heat blamed for fire at Bulgarian ammunition depot",
"""Shells went off for hours at the Karnobat storage site on {d-1}; investigators ruled out sabotage and said the blaze began in dry grass.""",
[], "accidental depot fire"),

("tripoli-town-hall-riot", "2021-01-28 20:00", "Protesters torch town hall in Tripoli",
"""Youths angry at lockdown rules set fire to the municipal building in Lebanon's second city on {d0}, and troops fired rubber bullets, the Red Cross said.""",
[], "riot; Tripoli in Lebanon"),

("icc-anti-balaka-verdict", "2025-07-24 13:30", "ICC convicts two former anti-balaka leaders",
"""Judges in The Hague found Alfred Yekatom and Patrice-Edouard Ngaïssona guilty of war crimes committed in the Central African Republic in 2013 and 2014.""",
[], "court verdict"),

("sudan-war-toll-envoy", "2024-11-13 10:00", "Sudan war may have killed 150,000, envoy says",
"""The US special envoy said the fighting between the army and the RSF since April 2023 had also driven 11 million people from their homes.""",
[], "aggregate toll"),

("kenyan-police-land-haiti", "2024-06-25 19:00", "First Kenyan police land in Haiti as gangs tighten grip",
"""Four hundred officers arrived in Port-au-Prince on {d0} to lead a UN-backed mission, after months of gang attacks on police stations and prisons.""",
[], "deployment because of attacks"),
]
