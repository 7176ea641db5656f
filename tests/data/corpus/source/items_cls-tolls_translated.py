from common import *

# Copy translated from other languages, written by helper tollsdates for issue 14
# (session 10) without reading the blind items: tolls told in words ("perished",
# "lost their lives", "were martyred", "gave their lives"), a count of soldiers and of
# another kind of people joined by "and" before the verb, ages beside tolls, and days
# told against a dateline.
FEED = ("dev/tollsdates-translated.rss.xml", "rss", "https://perekladdesk.example.org/news", "Pereklad Desk")
REGISTER = "translated"

ITEMS = [
("ua-kherson-shelling-perished", "2025-02-11 09:30", "The occupiers shelled Kherson: three perished",
"""On {d-1} the occupiers carried out shelling of the Korabelnyi district of Kherson from barrel artillery. As a result three civilians perished and seven more received wounds of varying severity, informs the head of the oblast military administration. Among the perished is a man of 64 years.""",
[(SHL, "UA", "Kherson", 3, "d-1", "Russia", "civilians")],
"'perished' with an age after the count: 3"),

("ml-kidal-checkpoint-lost-lives", "2025-03-07 12:00", "Attack on a checkpoint near Kidal",
"""The General Staff informs that on {d-1} towards 6 hours a checkpoint of the FAMa at the exit of Kidal was the object of an attack by terrorist armed groups. Five servicemen lost their lives and four were wounded. The riposte of our units put the assailants to flight.""",
[(CL, "ML", "Kidal", 5, "d-1", None, "Mali")],
"'lost their lives': 5"),

("ye-saada-raids-martyred", "2025-01-19 08:40", "Eleven citizens martyred in raids of the aggression on Saada",
"""Saada - The aircraft of the aggression launched on {d-1} evening three raids on the Sahar district of Saada governorate. Eleven citizens were martyred, among them four women, and nine others were injured, a source in the governorate said.""",
[(AIR, "YE", "Sahar", 11, "d-1", "Saudi-led coalition", "civilians")],
"'were martyred' with a part after a comma: 11"),

("tr-hakkari-gave-lives", "2025-05-22 10:10", "Two of our heroic soldiers became martyrs in Hakkari",
"""In the rural area of Cukurca in Hakkari, during an operation against the separatist terror organisation on {d-1}, a clash broke out. Two of our heroic soldiers gave their lives and one was wounded, the ministry reported. Four terrorists were neutralised.""",
[(CL, "TR", "Cukurca", 2, "d-1", "Turkey", "PKK")],
"'gave their lives'; 'neutralised' alone is no toll: 2"),

("mm-sagaing-village-airstrike-words", "2025-06-30 07:45", "Military council bombed a village of Sagaing region",
"""On {d-2} around noon a jet of the military council dropped bombs on the village of Let Yet Kone in Depayin township, Sagaing region. Twenty-two villagers and a teacher perished, among them nine children, and about thirty received injuries, local defence forces reported.""",
[(AIR, "MM", "Depayin", 23, "d-2", "Myanmar", "civilians")],
"'twenty-two villagers and a teacher perished': 23"),
]
