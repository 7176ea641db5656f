from common import *

# Liveblog updates written in session 10 for issue 14's initiator figure (cls-actors4):
# the side that struck named only in the blog's headline ("Israel strikes Iran live"),
# updates that name the group only in a later or earlier entry, and a war between two
# states told without naming the shooter. Newest update first. In the team's own words,
# without reading the blind split.
FEED = ("dev/cls-actors4-liveblog.feed.json", "json", "https://updatedesk.example.net/live", "Update Desk: Live")
REGISTER = "liveblog"

ITEMS = [
("pk-muzaffarabad-strikes-live", "2025-05-07 08:30", "India strikes Pakistan live: missiles hit sites in Kashmir and Punjab",
"""08:10 GMT - Pakistan's military spokesman says 26 civilians were killed in the strikes, among them children at a mosque in Muzaffarabad.

04:45 GMT - Loud explosions heard in Muzaffarabad and Kotli; power cut across parts of the city.

03:20 GMT - Missiles hit at least six sites overnight, Pakistan's military says, vowing a response.""",
[(SHL, "PK", "Muzaffarabad", 26, "d0", "India", "civilians")], "the side that struck is named only in the headline; the updates tell the act"),

("ua-odesa-port-drones-live", "2024-09-10 07:00", "Odesa live: drones hit grain terminal overnight",
"""06:40 GMT - Regional governor: two port workers killed, a grain silo on fire.

05:15 GMT - Air raid alert lifted in Odesa region after three hours.

02:30 GMT - Explosions in the port area; the air force warns of drones approaching from the sea.""",
[(AIR, "UA", "Odesa", 2, "d0", "Russia", "civilians")], "a drone strike on Ukrainian ground that no one is named for: Russia's"),

("so-baidoa-claim-later-live", "2024-11-04 15:00", "Somalia live: blast at Baidoa checkpoint",
"""14:20 GMT - Al-Shabaab says on its radio station that its fighters set off the bomb and attacked the soldiers who came to help.

11:05 GMT - Police say five soldiers were killed when a roadside bomb struck their vehicle near a checkpoint on the edge of Baidoa this morning.""",
[(IED, "SO", "Baidoa", 5, "d0", "Al-Shabaab", "Somalia")], "the claim comes in a later update than the act"),
]
