from common import *

FEED = ("dev/notes-africa-east.feed.json", "json", "https://incidentdesk.example.net/records", "Incident Desk: Central, East and North Africa")
REGISTER = "notes"

# Terse event-database notes, Great Lakes, Horn of Africa, Sudan, Mozambique and North
# Africa. Written for the corpus; drawn from public reporting, simplified, some invented.
# A territory change is coded as taken or regained only where there was fighting; a town
# left without a fight is a non-violent transfer, which is not an incident here.

ITEMS = [
("cd-goma-m23", "2025-02-04 10:00", "",
"""On 27 January 2025, M23 fighters, supported by Rwandan Defence Force troops, entered Goma (Goma, North Kivu) overnight and announced they had taken the city, after fighting on its western outskirts. FARDC and Wazalendo units held out near the airport for another day; hundreds of soldiers surrendered to MONUSCO. Fatalities: not coded for this event.""",
[(NSA, "CD", "Goma", None, "2025-01-27", "M23", "DR Congo")],
"non-state actor takes a city; Rwanda's backing does not make it a state event; no toll"),

("cd-rubaya", "2024-05-08 09:20", "DRC: North Kivu",
"""On 30 April 2024, M23 took control of Rubaya (Masisi, North Kivu), site of the area's main coltan mines, after two days of fighting with FARDC and Wazalendo militia, who fell back towards Sake. [size=no report] No fatalities reported.""",
[(NSA, "CD", "Rubaya", 0, "2024-04-30", "M23", "DR Congo")],
"territory taken after fighting"),

("cd-mugunga-shells", "2024-05-10 14:05", "",
"""On 3 May 2024, several shells landed on the Mugunga and Lac Vert displacement sites on the western edge of Goma (Goma, North Kivu). The FARDC and the US State Department attributed the fire to M23 and RDF positions in the hills; M23 denied it and blamed the army. Fatalities: 35, most of them children.""",
[(SHL, "CD", "Mugunga", 35, "2024-05-03", "M23", "civilians")],
"shelling of camps; the attribution stands, the denial is not an event"),

("cd-plaine-savo", "2022-02-09 08:45", "Event 2022-02-01",
"""Night of 1-2 February 2022: CODECO assailants with machetes and firearms attacked the Plaine Savo displacement site (Djugu, Ituri), a few hundred metres from a MONUSCO post. Most of the dead were women and children. First count 58; Fatalities: 62.""",
[(CIV, "CD", "Plaine Savo", 62, "2022-02-02", "CODECO", "civilians")],
"the night of 1-2 February is the day it runs into (2 February); the later count"),

("cd-komanda-vigil", "2025-08-04 11:30", "",
"""On 27 July 2025, ADF militants attacked parishioners at a night vigil in a Catholic church in Komanda (Irumu, Ituri) and set houses and shops on fire. Initial toll 21. MONUSCO later gave 43. Fatalities: 43.""",
[(CIV, "CD", "Komanda", 43, "2025-07-27", "Allied Democratic Forces", "civilians")],
"toll rises through the note"),

("cd-shujaa-jets", "2021-12-08 07:55", "DRC: North Kivu",
"""On 30 November 2021, Ugandan (UPDF) aircraft bombed ADF camps around Kambi ya Yua (Beni, North Kivu) at the start of the joint UPDF-FARDC operation Shujaa. No toll published.""",
[(AIR, "CD", "Kambi ya Yua", None, "2021-11-30", "Uganda", "Allied Democratic Forces")],
"foreign air force striking in DR Congo; no toll"),

("cd-fataki-clash", "2024-03-18 12:40", "",
"""On 9 March 2024, Zaire militia and CODECO fighters clashed for several hours in villages around Fataki (Djugu, Ituri). Fatalities: 7 (4 CODECO, 3 Zaire).""",
[(CL, "CD", "Fataki", 7, "2024-03-09", "Zaire", "CODECO")],
"two militias: armed clash; split count"),

("cd-washington-accord", "2025-07-02 15:00", "Event 2025-06-27",
"""On 27 June 2025, the foreign ministers of DR Congo and Rwanda signed a peace agreement in Washington committing Rwanda to withdraw its troops and both sides to end support to armed groups. Agreement. No violence.""",
[], "peace agreement: negative"),

("cd-kinshasa-embassies", "2025-02-03 10:10", "",
"""On 28 January 2025, crowds protesting the fall of Goma attacked and set fire to parts of the embassies of Rwanda, France, Belgium, Kenya and the United States in Kinshasa (Gombe, Kinshasa). Police used tear gas. Riot. No fatalities reported.""",
[], "riot against embassies; the fall of Goma is background: negative"),

("cd-kamanyola-handover", "2024-03-06 09:00", "DRC: South Kivu",
"""On 28 February 2024, MONUSCO handed its base in Kamanyola (Walungu, South Kivu) over to the Congolese police, the first step of the mission's departure from the province. Non-violent transfer of territory.""",
[], "base handed over: negative"),

("cf-bocaranga-mine", "2023-04-21 13:15", "",
"""On 14 April 2023, a MINUSCA vehicle struck a landmine on the road out of Bocaranga (Bocaranga, Ouham-Pendé). Unidentified Armed Group (CAR); 3R has mined roads in the area. 1 peacekeeper killed, 2 injured.""",
[(IED, "CF", "Bocaranga", 1, "2023-04-14", None, "MINUSCA")],
"landmine; initiator unidentified although a group is mentioned as context"),

("cf-ndassima-miners", "2024-02-02 08:30", "CAR: Ouaka",
"""On 25 January 2024, Wagner Group personnel and FACA soldiers opened fire on artisanal miners at a site near Ndassima (Bambari, Ouaka). Survivors said the miners had been accused of supplying armed groups. Fatalities: 9.""",
[(CIV, "CF", "Ndassima", 9, "2024-01-25", "Wagner Group", "civilians")],
"foreign mercenaries attacking miners: attack on civilians"),

("cf-zemio-fighting", "2024-07-29 16:45", "",
"""On 19 July 2024, Azande Ani Kpi Gbe militia attacked FACA and Wagner positions in Zemio (Zemio, Haut-Mbomou); fighting went on most of the day. 2 FACA, 1 Russian instructor and 6 militiamen killed.""",
[(CL, "CF", "Zemio", 9, "2024-07-19", "Azande Ani Kpi Gbe", "Central African Republic")],
"no closing line: the split adds to 9"),

("cf-3r-succession", "2021-06-14 10:00", "CAR: Ouham-Pendé",
"""In June 2021 (month of), the 3R armed group confirmed that its founder Sidiki Abass had died of wounds received months earlier, and named Sembé Bobbo as its new leader. Strategic development: change of group leadership. No fatalities.""",
[], "leadership change: negative; the old wounding has no day"),

("cf-bangui-march", "2023-07-31 09:40", "",
"""On 28 July 2023, several thousand people marched peacefully in Bangui (Bangui) in support of the constitutional referendum called for 30 July. [size=several thousand] No incidents.""",
[], "peaceful march: negative"),

("ss-nasir-barracks", "2025-03-12 11:10", "SSD / Upper Nile",
"""On 4 March 2025, White Army fighters (Nuer armed youth) overran the SSPDF barracks at Nasir (Nasir, Upper Nile) after two days of fighting; the garrison withdrew. Fatalities: unknown.""",
[(NSA, "SS", "Nasir", None, "2025-03-04", "White Army", "South Sudan")],
"militia takes a garrison town; unknown toll"),

("ss-barrel-bombs", "2025-03-24 08:20", "",
"""On 16 March 2025, aircraft operating for the SSPDF dropped incendiary barrel bombs on Nasir and on Ulang (Upper Nile). Local officials counted 21 dead in Nasir, women and children among them; no toll reported from Ulang. The government said it was hitting White Army positions.""",
[(AIR, "SS", "Nasir", 21, "2025-03-16", "South Sudan", "White Army"),
 (AIR, "SS", "Ulang", None, "2025-03-16", "South Sudan", "White Army")],
"air strikes on two towns: two events, one toll"),

("ss-gumuruk-raid", "2023-03-21 14:00", "",
"""On 12 March 2023, armed Lou Nuer youth raided cattle camps around Gumuruk (Pibor, Greater Pibor), killing herders, taking women and children and driving off thousands of cattle. Communal militia. Fatalities: 12.""",
[(CIV, "SS", "Gumuruk", 12, "2023-03-12", "Lou Nuer militia", "civilians")],
"cattle raid with killings: attack on civilians"),

("ss-leer-defection", "2024-04-17 12:00", "South Sudan: Unity",
"""On 9 April 2024, an SPLA-IO major general announced his defection to the SSPDF together with about 300 troops at a ceremony in Leer (Leer, Unity). Strategic development: defection. No violence.""",
[], "defection: negative"),

("ss-nuf-graduation", "2022-09-05 10:30", "",
"""On 30 August 2022, the first batch of the Necessary Unified Forces graduated at a parade in Juba (Juba, Central Equatoria), as provided by the 2018 peace agreement. No incidents.""",
[], "graduation parade: negative"),

("sd-madani-rsf", "2023-12-26 09:15", "Sudan: Al Jazirah",
"""On 18 December 2023, RSF fighters entered Wad Madani (Madani al-Kubra, Al Jazirah) after four days of fighting on the eastern approaches and the withdrawal of SAF's 1st Infantry Division; RSF declared control of the city the next day. [size=no report] Fatalities: not reported.""",
[(NSA, "SD", "Wad Madani", None, "2023-12-18", "Rapid Support Forces", "Sudan")],
"RSF takes a city after fighting; the declaration the next day is not a second event"),

("sd-madani-saf", "2025-01-18 10:50", "",
"""On 11 January 2025, SAF, with the Sudan Shield Forces of Abu Aqla Kaikal, recaptured Wad Madani (Madani al-Kubra, Al Jazirah), held by the RSF since December 2023. The RSF acknowledged the loss. No fatality figures.""",
[(GOV, "SD", "Wad Madani", None, "2025-01-11", "Sudan", "Rapid Support Forces")],
"government regains a city; the 2023 loss is history"),

("sd-zamzam", "2025-04-21 07:35", "Event 2025-04-11",
"""Between 11 and 13 April 2025, RSF forces stormed Zamzam displacement camp (Al Fasher, North Darfur), shooting residents and burning shelters; nine staff of a medical NGO were among those killed. Fatalities: at least 400 (UN figure).""",
[(CIV, "SD", "Zamzam", 400, None, "Rapid Support Forces", "civilians")],
"camp assault over three days: date None"),

("sd-kabkabiya-market", "2024-12-17 13:25", "",
"""On 9 December 2024, a SAF warplane bombed the weekly market in Kabkabiya (Kabkabiya, North Darfur), an RSF-held town. Fatalities: at least 100.""",
[(AIR, "SD", "Kabkabiya", 100, "2024-12-09", "Sudan", "civilians")],
"air strike on a market"),

("sd-port-sudan-drones", "2025-05-12 09:05", "Sudan: Red Sea",
"""On 4 May 2025, RSF drones struck the fuel depot and a hangar at the air base next to the airport in Port Sudan (Port Sudan, Red Sea), the first attack on the city since the war began. No fatalities reported.""",
[(AIR, "SD", "Port Sudan", 0, "2025-05-04", "Rapid Support Forces", "Sudan")],
"drone strike; Red Sea is a Sudanese state here"),

("sd-abu-shouk-shells", "2025-06-10 15:50", "",
"""On 2 June 2025, RSF artillery shells fell on Abu Shouk camp (Al Fasher, North Darfur). 7 killed, 3 of them children.""",
[(SHL, "SD", "Abu Shouk", 7, "2025-06-02", "Rapid Support Forces", "civilians")],
"shelling of a camp; 'of them' is not a second count"),

("sd-jeddah-declaration", "2023-05-16 11:00", "",
"""On 11 May 2023, SAF and RSF delegates signed a declaration of commitment to protect civilians in Jeddah (Saudi Arabia); talks on a ceasefire continued. Agreement. No violence.""",
[], "declaration signed: negative"),

("sd-port-sudan-arrests", "2024-02-20 10:20", "Sudan: Red Sea",
"""On 13 February 2024, police in Port Sudan (Port Sudan, Red Sea) arrested 12 people accused of collaborating with the RSF. Arrests. No violence reported.""",
[], "arrests by police: negative"),

("sd-nairobi-charter", "2025-02-27 08:00", "",
"""On 22 February 2025, the RSF and allied political and armed groups, including SPLM-N (al-Hilu), signed a founding charter for a rival government at a closed meeting in Nairobi (Kenya). Agreement. No violence.""",
[], "charter signed abroad by armed groups: negative"),

("sd-shendi-mobilisation", "2024-01-29 12:30", "Sudan: River Nile",
"""In January 2024 (month of), SAF called on men to register for 'popular resistance' units; training camps opened in Shendi (Shendi, River Nile) and in Gedaref. Strategic development: recruitment. No fatalities.""",
[], "mobilisation: negative"),

("et-lalibela-back-and-forth", "2023-08-20 09:45", "Ethiopia: Amhara",
"""On 9 August 2023, Fano militia took control of Lalibela (Lasta, North Wollo) after clashes with ENDF units, which pulled out of the town. On 13 August 2023, ENDF troops retook Lalibela after fighting on the outskirts; Fano withdrew to the surrounding hills. No fatalities reported.""",
[(NSA, "ET", "Lalibela", 0, "2023-08-09", "Fano", "Ethiopia"),
 (GOV, "ET", "Lalibela", 0, "2023-08-13", "Ethiopia", "Fano")],
"taken and retaken: two events"),

("et-finote-selam-drone", "2023-08-22 14:20", "",
"""On 13 August 2023, an ENDF drone struck the main square by a bus stop in Finote Selam (West Gojjam, Amhara). Hospital sources: 26 dead, mostly civilians.""",
[(AIR, "ET", "Finote Selam", 26, "2023-08-13", "Ethiopia", "civilians")],
"army drone strike on a town square"),

("et-merawi", "2024-02-06 10:05", "Event 2024-01-29",
"""On 29 January 2024, Fano fighters attacked ENDF positions in Merawi (Mecha, West Gojjam) in the morning. After they withdrew, soldiers searched houses and shot men they accused of supporting Fano. The national human rights commission reported at least 45 civilians killed. Fatalities: 45 civilians (none recorded for the fighting).""",
[(CL, "ET", "Merawi", 0, "2024-01-29", "Fano", "Ethiopia"),
 (CIV, "ET", "Merawi", 45, "2024-01-29", "Ethiopia", "civilians")],
"a clash, then the army's killing of civilians: two events"),

("et-tole-massacre", "2022-06-28 08:50", "",
"""On 18 June 2022, gunmen attacked Tole kebele (Gimbi, West Wellega, Oromia) and killed mostly Amhara residents. Survivors and the regional government blamed the OLA, which denied it and blamed government-aligned militia. Government said more than 200 dead; Fatalities: 338 (local lists).""",
[(CIV, "ET", "Tole", 338, "2022-06-18", "Oromo Liberation Army", "civilians")],
"attributed attack; the denial is not an event; the closing count"),

("et-pretoria-cessation", "2022-11-08 12:15", "",
"""On 2 November 2022, the federal government and the TPLF signed a cessation of hostilities agreement in Pretoria (South Africa). Agreement. No violence.""",
[], "agreement: negative"),

("et-mekelle-idps", "2025-01-27 09:30", "Ethiopia: Tigray",
"""On 20 January 2025, several thousand displaced people demonstrated peacefully in Mekelle (Mekelle, Tigray) demanding to return to their homes in Western Tigray. [size=several thousand] No intervention.""",
[], "peaceful protest: negative"),

("et-fano-command", "2024-08-12 16:00", "",
"""Around 4 August 2024, Fano factions from Gojjam, Wollo, Gondar and Shewa announced a joint command structure at a meeting in an undisclosed location in Amhara. Strategic development. No fatalities.""",
[], "new group structure: negative"),

("so-dusamareb-vest", "2024-06-25 07:40", "SOM-Galgaduud",
"""On 16 June 2024, a suicide bomber detonated an explosive vest at a tea shop used by soldiers in Dhuusamarreeb (Dhuusamarreeb, Galgaduud). Al Shabaab claimed the attack. 5 dead, the attacker among them.""",
[(SUI, "SO", "Dhuusamarreeb", 5, "2024-06-16", "Al-Shabaab", "Somalia")],
"suicide vest"),

("so-jilib-and-afgooye", "2023-12-01 10:15", "",
"""Two incidents on 24 November 2023. (1) A US airstrike, requested by the federal government, hit Al Shabaab fighters near Jilib (Jilib, Middle Juba); AFRICOM estimated 3 militants killed and no civilians harmed. (2) An SNA truck struck a roadside IED outside Afgooye (Afgooye, Lower Shabelle); 2 soldiers killed.""",
[(AIR, "SO", "Jilib", 3, "2023-11-24", "United States", "Al-Shabaab"),
 (IED, "SO", "Afgooye", 2, "2023-11-24", None, "Somalia")],
"two numbered incidents: foreign air strike and roadside bomb"),

("so-buulo-mareer", "2023-06-05 09:00", "Somalia: Lower Shabelle",
"""On 26 May 2023, Al Shabaab fighters stormed the ATMIS forward base at Buulo Mareer (Lower Shabelle), held by Ugandan troops, and occupied part of it for several hours. Uganda later said 54 of its soldiers died. Fatalities: 54 (attacker losses unknown).""",
[(CL, "SO", "Buulo Mareer", 54, "2023-05-26", "Al-Shabaab", "Uganda")],
"foreign peacekeepers attacked; the base held, no territory change"),

("so-adan-yabaal-abandoned", "2022-12-12 11:35", "",
"""On 6 December 2022, Al Shabaab abandoned Adan Yabaal (Adan Yabaal, Middle Shabelle) ahead of advancing SNA troops and Ma'awisley clan militia, who entered the town without resistance. Non-violent transfer of territory. No fatalities.""",
[], "town entered without a fight: non-violent transfer, negative"),

("so-runirgod-retaken", "2023-01-09 08:25", "Somalia: Middle Shabelle",
"""On 2 January 2023, SNA troops and Ma'awisley fighters recaptured Runirgod (Middle Shabelle) after a gunfight of several hours with Al Shabaab, who fell back east. 5 Al Shabaab and 2 soldiers killed.""",
[(GOV, "SO", "Runirgod", 7, "2023-01-02", "Somalia", "Al-Shabaab")],
"government regains a town after fighting; split count"),

("so-mogadishu-mortars", "2024-07-29 13:10", "",
"""On 21 July 2024, several mortar rounds fired by Al Shabaab landed near the Halane compound at the airport in Mogadishu (Banadir); one hit a shelter in a nearby settlement for displaced people. 2 civilians killed.""",
[(SHL, "SO", "Mogadishu", 2, "2024-07-21", "Al-Shabaab", "civilians")],
"mortar fire"),

("so-mogadishu-grenade", "2024-02-14 18:00", "SOM-Banadir",
"""On 7 February 2024, an unidentified man threw a hand grenade into a restaurant frequented by soldiers in Hodan district, Mogadishu (Banadir), and escaped. 1 killed, 4 injured.""",
[(GRE, "SO", "Hodan", 1, "2024-02-07", None, "civilians")],
"hand grenade; unidentified attacker"),

("so-eyl-dhow", "2024-09-18 10:40", "",
"""On 10 September 2024, the Puntland Maritime Police Force stopped a dhow off the coast near Eyl (Nugaal) and seized rifles, ammunition and RPG launchers; crew detained. Weapons seizure. No violence.""",
[], "weapons seizure at sea: negative"),

("so-sakow-camp", "2023-10-23 09:55", "Somalia: Middle Juba",
"""In October 2023 (week of 16 October), Al Shabaab reportedly set up a new training camp near Sakow (Sakow, Middle Juba); source: residents, via local radio. Strategic development: base established. No fatalities.""",
[], "base established: negative"),

("so-baidoa-defector", "2024-03-13 12:20", "",
"""On 5 March 2024, an Al Shabaab finance official for Bay region handed himself over to SNA troops in Baidoa (Baidoa, Bay). Defection. No fatalities.""",
[], "defection: negative"),

("so-bosaso-mob", "2023-04-11 15:30", "",
"""On 3 April 2023, a crowd in Bosaso (Bosaso, Bari) beat to death a man accused of trying to snatch a child; police arrested three people. Mob violence. Fatalities: 1.""",
[], "mob killing without an armed group: negative"),

("ke-kiunga-ied", "2024-01-15 08:40", "Kenya: Lamu",
"""On 6 January 2024, a KDF vehicle hit an IED on the road near Kiunga (Lamu East, Lamu). Al Shabaab suspected. 2 soldiers killed.""",
[(IED, "KE", "Kiunga", 2, "2024-01-06", "Al-Shabaab", "Kenya")],
"roadside bomb, group suspected"),

("ke-mandera-doctors", "2019-04-20 10:00", "",
"""On 12 April 2019, suspected Al Shabaab gunmen ambushed the vehicle of two Cuban doctors in Mandera (Mandera East, Mandera), shot dead one of their police escorts and drove the doctors across the border into Somalia. Fatalities: 1.""",
[(ABD, "KE", "Mandera", 1, "2019-04-12", "Al-Shabaab", "civilians")],
"abduction with an escort killed; taken across the border, but it happened in Kenya"),

("ke-nairobi-finance-bill", "2024-06-24 09:15", "",
"""On 18 June 2024, young protesters against the Finance Bill marched in Nairobi's CBD (Nairobi) towards parliament; police fired tear gas and water cannon and arrested dozens. Protest with intervention. No fatalities.""",
[], "protest with intervention: negative"),

("ke-mombasa-arrests", "2023-09-12 11:00", "Kenya: Mombasa",
"""On 5 September 2023, ATPU officers arrested three men in Likoni (Likoni, Mombasa) suspected of recruiting youths for Al Shabaab. Arrests.""",
[], "arrests: negative"),

("mz-macomia-raid", "2024-05-20 10:25", "",
"""From 10 to 12 May 2024, about 100 IS Mozambique fighters entered Macomia town (Macomia, Cabo Delgado), fought FADM and SAMIM troops, looted food stores and the health centre, and withdrew. Fatalities: 10+ (combatants and civilians).""",
[(CL, "MZ", "Macomia", 10, None, "Islamic State Mozambique", "Mozambique")],
"a raid that leaves is a clash, not territory; date range"),

("mz-mocimboa-2020", "2020-08-20 08:00", "MOZ - Cabo Delgado",
"""On 12 August 2020, Islamic State Mozambique fighters seized the port town of Mocímboa da Praia (Mocímboa da Praia, Cabo Delgado) after days of fighting; FDS units ran out of ammunition and were evacuated by sea. Fatalities: unknown.""",
[(NSA, "MZ", "Mocímboa da Praia", None, "2020-08-12", "Islamic State Mozambique", "Mozambique")],
"insurgents take a town"),

("mz-mocimboa-2021", "2021-08-16 12:45", "",
"""On 8 August 2021, Rwandan Defence Force and FADM troops retook Mocímboa da Praia (Cabo Delgado) after clashes around the airport and port; insurgents fled into the bush. No toll given.""",
[(GOV, "MZ", "Mocímboa da Praia", None, "2021-08-08", "Rwanda", "Islamic State Mozambique")],
"retaken with foreign troops leading"),

("mz-maputo-protest", "2024-11-13 09:50", "",
"""On 7 November 2024, supporters of Venâncio Mondlane marched in Maputo (KaMpfumo, Maputo City) against the election results; police dispersed them with tear gas near the city centre. Protest with intervention. No fatalities in this event.""",
[], "protest with intervention: negative"),

("mz-samim-exit", "2024-07-10 10:30", "Mozambique: Cabo Delgado",
"""In early July 2024 (month of), SADC's SAMIM completed its withdrawal from Cabo Delgado, handing its positions around Macomia to FADM. Non-violent transfer. No fatalities.""",
[], "mission hands over positions: negative"),

("ly-tripoli-444-rada", "2023-08-22 07:30", "",
"""On 14 August 2023, the 444 Brigade and the Rada Special Deterrence Force fought across the southern districts of Tripoli (Tripoli), Ain Zara among them, after Rada detained the 444 commander at Mitiga airport; fighting went on into the next day. Fatalities: 55 (emergency medicine centre).""",
[(CL, "LY", "Tripoli", 55, "2023-08-14", "444 Brigade", "Special Deterrence Force")],
"Tripoli with no country named (Libya); the detention is background"),

("ly-tripoli-truce", "2023-08-21 16:00", "Libya: Tripoli",
"""On 15 August 2023, a truce between the 444 Brigade and Rada was announced in Tripoli (Tripoli) after mediation by the Souq al-Jumaa elders; the detained commander was handed to a neutral party. Agreement. No fatalities.""",
[], "truce: negative; Tripoli, Libya"),

("ly-zawiya-drones", "2023-06-01 09:10", "",
"""On 25 May 2023, drones of the Government of National Unity struck boats and buildings in Zawiya (Zawiya) that the government said belonged to fuel smugglers and people traffickers. No fatalities reported.""",
[(AIR, "LY", "Zawiya", 0, "2023-05-25", "Government of National Unity", "smugglers")],
"government drone strike"),

("ly-benghazi-parade", "2024-06-03 11:20", "",
"""On 27 May 2024, the LNA held a military parade in Benghazi (Benghazi) to mark ten years of Operation Dignity, with tanks and aircraft on display. No incidents.""",
[], "parade: negative"),

("eg-bir-al-abd-ied", "2023-01-06 10:05", "Egypt: North Sinai",
"""On 28 December 2022, an IED struck an army vehicle south of Bir al-Abd (Bir al-Abd, North Sinai). Wilayat Sinai (IS) claimed. 3 soldiers killed.""",
[(IED, "EG", "Bir al-Abd", 3, "2022-12-28", "Wilayat Sinai", "Egypt")],
"roadside bomb; claimed"),

("eg-sinai-tribes", "2024-05-08 12:00", "",
"""On 1 May 2024, the creation of the Union of Sinai Tribes, an alliance of tribal fighters who had fought IS alongside the army, was announced at a gathering in Al-Arish (North Sinai). Strategic development: new group formed. No fatalities.""",
[], "new armed alliance formed: negative; past fighting is background"),

("ug-mpondwe-school", "2023-06-24 08:15", "Uganda: Kasese",
"""On 16 June 2023, ADF militants attacked Lhubiriha Secondary School in Mpondwe (Kasese, Western), burning a dormitory and attacking students with machetes and guns, then took six students towards the Congolese border. Fatalities: 42 (37 students).""",
[(CIV, "UG", "Mpondwe", 42, "2023-06-16", "Allied Democratic Forces", "civilians")],
"Congolese border named, but it happened in Uganda; '37 students' is part of 42"),

("ug-kasese-recruiters", "2024-02-22 13:40", "",
"""In February 2024 (month of), Ugandan police said ADF recruiters had been offering money to young men in Kasese (Kasese, Western) to cross into DR Congo; four suspects detained. Strategic development: recruitment. No violence.""",
[], "recruitment and arrests: negative"),

("bi-bujumbura-grenades", "2021-09-28 09:30", "",
"""On 20 September 2021, grenades were thrown at a bus station in Bujumbura (Mukaza, Bujumbura Mairie) during the evening rush. Authorities blamed 'criminals'; RED-Tabara was later suspected. 2 killed, dozens injured.""",
[(GRE, "BI", "Bujumbura", 2, "2021-09-20", None, "civilians")],
"grenade attack; 'dozens injured' is no toll"),

("tn-tunis-journalists", "2024-05-20 10:00", "Tunisia: Tunis",
"""On 16 May 2024, journalists and lawyers held a peaceful sit-in outside the journalists' union in Tunis (Tunis) against the arrest of colleagues. [size=about 200] No intervention.""",
[], "peaceful protest: negative"),
]
