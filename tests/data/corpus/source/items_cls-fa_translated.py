from common import *

# Translated copy written by helper falsealarms for issue 14 (session of 2026-12-07), in
# our own words and without reading the blind items: a fleet exercise with live missile
# fire, a ministry's warning told in combat words, and a shelling report that recalls
# the enemy's earlier attacks.
FEED = ("dev/cls-fa-translated.rss.xml", "rss", "https://falsealarm-perevod.example.net/en", "False Alarm Translations")
REGISTER = "translated"

ITEMS = [
("ru-pacific-fleet-firing", "2024-09-11 10:00", "Ships of the Pacific Fleet carried out firing of cruise missiles in the Sea of Okhotsk",
"""Within the framework of the strategic command-staff exercise Ocean-2024, the crews of the missile ships of the Pacific Fleet carried out firing of cruise missiles at targets imitating a detachment of ships of a conditional enemy, the press service of the fleet informed on {d0}. The targets were hit by direct hits. More than 400 ships and 120 aircraft take part in the exercise.""",
[],
"translated: a fleet exercise with missile firing: no event"),

("tr-msb-warning-borders", "2025-01-09 14:30", "Ministry of National Defence: whoever attacks our borders will be buried in their trenches",
"""At the weekly press briefing held on {d0}, the ministry's sources stated that the fight against terrorism continues with determination at its source. "Any terrorist who attempts to attack our borders, our citizens or our security forces will be neutralised, and the terrorist organisation will be buried in the trenches it dug," the statement said. The sources added that since 1 January, 38 terrorists had been neutralised in operations in northern Iraq and Syria.""",
[],
"translated: a warning and a count of the month: no event"),

("az-tovuz-fire-on-positions", "2023-04-12 11:20", "The Ministry of Defence: the positions of the Azerbaijan Army were subjected to fire",
"""On April 11, starting from 16:30, units of the armed forces of Armenia, from their positions in the direction of the settlement of Tegh, subjected to fire with small arms the positions of the Azerbaijan Army near the Lachin road, the Ministry of Defence informed. Three servicemen of our army were killed. The Ministry recalled that the Armenian side had committed similar provocations many times in recent months, and warned that every provocation will receive an adequate answer.""",
[(CL, "AZ", "Lachin", 3, "2023-04-11", "Armenia", "Azerbaijan")],
"translated: fire on positions, with earlier provocations and a warning: one event"),

("ir-cyber-attack-fuel", "2023-12-19 10:40", "Minister of Oil: the disruption of the fuel stations was caused by a cyber attack",
"""The Minister of Oil announced on {d0} that the disruption in the service of about 70 percent of the fuel stations of the country was the result of a cyber attack from outside the country, and that the service is being restored. A hacker group claimed the attack on its channel.""",
[],
"translated: a cyber attack on fuel stations: no event"),

("kz-trial-january-events", "2024-03-12 09:20", "The court announced the verdict on the case of the attack on the akimat of Almaty in January 2022",
"""The specialised inter-district criminal court of Almaty announced on {d0} the verdict on the case of 13 defendants accused of the armed attack on the building of the city akimat and the seizure of weapons during the January events of 2022. The defendants received from 5 to 15 years of imprisonment. During those events, 238 people died, including 19 law enforcement officers.""",
[],
"translated: a verdict about an attack two years old, with the toll: no event"),
]
