from common import *

FEED = ("dev/notes-africa.rss.xml", "rss", "https://eventlog.example.org/westafrica", "Conflict Event Log: West Africa and Sahel")
REGISTER = "notes"

# Terse event-database notes, West Africa, the Sahel, Lake Chad and Cameroon. Written for
# the corpus; the events are drawn from public reporting and simplified, and some are
# invented. Dates are literal, as coders write them.

ITEMS = [
("bf-djibo-assault", "2023-12-04 08:40", "Burkina Faso: Soum",
"""On 26 November 2023, several hundred JNIM militants assaulted the military detachment, the VDP base and a camp for displaced people in Djibo (Djibo, Soum). Fighting went on for several hours before the army, with air support, pushed the attackers back. The army said some 400 assailants were killed; local sources put the dead among soldiers, VDP and displaced civilians at about 40. Fatalities: 40 (claim of enemy losses not coded).""",
[(CL, "BF", "Djibo", 40, "2023-11-26", "JNIM", "Burkina Faso")],
"notes: coder's closing count, not the army's claim; Soum province only"),

("bf-karma-killings", "2023-05-03 11:05", "",
"""On 20 April 2023, Military Forces of Burkina Faso (2022-), accompanied by VDP, gathered residents of Karma (Ouahigouya, Yatenga) and shot them. The operation came days after an ambush near Aorema in which about 40 soldiers and VDP were killed. First reports said 60 dead; a residents' association later put the toll at 156. Fatalities: 156.""",
[(CIV, "BF", "Karma", 156, "2023-04-20", "Burkina Faso", "civilians")],
"army killing civilians is an attack on civilians; the earlier ambush is background; toll rises"),

("bf-liki-women", "2023-01-25 07:30", "Event 2023-01-12",
"""Between 12 and 13 January 2023, suspected JNIM militants seized about 50 women who had gone into the bush to pick leaves and wild fruit near Liki (Arbinda, Soum). Relatives alerted the authorities after the women failed to return. Fatalities: 0.""",
[(ABD, "BF", "Liki", 0, None, "JNIM", "civilians")],
"date range: no single day (headline code is not the date); fatalities 0"),

("bf-mansila-base", "2024-06-21 16:20", "",
"""On 11 June 2024, a large JNIM column attacked the army base at Mansila (Yagha, Sahel), overrunning part of it and taking weapons and vehicles. More than 100 soldiers were reported killed; JNIM published images of captured equipment. The same day, an explosive device hit a reinforcement convoy heading north from Sebba (Yagha, Sahel), killing 4 soldiers. Fatalities: 100+ at Mansila; 4 near Sebba.""",
[(CL, "BF", "Mansila", 100, "2024-06-11", "JNIM", "Burkina Faso"),
 (IED, "BF", "Sebba", 4, "2024-06-11", None, "Burkina Faso")],
"two events, same day, different place and act; base attack is a clash, not territory"),

("bf-barsalogho-trenches", "2024-09-02 10:00", "BFA - Sanmatenga",
"""On 24 August 2024, JNIM fighters on motorbikes opened fire on residents of Barsalogho (Barsalogho, Sanmatenga) who had been ordered by the army to dig defensive trenches around the town; some VDP were among them. JNIM claimed it had attacked 'a militia'. Estimates ran from 133 to several hundred dead. Fatalities: 133.""",
[(CIV, "BF", "Barsalogho", 133, "2024-08-24", "JNIM", "civilians")],
"mostly civilians under arms orders: coded as attack; lower estimate in the closing line"),

("bf-vdp-recruitment", "2022-11-04 09:00", "",
"""On 24 October 2022, the transitional government launched a campaign to recruit 50,000 Volunteers for the Defence of the Homeland (VDP) nationwide; registration opened in provincial capitals including Fada N'Gourma (Gourma, Est). Strategic development: recruitment. No violence.""",
[], "recruitment drive: strategic development, negative"),

("bf-solle-property", "2023-06-19 12:15", "Burkina Faso: Loroum",
"""Around 9 June 2023, militants presumed to be JNIM entered Sollé (Sollé, Loroum), which residents had abandoned, and set fire to the town hall, the school and several granaries. No casualties reported. Coded as property destruction.""",
[], "property destruction in an empty village: no violence against people, negative"),

("bf-ouaga-rally", "2023-10-02 08:00", "",
"""On 30 September 2023, several thousand people rallied peacefully at the Place de la Nation in Ouagadougou (Kadiogo, Centre) to mark a year since Captain Traoré took power and to back the transition. [size=thousands] No incidents.""",
[], "peaceful rally, negative"),

("ml-moura", "2022-04-12 14:30", "Mali: Mopti",
"""Between 27 and 31 March 2022, FAMa soldiers and armed foreigners identified by witnesses as Wagner Group personnel held the population of Moura (Djenné, Mopti) after landing by helicopter on market day, and executed men in groups over several days. The government said 203 'terrorists' were neutralised. Rights groups put the dead at about 500, almost all civilians. Fatalities: 500.""",
[(CIV, "ML", "Moura", 500, None, "Mali", "civilians")],
"army and Wagner killing civilians over a range of days: date None; the official claim is not the coded toll"),

("ml-kidal-entry", "2023-11-21 17:45", "",
"""On 14 November 2023, Military Forces of Mali (2021-) and Wagner Group took Kidal (Kidal, Kidal) after clashes on the approaches to the town, and raised the flag over the former MINUSMA camp. The CSP-PSD, which had held the town for a decade, said its fighters had made a 'strategic withdrawal' after several days of air strikes. No fatalities reported for the entry.""",
[(GOV, "ML", "Kidal", 0, "2023-11-14", "Mali", "CSP-PSD")],
"government regains territory; earlier air strikes are background without a day"),

("ml-tinzaouaten", "2024-08-06 09:40", "Event 2024-07-27",
"""From 25 to 27 July 2024, CSP-DPA rebels, later joined by JNIM, fought a FAMa and Wagner Group column near Tinzaouaten (Abeibara, Kidal) close to the Algerian border. A sandstorm on 26 July hampered the column's withdrawal. The CSP claimed dozens of Wagner and FAMa dead and took prisoners; channels close to Wagner acknowledged heavy losses. Fatalities: 84 (coder estimate, mostly Wagner personnel).""",
[(CL, "ML", "Tinzaouaten", 84, None, "CSP-DPA", "Mali")],
"three-day range: date None, whatever the headline code says"),

("ml-bamako-gendarmerie", "2024-09-25 07:55", "",
"""On 17 September 2024, JNIM militants attacked the gendarmerie training school at Faladié and the air base next to the airport in Bamako (Bamako). Gendarmes and soldiers fought them for several hours; attackers set fire to aircraft on the apron, including the presidential plane. Authorities spoke of 'some losses'. Documents seen by journalists listed more than 70 dead, mostly student gendarmes. Fatalities: 77.""",
[(CL, "ML", "Bamako", 77, "2024-09-17", "JNIM", "Mali")],
"coordinated attack on two sites of one city told as one event"),

("ml-boni-truck-ied", "2024-02-15 10:25", "Mali: Mopti",
"""On 5 February 2024, a truck carrying traders to the weekly market struck an explosive device about 15 km east of Boni (Douentza, Mopti), on the road to Hombori. Unidentified Armed Group (Mali); the road has been mined repeatedly since JNIM imposed a blockade on Boni. 6 civilians killed, 9 injured.""",
[(IED, "ML", "Boni", 6, "2024-02-05", None, "civilians")],
"landmine on civilians is remote explosive; injuries do not count"),

("ml-sevare-ied-found", "2023-09-07 13:00", "",
"""On 1 September 2023, a FAMa patrol found an explosive device buried at the entrance to Sévaré (Mopti, Mopti) on the Bandiagara road; army engineers destroyed it in place. No casualties.""",
[(DIS, "ML", "Sévaré", 0, "2023-09-01", "Mali", None)],
"device found and destroyed: disrupted weapons use"),

("ml-gao-journalist", "2021-05-08 18:10", "MLI / Gao",
"""On 8 April 2021, JNIM abducted a French journalist, Olivier Dubois, in Gao (Gao, Gao), where he had gone to meet a local JNIM commander for an interview. The abduction became known when JNIM released a short video of him on 5 May. No fatalities.""",
[(ABD, "ML", "Gao", 0, "2021-04-08", "JNIM", "civilians")],
"abduction of one person, reported weeks later; the video release is not an event"),

("ml-markala-arrests", "2024-03-11 09:30", "Mali: Ségou",
"""On 4 March 2024, gendarmes arrested 11 men at the weekly fair in Markala (Ségou, Ségou) on suspicion of supplying fuel and motorbikes to Katiba Macina. Arrests; no violence reported.""",
[], "arrests by gendarmes: negative"),

("ml-tessalit-handover", "2023-10-27 15:00", "",
"""On 21 October 2023, MINUSMA completed its early withdrawal from the camp at Tessalit (Tessalit, Kidal) and handed the site to the Malian army. Non-violent transfer of territory. Fatalities: 0.""",
[], "non-violent handover of a base: negative"),

("ml-bilalikoto-collapse", "2025-02-03 11:20", "Mali: Kayes",
"""On 29 January 2025, a gallery collapsed at an artisanal gold site near Bilalikoto (Kéniéba, Kayes), where mostly women were reworking old pits. 48 killed. Accident; no armed actor involved.""",
[], "mine collapse with a toll: accident, negative"),

("ml-africa-corps", "2025-06-16 10:05", "",
"""In June 2025 (month of), Wagner Group announced that it was leaving Mali, its 'mission accomplished'. Russia's Africa Corps, under the defence ministry, took over its personnel and positions, including the base next to Bamako airport. Strategic development: change of group / non-violent transfer. No fatalities.""",
[], "one force replacing another: strategic development, negative"),

("ne-koutougou-ambush", "2023-08-25 12:40", "Niger: Tillabéri",
"""On 15 August 2023, a Nigerien army detachment moving from Boni towards Torodi was ambushed near Koutougou (Torodi, Tillabéri) by militants on motorbikes, presumed JNIM. The ministry of defence reported 17 soldiers killed and 20 wounded and said more than 100 assailants were 'neutralised' in the pursuit. Fatalities: 17 (ministry figure for its own losses).""",
[(CL, "NE", "Koutougou", 17, "2023-08-15", "JNIM", "Niger")],
"Boni here is in Niger, not Mali; ministry claim not coded"),

("ne-fambita-mosque", "2025-03-29 08:15", "",
"""On 21 March 2025, IS Sahel (ISSP) militants surrounded the mosque in Fambita (Téra, Tillabéri) during Friday prayers and fired on the worshippers, then burned the market and several houses. Fatalities: 44 civilians; 13 wounded.""",
[(CIV, "NE", "Fambita", 44, "2025-03-21", "IS Sahel", "civilians")],
"massacre at a mosque; Tillabéri is a Niger region"),

("ne-ayorou-drone", "2024-05-14 06:50", "Event 2024-05-06",
"""On 6 May 2024, a Niger Air Force drone struck a column of IS Sahel fighters on motorbikes east of Ayorou (Ayorou, Tillabéri), according to an army communiqué, which claimed about 30 fighters killed. No independent confirmation. Fatalities: 30.""",
[(AIR, "NE", "Ayorou", 30, "2024-05-06", "Niger", "IS Sahel")],
"drone strike with the air force named"),

("ne-french-exit", "2023-12-28 14:00", "",
"""On 22 December 2023, the last French soldiers left the air base in Niamey (Niamey, Niamey) under the withdrawal agreed with the CNSP. Base handed over to the Nigerien armed forces. Non-violent transfer. No fatalities.""",
[], "foreign troops leave: negative"),

("ne-aes-charter", "2023-09-20 10:10", "Event 2023-09-16",
"""On 16 September 2023, the military leaders of Mali, Burkina Faso and Niger signed the Liptako-Gourma Charter in Bamako, setting up the Alliance of Sahel States, a mutual defence pact. Agreement.""",
[], "defence pact signed: negative"),

("ne-niamey-rally", "2023-08-28 09:25", "Niger: Niamey",
"""On 26 August 2023, tens of thousands of CNSP supporters gathered peacefully outside the French base in Niamey (Niamey, Niamey) to demand the departure of French troops and ambassador. [size=tens of thousands] No fatalities.""",
[], "peaceful demonstration outside a base: negative"),

("ng-kuriga-school", "2024-03-14 09:10", "Nigeria: Kaduna",
"""On 7 March 2024, a large group of bandits on motorcycles stormed the LEA primary and secondary schools in Kuriga (Chikun, Kaduna) during morning assembly and took away pupils and a teacher. The school first gave the number as 287; the state government later put it at 137. A vigilante who followed the kidnappers was shot dead. Fatalities: 1.""",
[(ABD, "NG", "Kuriga", 1, "2024-03-07", "bandits", "civilians")],
"mass abduction; the number taken is not a toll"),

("ng-tudun-biri-drone", "2023-12-12 12:00", "",
"""On 3 December 2023, a drone of the Military Forces of Nigeria (2023-) struck villagers gathered for a Maulud celebration in Tudun Biri (Igabi, Kaduna). The army said the strike was meant for bandits and had mistaken the gathering for a militant movement. Early local counts gave 30 dead; the emergency management agency later said 85 were buried. Fatalities: 85.""",
[(AIR, "NG", "Tudun Biri", 85, "2023-12-03", "Nigeria", "civilians")],
"army drone on civilians is an air strike; toll rises"),

("ng-kawuri-suicide", "2024-08-19 07:45", "",
"""On 10 August 2024, a woman wearing an explosive belt walked to the door of a hall where men were watching football in Kawuri (Konduga, Borno) and detonated it. Boko Haram (JAS) suspected. 4 killed, including the bomber; 11 injured.""",
[(SUI, "NG", "Kawuri", 4, "2024-08-10", "Boko Haram", "civilians")],
"suicide bomber; toll includes the bomber"),

("ng-bokkos-christmas", "2024-01-03 15:35", "Nigeria: Plateau",
"""Between 24 and 26 December 2023, armed men described by survivors as Fulani herders attacked more than 20 villages in Bokkos LGA (Plateau), among them Mushu and Ruku, shooting residents and burning houses. Fulani ethnic militia. The state government gave a toll of 198. Fatalities: 198.""",
[(CIV, "NG", "Bokkos", 198, None, "Fulani militia", "civilians")],
"many villages over three days: one event, date None"),

("ng-maru-mosque", "2024-06-11 10:00", "",
"""On 2 June 2024, Unidentified Armed Group (Nigeria) seized 15 worshippers during dawn prayers at a mosque in Maru (Maru, Zamfara). Fatalities: 0.""",
[(ABD, "NG", "Maru", 0, "2024-06-02", "Unidentified Armed Group (Nigeria)", "civilians")],
"unidentified group: initiator unknown"),

("ng-kundu-ambush", "2023-08-24 11:15", "NGA-Niger",
"""On 13 August 2023, bandits ambushed a Military Forces of Nigeria (2023-) patrol near Kundu (Rafi, Niger). 23 soldiers killed. A Nigerian Air Force helicopter sent to evacuate the wounded came down the next day near Chukuba (Shiroro, Niger); bandits claimed they shot it down, the air force cited a technical fault. Crash not coded. Fatalities: 23.""",
[(CL, "NG", "Kundu", 23, "2023-08-13", "bandits", "Nigeria")],
"Niger State, not Niger the country; the disputed crash is not coded"),

("ng-orlu-checkpoint", "2024-03-27 13:20", "",
"""On 18 March 2024, gunmen suspected to be ESN, the armed wing of IPOB, opened fire on a police checkpoint in Orlu (Orlu, Imo). Police returned fire. Two officers and one attacker killed. Fatalities: 3.""",
[(CL, "NG", "Orlu", 3, "2024-03-18", "ESN", "Nigeria")],
"police armed, both sides fire: clash; deaths split by side summed"),

("ng-yelwata", "2025-06-20 08:30", "Event 2025-06-13",
"""During the night of 13 to 14 June 2025, armed men presumed to be Fulani ethnic militia attacked Yelwata (Guma, Benue), shooting residents, including displaced families sleeping around the market, and setting houses on fire. Police first reported about 100 killed; local officials later spoke of more than 150. Fatalities: 100 (lower figure coded).""",
[(CIV, "NG", "Yelwata", 100, "2025-06-14", "Fulani militia", "civilians")],
"the night of 13 to 14 June is the day it runs into (14 June); the coder's closing count"),

("ng-malam-fatori", "2024-04-02 09:05", "Nigeria: Borno",
"""On 23 March 2024, ISWAP fighters in gun trucks attacked the forward operating base at Malam Fatori (Abadam, Borno) at dusk; troops repelled them after about two hours. 2 soldiers and 27 ISWAP killed per military sources. Later that night Nigerian Air Force jets struck fighters withdrawing towards Arege (Abadam, Borno); no toll given for the strike.""",
[(CL, "NG", "Malam Fatori", 29, "2024-03-23", "Islamic State West Africa Province", "Nigeria"),
 (AIR, "NG", "Arege", None, "2024-03-23", "Nigeria", "Islamic State West Africa Province")],
"a clash and a separate air strike elsewhere; no closing line, the count is split by side"),

("ng-damboa-road-ieds", "2024-07-15 14:10", "",
"""On 6 July 2024, an EOD team of Operation Hadin Kai found and defused two IEDs planted on the Maiduguri-Damboa road near Sabon Gari (Damboa, Borno). Army blamed ISWAP. No casualties.""",
[(DIS, "NG", "Sabon Gari", 0, "2024-07-06", "Nigeria", "Islamic State West Africa Province")],
"IEDs defused: disrupted weapons use"),

("ng-kano-protest", "2024-08-09 16:00", "",
"""On 1 August 2024, #EndBadGovernance demonstrators marched through Kano (Kano Municipal, Kano) against hunger and fuel prices. Police fired tear gas to disperse a crowd near Government House. Protest with intervention. No fatalities reported in this event.""",
[], "protest with police intervention: negative"),

("ng-sokoto-mob", "2022-05-20 11:00", "Nigeria: Sokoto",
"""On 12 May 2022, students at a college of education in Sokoto (Sokoto North, Sokoto) beat a female classmate accused of blasphemy and set her body on fire. Mob violence; two suspects arrested. Fatalities: 1.""",
[], "mob violence without an armed group, with a death: negative"),

("ng-tsafe-granaries", "2024-02-12 08:00", "",
"""On 3 February 2024, bandits looted and burned granaries in Yankuzo (Tsafe, Zamfara), a village emptied by earlier attacks. No people present; no casualties. Looting/property destruction.""",
[], "looting of an empty village: negative; earlier attacks are background"),

("ng-abuja-machete", "2023-05-22 19:40", "",
"""On 14 May 2023, a man armed with a machete attacked officers at a police checkpoint in Garki (Abuja Municipal, FCT) and was shot dead. Police said he acted alone and appeared mentally unwell. Fatalities: 1.""",
[], "police shooting of a lone attacker: crime, negative"),

("ng-iswap-wali", "2023-05-30 10:45", "Nigeria: Borno",
"""In May 2023 (month of), ISWAP was reported to have replaced its wali in the Lake Chad area after a shura held on the Lake Chad islands (Abadam, Borno). Source: local informants, via a security analyst. Strategic development: change of group leadership. No fatalities.""",
[], "leadership change: strategic development, negative"),

("ng-tincan-rifles", "2023-02-21 12:30", "",
"""On 14 February 2023, customs officers at Tin Can Island port (Apapa, Lagos) seized a container of pump-action rifles declared as furniture. Weapons seizure; two clearing agents arrested.""",
[], "weapons seizure: negative"),

("ng-kano-gas-blast", "2022-05-24 09:50", "",
"""On 17 May 2022, a gas cylinder exploded at a welding shop in Sabon Gari (Fagge, Kano), flattening part of a building. Police ruled out a bomb. 9 killed. Accident.""",
[], "explosion with a toll, ruled an accident: negative"),

("cm-bamenda-ied", "2024-01-22 10:35", "Cameroon: North-West",
"""On 14 January 2024, an IED planted by Ambazonian separatists hit an armoured vehicle of the Military Forces of Cameroon (1982-) at a junction in Bamenda (Mezam, North-West). 2 soldiers killed.""",
[(IED, "CM", "Bamenda", 2, "2024-01-14", "Ambazonian separatists", "Cameroon")],
"roadside bomb on an army vehicle"),

("cm-egbekaw", "2023-11-15 07:20", "",
"""On 6 November 2023, Ambazonian separatists raided Egbekaw (Manyu, South-West) at night, shooting residents in their homes and burning houses. The separatists had accused the village of working with the army. Fatalities: at least 20.""",
[(CIV, "CM", "Egbekaw", 20, "2023-11-06", "Ambazonian separatists", "civilians")],
"separatists attack a village: attack on civilians; 'at least'"),

("cm-mamfe-official", "2024-05-29 09:00", "",
"""On 20 May 2024, Ambazonian separatists abducted a council secretary on his way home in Mamfe (Manyu, South-West). A ransom was demanded from his family. No fatalities.""",
[(ABD, "CM", "Mamfe", 0, "2024-05-20", "Ambazonian separatists", "civilians")],
"abduction of one person"),

("cm-mozogo-raid", "2024-02-08 14:45", "Cameroon: Far North",
"""On 30 January 2024, Boko Haram (JAS) fighters raided a hamlet on the outskirts of Mozogo (Mayo-Tsanaga, Far North), killed three herders and drove off their cattle. Fatalities: 3.""",
[(CIV, "CM", "Mozogo", 3, "2024-01-30", "Boko Haram", "civilians")],
"raid on herders: attack on civilians"),

("cm-ghost-town", "2023-10-03 08:30", "",
"""On 1 October 2023, Ambazonian separatists enforced a 'ghost town' lockdown across Bamenda (Mezam, North-West) for the anniversary of their declaration of independence; shops and schools stayed shut. No incidents recorded.""",
[], "lockdown enforced without violence: negative"),

("cm-yaounde-teachers", "2022-11-30 10:00", "Cameroon: Centre",
"""On 28 November 2022, teachers demanding unpaid allowances sat in peacefully outside the ministry of secondary education in Yaoundé (Mfoundi, Centre). [size=several hundred] No intervention.""",
[], "peaceful protest: negative"),

("td-barkaram", "2024-11-05 09:15", "Chad: Lac",
"""On the night of 27 October 2024, Boko Haram fighters attacked the Chadian army base on Barkaram island (Lac). About 40 soldiers killed, according to the presidency. President Déby then announced an operation to pursue the attackers.""",
[(CL, "TD", "Barkaram", 40, "2024-10-27", "Boko Haram", "Chad")],
"a named night is that day; the announced operation is a plan"),

("td-ndjamena-palace", "2025-01-16 11:25", "",
"""On 8 January 2025, some two dozen armed men attacked the presidential palace complex in N'Djamena (N'Djamena) in the evening. Guards repelled them. The government said 18 attackers and one soldier were killed and described the assailants as poorly armed. Fatalities: 19.""",
[(CL, "TD", "N'Djamena", 19, "2025-01-08", "armed men", "Chad")],
"unidentified attackers: initiator unknown"),

("td-goudji-depot", "2024-06-25 13:30", "",
"""On 18 June 2024, a fire at the ammunition depot of the Goudji military camp in N'Djamena (N'Djamena) set off explosions through the night; shells landed in nearby neighbourhoods. The government attributed the fire to the heat. 9 killed. Accident; no attack.""",
[], "depot explosion due to heat: accident, negative"),

("td-doha-agreement", "2022-08-15 12:00", "Chad",
"""On 8 August 2022, the transitional military council and about 40 armed groups signed a peace agreement in Doha (Qatar), opening the way to a national dialogue; FACT refused to sign. Agreement. No fatalities.""",
[], "peace agreement: negative"),

("bj-point-triple", "2025-01-15 10:50", "",
"""On 8 January 2025, JNIM militants attacked a Beninese army position at Point Triple (Karimama, Alibori), in W National Park near the borders with Niger and Burkina Faso. The army said 28 soldiers were killed. Fatalities: 28 (army figure).""",
[(CL, "BJ", "Point Triple", 28, "2025-01-08", "JNIM", "Benin")],
"Niger and Burkina Faso named only as borders; Benin is where it happened"),

("tg-kpinkankandi", "2022-05-17 08:10", "Togo: Savanes",
"""On 11 May 2022, armed men presumed to be JNIM attacked a Togolese army post in Kpinkankandi (Kpendjal, Savanes) before dawn. 8 soldiers killed, 13 injured.""",
[(CL, "TG", "Kpinkankandi", 8, "2022-05-11", "JNIM", "Togo")],
"attack on an army post"),

("gh-bawku-clash", "2023-12-06 15:25", "",
"""On 28 November 2023, Kusasi and Mamprusi armed youths exchanged gunfire in several neighbourhoods of Bawku (Bawku Municipal, Upper East); soldiers deployed to separate them. Communal militia vs communal militia. 3 killed.""",
[(CL, "GH", "Bawku", 3, "2023-11-28", "Kusasi communal militia", "Mamprusi communal militia")],
"two communal militias: armed clash"),

("sn-ziguinchor-riot", "2023-06-08 17:05", "Senegal: Ziguinchor",
"""On 1 June 2023, after Ousmane Sonko was sentenced in Dakar, youths in Ziguinchor (Ziguinchor) burned tyres, blocked roads and attacked a petrol station; police answered with tear gas. Riot. No fatalities recorded in Ziguinchor.""",
[], "riot: negative"),

("gq-bata-depot", "2021-03-15 09:00", "",
"""On 7 March 2021, explosives stored at the Nkoa Ntoma military camp in Bata (Litoral) blew up in a series of blasts that destroyed much of the surrounding district. The government blamed farmers' stubble burning near the depot and negligence. 107 killed. Accident.""",
[], "depot explosion blamed on negligence: accident, negative"),

("gn-conakry-march", "2022-07-31 18:20", "Guinea: Conakry",
"""On 28 July 2022, FNDC supporters marched against the junta along the Le Prince road in Conakry (Ratoma, Conakry); security forces fired tear gas and arrested dozens. Protest with intervention. Fatalities: 0 per government; opposition disputes.""",
[], "protest with intervention, disputed toll: negative"),
]
