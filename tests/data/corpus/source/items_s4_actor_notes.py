from common import *

# Event-database notes written for issue 14's actor rules (session 4, cls-actor): state
# forces written the way a database names them ("Military Forces of X (2021-)"), an
# unnamed armed group written "Unidentified Armed Group (X)", a foreign force acting in
# another country, a group named once by acronym and once in full, and negatives that
# name forces with no act. In the team's own words, without reading the blind split.
FEED = ("dev/s4-actor-notes.rss.xml", "rss", "https://eventledger.example.org/notes", "Event Ledger: Coded Notes")
REGISTER = "notes"

ITEMS = [
("sy-deir-foreign-air", "2024-03-30 09:10", "Syria: Deir ez-Zor",
"""On 26 March 2024, Military Forces of the United States (2021-) conducted air strikes on a weapons depot used by an Iran-backed militia near Al-Bukamal (Al-Bukamal, Deir ez-Zor). The United States said the strikes answered a drone attack on its troops. Fatalities: 8.""",
[(AIR, "SY", "Al-Bukamal", 8, "2024-03-26", "United States", "Iran-backed militia")],
"notes: a foreign state's forces named database-style act in Syria; Syria is no party"),

("ng-zamfara-unidentified", "2024-07-15 07:55", "",
"""On 9 July 2024, an Unidentified Armed Group (Nigeria) attacked Tungar Kwana village (Maru, Zamfara) at night, shooting residents and burning granaries. Fatalities: 11.""",
[(CIV, "NG", "Tungar Kwana", 11, "2024-07-09", "Unidentified Armed Group (Nigeria)", "civilians")],
"notes: an unnamed group written as a database does; Nigeria is the place, not the attacker"),

("ml-menaka-acronym", "2024-02-20 16:30", "Mali: Menaka",
"""On 14 February 2024, fighters of the Islamic State Sahel Province clashed with MSA combatants near Inekar (Menaka, Menaka). ISSP later said it had taken the MSA position. Fatalities: 6.""",
[(CL, "ML", "Inekar", 6, "2024-02-14", "Islamic State Sahel", "MSA")],
"notes: the group named in full first and by acronym after"),

("cd-ituri-codeco-civ", "2024-10-05 12:20", "",
"""On 1 October 2024, CODECO militiamen attacked a displacement site at Lala (Djugu, Ituri) with machetes and firearms. The victims were displaced civilians. Military Forces of the Democratic Republic of Congo (2019-) arrived after the attackers had left. Fatalities: 9.""",
[(CIV, "CD", "Lala", 9, "2024-10-01", "CODECO", "civilians")],
"notes: one-sided violence: the target is civilians, and the army that came later is no party"),

("ua-kharkiv-russian-forces", "2024-05-22 10:00", "Ukraine: Kharkiv",
"""On 19 May 2024, Military Forces of Russia (2000-) shelled the centre of Vovchansk (Chuhuiv, Kharkiv) with artillery and glide bombs. Fatalities: 3.""",
[(SHL, "UA", "Vovchansk", 3, "2024-05-19", "Russia", "civilians")],
"notes: the foreign force is the initiator, not Ukraine"),

("pk-kurram-police-patrol-negative", "2024-11-02 08:15", "",
"""On 29 October 2024, Police Forces of Pakistan (2022-) and Frontier Corps personnel held a joint flag march through Parachinar (Kurram, Khyber Pakhtunkhwa) ahead of peace talks between tribal elders. No incident was reported.""",
[], "negative: forces named database-style, a patrol with no act"),
]
