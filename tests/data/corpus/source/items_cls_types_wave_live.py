from common import *

# Liveblog updates written by helper cls-types for issue 14 (session 6) without reading
# the blind items: an interception and a hit told in separate entries (two events), a
# wave all shot down (one), and an entry whose hit is only wreckage.
FEED = ("dev/cls-types-wave-live.feed.json", "json", "https://liveline.example.org/live", "Liveline")
REGISTER = "liveblog"

ITEMS = [
("haifa-rockets-live", "2024-10-13 18:40", "Israel-Lebanon live: rockets on Haifa bay",
"""18:25 GMT - Update: Police say a rocket hit a house in Kiryat Yam; two residents lightly hurt.

17:50 GMT - Sirens in Haifa and the Krayot. The army says about 15 rockets were fired from Lebanon, and most were intercepted.

16:30 GMT - Hezbollah says it fired at a military industries site south of Haifa.""",
[(SHL, "IL", "Kiryat Yam", 0, "d0", "Hezbollah", "civilians"), (DIS, "IL", "Haifa", None, "d0", "Israel", "Hezbollah")],
"newest first: the rocket that hit and the ones intercepted are two events"),

("kyiv-all-downed-live", "2025-02-09 06:55", "Ukraine live: night attack on the capital",
"""06:40 GMT - Kyiv city military administration: all drones heading for the capital were destroyed by air defence. Debris fell in the Obolon district, damaging a parked car.

03:15 GMT - Explosions heard in Kyiv as air defence works.""",
[(DIS, "UA", "Kyiv", None, "d0", "Ukraine", "Russia")],
"every drone destroyed: one interception, the debris no hit"),

("port-sudan-drones-live", "2025-05-06 12:30", "Sudan live: drones over Port Sudan",
"""12:10 GMT - Witnesses: a drone struck fuel tanks at the southern port; thick black smoke over the city.

09:45 GMT - Army says anti-aircraft guns brought down several drones over the naval base at dawn. It blames the RSF.""",
[(AIR, "SD", "Port Sudan", None, "d0", "Rapid Support Forces", None), (DIS, "SD", "Port Sudan", None, "d0", "Sudan", "Rapid Support Forces")],
"drones brought down at dawn and one that struck fuel tanks later: two events"),
]
