from common import *

FEED = ("dev/notes-americas-europe.rss.xml", "rss", "https://monitor.example.io/digest", "Armed Violence Monitor: Americas and Europe")
REGISTER = "notes"

# Terse event-database notes, Latin America and the Caribbean, Ukraine, Russia, the
# Caucasus and the Balkans. Written for the corpus; drawn from public reporting,
# simplified, some details invented.

ITEMS = [
("co-barrancas-diaz", "2023-11-03 09:20", "",
"""On 28 October 2023, ELN members on motorbikes abducted Luis Manuel Díaz, father of a Liverpool footballer, and his wife at a petrol station in Barrancas (La Guajira). Police found the wife hours later; the father was taken towards the Venezuelan border. No fatalities.""",
[(ABD, "CO", "Barrancas", 0, "2023-10-28", "ELN", "civilians")],
"abduction by a guerrilla group; Venezuela is a direction"),

("co-potrerito-motorbike", "2024-05-29 12:00", "COL - Valle del Cauca",
"""On 21 May 2024, a charge fixed to a motorbike blew up beside the police station in Potrerito (Jamundí, Valle del Cauca). FARC dissidents (EMC, Jaime Martínez front) suspected. 1 police officer killed, 3 civilians injured.""",
[(IED, "CO", "Potrerito", 1, "2024-05-21", "FARC dissidents", "Colombia")],
"motorbike bomb"),

("co-catatumbo", "2025-01-28 10:15", "",
"""Between 16 and 20 January 2025, ELN fighters launched an offensive on the 33rd Front of the FARC dissidents around Tibú (Norte de Santander): heavy fighting between the two groups in rural areas, and ELN squads going house to house to kill civilians and former FARC signatories they accused of collaborating. About 80 killed in all, not split; tens of thousands displaced.""",
[(CL, "CO", "Tibú", None, None, "ELN", "FARC dissidents"),
 (CIV, "CO", "Tibú", None, None, "ELN", "civilians")],
"fighting between groups and killings of civilians: two events; a total not split between them"),

("co-el-plateado-drones", "2024-10-21 08:40", "Colombia: Cauca",
"""On 12 October 2024, FARC dissidents dropped explosives from drones onto an army base in El Plateado (Argelia, Cauca). 2 soldiers killed, 5 injured.""",
[(AIR, "CO", "El Plateado", 2, "2024-10-12", "FARC dissidents", "Colombia")],
"armed group's drone attack"),

("co-tierralta-leader", "2024-02-16 11:30", "",
"""On 8 February 2024, gunmen of the Clan del Golfo (EGC) shot dead a community leader at his home in Tierralta (Córdoba). Fatalities: 1.""",
[(CIV, "CO", "Tierralta", 1, "2024-02-08", "Clan del Golfo", "civilians")],
"Córdoba department of Colombia, not Argentina or Spain"),

("co-eln-ceasefire", "2023-08-07 09:00", "",
"""On 3 August 2023, a six-month bilateral ceasefire between the government and the ELN took effect nationwide, as agreed at talks in Havana. Agreement.""",
[], "ceasefire: negative"),

("co-turbo-arsenal", "2024-07-12 13:10", "Colombia: Antioquia",
"""On 5 July 2024, the army seized 40 rifles, grenades and 20,000 rounds from a Clan del Golfo cache in a rural area of Turbo (Antioquia). No clashes. Weapons seizure.""",
[], "seizure of grenades and rifles: negative"),

("co-bogota-minga", "2023-10-20 10:45", "",
"""On 18 October 2023, several thousand indigenous people of the minga marched peacefully from the National University to the Plaza de Bolívar in Bogotá (Bogotá, D.C.). No intervention.""",
[], "peaceful march: negative"),

("co-sutatausa-mine", "2023-03-20 08:30", "",
"""On 14 March 2023, a series of methane explosions in coal mines in Sutatausa (Cundinamarca) trapped workers underground. 21 killed. Accident.""",
[], "mine explosions: accident, negative"),

("mx-culiacan-ovidio", "2023-01-13 09:10", "MEX - Sinaloa",
"""On 5 January 2023, army and National Guard troops captured Ovidio Guzmán near Culiacán (Culiacán, Sinaloa); Sinaloa Cartel gunmen fought back across the city, blocking roads and firing on aircraft at the airport. 10 soldiers and 19 gunmen killed. Fatalities: 29.""",
[(CL, "MX", "Culiacán", 29, "2023-01-05", "Mexico", "Sinaloa Cartel")],
"an arrest that turned into fighting: clash"),

("mx-tepalcatepec-drones", "2023-04-25 11:50", "",
"""On 17 April 2023, CJNG drones dropped explosives on positions of Cárteles Unidos and self-defence groups around Tepalcatepec (Michoacán). No fatalities reported.""",
[(AIR, "MX", "Tepalcatepec", 0, "2023-04-17", "CJNG", "Cárteles Unidos")],
"cartel drone bombs"),

("mx-salvatierra-posada", "2023-12-26 10:30", "Mexico: Guanajuato",
"""On 17 December 2023, gunmen burst into a pre-Christmas posada at a hacienda in Salvatierra (Guanajuato) and fired on the young guests. 12 killed. Perpetrators not identified.""",
[(CIV, "MX", "Salvatierra", 12, "2023-12-17", None, "civilians")],
"massacre at a party by unidentified gunmen"),

("mx-celaya-grenade", "2024-08-28 16:20", "",
"""On 20 August 2024, a man threw a grenade into a bar in Celaya (Guanajuato). Santa Rosa de Lima cartel suspected. 1 killed, 5 injured.""",
[(GRE, "MX", "Celaya", 1, "2024-08-20", "Santa Rosa de Lima cartel", "civilians")],
"grenade attack on a bar"),

("mx-zapopan-arrests", "2024-03-19 09:00", "Mexico: Jalisco",
"""On 12 March 2024, state police arrested five suspected members of a CJNG cell in Zapopan (Jalisco) and seized two rifles. Arrests. No shots fired.""",
[], "arrests: negative"),

("mx-palacio-door", "2024-03-12 12:35", "",
"""On 6 March 2024, students from Ayotzinapa drove a pickup truck into a door of the National Palace in Mexico City (Cuauhtémoc) during a protest over the 43 missing students of 2014. Property destruction; police used fire extinguishers and pushed them back. No fatalities.""",
[], "riot/property damage, 2014 disappearance as history: negative"),

("mx-ecatepec-bus", "2023-06-05 08:00", "",
"""On 29 May 2023, two armed robbers held up passengers on a bus in Ecatepec (México) and escaped with phones and cash. No injuries. Crime; no armed group involved.""",
[], "robbery: crime, negative"),

("br-vila-cruzeiro", "2022-06-01 10:50", "Brazil: Rio de Janeiro",
"""On 24 May 2022, a joint BOPE and Federal Highway Police operation against the Comando Vermelho in Vila Cruzeiro (Complexo da Penha, Rio de Janeiro) turned into hours of gunfights. Fatalities: 23 (one a bystander).""",
[(CL, "BR", "Vila Cruzeiro", 23, "2022-05-24", "Brazil", "Comando Vermelho")],
"police operation against a gang: clash"),

("br-brasilia-riot", "2023-01-12 09:30", "",
"""On 8 January 2023, thousands of Bolsonaro supporters broke into and ransacked the Congress, the Supreme Court and the Planalto palace in Brasília (Distrito Federal); police retook the buildings in the evening and arrested about 1,500. Riot. No fatalities.""",
[], "riot: negative"),

("br-paulista-rally", "2024-09-10 11:00", "Brazil: São Paulo",
"""On 7 September 2024, tens of thousands rallied peacefully on Avenida Paulista in São Paulo (São Paulo) on Independence Day. [size=tens of thousands] No incidents.""",
[], "peaceful rally: negative"),

("ht-mirebalais", "2025-04-08 09:40", "",
"""On 31 March 2025, Viv Ansanm gangs attacked Mirebalais (Mirebalais, Centre), overran the police station and the civil prison, freeing about 500 inmates, and took control of the town. Several police officers and civilians killed; no figure.""",
[(NSA, "HT", "Mirebalais", None, "2025-03-31", "Viv Ansanm", "Haiti")],
"gangs take a town; 'several' is no count"),

("ht-pont-sonde", "2024-10-10 13:15", "Haiti: Artibonite",
"""On 3 October 2024, Gran Grif gang members attacked Pont-Sondé (Saint-Marc, Artibonite) before dawn, shooting residents and burning houses; the gang said it was punishing residents for backing a self-defence group. First reports: 70 dead. Fatalities: 115 (UN).""",
[(CIV, "HT", "Pont-Sondé", 115, "2024-10-03", "Gran Grif", "civilians")],
"gang massacre; toll rises"),

("ht-ganthier-missionaries", "2021-10-25 10:00", "",
"""On 16 October 2021, 400 Mawozo gang members abducted 17 missionaries, 16 US citizens and a Canadian, five of them children, near Ganthier (Croix-des-Bouquets, Ouest) as they returned from visiting an orphanage. [size=17] No fatalities.""",
[(ABD, "HT", "Ganthier", 0, "2021-10-16", "400 Mawozo", "civilians")],
"mass abduction of foreigners; group name starts with a number"),

("ht-solino-fighting", "2025-03-05 08:15", "HTI / Ouest",
"""On 25 February 2025, Kenyan police of the MSS mission and PNH units fought Viv Ansanm gunmen trying to push into Solino (Port-au-Prince, Ouest). 2 gang members killed.""",
[(CL, "HT", "Solino", 2, "2025-02-25", "MSS", "Viv Ansanm")],
"foreign police mission fighting gangs in Haiti"),

("ht-viv-ansanm-alliance", "2023-09-28 12:00", "",
"""In September 2023 (month of), the leaders of the rival G9 and G-Pèp gang federations in Port-au-Prince (Ouest) announced an alliance under the name Viv Ansanm. Strategic development: new alliance. No violence.""",
[], "new alliance: negative"),

("ht-mss-arrival", "2024-06-28 09:30", "Haiti: Ouest",
"""On 25 June 2024, the first 400 Kenyan police officers of the Multinational Security Support mission landed at the airport in Port-au-Prince (Ouest) to help the police against the gangs. Deployment. No incidents.""",
[], "deployment because of gang attacks: negative"),

("ht-cap-haitien-march", "2024-02-12 10:30", "",
"""On 7 February 2024, several hundred people marched peacefully in Cap-Haïtien (Nord) demanding the prime minister's resignation. No intervention.""",
[], "peaceful march: negative"),

("ec-tc-television", "2024-01-16 09:00", "Ecuador: Guayas",
"""On 9 January 2024, about 13 masked gunmen stormed the TC Televisión studios in Guayaquil (Guayas) during a live broadcast and held staff at gunpoint; police went in and freed the hostages within the hour, arresting all 13. Prosecutors linked them to Los Tiguerones. No fatalities.""",
[(ABD, "EC", "Guayaquil", 0, "2024-01-09", "Los Tiguerones", "civilians")],
"hostage-taking at a TV station: abduction"),

("ec-internal-conflict", "2024-01-15 14:20", "",
"""On 9 January 2024, hours after the attack on a Guayaquil television station, President Noboa decreed a state of 'internal armed conflict' and designated 22 gangs, Los Choneros and Los Lobos among them, as terrorist organisations. Strategic development. No violence in this event.""",
[], "decree after an attack (background): negative"),

("ec-guayaquil-raids", "2024-02-06 08:50", "Ecuador: Guayas",
"""On 30 January 2024, police and soldiers arrested 68 suspected gang members in raids across Guayaquil (Guayas). Arrests. No shots fired.""",
[], "arrests: negative"),

("pe-vizcatan", "2024-07-16 10:10", "",
"""On 8 July 2024, MPCP (Shining Path remnants) ambushed an army patrol in Vizcatán del Ene (Satipo, Junín). 1 soldier and 2 MPCP killed.""",
[(CL, "PE", "Vizcatán del Ene", 3, "2024-07-08", "MPCP", "Peru")],
"ambush with losses on both sides"),

("pe-lima-march", "2023-01-23 12:00", "Peru: Lima",
"""On 19 January 2023, thousands who had travelled from the southern regions for the 'taking of Lima' marched in the centre of Lima (Lima); police fired tear gas at groups trying to reach Congress, and an old building near Plaza San Martín burned. Protest with intervention. No fatalities in Lima.""",
[], "protest with intervention and a fire: negative"),

("ve-caracas-rally", "2024-08-05 09:45", "",
"""On 3 August 2024, opposition supporters held a peaceful rally in Las Mercedes, Caracas (Distrito Capital), where María Corina Machado appeared in public. [size=thousands] No intervention.""",
[], "peaceful rally: negative"),

("hn-tamara-prison", "2023-06-27 11:20", "Honduras: Francisco Morazán",
"""On 20 June 2023, Barrio 18 inmates at the women's prison in Támara (Distrito Central, Francisco Morazán) broke into a rival module, shot and hacked inmates and set cells on fire. 46 killed.""",
[(CIV, "HN", "Támara", 46, "2023-06-20", "Barrio 18", "civilians")],
"one-sided gang killing in a prison: attack"),

("sv-state-of-exception", "2023-03-31 10:00", "",
"""On 27 March 2023, the Legislative Assembly in San Salvador (San Salvador) extended the state of exception for a twelfth month; police reported more than 66,000 arrests since March 2022. Arrests; strategic development.""",
[], "San Salvador city, El Salvador; mass arrests: negative"),

("ua-kyiv-okhmatdyt", "2024-07-15 08:30", "UKR - Kyiv",
"""On 8 July 2024, Russia launched 38 missiles at cities across Ukraine; in Kyiv (Kyiv) a Kh-101 cruise missile hit the Okhmatdyt children's hospital. Ukraine's air force said 30 of the missiles were shot down. 33 killed in Kyiv, 2 of them at the hospital.""",
[(SHL, "UA", "Kyiv", 33, "2024-07-08", "Russia", "civilians"),
 (DIS, "UA", None, None, "2024-07-08", "Ukraine", "Russia")],
"missile strike and interceptions: two events; '2 of them' is part of 33"),

("ua-robotyne-cs-gas", "2024-02-23 09:15", "",
"""On 15 February 2024, Ukrainian soldiers near Robotyne (Polohy, Zaporizhzhia) reported Russian drones dropping K-51 grenades filled with CS gas on their trenches. 3 soldiers treated for poisoning; no deaths.""",
[(CHEM, "UA", "Robotyne", 0, "2024-02-15", "Russia", "Ukraine")],
"drone-dropped gas grenades: chemical weapon, not grenade or air strike"),

("ua-chasiv-yar-chloropicrin", "2024-05-10 11:40", "Ukraine: Donetsk",
"""On 3 May 2024, a Ukrainian brigade reported that Russian forces fired munitions containing chloropicrin at its positions near Chasiv Yar (Bakhmut, Donetsk). Several soldiers evacuated with breathing problems. No deaths.""",
[(CHEM, "UA", "Chasiv Yar", 0, "2024-05-03", "Russia", "Ukraine")],
"choking agent: chemical weapon"),

("ua-robotyne-retaken", "2023-09-04 10:00", "",
"""On 28 August 2023, Ukrainian forces completed the recapture of Robotyne (Polohy, Zaporizhzhia) from Russian troops after weeks of assaults; clearing of the village went on. No toll for the day.""",
[(GOV, "UA", "Robotyne", None, "2023-08-28", "Ukraine", "Russia")],
"state retakes its own village from an invader: government regains territory"),

("ua-kherson-market", "2023-05-10 09:25", "Ukraine: Kherson",
"""On 3 May 2023, Russian artillery shelled a supermarket, the railway station and residential streets in Kherson (Kherson). Fatalities: 23.""",
[(SHL, "UA", "Kherson", 23, "2023-05-03", "Russia", "civilians")],
"artillery on a city"),

("ua-kunie-tractor", "2024-04-26 13:00", "",
"""On 18 April 2024, a tractor ploughing a field near Kunie (Izium, Kharkiv) drove over an anti-tank mine left by Russian forces during the occupation. 1 killed (the driver).""",
[(IED, "UA", "Kunie", 1, "2024-04-18", "Russia", "civilians")],
"old landmine kills a farmer: remote explosive"),

("ua-pow-exchange", "2024-09-20 12:15", "Ukraine",
"""On 14 September 2024, Ukraine and Russia exchanged 103 prisoners of war each, with UAE mediation. No violence.""",
[], "prisoner exchange: negative"),

("ua-mobilisation-law", "2024-04-18 10:30", "",
"""On 11 April 2024, the Verkhovna Rada in Kyiv passed a law tightening mobilisation rules and requiring men of military age to update their records. Strategic development: recruitment.""",
[], "mobilisation law: negative"),

("ua-kyiv-nabu-protest", "2025-07-28 09:00", "",
"""On 22 July 2025, several thousand people protested peacefully near the presidential office in Kyiv (Kyiv) against a law curbing the independence of anti-corruption agencies. No intervention.""",
[], "peaceful protest: negative"),

("ru-tuapse-refinery", "2024-05-24 08:35", "RUS - Krasnodar",
"""On 17 May 2024, drones struck the Rosneft refinery in Tuapse (Krasnodar Krai), starting a fire at a processing unit. A Ukrainian intelligence source claimed the attack. No casualties.""",
[(AIR, "RU", "Tuapse", 0, "2024-05-17", "Ukraine", "Russia")],
"Ukrainian drone strike inside Russia"),

("ru-belgorod-centre", "2024-01-06 10:20", "",
"""On 30 December 2023, Ukrainian rockets, including cluster munitions, hit the centre of Belgorod (Belgorod), near a skating rink and a shopping street. Fatalities: 25.""",
[(SHL, "RU", "Belgorod", 25, "2023-12-30", "Ukraine", "civilians")],
"rocket fire on a Russian city"),

("ru-bryansk-drones", "2024-06-11 07:40", "Russia: Bryansk",
"""On 4 June 2024, the Russian defence ministry said its air defences destroyed 9 Ukrainian drones over Bryansk (Bryansk). No damage or casualties reported.""",
[(DIS, "RU", "Bryansk", 0, "2024-06-04", "Russia", "Ukraine")],
"drones shot down: disrupted weapons use"),

("ru-crocus", "2024-03-30 09:00", "",
"""On 22 March 2024, four gunmen opened fire on concert-goers at Crocus City Hall in Krasnogorsk (Moscow Oblast) and set the building alight. IS (ISKP) claimed; Russian officials alleged Ukrainian involvement, which Kyiv denied. Fatalities: 145.""",
[(CIV, "RU", "Krasnogorsk", 145, "2024-03-22", "Islamic State Khorasan", "civilians")],
"massacre; allegation and denial are not events"),

("ru-dagestan-attacks", "2024-06-29 12:45", "Russia: Dagestan",
"""On 23 June 2024, gunmen struck in two cities of Dagestan. In Derbent they set fire to a synagogue and an Orthodox church and killed the priest and a security guard. In Makhachkala others fired on a traffic police post and fought police for hours; 15 police officers and 5 attackers were killed there.""",
[(CIV, "RU", "Derbent", 2, "2024-06-23", None, "civilians"),
 (CL, "RU", "Makhachkala", 20, "2024-06-23", None, "Russia")],
"two cities, two acts: an attack on civilians and a clash"),

("ru-sudzha-retaken", "2025-03-20 09:00", "",
"""On 13 March 2025, the Russian defence ministry said its forces had retaken Sudzha (Sudzha, Kursk), held by Ukrainian troops since August 2024. No toll given.""",
[(GOV, "RU", "Sudzha", None, "2025-03-13", "Russia", "Ukraine")],
"state retakes its own town; the 2024 incursion is history"),

("ru-rostov-wagner", "2023-06-30 11:30", "Russia: Rostov",
"""On 24 June 2023, under a deal brokered by Belarus, Wagner Group fighters withdrew from the Southern Military District headquarters in Rostov-on-Don (Rostov), which they had occupied without resistance that morning, and returned to their camps. Non-violent transfer; agreement. No fatalities in Rostov.""",
[], "mutiny ends by agreement, no fighting in the city: negative"),

("ru-elastik-plant", "2021-10-29 10:15", "",
"""On 22 October 2021, a fire and explosion in a workshop of the Elastik gunpowder plant near Lesnoy (Shilovsky, Ryazan) killed 17 workers. Investigators cited safety violations. Accident.""",
[], "explosives factory accident: negative"),

("am-jermuk-shelling", "2022-09-20 08:50", "",
"""On 13 September 2022, from about midnight, Azerbaijani artillery and drones struck Jermuk (Vayots Dzor) and Armenian positions around it. Armenia's defence ministry said 49 servicemen were killed in the night's attacks along the border.""",
[(SHL, "AM", "Jermuk", 49, "2022-09-13", "Azerbaijan", "Armenia")],
"cross-border shelling inside Armenia"),

("az-karabakh-operation", "2023-09-29 10:40", "AZE - Karabakh",
"""Between 19 and 20 September 2023, Azerbaijani forces launched what Baku called 'local anti-terrorist measures' in Karabakh, capturing Artsakh Defence Army positions around Khankendi (Stepanakert) and along the Lachin road, until a ceasefire on 20 September under which the Karabakh forces agreed to disarm. Fatalities: 192 Azerbaijani soldiers; about 220 Karabakh Armenian fighters and civilians.""",
[(GOV, "AZ", "Karabakh", 412, None, "Azerbaijan", "Nagorno-Karabakh Defence Army")],
"state regains territory over two days; the ceasefire is not an event; sides summed"),

("am-yerevan-tavush", "2024-05-13 09:30", "",
"""On 9 May 2024, tens of thousands joined a peaceful rally in Republic Square, Yerevan (Yerevan), led by Archbishop Bagrat Galstanyan against handing border villages in Tavush to Azerbaijan. No intervention.""",
[], "peaceful rally: negative"),

("am-az-initialled", "2025-08-14 12:00", "Armenia-Azerbaijan",
"""On 8 August 2025, the foreign ministers of Armenia and Azerbaijan initialled a peace agreement at the White House in Washington, in the presence of both leaders. Agreement.""",
[], "agreement: negative"),

("ge-tbilisi-rustaveli", "2024-12-05 10:00", "",
"""On 30 November 2024, police used water cannon and tear gas to clear protesters from Rustaveli Avenue outside the parliament in Tbilisi (Tbilisi) after a third night of protests against the suspension of EU talks. Protest with intervention; dozens detained. No fatalities.""",
[], "Georgia the country; protest with intervention: negative"),

("xk-banjska", "2023-10-02 09:10", "XKX - Mitrovica",
"""On 24 September 2023, about 30 armed Serbs ambushed a Kosovo Police patrol near Banjska (Zvečan, Mitrovica), then barricaded themselves in the monastery; police retook the area by evening. 1 police officer and 3 gunmen killed.""",
[(CL, "XK", "Banjska", 4, "2023-09-24", "Serb militants", "Kosovo")],
"armed group versus police; Kosovo (XK)"),

("xk-zvecan-riot", "2023-06-05 11:00", "",
"""On 29 May 2023, Serb protesters outside the municipal building in Zvečan (Zvečan, Mitrovica) clashed with KFOR troops, throwing stones and petrol bombs; about 30 KFOR soldiers injured. Riot. No fatalities.""",
[], "riot against peacekeepers: negative"),

("rs-novi-sad-march", "2025-02-03 09:20", "Serbia: Vojvodina",
"""On 1 February 2025, tens of thousands blocked the three Danube bridges in Novi Sad (Novi Sad, South Bačka) for 24 hours in a peaceful protest three months after the station canopy collapse. No intervention.""",
[], "peaceful protest about an accident: negative"),

("md-tiraspol-helicopter", "2024-03-25 08:45", "",
"""On 17 March 2024, a drone struck a military base in Tiraspol (Transnistria), destroying a parked Mi-8 helicopter. Transnistrian authorities blamed an attack launched from Ukraine; Kyiv denied. No casualties.""",
[(AIR, "MD", "Tiraspol", 0, "2024-03-17", None, "Transnistria")],
"drone strike of unknown origin in Moldova's breakaway region"),

("pl-drones-shot-down", "2025-09-17 09:00", "Poland: Lublin",
"""On 10 September 2025, Polish and allied aircraft shot down several of the Russian drones that crossed into Polish airspace overnight during an attack on western Ukraine; debris damaged a house in Wyryki (Włodawa, Lublin). No injuries.""",
[(DIS, "PL", None, 0, "2025-09-10", "Poland", "Russia")],
"drones shot down over Poland; Ukraine was the target of the wider attack"),
]
