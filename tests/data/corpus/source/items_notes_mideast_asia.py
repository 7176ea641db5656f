from common import *

FEED = ("dev/notes-mideast-asia.atom.xml", "atom", "https://tracker.example.com/notes", "Event Tracker Notes: Middle East and Asia")
REGISTER = "notes"

# Terse event-database notes, the Middle East, South, Central and Southeast Asia. Written
# for the corpus; drawn from public reporting, simplified, some details invented.

ITEMS = [
("ye-true-confidence", "2024-03-13 09:30", "YEM: Gulf of Aden",
"""On 6 March 2024, a Houthi anti-ship ballistic missile hit the bulk carrier True Confidence in the Gulf of Aden, about 50 nautical miles south-west of Aden. The crew abandoned ship. 3 crew killed, 4 injured.""",
[(SHL, None, "Gulf of Aden", 3, "2024-03-06", "Houthis", "civilians")],
"missile on a ship at sea: no country; Aden only as a distance"),

("ye-hodeidah-strikes", "2024-01-19 14:10", "",
"""On 12 January 2024, US and UK aircraft and ship-launched missiles hit Houthi radar, storage and launch sites around Hodeidah (Al Hudaydah) and elsewhere in Yemen. The Houthis said 5 of their fighters were killed.""",
[(AIR, "YE", "Hodeidah", 5, "2024-01-12", "United States", "Houthis")],
"foreign air strikes; 'of their fighters' is the toll"),

("ye-carney-intercepts", "2023-10-26 08:00", "Event 2023-10-19",
"""On 19 October 2023, the US destroyer USS Carney, sailing in the northern Red Sea, shot down three cruise missiles and several drones launched from Yemen by the Houthis, possibly towards Israel. No damage or casualties.""",
[(DIS, None, "Red Sea", 0, "2023-10-19", "United States", "Houthis")],
"interception at sea: no country; Yemen and Israel are launch and target, not the place"),

("ye-maqbanah-mine", "2023-09-04 10:45", "",
"""On 27 August 2023, a landmine went off under children herding goats in Maqbanah (Maqbanah, Taiz); local authorities blamed mines laid by Houthi forces. 2 children killed, 1 injured.""",
[(IED, "YE", "Maqbanah", 2, "2023-08-27", "Houthis", "civilians")],
"landmine on children"),

("ye-mudiyah-ied", "2023-08-21 12:25", "Yemen: Abyan",
"""On 12 August 2023, AQAP detonated an IED against a vehicle of Southern Transitional Council forces in Mudiyah (Mudiyah, Abyan). Fatalities: 2 STC.""",
[(IED, "YE", "Mudiyah", 2, "2023-08-12", "AQAP", "STC")],
"roadside bomb between two non-state forces"),

("ye-prisoner-swap", "2023-04-20 13:00", "",
"""From 14 to 16 April 2023, the Houthis and the Saudi-led coalition exchanged nearly 900 prisoners in flights between Sanaa, Aden, Marib and Saudi Arabia, under an agreement reached in Switzerland. No violence.""",
[], "prisoner exchange: negative"),

("ye-summer-camps", "2024-06-18 09:15", "Yemen: Sanaa",
"""In June 2024 (month of), the Houthis opened summer camps in schools in Sanaa (Amanat al Asimah) that local sources described as military recruitment and training for boys. Strategic development: recruitment. No fatalities.""",
[], "recruitment: negative"),

("sy-aleppo-offensive", "2024-12-06 10:40", "Syria: Aleppo",
"""On 29 November 2024, HTS-led opposition factions entered the western neighbourhoods of Aleppo city (Jebel Saman, Aleppo) after a two-day offensive launched from Idlib; by the next day government forces had left most of the city. Fatalities: no figure for the city itself.""",
[(NSA, "SY", "Aleppo", None, "2024-11-29", "Hayat Tahrir al-Sham", "Syria")],
"rebels take a city"),

("sy-mezzeh-consulate", "2024-04-09 08:20", "",
"""On 1 April 2024, an air strike attributed to Israel destroyed the consular building next to the Iranian embassy in Mezzeh, Damascus (Damascus). Seven IRGC officers were killed, two generals among them. Fatalities: 16 (the others Syrians and members of allied groups).""",
[(AIR, "SY", "Mezzeh", 16, "2024-04-01", "Israel", "Iran")],
"foreign strike on a third country's mission in Syria; closing count above the IRGC figure"),

("sy-khan-shaykhun", "2017-04-12 11:00", "Syria: Idlib",
"""On 4 April 2017, in the early morning, a Syrian Arab Air Force aircraft dropped a munition containing a nerve agent on Khan Shaykhun (Khan Shaykhun, Idlib). Victims showed signs of sarin exposure. The government denied using chemical weapons. Fatalities: 89.""",
[(CHEM, "SY", "Khan Shaykhun", 89, "2017-04-04", "Syria", "civilians")],
"chemical weapon dropped from the air: chemical, not air strike; the denial is not an event"),

("sy-douma-chlorine", "2018-04-16 09:10", "",
"""On 7 April 2018, in the evening, a gas cylinder dropped from a helicopter hit the roof of a residential building in Douma (Douma, Rural Damascus), during the government offensive on the town held by Jaish al-Islam. Rescuers found families dead in the basement with foam at the mouth. Local medics: 43 dead from the gas; figures for the day's bombardment as a whole are higher. Fatalities: 43.""",
[(CHEM, "SY", "Douma", 43, "2018-04-07", "Syria", "civilians")],
"helicopter-dropped chlorine: chemical weapon; the wider offensive is not split out"),

("sy-tishreen-dam", "2025-01-23 09:50", "",
"""Near Tishreen Dam (Manbij, Aleppo): on 14 January 2025, SNA factions attacked SDF positions on the western approach to the dam; fighting for several hours left 5 SNA and 2 SDF fighters dead. On 15 January 2025, a Turkish drone struck a convoy of civilians driving to the dam to protest; 3 civilians killed.""",
[(CL, "SY", "Tishreen Dam", 7, "2025-01-14", "Syrian National Army", "Syrian Democratic Forces"),
 (AIR, "SY", "Tishreen Dam", 3, "2025-01-15", "Turkey", "civilians")],
"two events, consecutive days: clash and a foreign drone strike"),

("sy-mar-elias", "2025-06-30 10:05", "Event 2025-06-22",
"""On 22 June 2025, a gunman opened fire and then detonated an explosive vest inside the Mar Elias church in Dweila, Damascus (Damascus) during Sunday mass. The interior ministry blamed an IS cell. Fatalities: 25.""",
[(SUI, "SY", "Dweila", 25, "2025-06-22", "Islamic State", "civilians")],
"shooting then suicide vest: suicide bomb"),

("sy-baniyas-killings", "2025-03-17 15:15", "",
"""Between 7 and 9 March 2025, government-affiliated forces and allied factions, sent to the coast after Assad loyalists attacked security forces, killed Alawite civilians house by house in Baniyas (Baniyas, Tartus) and nearby villages. Fatalities: hundreds across the coast; no separate figure for Baniyas.""",
[(CIV, "SY", "Baniyas", None, None, "Syria", "civilians")],
"government forces killing civilians; range, no toll; the loyalist attacks are background"),

("sy-victory-conference", "2025-02-04 12:00", "Syria: Damascus",
"""On 29 January 2025, at a 'victory conference' in Damascus, the armed factions that toppled the government, HTS among them, announced their dissolution and integration into a new army; Ahmed al-Sharaa was named president for the transition. Strategic development. No violence.""",
[], "groups dissolve, leadership named: negative"),

("sy-sdf-deal", "2025-03-14 16:30", "",
"""On 10 March 2025, SDF commander Mazloum Abdi and interim president al-Sharaa signed an agreement in Damascus to integrate the SDF's civil and military institutions into the state. Agreement.""",
[], "agreement: negative"),

("iq-sinjar-drone", "2023-08-30 07:45", "IRQ - Nineveh",
"""On 23 August 2023, a Turkish drone struck a vehicle near Sinjar (Sinjar, Nineveh), killing 3 members of the YBŞ (Sinjar Resistance Units), who are affiliated with the PKK. Turkish intelligence said it targeted a PKK commander.""",
[(AIR, "IQ", "Sinjar", 3, "2023-08-23", "Turkey", "Sinjar Resistance Units")],
"foreign drone strike in Iraq"),

("iq-wadi-al-shay", "2024-03-14 11:35", "",
"""On 6 March 2024, at night, IS militants attacked an Iraqi army outpost in Wadi al-Shay (Kirkuk). 3 soldiers and 2 IS militants killed.""",
[(CL, "IQ", "Wadi al-Shay", 5, "2024-03-06", "Islamic State", "Iraq")],
"split toll summed; no closing line"),

("iq-ain-al-asad", "2024-01-27 09:00", "IRQ-Anbar",
"""On 20 January 2024, the Islamic Resistance in Iraq fired ballistic missiles and rockets at Ain al-Asad air base (Hit, Anbar). Most were intercepted by the base's air defences; others struck inside the base. Several US personnel and an Iraqi soldier injured; no deaths.""",
[(SHL, "IQ", "Ain al-Asad", 0, "2024-01-20", "Islamic Resistance in Iraq", "United States"),
 (DIS, "IQ", "Ain al-Asad", 0, "2024-01-20", "United States", "Islamic Resistance in Iraq")],
"part intercepted, part struck: an attack and a disrupted use"),

("iq-erbil-missiles", "2024-01-23 10:25", "",
"""Late on 15 January 2024, IRGC ballistic missiles hit residential areas near the US consulate in Erbil (Erbil, Kurdistan Region). Iran said it had struck an 'Israeli spy headquarters'. 4 civilians killed, among them a businessman and his infant daughter.""",
[(SHL, "IQ", "Erbil", 4, "2024-01-15", "Iran", "civilians")],
"missile attack by a foreign state; Iran's claim is not a second event"),

("iq-tahrir-rally", "2022-10-03 13:20", "Iraq: Baghdad",
"""On 1 October 2022, several thousand people rallied peacefully in Tahrir Square, Baghdad (Baghdad) on the anniversary of the 2019 protest movement. [size=several thousand] No intervention reported.""",
[], "anniversary rally: negative"),

("iq-green-zone-riot", "2022-08-03 09:40", "",
"""On 27 July 2022, supporters of Moqtada al-Sadr broke through barriers into the Green Zone in Baghdad (Baghdad) and occupied the parliament building for several hours; police used tear gas and water cannon. Riot. No fatalities.""",
[], "riot: negative"),

("iq-hillah-depot-fire", "2023-07-28 15:00", "",
"""On 22 July 2023, fire broke out in an ammunition store at a PMF base near Hillah (Hillah, Babil), setting off explosions for about an hour. The PMF attributed it to high temperatures and ruled out an attack. No casualties.""",
[], "depot fire due to heat: accident, negative"),

("lb-pagers", "2024-09-25 08:30", "",
"""On 17 September 2024, pagers used by Hezbollah members exploded almost simultaneously across Lebanon, mostly in Beirut's southern suburbs, the south and the Bekaa. 12 killed, two children among them; about 2,800 injured. On 18 September 2024, a second wave hit handheld radios: 25 killed. Both widely attributed to Israel.""",
[(IED, "LB", None, 12, "2024-09-17", "Israel", "Hezbollah"),
 (IED, "LB", None, 25, "2024-09-18", "Israel", "Hezbollah")],
"remote explosives on two days: two events; no single place"),

("lb-nabatieh-strike", "2024-10-23 12:15", "LBN / Nabatieh",
"""On 16 October 2024, Israeli aircraft struck the municipal building in Nabatieh (Nabatieh, Nabatieh) during a meeting on relief work, killing the mayor and fifteen others.""",
[(AIR, "LB", "Nabatieh", 16, "2024-10-16", "Israel", "civilians")],
"'the mayor and fifteen others' = 16"),

("lb-beddawi-drone", "2024-10-12 09:35", "",
"""On 5 October 2024, an Israeli drone strike hit an apartment in the Beddawi camp near Tripoli (Tripoli, North), killing Hamas official Saeed Atallah, his wife and their two daughters.""",
[(AIR, "LB", "Beddawi", 4, "2024-10-05", "Israel", "Hamas")],
"Tripoli in Lebanon, not Libya; toll in words"),

("lb-ain-al-hilweh", "2023-08-08 14:50", "Lebanon: South",
"""From 29 July to 3 August 2023, Fatah and Islamist factions fought in Ain al-Hilweh camp (Saida, South) after a Fatah security commander was shot dead. Fatalities: 13.""",
[(CL, "LB", "Ain al-Hilweh", 13, None, "Fatah", "Islamist factions")],
"camp fighting over a range; the killing that set it off is background"),

("lb-ceasefire", "2024-12-02 11:00", "",
"""On 27 November 2024, a ceasefire between Israel and Hezbollah, brokered by the US and France, took effect at 4 a.m.; displaced families began returning south. Agreement.""",
[], "ceasefire: negative"),

("lb-port-anniversary", "2023-08-07 10:10", "Lebanon: Beirut",
"""On 4 August 2023, families of the port explosion victims marched peacefully from the fire station to the port of Beirut (Beirut) on the third anniversary, demanding the investigation resume. No intervention.""",
[], "anniversary march of an old explosion: negative"),

("il-nova", "2023-10-16 08:00", "",
"""On 7 October 2023, Hamas gunmen attacked the Nova music festival near Re'im (Eshkol, Southern District) early in the morning, shooting festival-goers as they fled; about 40 people were taken into Gaza as hostages. Fatalities: 364.""",
[(CIV, "IL", "Re'im", 364, "2023-10-07", "Hamas", "civilians"),
 (ABD, "IL", "Re'im", None, "2023-10-07", "Hamas", "civilians")],
"massacre and hostage-taking: two acts; Gaza is where hostages were taken, not the place"),

("ps-jabalia-strike", "2023-11-07 09:20", "Gaza Strip",
"""On 31 October 2023, Israeli air strikes hit a residential block in Jabalia camp (North Gaza). The IDF said it killed Hamas commander Ibrahim Biari. Civil defence: at least 50 killed.""",
[(AIR, "PS", "Jabalia", 50, "2023-10-31", "Israel", "Hamas")],
"air strike in Gaza"),

("ps-huwara", "2023-03-06 13:40", "",
"""On 26 February 2023, hundreds of Israeli settlers attacked Huwara (Nablus) and nearby villages in the evening, setting houses and cars on fire, hours after two settlers were shot dead at a junction in the town. 1 Palestinian killed, about 100 injured.""",
[(CIV, "PS", "Huwara", 1, "2023-02-26", "Israeli settlers", "civilians")],
"settler attack on civilians; the earlier shooting is background"),

("ps-jenin-operation", "2023-07-11 10:00", "West Bank: Jenin",
"""On 3 July 2023, the IDF opened a large operation in Jenin camp (Jenin) with a drone strike on a building used by the Jenin Brigade (no deaths in the strike). Ground forces then fought armed Palestinians in the camp through the day and night. 12 Palestinians and 1 Israeli soldier killed.""",
[(AIR, "PS", "Jenin", 0, "2023-07-03", "Israel", "Jenin Brigade"),
 (CL, "PS", "Jenin", 13, "2023-07-03", "Israel", "Jenin Brigade")],
"a drone strike and a ground clash: two acts"),

("ps-gaza-truce", "2025-01-24 09:00", "",
"""On 19 January 2025, the ceasefire between Israel and Hamas took effect in the Gaza Strip; three Israeli hostages and 90 Palestinian prisoners were released on the first day. Agreement.""",
[], "ceasefire and releases: negative"),

("ps-ramallah-rally", "2024-01-15 12:30", "",
"""On 13 January 2024, several hundred people marched peacefully through Ramallah (Ramallah and al-Bireh) in solidarity with Gaza. No intervention.""",
[], "peaceful march: negative"),

("il-ashkelon-intercepts", "2023-05-17 08:45", "",
"""On 10 May 2023, PIJ fired a salvo of rockets from Gaza towards Ashkelon (Ashkelon, Southern District); all were intercepted by Iron Dome. No casualties.""",
[(DIS, "IL", "Ashkelon", 0, "2023-05-10", "Israel", "Palestinian Islamic Jihad")],
"all intercepted: disrupted weapons use"),

("il-eilat-arrow", "2023-11-16 10:15", "ISR: Southern District",
"""On 9 November 2023, an Arrow interceptor destroyed a surface-to-surface missile launched from Yemen by the Houthis before it reached Eilat (Eilat, Southern District). No damage.""",
[(DIS, "IL", "Eilat", 0, "2023-11-09", "Israel", "Houthis")],
"missile shot down; launched from Yemen, disrupted over Israel"),

("il-tel-aviv-protest", "2023-03-08 11:10", "",
"""On 1 March 2023, protesters against the judicial overhaul blocked the Ayalon highway in Tel Aviv (Tel Aviv); police used stun grenades, water cannon and mounted officers to clear the road and arrested 11. Protest with intervention. No fatalities.""",
[], "stun grenades at a protest: negative"),

("ir-saravan-strikes", "2024-01-25 09:25", "",
"""On 18 January 2024, Pakistani forces struck villages near Saravan (Sistan and Baluchestan) with drones, rockets and stand-off weapons, targeting what Islamabad called BLA and BLF hideouts. Iran said 9 non-Iranian nationals were killed, women and children among them.""",
[(AIR, "IR", "Saravan", 9, "2024-01-18", "Pakistan", "Balochistan Liberation Army")],
"cross-border strikes by Pakistan in Iran"),

("pk-panjgur-strike", "2024-01-24 07:50", "PAK-Balochistan",
"""Late on 16 January 2024, Iranian missiles and drones struck a village near Panjgur (Panjgur, Balochistan); Tehran said it hit Jaish al-Adl bases. Pakistan said 2 children were killed and 3 girls injured.""",
[(AIR, "PK", "Panjgur", 2, "2024-01-16", "Iran", "Jaish al-Adl")],
"cross-border strike by Iran in Pakistan"),

("ir-rajaee-port-blast", "2025-05-02 12:40", "",
"""On 26 April 2025, a huge explosion tore through containers at Shahid Rajaee port near Bandar Abbas (Hormozgan); officials blamed improperly stored chemicals and ruled out sabotage. 57 killed, over 1,000 injured. Accident.""",
[], "port explosion ruled an accident: negative"),

("af-kaaj-centre", "2022-10-08 10:30", "",
"""On 30 September 2022, a suicide bomber blew himself up in a hall of the Kaaj education centre in Dasht-e-Barchi, Kabul (Kabul), where students were sitting a practice university entrance exam. No claim; ISKP suspected. UN: 53 killed, most of them girls and young women.""",
[(SUI, "AF", "Dasht-e-Barchi", 53, "2022-09-30", "Islamic State Khorasan", "civilians")],
"suicide bombing of students; suspected group"),

("af-barmal-airstrikes", "2024-12-31 08:10", "AFG: Paktika",
"""On the night of 24 December 2024, Pakistani jets bombed villages in Barmal (Paktika), striking what Islamabad called TTP hideouts. The Taliban said 46 were killed, mostly women and children, many of them refugees from Waziristan.""",
[(AIR, "AF", "Barmal", 46, "2024-12-24", "Pakistan", "Tehrik-i-Taliban Pakistan")],
"foreign air strike; Waziristan is where refugees came from"),

("af-dara-checkpoint", "2023-05-25 13:05", "",
"""On 17 May 2023, NRF fighters attacked a Taliban checkpoint in Dara (Dara, Panjshir). The NRF claimed 4 Taliban killed; the Taliban denied any casualties. Fatalities: 4 (NRF claim).""",
[(CL, "AF", "Dara", 4, "2023-05-17", "NRF", "Taliban")],
"resistance attack on de facto authorities; claim kept, denial not an event"),

("af-kabul-women", "2022-08-16 09:00", "Afghanistan: Kabul",
"""On 13 August 2022, about 40 women marched in Kabul (Kabul) for 'bread, work and freedom'; Taliban fighters fired into the air and beat some of them to break up the march. Protest with intervention. No fatalities.""",
[], "protest broken up with shots in the air: negative"),

("af-herat-arrests", "2024-04-09 11:40", "",
"""On 2 April 2024, Taliban intelligence officers arrested six men in Herat (Herat) accused of links with ISKP. Arrests. No violence reported.""",
[], "arrests: negative"),

("pk-daraban-attack", "2023-12-20 07:55", "PAK-KP",
"""On 12 December 2023, before dawn, a suicide bomber drove an explosives-laden vehicle into a security forces' compound in Daraban (Dera Ismail Khan, Khyber Pakhtunkhwa); gunmen then opened fire. TJP claimed. Fatalities: 23 soldiers; all 6 attackers also killed.""",
[(SUI, "PK", "Daraban", 29, "2023-12-12", "Tehreek-e-Jihad Pakistan", "Pakistan")],
"suicide vehicle bomb opening a complex attack; soldiers and attackers summed"),

("pk-bajaur-convention", "2023-08-07 09:30", "",
"""On 30 July 2023, a suicide bomber detonated his vest near the stage at a JUI-F workers' convention in Khar (Bajaur, Khyber Pakhtunkhwa). ISKP claimed. The toll rose from 40 on the day to 63.""",
[(SUI, "PK", "Khar", 63, "2023-07-30", "Islamic State Khorasan", "civilians")],
"toll rises; latest figure"),

("pk-harnai-mine", "2024-03-27 10:20", "Pakistan: Balochistan",
"""On 20 March 2024, methane gas exploded in a coal mine in Harnai (Harnai, Balochistan); 12 miners killed. Accident.""",
[], "coal mine explosion in an insurgency province: accident, negative"),

("pk-lahore-ctd-arrests", "2024-08-12 14:00", "",
"""On 5 August 2024, the CTD arrested four suspected TTP members in Lahore (Lahore, Punjab) and recovered explosives and detonators. Arrests; weapons seizure.""",
[], "arrests in Punjab, Pakistan: negative"),

("pk-lahore-pti-rally", "2023-03-16 12:10", "",
"""On 8 March 2023, PTI supporters tried to march in Lahore (Lahore, Punjab) despite a ban; police fired tear gas and used batons, arresting dozens. Protest with intervention. No fatalities in this event.""",
[], "protest with intervention: negative"),

("in-amritsar-grenade", "2024-12-23 08:30", "India: Punjab",
"""Around 3 a.m. on 17 December 2024, a grenade was thrown at the Islamabad police station in Amritsar (Amritsar, Punjab); a wall was damaged, no one hurt. BKI claimed it on social media. No fatalities.""",
[(GRE, "IN", "Amritsar", 0, "2024-12-17", "BKI", "India")],
"a police station named after a foreign city; Punjab in India"),

("in-koutruk-drones", "2024-09-09 10:00", "",
"""On 1 September 2024, suspected Kuki militants attacked Koutruk (Imphal West, Manipur) with gunfire and bombs dropped from drones, the first reported use of armed drones in the conflict. 2 killed, 9 injured.""",
[(AIR, "IN", "Koutruk", 2, "2024-09-01", "Kuki militants", "civilians")],
"drone-dropped bombs by an armed group: air/drone strike"),

("in-srinagar-grenade", "2024-11-11 11:15", "IND-J&K",
"""On 3 November 2024, militants threw a grenade into the crowded Sunday market near the Tourist Reception Centre in Srinagar (Srinagar, Jammu and Kashmir). 12 civilians injured.""",
[(GRE, "IN", "Srinagar", None, "2024-11-03", "militants", "civilians")],
"injuries only: fatalities none"),

("in-reasi-bus", "2024-06-17 09:45", "",
"""On 9 June 2024, militants fired on a bus carrying pilgrims from Shiv Khori near Teryath (Pouni, Reasi); the driver was hit and the bus fell into a gorge. 9 killed, 41 injured.""",
[(CIV, "IN", "Teryath", 9, "2024-06-09", "militants", "civilians")],
"attack on a bus of pilgrims"),

("in-bijapur-ied", "2025-01-13 10:30", "India: Chhattisgarh",
"""On 6 January 2025, Maoists blew up a vehicle carrying DRG personnel with an IED near Ambeli (Kutru, Bijapur). 8 DRG jawans and the civilian driver killed. The team was returning from an operation in Abujhmarh (Narayanpur), where on 4 January 2025 an encounter with Maoists had left 5 Maoists and a head constable dead.""",
[(IED, "IN", "Ambeli", 9, "2025-01-06", "CPI (Maoist)", "India"),
 (CL, "IN", "Abujhmarh", 6, "2025-01-04", "India", "CPI (Maoist)")],
"IED and an earlier encounter told in the same note: two events"),

("in-ulfa-accord", "2024-01-05 12:00", "",
"""On 29 December 2023, the pro-talks faction of ULFA signed a peace accord with the central and Assam governments in New Delhi (New Delhi, Delhi). Agreement.""",
[], "peace accord: negative"),

("in-poonch-cache", "2024-05-28 13:35", "India: J&K",
"""On 21 May 2024, police and army found a hideout in the forest near Surankote (Poonch, Jammu and Kashmir) holding two rifles, ammunition and a radio set. Weapons seizure. No arrests.""",
[], "arms cache found: negative"),

("in-dantewada-surrender", "2024-10-08 10:50", "",
"""On 1 October 2024, 19 Maoists, four of them carrying rewards on their heads, surrendered to police in Dantewada (Dantewada, Chhattisgarh) under the 'Lon Varratu' campaign. Strategic development. No violence.""",
[], "surrender: negative"),

("in-imphal-students", "2024-09-16 09:05", "India: Manipur",
"""On 10 September 2024, students marched on the Raj Bhavan in Imphal (Imphal West, Manipur) demanding action against drone attacks; they threw stones at police, who replied with tear gas. Riot. Several injured, no fatalities.""",
[], "riot about earlier attacks: negative"),

("bd-ruma-bank", "2024-04-10 08:15", "",
"""On 2 April 2024, KNF gunmen raided the Sonali Bank branch in Ruma (Ruma, Bandarban), took the guards' weapons and the cash, and abducted the branch manager. He was later freed. No fatalities.""",
[(ABD, "BD", "Ruma", 0, "2024-04-02", "Kuki-Chin National Front", "civilians")],
"armed group abducts a bank manager; the release is no event"),

("bd-shahbag-rally", "2024-08-12 11:20", "Bangladesh: Dhaka",
"""On 10 August 2024, members of the Hindu community held a peaceful rally at Shahbag, Dhaka (Dhaka) calling for protection after attacks on their homes and temples. [size=thousands] No intervention.""",
[], "peaceful rally about earlier attacks: negative"),

("bd-dhaka-arson", "2024-08-13 09:00", "",
"""On 5 August 2024, after Sheikh Hasina left the country, crowds set fire to the Awami League's central office on Bangabandhu Avenue and to party offices in Dhaka (Dhaka). Riot; property destruction. No fatalities recorded in this event.""",
[], "arson by crowds: riot, negative"),

("mm-pazigyi", "2023-04-19 10:35", "MMR-Sagaing",
"""On 11 April 2023, a Myanmar Air Force jet bombed a crowd gathered for the opening of a local administration office in Pazigyi (Kanbalu, Sagaing); a helicopter then fired on survivors. Counts ranged from 100 to 168. Fatalities: 165 (NUG list).""",
[(AIR, "MM", "Pazigyi", 165, "2023-04-11", "Myanmar", "civilians")],
"air force on a crowd; the coder's list figure"),

("mm-lashio", "2024-08-10 12:05", "",
"""On 3 August 2024, MNDAA fighters captured the Northeastern Command headquarters in Lashio (Lashio, Shan-North) after a month of fighting, taking full control of the town. Fatalities: not reported.""",
[(NSA, "MM", "Lashio", None, "2024-08-03", "Myanmar National Democratic Alliance Army", "Myanmar")],
"armed group takes a regional command"),

("mm-paletwa", "2024-01-22 08:25", "Myanmar: Chin",
"""On 15 January 2024, the Arakan Army announced it had taken Paletwa (Paletwa, Chin) after overrunning the last junta positions around the town. [size=no report]""",
[(NSA, "MM", "Paletwa", None, "2024-01-15", "Arakan Army", "Myanmar")],
"town taken; no toll line"),

("mm-haigeng-truce", "2024-01-17 10:00", "",
"""On 11 January 2024, the junta and the Three Brotherhood Alliance agreed to an immediate ceasefire in northern Shan at talks hosted by China in Kunming. Agreement.""",
[], "ceasefire: negative"),

("mm-lashio-handback", "2025-04-28 09:30", "Myanmar: Shan-North",
"""On 22 April 2025, under a China-brokered deal, the MNDAA withdrew from Lashio (Lashio, Shan-North) and handed the town back to the military. Non-violent transfer of territory. No fatalities.""",
[], "town handed back by agreement: negative"),

("mm-hpakant-landslide", "2023-08-19 13:15", "",
"""On 13 August 2023, a landslide of mining waste buried workers at a jade mine in Hpakant (Hpakant, Kachin). 32 killed. Accident.""",
[], "mining landslide: negative"),

("ph-msu-mass", "2023-12-11 09:40", "",
"""On 3 December 2023, an explosive device went off during a Catholic mass in the gymnasium of Mindanao State University in Marawi (Marawi, Lanao del Sur). IS claimed; police suspect Dawlah Islamiyah-Maute. 4 killed, more than 50 injured.""",
[(IED, "PH", "Marawi", 4, "2023-12-03", "Islamic State", "civilians")],
"planted bomb at a mass"),

("ph-himamaylan-clash", "2024-08-12 10:10", "PHL - Negros Occidental",
"""On 3 August 2024, troops of the Philippine Army exchanged fire with NPA rebels in the hills of Himamaylan (Negros Occidental) for about 30 minutes. 1 NPA and 1 soldier killed.""",
[(CL, "PH", "Himamaylan", 2, "2024-08-03", "Philippines", "New People's Army")],
"firefight; 'Philippine Army' names the country"),

("ph-milf-decommissioning", "2023-10-24 12:00", "",
"""On 18 October 2023, MILF combatants handed in their weapons at a decommissioning ceremony in Sultan Kudarat (Maguindanao del Norte), a further phase of the process under the Bangsamoro agreement. Strategic development. No violence.""",
[], "decommissioning ceremony: negative"),

("th-bannang-sata-bomb", "2024-03-22 09:55", "",
"""On 14 March 2024, a bomb hidden in a parked motorcycle exploded as a ranger patrol passed in Bannang Sata (Yala). BRN suspected. 1 ranger killed, 3 injured.""",
[(IED, "TH", "Bannang Sata", 1, "2024-03-14", "BRN", "Thailand")],
"motorcycle bomb on rangers"),

("th-kl-talks", "2024-02-14 11:30", "Thailand: Deep South",
"""On 6-7 February 2024, the Thai government and the BRN held a round of peace talks in Kuala Lumpur (Malaysia), agreeing on a joint plan for a reduction of violence. Talks. No violence.""",
[], "peace talks: negative"),

("id-paro-pilot", "2023-02-15 08:05", "",
"""On 7 February 2023, TPNPB fighters led by Egianus Kogoya seized New Zealand pilot Phillip Mehrtens after he landed at Paro airstrip (Nduga, Highland Papua) and set his plane on fire; the five passengers were let go. No fatalities.""",
[(ABD, "ID", "Paro", 0, "2023-02-07", "West Papua National Liberation Army", "civilians")],
"abduction of one foreigner in Papua"),

("id-jayapura-march", "2023-12-04 10:15", "Indonesia: Papua",
"""On 1 December 2023, students marked West Papua's 'independence day' with a peaceful march in Abepura, Jayapura (Jayapura City, Papua); police watched without intervening. No incidents.""",
[], "peaceful march: negative"),

("jo-tower-22", "2024-02-04 09:00", "",
"""On 28 January 2024, a one-way attack drone hit living quarters at Tower 22, a US outpost in north-eastern Jordan near the Syrian border. The Islamic Resistance in Iraq claimed. 3 US soldiers killed, 40+ injured.""",
[(AIR, "JO", "Tower 22", 3, "2024-01-28", "Islamic Resistance in Iraq", "United States")],
"an Iraqi group's drone on US troops in Jordan"),

("jo-border-seizure", "2024-05-20 08:40", "Jordan: Mafraq",
"""On 13 May 2024, the Jordanian army intercepted a smuggling party crossing from Syria near Ruwaished (Ruwaished, Mafraq); the smugglers fled back across the border, leaving behind rifles, hand grenades and drugs. Weapons seizure. No exchange of fire, no casualties.""",
[], "border seizure of weapons, grenades among them: negative"),

("ir-tehran-protest", "2022-09-27 12:00", "",
"""On 21 September 2022, protesters over the death in custody of Mahsa Amini gathered near Keshavarz Boulevard in Tehran (Tehran); riot police dispersed them with tear gas and batons and made arrests. Protest with intervention. No fatalities recorded in this event.""",
[], "protest with intervention; a death in custody is no armed incident: negative"),

("kg-batken-border", "2022-09-23 10:45", "Event 2022-09-14",
"""Between 14 and 16 September 2022, Kyrgyz and Tajik forces fought along the border in Batken region, with Tajik troops entering several Kyrgyz villages and both sides using heavy weapons. Fatalities: 104 (63 on the Kyrgyz side, 41 on the Tajik side).""",
[(CL, "KG", "Batken", 104, None, "Tajikistan", "Kyrgyzstan")],
"interstate border fighting over three days: date None"),

("kg-border-treaty", "2025-03-20 12:30", "",
"""On 13 March 2025, the presidents of Kyrgyzstan and Tajikistan signed a treaty on the state border in Bishkek, settling the disputed sections. Agreement.""",
[], "border treaty: negative"),
]
