from common import *

# Event-database notes written by helper places6 (issue 14, places), without reading the
# blind split: villages and towns named only with their district, province, state or
# region, as coders write them ("Village (District, Province)"), in countries the corpus
# covered thinly (DR Congo, Myanmar, Pakistan, Colombia, the Philippines, Somalia,
# Mozambique, Ethiopia, Yemen, Syria, Iraq, the Sahel); a coastal town named with a state
# called like a sea; Niger State against Niger. The team's own words; places are real,
# events invented or simplified.
FEED = ("dev/places6-notes.rss.xml", "rss", "https://ledger6.example.org/events", "Event Ledger Six")
REGISTER = "notes"

ITEMS = [
("cd-djugu-camp-attack", "2024-02-14 08:00", "",
"""On 10 February 2024, CODECO militiamen attacked a camp for displaced people near Fataki (Djugu, Ituri) with machetes and guns. 9 civilians killed. Fatalities: 9.""",
[(CIV, "CD", "Fataki", 9, "2024-02-10", "CODECO", "civilians")],
"notes: Ituri province named only by itself; a town of Djugu territory"),

("cd-masisi-m23-clash", "2024-03-09 08:00", "",
"""On 7 March 2024, M23 fighters clashed with FARDC and Wazalendo militia near Nyanzale (Rutshuru, North Kivu). Fighting lasted most of the day. Fatalities: 0 reported.""",
[(CL, "CD", "Nyanzale", 0, "2024-03-07", "M23", "DR Congo")],
"notes: North Kivu with no country named"),

("mm-sagaing-airstrike", "2024-05-30 08:00", "",
"""On 27 May 2024, a Myanmar military aircraft bombed Kan Thar Yar village (Shwebo, Sagaing region). 30 civilians killed, including children. Fatalities: 30.""",
[(AIR, "MM", "Kan Thar Yar", 30, "2024-05-27", "Myanmar", "civilians")],
"notes: Sagaing region; the village unknown to the gazetteer"),

("mm-rakhine-aa-seize", "2024-01-18 08:00", "",
"""On 16 January 2024, the Arakan Army seized the town of Paletwa (Paletwa, Chin State) after the last junta battalion withdrew. Fatalities: unknown.""",
[(NSA, "MM", "Paletwa", None, "2024-01-16", "Arakan Army", "Myanmar")],
"notes: Chin State"),

("pk-north-waziristan-ied", "2024-04-03 08:00", "",
"""On 1 April 2024, an IED struck a Frontier Corps vehicle near Mir Ali (North Waziristan, Khyber Pakhtunkhwa). 3 soldiers killed. Fatalities: 3.""",
[(IED, "PK", "Mir Ali", 3, "2024-04-01", None, "Pakistan")],
"notes: a district and a province of Pakistan, no country named"),

("pk-kech-bla-ambush", "2024-08-28 08:00", "",
"""On 26 August 2024, BLA fighters ambushed a police post near Turbat (Kech, Balochistan). 4 policemen and 2 attackers killed. Fatalities: 6.""",
[(CL, "PK", "Turbat", 6, "2024-08-26", "Baloch Liberation Army", "Pakistan")],
"notes: Balochistan of Pakistan (not Iran's Sistan-Baluchestan)"),

("co-cauca-dissidents", "2024-05-22 08:00", "",
"""On 20 May 2024, FARC-EMC dissidents attacked the police station of Morales (Morales, Cauca) with explosives and rifles. 2 policemen killed. Fatalities: 2.""",
[(CL, "CO", "Morales", 2, "2024-05-20", "FARC dissidents", "Colombia")],
"notes: a Colombian municipality named like a surname, with its department"),

("co-arauca-eln-drone", "2024-09-18 08:00", "",
"""On 17 September 2024, the ELN dropped explosives from a drone on an army post in Puerto Jordan (Tame, Arauca). 1 soldier killed, 5 wounded. Fatalities: 1.""",
[(AIR, "CO", "Puerto Jordan", 1, "2024-09-17", "ELN", "Colombia")],
"notes: Arauca department; Jordan inside a town's name"),

("ph-maguindanao-clash", "2023-12-05 08:00", "",
"""On 3 December 2023, Dawlah Islamiyah militants clashed with army troops in Datu Hoffer (Maguindanao del Sur, BARMM). 2 soldiers and 4 militants killed. Fatalities: 6.""",
[(CL, "PH", "Datu Hoffer", 6, "2023-12-03", "Dawlah Islamiyah", "Philippines")],
"notes: a Mindanao province and region, no country"),

("ph-samar-npa", "2024-02-20 08:00", "",
"""On 18 February 2024, NPA fighters fired on an army patrol in Las Navas (Northern Samar). 1 soldier killed. Fatalities: 1.""",
[(CL, "PH", "Las Navas", 1, "2024-02-18", "New People's Army", "Philippines")],
"notes: Northern Samar province"),

("so-hiiraan-shabaab", "2024-06-04 08:00", "",
"""On 2 June 2024, al-Shabaab fighters attacked a ma'awisley militia base in Mahas (Hiraan). 5 militiamen killed. Fatalities: 5.""",
[(CL, "SO", "Mahas", 5, "2024-06-02", "al-Shabaab", "Macawisley")],
"notes: Hiraan region of Somalia"),

("so-lower-shabelle-mortar", "2024-07-11 08:00", "",
"""On 9 July 2024, al-Shabaab fired mortars at an African Union base in Bariire (Afgooye, Lower Shabelle). No fatalities reported. Fatalities: 0.""",
[(SHL, "SO", "Bariire", 0, "2024-07-09", "al-Shabaab", "AUSSOM")],
"notes: Lower Shabelle region; the village unknown to the gazetteer"),

("mz-cabo-delgado-beheadings", "2024-03-02 08:00", "",
"""On 28 February 2024, ISM fighters beheaded 3 villagers in Mucojo (Macomia, Cabo Delgado). Fatalities: 3.""",
[(CIV, "MZ", "Mucojo", 3, "2024-02-28", "Islamic State Mozambique", "civilians")],
"notes: Cabo Delgado with no country"),

("et-amhara-drone", "2024-01-24 08:00", "",
"""On 21 January 2024, an ENDF drone struck a minibus near Merawi (Mecha, West Gojjam, Amhara). 7 civilians killed. Fatalities: 7.""",
[(AIR, "ET", "Merawi", 7, "2024-01-21", "Ethiopia", "civilians")],
"notes: Amhara region, three levels"),

("et-oromia-ola", "2024-04-15 08:00", "",
"""On 13 April 2024, OLA fighters abducted 12 passengers from a bus near Gerba Guracha (North Shewa, Oromia). Fatalities: 0.""",
[(ABD, "ET", "Gerba Guracha", 0, "2024-04-13", "Oromo Liberation Army", "civilians")],
"notes: Oromia region, a zone named like Amhara's"),

("ye-taiz-sniper", "2024-05-08 08:00", "",
"""On 6 May 2024, a Houthi sniper shot dead a child in Al-Wazi'iyah (Taizz). Fatalities: 1.""",
[(CIV, "YE", "Al-Wazi'iyah", 1, "2024-05-06", "Houthis", "civilians")],
"notes: a Yemeni governorate written Taizz"),

("ye-marib-shelling", "2024-03-19 08:00", "",
"""On 17 March 2024, Houthi forces shelled government positions in Sirwah (Marib). 2 soldiers killed. Fatalities: 2.""",
[(SHL, "YE", "Sirwah", 2, "2024-03-17", "Houthis", "Yemen")],
"notes: Marib governorate"),

("sd-suakin-drone", "2025-05-10 08:00", "",
"""On 8 May 2025, an RSF drone struck a fuel store in Suakin (Suakin, Red Sea state). No fatalities. Fatalities: 0.""",
[(AIR, "SD", "Suakin", 0, "2025-05-08", "Rapid Support Forces", None)],
"notes: a coastal town of Sudan's Red Sea state, not the sea"),

("sd-port-sudan-hotel", "2025-05-09 08:00", "SDN: Red Sea",
"""On 6 May 2025, RSF drones hit a hotel near the seaport of Port Sudan (Port Sudan, Red Sea). No fatalities. Fatalities: 0.""",
[(AIR, "SD", "Port Sudan", 0, "2025-05-06", "Rapid Support Forces", None)],
"notes: a city named with its state, which is named like the sea"),

("ng-kukawa-iswap", "2024-09-12 08:00", "",
"""On 10 September 2024, ISWAP fighters overran a military post in Kukawa, Borno, Nigeria, and burned vehicles. 5 soldiers killed. Fatalities: 5.""",
[(CL, "NG", "Kukawa", 5, "2024-09-10", "ISWAP", "Nigeria")],
"notes: a town written with its state and country"),

("ng-niger-state-bandits", "2024-06-26 08:00", "",
"""On 24 June 2024, bandits abducted 20 villagers from Kuchi (Munya, Niger State). Fatalities: 0.""",
[(ABD, "NG", "Kuchi", 0, "2024-06-24", "bandits", "civilians")],
"notes: Niger State of Nigeria, not Niger"),

("ne-tillaberi-ambush", "2024-03-23 08:00", "",
"""On 21 March 2024, IS Sahel militants ambushed a Nigerien army patrol near Teguey (Tillaberi). 23 soldiers killed. Fatalities: 23.""",
[(CL, "NE", "Teguey", 23, "2024-03-21", "Islamic State Sahel", "Niger")],
"notes: Tillaberi region of Niger"),

("ml-segou-jnim", "2024-08-02 08:00", "",
"""On 31 July 2024, JNIM militants attacked a wedding in Djiguibombo (Bandiagara, Mopti). 20 civilians killed. Fatalities: 20.""",
[(CIV, "ML", "Djiguibombo", 20, "2024-07-31", "JNIM", "civilians")],
"notes: Mopti region of Mali"),

("sy-deir-ezzor-clash", "2024-08-10 08:00", "",
"""On 8 August 2024, tribal fighters clashed with SDF members in Dhiban (Deir ez-Zor). 6 fighters killed. Fatalities: 6.""",
[(CL, "SY", "Dhiban", 6, "2024-08-08", "tribal fighters", "Syrian Democratic Forces")],
"notes: Deir ez-Zor governorate"),

("iq-kirkuk-ied", "2024-02-28 08:00", "",
"""On 26 February 2024, an IED exploded near an army vehicle in Daquq (Kirkuk). 2 soldiers killed. Fatalities: 2.""",
[(IED, "IQ", "Daquq", 2, "2024-02-26", None, "Iraq")],
"notes: a district of Kirkuk governorate"),

("bf-burkinabe-villages", "2024-05-17 08:00", "",
"""On 15 May 2024, JNIM militants attacked two Burkinabe villages near the Malian border, north of Thiou (Yatenga). 14 civilians killed. Fatalities: 14.""",
[(CIV, "BF", "Thiou", 14, "2024-05-15", "JNIM", "civilians")],
"notes: a demonym of the villages, the neighbour named only as a border"),
("ng-bassa-plateau-raid", "2025-04-16 08:00", "",
"""On 14 April 2025, gunmen raided Zike (Bassa, Plateau) at night and shot residents in their homes. 52 civilians killed. Fatalities: 52.""",
[(CIV, "NG", "Zike", 52, "2025-04-14", "gunmen", "civilians")],
"notes: Plateau, a state named by a common word, closing a list after an LGA the gazetteer lacks"),

("et-korahe-somali-clash", "2024-10-08 08:00", "",
"""On 6 October 2024, ONLF fighters clashed with regional special forces near Kebri Dahar (Korahe, Somali). 4 fighters killed. Fatalities: 4.""",
[(CL, "ET", "Kebri Dahar", 4, "2024-10-06", "ONLF", "Ethiopia")],
"notes: Ethiopia's Somali region, written like the people; not Somalia"),

("ss-unity-cattle-raid", "2024-02-12 08:00", "",
"""On 10 February 2024, armed youth from a neighbouring county raided cattle camps near Bentiu (Rubkona, Unity) and shot herders. 11 killed. Fatalities: 11.""",
[(CIV, "SS", "Bentiu", 11, "2024-02-10", "armed youth", "civilians")],
"notes: South Sudan's Unity state, written by a common word after a county"),

("mm-chin-tedim-airstrike", "2024-11-20 08:00", "",
"""On 18 November 2024, a junta jet bombed a church compound in Tedim (Tedim, Chin). 5 civilians killed. Fatalities: 5.""",
[(AIR, "MM", "Tedim", 5, "2024-11-18", "Myanmar", "civilians")],
"notes: Chin State of Myanmar written without its noun, closing the list"),

("gt-quiche-village-killings", "1988-10-12 08:00", "",
"""On 9 October 1988, a death squad killed four peasants in the village of Chupol (Chichicastenango, Quiche). Fatalities: 4.""",
[(CIV, "GT", "Chupol", 4, "1988-10-09", "death squad", "civilians")],
"notes: Quiche department of Guatemala, written by a name the gazetteer keeps out of running text"),
]
