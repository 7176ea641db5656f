from common import *

# Local English-language press of West and East Africa and South Asia, written by helper
# cls-places (issue 14) without reading the blind items: a town's name that ends the name
# of a group or a person ("Boko Haram", "Abdullahi Hassan"), which is no place of the act;
# villages named with their district and region; and a negative. The team's own words;
# places are real, events invented.
FEED = ("dev/cls-places-local.rss.xml", "rss", "https://sahelpost.example.com/news", "Sahel Post")
REGISTER = "local"

ITEMS = [
("cm-boko-haram-kolofata", "2024-01-15 08:40", "Boko Haram insurgents kill four in Kolofata raid",
"""MAROUA - Four villagers were killed on {d-1} night when Boko Haram insurgents raided Kolofata in the Mayo-Sava division of the Far North region, a local chief told this newspaper.

The attackers looted shops and burnt a dozen huts before vigilantes and soldiers from the nearby base arrived.""",
[(CIV, "CM", "Kolofata", 4, "d-1", "Boko Haram", "civilians")],
"a group name holding a Norwegian district's name ('Haram'); a Cameroon division"),

("so-person-hassan-beledweyne", "2024-05-28 10:00", "Al-Shabaab fighters repulsed near Beledweyne, says governor",
"""BELEDWEYNE - Clan militia and government troops repulsed an attack by al-Shabaab fighters on a village north of Beledweyne on {d-1}, killing nine of the attackers, the Hiiraan regional governor Ali Jeyte Osman told reporters. Commander Abdullahi Hassan said two militiamen also died.""",
[(CL, "SO", "Beledweyne", 11, "d-1", "Al-Shabaab", "Somalia")],
"a person's name holding an Indian city's name ('Hassan')"),

("ng-boko-haram-anniversary-none", "2024-04-14 09:00", "Ten years after Chibok, parents still wait",
"""MAIDUGURI - Ten years after Boko Haram fighters seized 276 schoolgirls from their hostel in Chibok, parents of the 82 still missing gathered on {d0} to pray and to urge the government not to forget them.""",
[],
"negative: an anniversary; a group name holding a place name"),
]
