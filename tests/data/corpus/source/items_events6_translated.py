from common import *

# Translated copy written by helper events6 (session of 2026-12-07) for issue 14, in our
# own words and without reading the blind items: places taken by non-state groups in the
# words a government uses of its own victories ("took back", "re-established control",
# "liberated"), an interception told with its launcher's claim, and a shelling whose
# answer by the other side is told as the reason of the news.
FEED = ("dev/events6-translated.rss.xml", "rss", "https://traduction-monde.example.org/en", "Traduction Monde")
REGISTER = "translated"

ITEMS = [
("cd-m23-took-back-kitshanga", "2025-03-04 10:20", "The M23 rebels took back the locality of Kitshanga",
"""The rebels of the M23 took back on {d-1} the control of the locality of Kitshanga, in the territory of Masisi, after violent combats with the armed forces of the DRC and the Wazalendo, informed local sources. The inhabitants fled towards Mweso.""",
[(NSA, "CD", "Kitshanga", None, "d-1", "M23", "Democratic Republic of Congo")],
"rebels 'took back' a locality from the army: a non-state actor overtakes territory"),

("bf-jnim-control-djibo-post", "2025-08-19 09:40", "The armed terrorist groups re-established their control over Diapaga",
"""Armed terrorist groups re-established on {d-2} their control over the town of Diapaga, in the province of Tapoa, after the soldiers of the detachment withdrew during combats, indicated a security source. The assailants burned the prefecture.""",
[(NSA, "BF", "Diapaga", None, "d-2", "armed terrorist groups", "Burkina Faso")],
"armed groups 're-established their control' over a town: non-state takes territory"),

("ye-houthis-liberated-district", "2025-06-16 13:00", "The forces of Sanaa liberated the district of Harib",
"""The army and popular committees of Sanaa liberated on {d-1} the district of Harib in the governorate of Marib from the mercenaries of the aggression after fierce combats, informed the military spokesman. Dozens of the mercenaries were killed.""",
[(NSA, "YE", "Harib", None, "d-1", "Houthis", "Yemen")],
"the Houthi forces 'liberated' a district from the government's forces: non-state overtakes territory"),

("ru-belgorod-intercept-shelling-claim", "2025-09-09 08:30", "Over the Belgorod region the air defence systems destroyed missiles",
"""On {d-1} the air defence systems on duty intercepted and destroyed over the territory of the Belgorod region four rockets of the system Vampire, informed the Ministry of Defence of Russia. The Ukrainian armed formations had fired the rockets at the city of Belgorod, there are no victims.""",
[(DIS, "RU", "Belgorod", 0, "d-1", "Russia", "Ukraine")],
"an interception and the firing of the rockets it stopped: one event, the interception"),

("ua-nikopol-shelling-answer", "2025-07-24 11:10", "The occupiers shelled Nikopol with heavy artillery, one perished",
"""On {d-1} the Russian occupiers shelled the city of Nikopol with heavy artillery, one man perished and three were wounded, informed the head of the oblast military administration. The artillery of the Defence Forces answered the fire of the enemy.""",
[(SHL, "UA", "Nikopol", 1, "d-1", "Russia", "civilians")],
"a shelling and the defenders answering its fire from elsewhere: one event"),
]
