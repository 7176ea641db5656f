from common import *

# RSS teasers written in session 11 for issue 14's initiator figure (actors5): the
# attacker named only as the subject of the headline over a sentence that leaves it
# unnamed; and a headline whose subject is the side hit, which names no attacker.
# In the team's own words, without reading the blind split.
FEED = ("dev/actors5-teaser.rss.xml", "rss", "https://shortwire.example.com/rss", "Shortwire")
REGISTER = "teaser"

ITEMS = [
("et-debre-markos-fano-headline", "2024-06-12 07:00", "Fano militiamen storm police post near Debre Markos",
"""Several policemen were killed on {d-1} in an assault on a police post on the edge of Debre Markos in the Amhara region, residents said.""",
[(CL, "ET", "Debre Markos", None, "d-1", "Fano", "Ethiopia")], "teaser: the group named only as the headline's subject"),

("so-afgoye-shabaab-headline", "2024-08-20 06:30", "Al-Shabaab mortars pound base in Afgoye",
"""Mortar rounds landed inside a military base in Afgoye, west of Mogadishu, late on {d-1}, wounding three soldiers, a local official said.""",
[(SHL, "SO", "Afgoye", None, "d-1", "Al-Shabaab", "Somalia")], "teaser: the owner of the weapon named only in the headline"),

("ng-damboa-troops-killed-headline", "2024-05-14 08:15", "Nigerian soldiers killed in ambush near Damboa",
"""Four soldiers were killed on {d-1} when their patrol came under fire on the road between Damboa and Biu in Borno State, a military source said.""",
[(CL, "NG", "Damboa", 4, "d-1", None, "Nigeria")], "teaser: the headline's subject is the side hit; no attacker named"),
]
