from common import *

# Military statements written by helper types for issue 14 (session of 2026-12-07), in
# our own words and without reading the blind items: air strikes told as "air
# operations" and by an air arm's name, a drone that dropped a device, and a ground
# fight with air support (a clash, not an air strike).
FEED = ("dev/cls-types4-statement.rss.xml", "rss", "https://communiques-t4.example.org/releases", "Communiques")
REGISTER = "statement"

ITEMS = [
("tr-air-operation-hakurk", "2024-08-13 10:00", "Statement on the air operation in northern Iraq",
"""In the air operation carried out in the Hakurk region in the north of Iraq on {d-1}, 5 PKK terrorists were neutralised. Our operations against the terrorist organisation continue with determination. We commemorate our martyrs with mercy.""",
[(AIR, "IQ", "Hakurk", None, "d-1", "Turkey", "Kurdistan Workers' Party")],
"an 'air operation' that neutralised fighters (neutralised is no toll): air strike"),

("ng-air-component-lake-chad", "2024-05-27 12:00", "Air Component of Operation Hadin Kai strikes terrorists at Tumbun Rego",
"""The Air Component of Operation Hadin Kai on {d-1} struck a gathering of ISWAP terrorists at Tumbun Rego on the Lake Chad fringes of Borno State, following credible intelligence. Battle damage assessment showed several structures destroyed and many terrorists neutralised.""",
[(AIR, "NG", "Tumbun Rego", None, "d-1", "Nigeria", "Islamic State West Africa Province")],
"a strike by the air component of an operation: air strike"),

("ml-fama-air-cover-clash", "2024-11-05 18:00", "Communique of the General Staff of the Armies",
"""On {d-1}, a unit of the FAMa on patrol was attacked by armed terrorist groups near Boni, in the circle of Douentza. Supported by the air force, our units repelled the assailants and inflicted heavy losses on them. On our side, two soldiers were killed.""",
[(CL, "ML", "Boni", 2, "d-1", "armed terrorist groups", "Mali")],
"a patrol attacked and the attackers repelled with air support: armed clash, not an air strike"),

("ua-airborne-drone-dropped-device", "2024-07-09 08:30", "The occupiers dropped an explosive device from a drone on a civilian car",
"""On {d-1} the Russian army dropped an explosive device from a drone on a civilian car in the village of Stanislav of the Kherson community. The driver, a 61-year-old man, was killed. The prosecutor's office opened criminal proceedings.""",
[(AIR, "UA", "Stanislav", 1, "d-1", "Russia", "civilians")],
"an explosive device dropped from a drone: air/drone strike (the age is no toll)"),
]
