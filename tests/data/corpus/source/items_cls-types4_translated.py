from common import *

# Translated copy written by helper types for issue 14 (session of 2026-12-07), in our
# own words and without reading the blind items: air strikes told in the officialese
# of another language ("the aviation struck", "dealt blows", "delivered a strike"),
# and a negative where only civil aviation is named.
FEED = ("dev/cls-types4-translated.rss.xml", "rss", "https://tarjama.example.net/news", "Tarjama: the news in English")
REGISTER = "translated"

ITEMS = [
("sy-aviation-struck-maarat", "2024-02-15 09:20", "The aviation struck gatherings of the terrorists in the south of Idlib",
"""The aviation of the Syrian Arab Army struck on {d-1} gatherings of the terrorist formations near the town of Maarat al-Numan in the south of Idlib province, destroying their vehicles and liquidating up to 12 fighters, informed a military source.

According to the source, the strikes were delivered after the terrorists attempted to infiltrate toward the positions of the army.""",
[(AIR, "SY", "Maarat al-Numan", 12, "d-1", "Syria", "terrorist formations")],
"'the aviation of the army struck': an air strike named by its arm, not its aircraft"),

("ua-aviation-dealt-blows", "2024-06-12 07:45", "Aviation of the Air Forces dealt blows to the accumulations of the enemy",
"""Over the past day the aviation of the Defence Forces dealt blows to four areas of accumulation of personnel and equipment of the occupiers near Vovchansk of the Kharkiv oblast, the General Staff informs.

Also, the missile troops hit a command post of the enemy. The losses of the enemy are being clarified.""",
[(AIR, "UA", "Vovchansk", None, None, "Ukraine", "Russia")],
"'aviation dealt blows to accumulations' over the past day: an air strike, no day named"),

("ru-shebekino-aviation-civil", "2024-03-21 16:00", "In Belgorod the civil aviation authority prolonged the closure of the airport",
"""The Federal Agency of Air Transport prolonged until {m9} the regime of limitation of flights in the airport of Belgorod, reports the press service of the agency. The restrictions in the south of the country were introduced in February of 2022 for reasons of safety of civil aviation.

Passengers are recommended to use the airports of Voronezh and Moscow.""",
[], "civil aviation and an airport closed: negative"),

("ye-aggression-aviation-sanaa", "2024-01-24 13:30", "Aviation of the aggression launched raids on the capital",
"""The aviation of the American-British aggression launched on {d-1} night five raids on the area of Al-Dailami near the airport of Sana'a, the channel Al-Masirah informed. There were no data about victims.""",
[(AIR, "YE", "Sana'a", None, "d-1", "United States", None)],
"'the aviation of the aggression launched raids': an air strike, the attacker named by its aviation"),

("ua-terrorist-act-makiivka", "2024-01-14 15:40", "In result of the terrorist act in Makiivka perished peaceful residents",
"""In result of the terrorist act carried out by the armed formations of the Kyiv regime on {d0} morning in the Chervonohvardiiskyi district of Makiivka, three peaceful residents perished, informed the head of the city administration. Two more persons were hospitalised.""",
[(CIV, "UA", "Makiivka", 3, "d0", "Ukraine", "civilians")],
"a 'terrorist act' in which peaceful residents perished: an attack whose kind is not told, on civilians"),

("ye-ansarallah-established-control", "2021-02-20 12:10", "The forces of the army and the popular committees established control over new positions in Marib",
"""The forces of the army and the popular committees of Sana'a established on {d-1} full control over the area of Al-Kassara and the hill of Al-Mashjah west of the city of Marib, after fierce battles with the mercenaries of the aggression, a military source informed.""",
[(NSA, "YE", "Al-Kassara", None, "d-1", "Houthis", "Yemen")],
"'established control over' a place, told by the Houthis' own media as 'the army': the non-state group overtakes it"),
]
