from common import *

# Wire copy written in session 11 for issue 14's initiator figure (actors5): a group
# that says in a statement that it carried out the act ("said in a statement they had
# targeted"); a day after 'on' that is no side hit ("killed on Monday in a Boko Haram
# ambush"); a country's name inside a place's name ("the Lake Chad fringes"). In the
# team's own words, without reading the blind split.
FEED = ("dev/actors5-wire.rss.xml", "rss", "https://deskwire.example.net/world", "Deskwire: World")
REGISTER = "wire"

ITEMS = [
("sa-jizan-drone-houthis-statement", "2024-03-12 12:40", "Drone hits car park near Jizan airport",
"""A drone struck a car park next to the airport in the Saudi city of Jizan on {d-1}, wounding three workers and setting several cars alight, Saudi state media said.

The Houthis said in a statement they had targeted the airport with a drone in response to air strikes on Yemen.""",
[(AIR, "SA", "Jizan", None, "d-1", "Houthis", None)], "wire: the group said in a statement 'they had targeted', several words after 'said'"),

("ng-bama-day-before-agent", "2024-07-09 10:20", "Two soldiers killed on Monday in Boko Haram ambush",
"""Two soldiers were killed on {d-1} when Boko Haram fighters ambushed a patrol on the road to Bama in Borno State, a military source said.""",
[(CL, "NG", "Bama", 2, "d-1", "Boko Haram", "Nigeria")], "wire: 'on Monday' after the verb is a day, not the side hit"),

("ng-lake-chad-air-component", "2024-09-23 09:00", "Nigerian jets strike ISWAP camp on Lake Chad island",
"""Nigerian Air Force jets struck a camp of ISWAP fighters on an island of the Lake Chad fringes in Borno State on {d-1}, killing several of them, the military said.""",
[(AIR, "NG", "Borno", None, "d-1", "Nigeria", "Islamic State West Africa Province")], "wire: Chad inside 'Lake Chad' is a place, not a party"),
]
