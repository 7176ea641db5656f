from common import *

FEED = ("held/wire-d.rss.xml", "rss", "https://newsroom.example.net/intl", "Newsroom International")
REGISTER = "wire"

ITEMS = [
("iraq-baghdad-twin-suicide", "2021-01-21 13:00", "Twin suicide bombings tear through Baghdad market",
"""Two suicide bombers blew themselves up in a crowded clothing market in central Baghdad's Tayaran Square on {d0}, killing at least 32 people and wounding 110, Iraq's health ministry said.

The first bomber claimed to feel ill, drawing a crowd, before detonating his vest, officials said. Islamic State claimed the attack.""",
[(SUI, "IQ", "Baghdad", 32, "d0", "Islamic State", "civilians")], "twin suicide, one event"),

("ukraine-lviv-missiles", "2023-07-06 09:00", "Russian cruise missiles strike Lviv apartment block",
"""Russian cruise missiles hit an apartment building in the western Ukrainian city of Lviv before dawn on {d0}, killing at least five people and injuring 36, officials said, the deadliest attack on civilians in the city since the invasion began.

Ukraine's air force said it had intercepted seven of 10 Kalibr missiles.""",
[(SHL, "UA", "Lviv", 5, "d0", "Russia", "civilians"), (DIS, "UA", "Lviv", None, "d0", "Ukraine", "Russia")], "cruise missiles, partial interception: the hit and the interception are two events"),

("nigeria-ig-war-games", "2023-02-03 10:00", "West African navies wrap up Gulf of Guinea exercise",
"""Navies from Nigeria, Ghana, Togo and Benin completed a week-long maritime exercise in the Gulf of Guinea on {d0}, practising boarding of hijacked vessels and search-and-rescue, organisers said.""",
[], "exercise"),

("mali-bamako-attack-school", "2024-09-17 12:00", "Jihadists attack gendarmerie school and airport in Bamako",
"""Al-Qaeda-linked fighters attacked a gendarmerie training school and the military part of Bamako airport early on {d0}, setting off hours of gunfire in the Malian capital, security sources said. Dozens of trainees were killed.

JNIM claimed the assault, saying its fighters had inflicted heavy losses.""",
[(CL, "ML", "Bamako", None, "d0", "JNIM", "Mali")], "assault; dozens null"),

("pakistan-kurram-convoy", "2024-11-22 08:00", "Gunmen kill 42 in attack on passenger convoy in northwest Pakistan",
"""Gunmen opened fire on a convoy of passenger vehicles in the Kurram district of Pakistan's Khyber Pakhtunkhwa province on {d-1}, killing 42 people, including women and children, officials said.

The convoy was travelling under police escort from Parachinar to Peshawar. No group claimed the attack.""",
[(CIV, "PK", "Kurram", 42, "d-1", "gunmen", "civilians")], "attack on civilians, including -> no sum"),

("tennis-final", "2023-07-16 18:00", "Alcaraz storms to Wimbledon title",
"""Carlos Alcaraz stormed past Novak Djokovic to win his first Wimbledon title on {d0}, firing 66 winners in a five-set battle that lasted almost five hours. The Spaniard's attacking game broke the Serb's grip on Centre Court.""",
[], "sports"),

("drc-goma-bombs-camp", "2024-05-04 10:00", "Bombs hit displacement camps near Goma, killing 12",
"""Bombs struck two camps for displaced people on the outskirts of Goma in eastern Congo on {d-1}, killing at least 12 people, most of them children, the army and aid groups said.

The Congolese army blamed the M23 rebels and Rwandan troops for the shelling. Rwanda's government spokeswoman dismissed the accusation as absurd.""",
[(SHL, "CD", "Goma", 12, "d-1", "M23", "civilians")], "shelling, denial by a backer only"),

("somalia-al-shabaab-abduct-aid", "2022-03-14 09:00", "Al-Shabaab abducts aid workers in southern Somalia",
"""Al-Shabaab fighters abducted three aid workers from a local charity on the road between Kismayo and Jilib on {d-2}, regional officials said. The group has not made demands.""",
[(ABD, "SO", "Kismayo", None, "d-2", "Al-Shabaab", "civilians")], "abduction"),

("china-taiwan-balloon-politics", "2024-01-09 10:00", "Taiwan warns voters of Chinese pressure ahead of election",
"""Taiwan's president warned on {d0} that China was trying to sway this week's elections with military pressure, after Beijing sent balloons across the Taiwan Strait and a satellite launch triggered air raid alerts on the island.

China's foreign ministry said Taiwan was "hyping" the launch.""",
[], "politics; satellite; air raid alert"),

("syria-tanf-drone-attack", "2022-08-16 09:00", "Drones target US garrison at al-Tanf in Syria",
"""Two drones struck the al-Tanf garrison used by U.S. forces in southern Syria on {d-1}, causing no casualties, the U.S. military said. Coalition forces shot down a third drone.

U.S. officials said Iran-backed militias were probably responsible.""",
[(AIR, "SY", "al-Tanf", 0, "d-1", "militias", "United States"), (DIS, "SY", "al-Tanf", None, "d-1", "United States", "militias")], "drone strike + interception: two drones hit and a third shot down are two events"),

("kenya-mandera-ied-police", "2023-06-25 10:00", "Eight police officers killed by roadside bomb in Kenya's Mandera",
"""Eight Kenyan police officers were killed when their vehicle hit an improvised explosive device in Mandera county near the Somali border on {d-1}, police said. Authorities blamed al-Shabaab.""",
[(IED, "KE", "Mandera", 8, "d-1", "Al-Shabaab", "Kenya")], "IED"),

("israel-jet-deal", "2024-06-02 12:00", "Israel signs deal for 25 more F-35 jets",
"""Israel's defence ministry said on {d0} it had signed an agreement to buy 25 more F-35 fighter jets from Lockheed Martin for $3 billion, funded by US military aid.""",
[], "arms deal"),

("afghanistan-pakistan-border-clash", "2023-09-07 09:00", "Afghan and Pakistani troops exchange fire at Torkham crossing",
"""Afghan and Pakistani border guards exchanged fire at the Torkham crossing on {d-1}, wounding two Pakistani soldiers and shutting the busiest trade route between the countries, officials said.""",
[(CL, "AF", "Torkham", None, "d-1", "Afghanistan", "Pakistan")], "border clash; country arguable"),

("wildfire-greece", "2023-08-23 10:00", "Greek wildfire rages near Alexandroupolis",
"""A wildfire that has raged for five days near Alexandroupolis in northern Greece spread on {d0}, and firefighters found 18 bodies in a forest, officials said. Soldiers joined the battle against the flames.""",
[], "wildfire 'battle'"),

("yemen-saudi-airstrike-saada", "2022-01-22 10:00", "Coalition air strike on Yemen prison kills at least 70",
"""An air strike by the Saudi-led coalition hit a prison in Saada, the Houthi stronghold in northern Yemen, on {d-1}, killing at least 70 detainees, aid groups said. The coalition denied targeting the facility.""",
[(AIR, "YE", "Saada", 70, "d-1", "Saudi-led coalition", "civilians")], "airstrike + denial of target"),

("niger-dosso-soldiers-ambushed", "2024-06-27 10:00", "Twenty soldiers and a civilian killed in Niger attack",
"""Twenty soldiers and one civilian were killed in an attack near Tassia in Niger's Tillaberi region on {d-2}, the army said, blaming "terrorists".""",
[(CL, "NE", "Tassia", 21, "d-2", "militants", "Niger")], "20+1"),

("india-maoist-ied-chhattisgarh", "2023-04-26 14:00", "Maoist landmine kills 10 police in central India",
"""Ten police commandos and their civilian driver were killed when Maoist rebels blew up their van with an improvised explosive device in Dantewada district of Chhattisgarh state on {d0}, police said.""",
[(IED, "IN", "Dantewada", 11, "d0", "CPI (Maoist)", "India")], "10+1"),

("football-transfer-battle", "2023-08-11 09:00", "Chelsea win battle for Caicedo with record bid",
"""Chelsea won the battle to sign Moises Caicedo after agreeing a British record fee of 115 million pounds with Brighton on {d0}, beating Liverpool, whose bid was accepted last week.""",
[], "sports/business"),

("sudan-wad-madani-captured", "2023-12-19 10:00", "Sudan's RSF seizes Wad Madani",
"""The Rapid Support Forces said on {d-1} they had taken control of Wad Madani, the capital of Gezira state, after fighting that ended with the army withdrawing from the city. Thousands of people who had fled fighting in Khartoum were forced to flee again.""",
[(NSA, "SD", "Wad Madani", None, "d-1", "Rapid Support Forces", "Sudan")], "nsa overtakes; the text says the army withdrew after fighting (reworded: a bare withdrawal would be a non-violent transfer)"),

("ukraine-drills-belarus", "2022-02-10 09:00", "Russia and Belarus start joint military drills",
"""Russia and Belarus began 10 days of joint military exercises on {d0}, with tens of thousands of troops near Ukraine's northern border. Western officials warned the drills could provide cover for an invasion.""",
[], "exercise + warning"),

("cameroon-far-north-suicide", "2023-08-08 09:00", "Suicide bomber kills four in northern Cameroon town",
"""A female suicide bomber blew herself up at a market in Mora, in Cameroon's Far North region, on {d-1}, killing four people, a local official said. Boko Haram is active in the area.""",
[(SUI, "CM", "Mora", 4, "d-1", "Boko Haram", "civilians")], "suicide"),

("philippines-mindanao-grenade-bus", "2024-03-11 08:00", "Grenade blast on bus wounds 11 in southern Philippines",
"""An unidentified man tossed a grenade into a passenger bus in Cotabato City on {d-1}, wounding 11 people, police said. Investigators were looking into possible links to local armed groups.""",
[(GRE, "PH", "Cotabato City", None, "d-1", None, "civilians")], "grenade"),

("iran-israel-missile-barrage", "2024-04-14 08:00", "Israel says it intercepted 99% of Iranian drones and missiles",
"""Israel and its allies intercepted nearly all of the more than 300 drones and missiles Iran launched overnight, Israel's military said on {d0}. A seven-year-old girl was badly hurt by shrapnel in the Negev.

Iran said the attack was in response to a strike on its consulate in Damascus and warned Israel against retaliating.""",
[(DIS, "IL", "Israel", None, "d0", "Israel", "Iran")], "interception; warning"),

("colombia-eln-peace-talks", "2023-06-09 09:00", "Colombia and ELN agree six-month ceasefire",
"""The Colombian government and the ELN guerrilla group agreed on {d0} to a six-month bilateral ceasefire, the most significant step yet in peace talks held in Havana.""",
[], "peace talks"),

("ethiopia-fano-gondar", "2023-08-06 10:00", "Fano militia takes control of Gondar, residents say",
"""Fano militia fighters took control of large parts of Gondar, Ethiopia's historic city in the Amhara region, on {d-1}, after heavy fighting with federal troops, residents said.

The government declared a state of emergency in the region.""",
[(NSA, "ET", "Gondar", None, "d-1", "Fano", "Ethiopia")], "nsa overtakes"),

("pakistan-heat-wave", "2024-05-27 10:00", "Heatwave scorches Pakistan as temperatures top 52C",
"""Temperatures hit 52.2 degrees Celsius in Mohenjo Daro on {d-1}, as a heatwave gripped Pakistan, overwhelming hospitals with heatstroke patients.""",
[], "weather"),

("iraq-camp-victory-rockets", "2023-07-24 09:00", "Rockets target Baghdad airport military base",
"""Two Katyusha rockets landed inside the Victory base complex near Baghdad airport late on {d-1}, causing no casualties, Iraq's security media cell said. Security forces found the launcher in a nearby field.""",
[(SHL, "IQ", "Baghdad", 0, "d-1", None, None)], "rocket attack no casualties: 0"),

("south-sudan-unmiss-attack", "2023-05-09 09:00", "Peacekeeper killed in attack on UN convoy in South Sudan",
"""A Ghanaian peacekeeper was killed when gunmen attacked a UN convoy near Abyei on {d-2}, the UN mission said, condemning the attack.""",
[(CL, "SS", "Abyei", 1, "d-2", "gunmen", "UN peacekeepers")], "clash/attack on peacekeepers"),

("canada-budget-defence", "2024-04-08 10:00", "Canada unveils plan to boost military spending",
"""Canada announced a plan on {d0} to raise defence spending by C$8.1 billion over five years, including money for new submarines and long-range missiles, under pressure from NATO allies.""",
[], "budget"),

("burkina-barsalogho-massacre", "2024-08-28 10:00", "Jihadists kill scores in Burkina Faso trench attack",
"""JNIM militants attacked residents of Barsalogho in central Burkina Faso on {d-4} as they dug defensive trenches for the army, killing scores of people, security sources and aid workers said.""",
[(CIV, "BF", "Barsalogho", None, "d-4", "JNIM", "civilians")], "attack on civilians; scores -> null"),

("us-mexico-cartel-shooting", "2023-03-08 10:00", "Two kidnapped Americans found dead in Mexico",
"""Two of four Americans kidnapped by gunmen in the Mexican border city of Matamoros were found dead on {d-1}, and the two survivors were returned to the United States, officials said. Police arrested a suspect linked to the Gulf cartel.""",
[], "crime (cartel) - not armed group per contract"),

("lebanon-pager-blasts", "2024-09-17 18:00", "Pagers explode across Lebanon, killing nine and wounding thousands",
"""Pagers used by Hezbollah members exploded almost simultaneously across Lebanon on {d0}, killing at least nine people, including a girl, and wounding about 2,800, Lebanon's health minister said.

Hezbollah blamed Israel, which did not comment.""",
[(IED, "LB", "Lebanon", 9, "d0", None, "Hezbollah")], "remote explosive"),

("nigeria-kuriga-school-abduction", "2024-03-08 10:00", "Gunmen kidnap more than 280 pupils from Nigerian school",
"""Gunmen kidnapped at least 287 pupils from a school in Kuriga, in Nigeria's Kaduna state, on {d-1}, a teacher and local officials said. The attackers arrived on motorcycles as morning assembly began.""",
[(ABD, "NG", "Kuriga", None, "d-1", "gunmen", "civilians")], "mass abduction"),

("syria-douma-chlorine-2018", "2018-04-08 12:00", "Dozens reported dead in suspected gas attack on Douma",
"""Rescue workers said at least 42 people were killed in a suspected poison gas attack on Douma, the last rebel-held town in Eastern Ghouta, on {d-1}. Medics said victims were foaming at the mouth and smelled of chlorine.

The Syrian government denied using chemical weapons and called the reports fabrications.""",
[(CHEM, "SY", "Douma", 42, "d-1", "Syria", "civilians")], "chemical"),

("ukraine-avdiivka-withdrawal", "2024-02-17 10:00", "Ukraine withdraws from Avdiivka as Russian forces advance",
"""Ukraine's army chief said on {d0} he had ordered troops to withdraw from the eastern town of Avdiivka to avoid encirclement. Russia's defence ministry said its forces had taken full control of the town.""",
[(NSA, "UA", "Avdiivka", None, "d0", "Russia", "Ukraine")], "a foreign state's forces take a town: nsa overtakes (SPEC labelling conventions)"),

("myanmar-resistance-drones-naypyitaw", "2024-04-05 09:00", "Myanmar resistance launches drones at capital, junta says it shot them down",
"""Myanmar's military said on {d-1} it had shot down seven drones launched by resistance forces at the capital Naypyitaw, including at an air force base. There were no casualties, it said.""",
[(DIS, "MM", "Naypyitaw", 0, "d-1", "Myanmar", "resistance forces")], "interception"),

("indonesia-papua-rebels-pilot", "2023-02-08 09:00", "Papua rebels take New Zealand pilot hostage",
"""Separatist rebels in Indonesia's Papua province set fire to a small plane and took its New Zealand pilot hostage after it landed in Paro, Nduga regency, on {d-1}, police said. The West Papua National Liberation Army said it would not release him until Papua was independent.""",
[(ABD, "ID", "Paro", None, "d-1", "West Papua National Liberation Army", "civilians")], "abduction"),

("japan-sdf-missile-purchase", "2023-03-28 09:00", "Japan to buy 400 Tomahawk missiles",
"""Japan will buy up to 400 Tomahawk cruise missiles from the United States, Prime Minister Fumio Kishida said on {d0}, as part of a record defence budget aimed at deterring China.""",
[], "arms purchase"),

("gaza-rafah-strikes", "2024-02-12 08:00", "Israeli strikes on Rafah kill dozens as hostages freed",
"""Israeli air strikes hit Rafah in southern Gaza overnight, killing at least 67 people, according to Gaza's health ministry, as special forces rescued two hostages from a building in the city.""",
[(AIR, "PS", "Rafah", 67, "d0", "Israel", "civilians")], "airstrike + rescue op"),

("libya-derna-floods", "2023-09-13 10:00", "Thousands dead as floods wash away Derna",
"""Floods unleashed by Storm Daniel burst two dams above Derna in eastern Libya, sweeping away entire neighbourhoods and killing thousands of people, officials said on {d0}.""",
[], "weather"),
]
