from common import *

# Liveblog updates written by helper falsealarms for issue 14 (session of 2026-12-07),
# in our own words and without reading the blind items: a donors' conference with the
# war's monthly count, and a drone strike followed by a vow of retaliation, the newest
# update first.
FEED = ("dev/cls-fa-liveblog.feed.json", "json", "https://falsealarm-live.example.org/live", "False Alarm Live")
REGISTER = "liveblog"

ITEMS = [
("ua-donors-conference-live", "2024-06-11 18:30", "Ukraine recovery conference live: donors pledge billions",
"""18:05 GMT - Zelensky thanks partners and says Russia has launched more than 2,500 drones and glide bombs at Ukrainian cities this month alone. "Every air defence system saves lives," he says.

15:20 GMT - The European Commission announces a guarantee for loans to rebuild the power grid.

11:00 GMT - The conference opens in Berlin with a minute of silence for the victims of the war.""",
[],
"liveblog: a donors' conference with a month's count of strikes: no event"),

("lb-nabatieh-drone-car-live", "2024-08-20 19:10", "Israel-Lebanon border live: drone strike on car near Nabatieh",
"""18:50 GMT - Hezbollah says it will respond to the killing of its two members "at the time and place of our choosing".

17:05 GMT - An Israeli drone strike on a car near Nabatieh killed two Hezbollah members, Lebanese state media report. The Israeli military says it struck militants who were preparing a rocket launch.""",
[(AIR, "LB", "Nabatieh", 2, "d0", "Israel", "Hezbollah")],
"liveblog: a drone strike and a vow to respond: one event"),

("sy-idlib-quake-anniversary-live", "2025-02-06 14:00", "Syria live: two years since the earthquake",
"""13:30 GMT - Rescue workers in Idlib hold a memorial for the thousands killed when the earthquake brought down buildings across the northwest two years ago.

10:15 GMT - Aid agencies say many families still live in tents; shelling of the area by government forces had made rebuilding harder in the years before the fall of Assad.""",
[],
"liveblog: an earthquake anniversary with past shelling: no event"),
]
