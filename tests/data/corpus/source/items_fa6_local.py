from common import *

# Local English-language press written by helper fa6 for issue 14 (session of
# 2026-12-07), in our own words and without reading the blind items.
FEED = ("dev/fa6-local.rss.xml", "rss", "https://fa6-local.example.ng/news", "FA6 Local")
REGISTER = "local"

ITEMS = [
("ng-super-eagles-attack", "2024-06-08 21:00", "Super Eagles' attack fires blanks in Uyo",
"""Nigeria's strikers wasted chance after chance as the Super Eagles were held 1-1 by South Africa in Uyo on Friday. Coach Finidi George said his forwards must be more clinical when they face Benin in Abidjan on Monday.""",
[],
"local: football attack and strikers: no event"),

("pk-lahore-police-encounter-robbers", "2024-01-23 09:40", "Two robbers killed in police encounter in Lahore",
"""Two suspected robbers were killed in an exchange of fire with police in Lahore's Shadbagh area on Monday night, police said. The suspects had snatched cash and mobile phones from a shopkeeper and opened fire on a patrol when signalled to stop. A constable was injured.""",
[],
"local: police kill two robbers in an encounter, a crime: no event"),

("ke-garissa-anniversary", "2025-04-02 10:15", "Garissa remembers 148 killed in university attack ten years on",
"""Students and families gathered at Garissa University on Wednesday to remember the 148 people, most of them students, who were killed when Al Shabaab gunmen stormed the campus in April 2015. Candles were lit at the hostel where most of the victims died.""",
[],
"local: a tenth anniversary of a massacre: no event"),

("gh-bawku-curfew-reviewed", "2024-12-12 16:20", "Interior minister relaxes Bawku curfew as calm returns",
"""The Interior Minister has reduced the curfew hours in Bawku and its environs to 10pm to 5am following a period of relative calm, according to a statement. The curfew was imposed after renewed clashes between the Kusasi and Mamprusi communities. Residents are reminded that the ban on carrying arms remains in force.""",
[],
"local: a curfew relaxed, the clashes that brought it are background: no event"),

("in-manipur-arms-surrender", "2024-02-29 12:00", "Militants surrender 40 weapons in Imphal East",
"""Members of a valley-based armed group surrendered 40 weapons, including rifles and a mortar, and 2,000 rounds of ammunition to the Assam Rifles at a ceremony in Imphal East on Wednesday. Officials said the surrender followed months of talks.""",
[],
"local: an arms surrender: no event"),

("ng-zamfara-bandits-village-local", "2024-05-29 08:30", "Bandits kill 12 villagers in Zamfara raid",
"""Armed bandits on motorcycles invaded Dan Isa village in Kaura Namoda Local Government Area of Zamfara State on Tuesday, killing 12 villagers, residents said.""",
[(CIV, "NG", "Kaura Namoda", 12, "d-1", "bandits", "civilians")],
"local: bandits raid a village: one event"),
]
