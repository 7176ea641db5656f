from common import *

# RSS teasers written by helper splits for issue 14 (session 8) without reading the blind
# items: a headline "attack ... killed" and a body sentence that tells the same fight.
FEED = ("dev/cls-splits-teaser.rss.xml", "rss", "https://onewire.example.com/teasers", "One Wire: Teasers")
REGISTER = "teaser"

ITEMS = [
("pk-lakki-post-attack-teaser", "2025-03-04 06:40", "Militants attack police post in Lakki Marwat; 2 policemen killed",
"""Police said the raid on the Tajori post late on {d-1} was beaten back after a gunfight that lasted an hour.""",
[(CL, "PK", "Tajori", 2, "d-1", "militants", "Pakistan")],
"headline attack with its toll and the body's gunfight are one clash"),
]
