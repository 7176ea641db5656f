from common import *

# Wire copy written by helper places6 (issue 14, places), without reading the blind
# split: interceptions placed where the weapon was brought down (or aimed), not where it
# was launched from; two acts of one story in two places; a province or state named
# without its country; Tripoli of Lebanon; a street named after a foreign city. The
# team's own words; places are real, events invented or simplified.
FEED = ("dev/places6-wire.rss.xml", "rss", "https://newsroom6.example.org/world", "Newsroom Six")
REGISTER = "wire"

ITEMS = [
("sa-abha-drones-downed", "2021-06-08 09:00", "Saudi defences down drones launched at Abha",
"""Saudi air defences on Monday shot down two explosive-laden drones that the Houthis launched from Yemen towards Abha, the coalition said. Debris fell on a residential area without causing casualties.""",
[(DIS, "SA", "Abha", 0, "d-1", "Saudi Arabia", "Houthis")],
"wire: the interception is over the target city, not the launch country"),

("il-eilat-drone-intercept", "2024-02-22 09:00", "Israel downs missile heading for Eilat",
"""The Israeli military said on Thursday its air defences intercepted a ballistic missile fired from Yemen at the southern city of Eilat. Sirens sounded in the city; no one was hurt.""",
[(DIS, "IL", "Eilat", 0, "d0", "Israel", "Houthis")],
"wire: interception over Eilat; Yemen only where it was fired from"),

("ru-belgorod-drones-downed", "2024-03-14 09:00", "Russia says it downed Ukrainian drones over Belgorod region",
"""Russia's defence ministry said on Wednesday its air defences destroyed 11 Ukrainian drones over the Belgorod region overnight. The regional governor said there were no casualties.""",
[(DIS, "RU", "Belgorod", 0, "d-1", "Russia", "Ukraine")],
"wire: Ukrainian drones brought down over a Russian region"),

("kh-th-border-two-acts", "2025-07-26 09:00", "Thai jets strike Cambodian positions after shelling of Surin",
"""Cambodian artillery shelled villages in Thailand's Surin province on Friday, killing two civilians, Thai officials said. Hours later Thai F-16s bombed Cambodian army positions in Preah Vihear province, Phnom Penh said.""",
[(SHL, "TH", "Surin", 2, "d-1", "Cambodia", "civilians"),
 (AIR, "KH", "Preah Vihear", None, "d-1", "Thailand", "Cambodia")],
"wire: two acts in two countries; the second must not take the first's place"),

("lb-tripoli-clash", "2024-06-11 09:00", "Gunmen clash in Tripoli's Bab al-Tabbaneh",
"""Gunmen from rival families exchanged fire in the Bab al-Tabbaneh district of the northern Lebanese city of Tripoli on Monday, killing one man, the state news agency said. The army deployed in the area.""",
[(CL, "LB", "Tripoli", 1, "d-1", "gunmen", "gunmen")],
"wire: Tripoli of Lebanon, by its demonym"),

("ly-tripoli-militias", "2024-08-15 09:00", "Militias clash in Tripoli",
"""Armed groups fought with heavy weapons in the Tajoura suburb of Tripoli on Wednesday, killing nine people, Libya's emergency medicine centre said.""",
[(CL, "LY", "Tajoura", 9, "d-1", "militias", "militias")],
"wire: Tripoli of Libya, told by Tajoura and Libya"),

("sy-baghdad-street-blast", "2023-11-02 09:00", "Car bomb kills two on Damascus street",
"""A car bomb exploded on Baghdad Street in central Damascus on Wednesday, killing two people, Syrian state media said.""",
[(IED, "SY", "Damascus", 2, "d-1", None, "civilians")],
"wire: a street named after Iraq's capital, in Damascus"),

("cd-south-kivu-clash", "2024-10-22 09:00", "Fighting flares in South Kivu's Mwenga territory",
"""Fighting between the army and a local Mai-Mai militia killed seven people in Mwenga territory of South Kivu province on Monday, a local official said.""",
[(CL, "CD", "Mwenga", 7, "d-1", "DR Congo", "Mai-Mai")],
"wire: a DR Congo territory and province, no country"),

("mz-niassa-raid", "2024-05-10 09:00", "Insurgents raid village in Niassa",
"""Islamic State-linked insurgents raided a village in Mecula district of Niassa province on Thursday, beheading two men, a local administrator said.""",
[(CIV, "MZ", "Mecula", 2, "d-1", "Islamic State Mozambique", "civilians")],
"wire: Niassa province of Mozambique"),

("mm-shan-mndaa", "2024-07-04 09:00", "Fighting on the edge of Lashio in northern Shan State",
"""Fighting between the Myanmar National Democratic Alliance Army and junta troops on the outskirts of Lashio in northern Shan State killed at least eight soldiers on Wednesday, a rebel spokesman said.""",
[(CL, "MM", "Lashio", 8, "d-1", "Myanmar National Democratic Alliance Army", "Myanmar")],
"wire: Shan State of Myanmar; a town of it named first"),

("ph-sulu-clash", "2024-09-03 09:00", "Soldiers clash with Abu Sayyaf remnants in Sulu",
"""Three soldiers were killed when troops clashed with Abu Sayyaf remnants in Patikul town, Sulu province, on Monday, the army said.""",
[(CL, "PH", "Patikul", 3, "d-1", "Philippines", "Abu Sayyaf")],
"wire: a Sulu town (the Sulu Sea is not meant)"),

("so-gedo-airstrike", "2024-04-09 09:00", "Airstrike hits al-Shabaab in Gedo",
"""An airstrike killed 12 al-Shabaab fighters near Bardhere in the Gedo region on Monday, Somalia's state news agency said.""",
[(AIR, "SO", "Bardhere", 12, "d-1", None, "al-Shabaab")],
"wire: Gedo region of Somalia"),

("co-catatumbo-eln", "2025-01-20 09:00", "ELN attack displaces thousands in Catatumbo",
"""ELN guerrillas killed at least 15 people in attacks on villages of Tibu municipality in Norte de Santander on Saturday, the governor said.""",
[(CIV, "CO", "Tibu", 15, "d-2", "ELN", "civilians")],
"wire: Norte de Santander department of Colombia"),

("pk-kurram-convoy", "2024-11-22 09:00", "Gunmen fire on convoy in Kurram, 38 killed",
"""Gunmen opened fire on a convoy of passenger vehicles in Kurram district of Khyber Pakhtunkhwa on Thursday, killing 38 people, officials said.""",
[(CIV, "PK", "Kurram", 38, "d-1", "gunmen", "civilians")],
"wire: Kurram district of Pakistan, no country named"),

("iq-diyala-ied", "2024-01-15 09:00", "Roadside bomb kills soldiers in Diyala",
"""A roadside bomb killed three Iraqi soldiers near Khanaqin in Diyala province on Sunday, security sources said.""",
[(IED, "IQ", "Khanaqin", 3, "d-1", None, "Iraq")],
"wire: Diyala of Iraq"),

("ye-hodeidah-strikes", "2024-07-21 09:00", "Israeli jets strike Hodeidah port",
"""Israeli warplanes struck fuel tanks and a power station in the Yemeni port city of Hodeidah on Saturday, killing six people, the Houthi-run health ministry said.""",
[(AIR, "YE", "Hodeidah", 6, "d-1", "Israel", None)],
"wire: a Red Sea port named with its people"),
]
