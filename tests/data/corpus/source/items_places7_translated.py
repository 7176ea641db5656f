from common import *

# Translated copy written by helper places7 (issue 14, places), without reading the blind
# split: place names in Spanish, French and Russian spellings (Cordoba, Bolivar, Nord-Kivu,
# Tillabéri, Donetskaya oblast), the acting side's home named as its base, and a strike
# told from the striking state's ministry. The team's own words; places are real, events
# invented or simplified.
FEED = ("dev/places7-translated.rss.xml", "rss", "https://traducciones7.example.org/en", "Traducciones Siete")
REGISTER = "translated"

ITEMS = [
("co-cordoba-montelibano", "2025-04-15 09:00", "Two soldiers murdered in the south of Córdoba",
"""Two soldiers of the National Army were murdered on {d-1} in a rural zone of the municipality of Montelíbano, in the south of the department of Córdoba, when members of the Clan del Golfo attacked them with rifles, informed the Seventh Division. The soldiers were carrying out an operation of control of the territory.""",
[(CL, "CO", "Montelibano", 2, "d-1", "Clan del Golfo", "Colombia")],
"translated: Cordoba department of Colombia, Spanish accents"),

("cd-nord-kivu-masisi", "2025-03-03 09:00", "Masisi: the M23 takes the locality of Nyabiondo",
"""The rebels of the M23 took on {d-1} the control of the locality of Nyabiondo, in the territory of Masisi, province of Nord-Kivu, after fighting against the Wazalendo, reported local sources. The population fled towards Lukweti.""",
[(NSA, "CD", "Nyabiondo", None, "d-1", "M23", "Wazalendo")],
"translated: French-spelled Nord-Kivu, a locality of a territory"),

("ne-tillaberi-accented", "2025-03-24 09:00", "Attack on a mosque in the region of Tillabéri",
"""Armed terrorists attacked the faithful during the prayer in the mosque of the village of Fambita, in the commune of Kokorou, region of Tillabéri, on {d-3}, informed the Ministry of Interior. 44 civilians were killed and 13 wounded. The government decreed a national mourning of three days.""",
[(CIV, "NE", "Fambita", 44, "d-3", "terrorists", "civilians")],
"translated: Tillabéri with its accent"),

("ua-donetskaya-oblast-russian", "2024-07-09 09:00", "The enemy struck Kostiantynivka with aviation bombs",
"""The Russian occupiers on {d-1} struck Kostiantynivka of the Donetsk oblast with two guided aviation bombs, reported the head of the regional military administration. Three residents perished, eight were wounded. Damaged are a school and private houses.""",
[(AIR, "UA", "Kostiantynivka", 3, "d-1", "Russia", "civilians")],
"translated: Russian spelling of the oblast; the occupiers' home not the place"),

("ru-belgorodskaya-drone", "2024-10-30 09:00", "In the Belgorod region a drone of the enemy attacked a car",
"""In the Belgorod region a drone of the Armed Forces of Ukraine attacked a civilian car near the settlement of Shebekino on {d-1}, informed the governor. The driver perished on the spot, a passenger was hospitalized.""",
[(AIR, "RU", "Shebekino", 1, "d-1", "Ukraine", "civilians")],
"translated: a strike inside Russia by the other side"),

("tr-mod-hakurk-claim", "2025-02-12 09:00", "Ministry: 9 terrorists neutralized in the north of Iraq",
"""The Ministry of National Defence informed that in the air operation carried out on {d-1} in the Hakurk region of the north of Iraq, 9 PKK terrorists were neutralized. The operation was carried out to prevent attacks against our country and our borders.""",
[(AIR, "IQ", "Hakurk", None, "d-1", "Turkey", "PKK")],
"translated: a Turkish strike placed in Iraq; the reason clause names Turkey"),

("sy-israeli-aggression-quneitra", "2025-04-03 09:00", "Israeli aggression on the western countryside of Daraa",
"""The Israeli occupation forces carried out an incursion on {d-1} into the village of Koya in the western countryside of Daraa, and opened fire on shepherds grazing their sheep, killing 2 of them, reported the correspondent. The occupation drones also targeted the surroundings of the village.""",
[(CIV, "SY", "Koya", 2, "d-1", "Israel", "civilians")],
"translated: a foreign force in Syria, the countryside of Daraa"),
]
