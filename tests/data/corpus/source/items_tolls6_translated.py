from common import *

# Translated bulletins written by helper tolls6 (session of 2026-12-07) for issue 14, in our
# own words and without reading the blind items: a day given in figures (ISO
# "2025-06-14", or day first "14.06.2025"), read as the act's day rather than the day of
# the statement; a victim named by kin ("a father of three children") counted once.
FEED = ("dev/tolls6-translated.rss.xml", "rss", "https://perevod6.example.org/feed", "Perevod Six")
REGISTER = "translated"

ITEMS = [
("ua-marhanets-dotted-date", "2025-06-16 08:30", "Occupiers shelled Marhanets hromada",
"""On 14.06.2025 the Russian occupiers struck Marhanets hromada of the Nikopol district with heavy artillery, informed the head of the regional military administration on Monday. As a result of the shelling a man of 58 years perished, two women were wounded. A private house and a power line were damaged.""",
[(SHL, "UA", "Marhanets", 1, "2025-06-14", "Russia", "civilians")],
"the day in figures (14.06.2025) dates the shelling, not the Monday of the report"),

("ua-kherson-iso-date-drone", "2025-02-12 10:15", "Enemy drone attacked a car in Kherson",
"""2025-02-11, Kherson. An enemy drone dropped an explosive device on a civilian car in the Dniprovskyi district of Kherson, reported the city military administration on Wednesday. The driver, a father of three children, perished on the spot; his passenger received injuries.""",
[(AIR, "UA", "Kherson", 1, "2025-02-11", "Russia", "civilians")],
"an ISO date opens the bulletin; 'a father of three children' is one dead"),

("ml-boni-iso-communique", "2024-11-05 12:00", "Terrorist attack repelled near Boni",
"""The General Staff of the Armies informs that on 2024-11-03 a unit of the FAMa escorting a convoy was attacked by armed terrorist groups near Boni, in the circle of Douentza. The riposte of our forces was vigorous. Four soldiers fell with arms in hand and 12 assailants were killed, their bodies left on the ground.""",
[(CL, "ML", "Boni", 16, "2024-11-03", "armed terrorist groups", "Mali")],
"ISO date in a translated communique; the assailants' dead told apart add: 4 + 12"),
]
