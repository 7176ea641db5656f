from common import *

# RSS teasers written for the places of issue 14: a headline and a sentence that name
# only a state, a province or a district, or a place shared by several countries; and
# negatives. The team's own words.
FEED = ("dev/place-teaser.rss.xml", "rss", "https://briefs-feed.example.com/latest", "Briefs Feed")
REGISTER = "teaser"

ITEMS = [
("zamfara-mosque", "2024-08-11 07:10", "Gunmen kill 9 worshippers in Zamfara mosque",
"""Bandits opened fire on worshippers at a mosque in Tsafe on Saturday night, residents said.""",
[(CIV, "NG", "Tsafe", 9, "d-1", "bandits", "civilians")],
"a Nigerian state and town only"),

("helmand-drone", "2019-09-23 06:00", "Air strike kills 30 at wedding in Helmand's Musa Qala",
"""At least 30 people were killed when an air strike hit a wedding party in Musa Qala district, officials said on Monday.""",
[(AIR, "AF", "Musa Qala", 30, None, None, "civilians")],
"an Afghan province's possessive and district"),

("cabo-delgado-raid", "2024-02-14 09:00", "Insurgents behead 5 in Chiure raid",
"""Insurgents raided villages in Chiure district on Tuesday and beheaded five people, sources in Cabo Delgado said.""",
[(CIV, "MZ", "Chiure", 5, "d-1", "insurgents", "civilians")],
"a Mozambican district and province"),

("kherson-shelling", "2024-05-20 08:30", "Shelling of Beryslav kills two",
"""Russian shelling hit Beryslav in Kherson oblast on Sunday, killing two men, the regional governor said.""",
[(SHL, "UA", "Beryslav", 2, "d-1", "Russia", "civilians")],
"a Ukrainian town and oblast"),

("ituri-codeco", "2024-03-03 10:30", "CODECO attack leaves 12 dead in Djugu",
"""CODECO militiamen attacked a displacement site in Djugu territory on Saturday, killing 12 people, local officials said.""",
[(CIV, "CD", "Djugu", 12, "d-1", "CODECO", "civilians")],
"a Congolese territory only"),

# Negatives.
("borno-flood", "2024-09-11 08:00", "Flood displaces thousands in Borno",
"""Floodwaters from the Alau dam swept through parts of Maiduguri on Tuesday, forcing thousands from their homes.""",
[],
"negative: a flood"),

("punjab-match", "2024-03-18 21:00", "Punjab storm Karachi in opener",
"""Punjab's strikers tore apart the Karachi defence in the first half of the opener on Sunday, winning 3-0.""",
[],
"negative: a football match"),

("sindh-drill", "2024-10-02 07:00", "Rangers hold anti-terror drill in Sukkur",
"""Sindh Rangers held a mock anti-terror drill at Sukkur railway station on Tuesday.""",
[],
"negative: a drill"),
]
