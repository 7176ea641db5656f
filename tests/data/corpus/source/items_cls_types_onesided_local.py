from common import *

# Local press written by helper cls-types for issue 14 (session 6) without reading the
# blind items: people killed as "informers" or while fleeing (violence against
# civilians), and a raid on a police post answered by the police (a clash).
FEED = ("dev/cls-types-onesided-local.rss.xml", "rss", "https://valleytimes.example.in/news", "Valley Times")
REGISTER = "local"

ITEMS = [
("in-kanker-informer", "2025-03-03 07:45", "Maoists kill villager branding him a police informer",
"""KANKER: Cadres of the outlawed CPI (Maoist) killed a police informer, as they called him, in Koyalibeda police station limits on Sunday night, police said. The body of the 38-year-old villager was found on the road with a pamphlet of the party's divisional committee.""",
[(CIV, "IN", "Koyalibeda", 1, "d-1", "CPI (Maoist)", "civilians")],
"an armed group killing a 'police informer': violence against civilians, the age no toll"),

("ng-kwande-post-raid", "2024-08-06 08:20", "Gunmen attack police division in Kwande, officers repel them",
"""MAKURDI - Armed men on Monday attacked the police divisional headquarters in Adikpo, Kwande LGA, but officers on duty returned fire and forced them to flee, the state police command said. One officer and two of the attackers were killed.""",
[(CL, "NG", "Adikpo", 3, "d-1", "Unidentified armed group", "Nigeria")],
"an attack on a police post answered by the police: a clash"),
]
