from common import *

FEED = ("dev/teaser-a.rss.xml", "rss", "https://frontline.example.com/briefs", "Frontline Daily: Briefs")
REGISTER = "teaser"

ITEMS = [
("quetta-market-blast", "2024-03-11 09:14", "Blast kills 4 at Quetta market",
"""A bomb fixed to a parked motorcycle went off beside the fruit stalls on {d0} morning. Eleven people were taken to the Civil Hospital, police said.""",
[(IED, "PK", "Quetta", 4, "d0", None, "civilians")], "headline toll; device on motorcycle is an IED; country never named"),

("kherson-bus-driver-drone", "2024-05-02 07:30", "Drone kills bus driver in Kherson",
"""The man died when a Russian drone dropped a munition on his bus near the river port on {d-1} evening, the regional administration wrote on Telegram.""",
[(AIR, "UA", "Kherson", 1, "d-1", "Russia", "civilians")], "drone on a civilian is still air_drone_strike; 'the man' = 1"),

("shell-quarter-profit", "2024-05-02 06:05", "Shell posts bumper first-quarter profit",
"""The oil major beat analysts' forecasts on strong gas trading and said it would buy back another $3.5 billion of its own shares.""",
[], "homonym: Shell the company"),

("boulkessi-camp-seized", "2025-06-02 18:45", "Jihadists seize army camp at Boulkessi after hours-long assault",
"""JNIM fighters held the military base near the Burkinabe border by nightfall on {d-1}, a local official said. The army spoke only of "a complex attack".""",
[(NSA, "ML", "Boulkessi", None, "d-1", "JNIM", "Mali")], "base taken and held; demonym of the neighbour, not the country of the event"),

("enyimba-late-winner", "2023-11-05 20:10", "Striker's late double sinks Rangers",
"""Two goals in stoppage time from a stand-in centre forward gave Enyimba a 2-1 win in Aba, ending a run of five games without a victory.""",
[], "sport: striker, sinks"),

("milton-batters-florida", "2024-10-10 11:20", "Storm batters coast, leaves millions without power",
"""Hurricane Milton tore across Florida overnight, spawning tornadoes that killed at least four people in St. Lucie County and flooding streets around Tampa Bay.""",
[], "weather with a toll"),

("retailer-cyber-attack", "2025-05-01 08:00", "Retail chain hit by cyber attack; contactless payments down",
"""The company said hackers had got into systems running its online orders and that it had called in specialists. Stores remain open.""",
[], "cyber attack"),

("review-warfare-ramadi", "2025-04-11 12:00", "Review: a platoon pinned down in Ramadi, minute by minute",
"""'Warfare' rebuilds a 2006 firefight from the memories of the men who were there. It is loud, claustrophobic and almost free of speeches.""",
[], "film review of a real battle"),

("tense-night-kupwara", "2023-06-24 05:50", "Tense night along the LoC",
"""Troops shot dead two infiltrators in the Machil sector of Kupwara overnight after a gunfight that lasted about an hour, an army spokesman said.""",
[(CL, "IN", "Machil", 2, "d0", "India", "militants")], "event only in the sentence; overnight = publication date"),

("oudalan-mosque-attack", "2024-08-27 10:00", "Gunmen kill 12 worshippers in Burkina mosque attack",
"""Residents of the village in Oudalan province say the attackers came on motorbikes during dawn prayers. The government has not commented.""",
[(CIV, "BF", "Oudalan", 12, None, "gunmen", "civilians")], "event and toll only in the headline; no day given"),

("north-korea-salvo", "2024-01-14 04:15", "North Korea fires ballistic missile into sea",
"""Seoul's joint chiefs said the missile was launched from near Pyongyang and flew about 1,000 km before falling into the water off the east coast.""",
[], "missile test"),

("kafanchan-priest-taken", "2023-03-28 13:40", "Gunmen snatch Catholic priest in southern Kaduna",
"""The parish priest was taken from his residence in Kafanchan late on {d-2}, the diocese said, asking for prayers for his safe return.""",
[(ABD, "NG", "Kafanchan", None, "d-2", "gunmen", "civilians")], "abduction of one person"),

("cucuta-police-grenade", "2024-02-19 15:30", "Grenade attack on Cúcuta police station wounds three",
"""A man on a motorbike threw the device over the wall in the early hours of {d0}. Police blamed the ELN.""",
[(GRE, "CO", "Cúcuta", None, "d0", "ELN", "Colombia")], "grenade; injuries only"),

("kabul-ministry-bomber", "2023-03-27 16:20", "Suicide bomber kills 6 near Kabul ministry",
"""The attacker set off his explosives as staff were leaving work, a police spokesman for the Taliban administration said. Islamic State later claimed it.""",
[(SUI, "AF", "Kabul", 6, None, "Islamic State", "civilians")], "suicide bomb; no day given"),

("apapa-dockworkers-strike", "2023-09-18 07:45", "Dockworkers' strike cripples Apapa port",
"""Union members walked off the job over unpaid allowances, leaving hundreds of trucks queued on the expressway into Lagos.""",
[], "labour strike"),

("abu-shouk-shelling", "2024-12-03 09:30", "RSF shelling kills 11 in El Fasher's Abu Shouk camp",
"""Artillery rounds fell on the camp for displaced people on {d-1}, local resistance committees said, blaming the Rapid Support Forces.""",
[(SHL, "SD", "Abu Shouk", 11, "d-1", "Rapid Support Forces", "civilians")], "shelling of a camp"),

("tigray-strike-denied", "2023-01-16 12:10", "Military denies air strike on Tigray town",
"""A spokesman dismissed reports of dead and wounded in Adigrat as "fabricated", saying no aircraft had flown over the area this month.""",
[], "denial"),

("bannu-culvert-device", "2024-07-09 11:00", "Bomb disposal squad defuses device on Bannu road",
"""The bomb, packed with about 5 kg of explosives, was found under a culvert on the Bannu-Miranshah road shortly before a convoy was due to pass on {d0}.""",
[(DIS, "PK", "Bannu", None, "d0", "Pakistan", None)], "device found and defused"),

("robotyne-gas-grenades", "2023-12-22 14:00", "Ukraine says Russian troops dropped gas on trenches",
"""Commanders near Robotyne say munitions filled with chloropicrin were dropped on their positions on {d-2}. Two soldiers were treated for poisoning.""",
[(CHEM, "UA", "Robotyne", None, "d-2", "Russia", "Ukraine")], "chemical weapon claim reported as happened"),

("adan-yabaal-back", "2022-12-07 17:25", "Troops back in Adan Yabaal",
"""Government soldiers and allied clan fighters entered the town on {d0} after a day of fighting that killed at least 15 al-Shabaab militants, the regional governor said.""",
[(GOV, "SO", "Adan Yabaal", 15, "d0", "Somalia", "Al-Shabaab")], "recapture with fighting; headline says nothing violent"),

("baku-yerevan-text", "2025-08-09 09:00", "Baku and Yerevan initial peace text in Washington",
"""Negotiators agreed the draft after decades of conflict; the leaders also endorsed a transit route across southern Armenia.""",
[], "peace talks"),

("japan-defence-budget", "2023-12-22 05:30", "Japan approves record defence budget",
"""The cabinet signed off on 7.95 trillion yen for next year, including long-range missiles and funds to stockpile ammunition.""",
[], "budget"),

("kenscoff-gang-raid", "2025-01-28 19:00", "Gangs torch homes, kill 7 in Kenscoff",
"""Armed men from the Viv Ansanm coalition stormed the hillside commune above Port-au-Prince before dawn on {d-1}, residents told local radio.""",
[(CIV, "HT", "Kenscoff", 7, "d-1", "Viv Ansanm", "civilians")], "gang coalition against residents"),

("krakow-controlled-blast", "2024-06-20 10:40", "Loud bang in Kraków was a controlled detonation, army says",
"""Sappers destroyed a Second World War shell found on a building site. Police asked residents not to share rumours of an attack.""",
[], "controlled demolition of old munitions"),

("hodeidah-us-strikes", "2025-03-30 06:10", "US strikes hit Houthi sites around Hodeidah",
"""Explosions shook the Red Sea port city overnight as American jets struck what Washington called missile stores. Houthi media reported four dead.""",
[(AIR, "YE", "Hodeidah", 4, "d0", "United States", "Houthis")], "foreign air strike; overnight"),

("bangui-court-verdict", "2024-10-31 16:00", "Special court in Bangui jails former militia chief for life",
"""Judges found him guilty of murders committed by his fighters in 2014 and 2015. Defence lawyers said they would appeal.""",
[], "court verdict about old crimes"),

("kiryat-shmona-barrage", "2024-06-04 15:45", "Rocket barrage from Lebanon hits Kiryat Shmona",
"""Hezbollah said it fired about 30 rockets at the northern town on {d0}; two people were lightly hurt and a car park caught fire.""",
[(SHL, "IL", "Kiryat Shmona", None, "d0", "Hezbollah", "Israel")], "rockets; injuries only"),

("essendon-blitz", "2024-07-13 12:30", "Bombers blast past Magpies at the MCG",
"""Essendon kicked seven goals in the third quarter to beat Collingwood by 41 points in front of 80,000 fans.""",
[], "sport: Bombers, blast"),

("bambui-bus-passengers", "2023-05-16 08:20", "Separatists kidnap bus passengers near Bamenda",
"""Armed men stopped the vehicle near Bambui on {d-1} and marched the travellers into the bush, a local administrator said. Two were released on {d0}.""",
[(ABD, "CM", "Bambui", None, "d-1", "Ambazonian separatists", "civilians")], "abduction; release is not a new event"),

("sudan-toll-study", "2024-11-14 09:10", "Sudan war dead far higher than recorded, study finds",
"""Researchers estimate more than 61,000 people died in Khartoum state alone in the first 14 months of fighting, many from hunger and disease.""",
[], "aggregate toll"),

("madaya-township-fighting", "2024-02-08 11:50", "Resistance fighters and junta troops battle near Mandalay",
"""PDF units and soldiers fought for several hours around a village in Madaya township on {d-1}; each side claimed heavy losses on the other.""",
[(CL, "MM", "Madaya", None, "d-1", "People's Defence Force", "Myanmar")], "clash, no number"),

("bilalikoto-mine-collapse", "2025-02-16 13:00", "Dozens trapped after gold mine collapse in Mali",
"""A wall of an artisanal pit gave way near Bilalikoto in the west of the country; rescuers have brought out ten bodies so far.""",
[], "mining accident"),

("mir-ali-convoy-bomber", "2024-03-16 10:35", "Suicide car bomber hits convoy in Mir Ali; 5 soldiers dead",
"""The attacker rammed an explosives-laden vehicle into the convoy on {d0}, the military said. The Pakistani Taliban denied involvement.""",
[(SUI, "PK", "Mir Ali", 5, "d0", None, "Pakistan")], "vehicle suicide bombing; denial leaves the initiator unknown"),

("berlin-station-knifeman", "2025-02-22 20:30", "Police shoot knifeman at Berlin station",
"""Officers fired after the man wounded a commuter on a platform, police said. He was taken to hospital under guard.""",
[], "police shooting of a lone attacker"),

("moscow-region-drones", "2024-09-10 07:05", "23 drones downed over Moscow region, ministry says",
"""Air defences destroyed the Ukrainian drones overnight, the defence ministry said. Flights were briefly halted at Vnukovo and Domodedovo airports.""",
[(DIS, "RU", "Moscow region", None, "d0", "Russia", "Ukraine")], "interceptions; number of drones is not a toll"),

("houthis-warn-ships", "2024-01-11 18:15", "Houthis warn they will hit any US warship in the Red Sea",
"""A spokesman said the group would respond "with force" to any strike on Yemen and that commercial ships bound for Israel remained targets.""",
[], "threat"),

("gangaloor-villager-killed", "2025-01-30 06:40", "Maoists kill 'police informer' in Bijapur",
"""The villager's body was found near Gangaloor on {d0} with a note accusing him of passing information to security forces.""",
[(CIV, "IN", "Gangaloor", 1, None, "CPI (Maoist)", "civilians")], "body found on d0; day of killing not given"),

("monte-cassino-80", "2024-05-18 14:30", "Veterans mark 80 years since Monte Cassino",
"""About 55,000 Allied soldiers were killed or wounded in the battle; the last survivors laid wreaths at the Polish cemetery on the hill.""",
[], "anniversary with a toll"),

("deir-al-balah-school", "2024-07-27 17:50", "Strike on Gaza school shelter kills 22, civil defence says",
"""The missile hit classrooms in Deir al-Balah where displaced families were sleeping. Israel's military said it had targeted a Hamas command room.""",
[(AIR, "PS", "Deir al-Balah", 22, None, "Israel", "civilians")], "air strike; no day given"),

("dhaka-quota-march", "2024-07-02 12:00", "Thousands march in Dhaka over job quotas",
"""Students blocked Shahbagh intersection for a third day, demanding the scrapping of a quota that reserves government posts for veterans' families.""",
[], "protest"),
]
