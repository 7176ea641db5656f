from common import *

# Statements written by helper cls-types for issue 14 (session 6) without reading the
# blind items: air-defence statements that tell what was stopped and what got through.
FEED = ("dev/cls-types-wave-statement.rss.xml", "rss", "https://mod-bulletins.example.int/news", "Defence Bulletins")
REGISTER = "statement"

ITEMS = [
("ua-af-odesa-night", "2025-01-30 08:00", "Air Force: results of repelling the night air attack",
"""During the night of 30 January the enemy attacked with 4 Iskander-M ballistic missiles and 41 attack UAVs of the Shahed type.

As of 08:00, air defence shot down 27 UAVs in the Odesa, Mykolaiv and Kherson regions. Two ballistic missiles struck port infrastructure in Odesa, damaging warehouses. Information on the victims is being clarified.""",
[(DIS, "UA", "Odesa", None, "d0", "Ukraine", "Russia"), (SHL, "UA", "Odesa", None, "d0", "Russia", None)],
"an air-force tally of drones shot down and missiles that struck the port: two events"),

("pk-ispr-quadcopters", "2025-05-08 11:15", "ISPR: Indian drones neutralised",
"""Since last night, Pakistan's air defence has neutralised 25 drones of Indian origin over Lahore, Rawalpindi and other cities through technical and weapon means. All of them were brought down.

One soldier was injured during the operation. The remains of the drones are being collected.""",
[(DIS, "PK", "Lahore", None, "d-1", "Pakistan", "India")],
"drones all brought down: one interception, the soldier hurt does not make a hit"),
]
