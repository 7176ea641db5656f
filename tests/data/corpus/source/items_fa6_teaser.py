from common import *

# RSS teasers (headline and one sentence) written by helper fa6 for issue 14 (session
# of 2026-12-07), in our own words and without reading the blind items.
FEED = ("dev/fa6-teaser.rss.xml", "rss", "https://fa6-desk.example.org/teasers", "FA6 Desk: Teasers")
REGISTER = "teaser"

ITEMS = [
("us-attack-plan-game-update", "2024-06-14 09:00", "Attack Plan update adds naval campaign",
"""The strategy game's free update lets players storm beaches and bomb ports in a new Pacific campaign.""",
[],
"teaser: a strategy game's update: no event"),

("gb-film-review-dunkirk-style", "2024-01-26 18:00", "Film review: The Last Convoy",
"""A tense war drama about sailors whose ship is torpedoed on the Arctic run in 1942, with a final air raid that is hard to watch.""",
[],
"teaser: a war film review: no event"),

("kr-drill-artillery", "2024-06-26 06:30", "South Korean marines hold live-fire drills on border islands",
"""Marines fired about 290 artillery rounds into the sea off Yeonpyeong, the first such drills there in six years.""",
[],
"teaser: artillery drills into the sea: no event"),

("ph-typhoon-pounds-luzon", "2024-10-24 05:15", "Storm pounds northern Philippines, killing 26",
"""Tropical Storm Trami lashed Luzon with torrential rain, triggering landslides that buried homes in Batangas.""",
[],
"teaser: a storm kills 26: no event"),

("za-court-jails-hitman", "2024-02-20 13:00", "Court jails former soldier for 2019 ambush of taxi boss",
"""The Durban High Court sentenced him to life for the shooting that killed the taxi owner and his bodyguard.""",
[],
"teaser: a court verdict over an old shooting: no event"),

("et-amhara-talks-resume", "2024-11-09 11:20", "Ethiopia and Fano envoys meet for talks in Tanzania",
"""Mediators hope the talks can halt a year of fighting in Amhara that has killed thousands.""",
[],
"teaser: talks to end a year of fighting: no event"),

("sd-el-fasher-drone-teaser", "2024-09-12 08:10", "Drone strike on El Fasher market kills 9",
"""A drone hit the town's main market on Wednesday, medics said, blaming the paramilitary Rapid Support Forces.""",
[(AIR, "SD", "El Fasher", 9, "d-1", "Rapid Support Forces", "civilians")],
"teaser: a drone strike on a market: one event"),
]
