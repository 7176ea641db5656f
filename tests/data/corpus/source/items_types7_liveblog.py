from common import *

# Liveblog updates written by helper types7 for issue 14 (session of 2026-12-07), in our
# own words and without reading the blind items: a wave of missiles and drones is typed
# by what hit (ballistic missiles that struck are a missile attack), the newest first.
FEED = ("dev/types7-liveblog.feed.json", "json", "https://nowdesk7.example.net/live", "Now Desk Live")
REGISTER = "liveblog"

ITEMS = [
("ua-kryvyi-rih-wave-live", "2024-09-06 09:40", "Ukraine live: missile strikes Kryvyi Rih",
"""09:25 - Update: two ballistic missiles struck an industrial site and a block of flats in Kryvyi Rih overnight, the city's military administration says; three people dead, eleven wounded.

07:10 - Air force: Russia launched 5 ballistic missiles and 47 Shahed-type drones overnight; 39 drones downed over the centre and the south.""",
[(SHL, "UA", "Kryvyi Rih", 3, "d0", "Russia", None),
 (DIS, "UA", None, None, "d0", "Ukraine", "Russia")],
"liveblog: the wave of missiles and drones is typed by what hit (missiles: a missile attack); the drones downed are an interception"),

("ua-kharkiv-drones-hit-live", "2024-10-30 08:15", "Ukraine live: drones hit Kharkiv",
"""08:02 - Kharkiv: Shahed drones hit two districts of the city overnight, the mayor says; a kindergarten and a dozen homes damaged, four residents wounded.

06:45 - Air force: Russia attacked with 2 missiles and 41 drones overnight; 32 drones shot down, the missiles did not reach their targets.""",
[(AIR, "UA", "Kharkiv", None, "d0", "Russia", None),
 (DIS, "UA", None, None, "d0", "Ukraine", "Russia")],
"liveblog: in the same kind of wave, drones that hit make an air/drone strike"),
]
