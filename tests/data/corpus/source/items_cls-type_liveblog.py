from common import *

# Liveblog updates written by helper cls-type for issue 14: a drone strike told in
# fragments with a shelling in an older update, and a talks blog with only history.
FEED = ("dev/cls-type-liveblog.feed.json", "json", "https://ticker.example.co.uk/live", "Ticker Live")
REGISTER = "liveblog"

ITEMS = [
("sd-port-sudan-live", "2025-05-06 14:30", "Sudan live: drones hit Port Sudan fuel depot for third day",
"""14:10 GMT - Update: Governor says the drone strike on the fuel depot at the southern port caused no deaths; firefighters still battling the blaze.

12:45 GMT - Thick black smoke over Port Sudan. Witnesses describe at least three explosions just after noon, drones seen over the port.

09:30 GMT - Separately, RSF shelling of the Abu Shouk camp in El Fasher overnight killed 6 displaced people, the local resistance committee says.""",
[(AIR, "SD", "Port Sudan", 0, "d0", "Rapid Support Forces", None),
 (SHL, "SD", "Abu Shouk", 6, "d0", "Rapid Support Forces", "civilians")],
"liveblog: a drone strike in fragments and a shelling in an older update: two events"),

("doha-talks-live", "2024-08-16 17:00", "Gaza ceasefire talks live: negotiators to reconvene next week",
"""16:40 GMT - Mediators say the talks in Doha will resume next week in Cairo. A bridging proposal has been put to both sides.

13:15 GMT - Recap: the war began with the Hamas-led attack of 7 October 2023, in which about 1,200 people were killed in Israel.

11:05 GMT - Families of hostages protest outside the prime minister's office in Jerusalem.""",
[], "liveblog of talks with only a historical attack: negative"),
]
