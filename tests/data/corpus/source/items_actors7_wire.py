from common import *

# Wire copy written in session 13 for issue 14's initiator figure (actors7): a group that
# tells of its own act in a later sentence ("says it fired at", "said they had targeted"),
# next to one that tells of an act it suffered; a weapon sent from a state's positions
# across a border. In the team's own words, without reading the blind split.
FEED = ("dev/actors7-wire.rss.xml", "rss", "https://wiredesk7.example.net/world", "Wiredesk 7")
REGISTER = "wire"

ITEMS = [
("il-kiryat-shmona-hezbollah-says-fired", "2024-06-05 16:00", "Rockets set fires around Kiryat Shmona",
"""KIRYAT SHMONA, Israel, June 5 (Wiredesk) - Rockets slammed into open ground and a warehouse on the edge of Kiryat Shmona on {d0}, starting several fires, Israeli emergency services said. Nobody was hurt.

Hezbollah says it fired a salvo of Katyusha rockets at an army base near the town in response to an Israeli strike in southern Lebanon.""",
[(SHL, "IL", "Kiryat Shmona", 0, "d0", "Hezbollah", None)], "the group that says it fired, in a sentence after the act, did it"),

("sa-najran-houthis-said-targeted", "2024-02-20 10:00", "Missile debris falls near Najran",
"""RIYADH, Feb 20 (Wiredesk) - A ballistic missile struck near an industrial area of Najran on {d-1}, damaging a warehouse and wounding two workers, the Saudi civil defence said.

The Houthis said in a televised statement that they had targeted military sites in Najran with missiles.""",
[(SHL, "SA", "Najran", None, "d-1", "Houthis", None)], "a claim of the group's own act in a later sentence"),

("so-beledweyne-shabaab-said-positions-struck", "2024-09-12 09:00", "Air strike hits camp near Beledweyne",
"""MOGADISHU, Sept 12 (Wiredesk) - An air strike hit a camp outside Beledweyne on {d-1}, killing four fighters, residents said.

Al-Shabaab said its positions were struck by foreign aircraft and that civilians were among the dead.""",
[(AIR, "SO", "Beledweyne", 4, "d-1", None, "Al-Shabaab")], "false friend: a group telling of an act it suffered claims nothing"),

("in-uri-mortars-from-pakistani-posts", "2025-05-08 08:00", "Two women hurt as mortars hit Uri village",
"""SRINAGAR, May 8 (Wiredesk) - Mortar shells fired from Pakistani army posts across the Line of Control landed in a village near Uri in Baramulla district on {d-1}, wounding two women, police said.

Residents spent the night in community bunkers.""",
[(SHL, "IN", "Uri", None, "d-1", "Pakistan", "civilians")], "the state whose posts the shells were fired from"),
]
