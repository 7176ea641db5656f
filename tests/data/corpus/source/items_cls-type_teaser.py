from common import *

# RSS teasers written by helper cls-type for issue 14: headline-ese positives and
# homonyms in a sports and a film teaser.
FEED = ("dev/cls-type-teaser.rss.xml", "rss", "https://briefs.example.com/feed", "Briefs")
REGISTER = "teaser"

ITEMS = [
("katsina-mosque-gunmen", "2024-08-24 19:30", "Gunmen kill 7 worshippers in Katsina mosque",
"""Bandits opened fire on worshippers during evening prayers in Funtua local government area on Friday, residents said.""",
[(CIV, "NG", "Funtua", 7, "d-1", "bandits", "civilians")],
"teaser: gunmen killing worshippers: attack on civilians"),

("striker-bombed-teaser", "2024-05-02 08:00", "Striker's late blitz sinks Ajax as sequel bombed at box office",
"""A stoppage-time strike decided the match in Amsterdam, while the war-film sequel bombed in its opening weekend.""",
[], "homonyms: a striker, a strike, a film that bombed: negative"),
]
