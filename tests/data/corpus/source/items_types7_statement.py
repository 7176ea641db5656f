from common import *

# Statements written by helper types7 for issue 14 (session of 2026-12-07), in our own
# words and without reading the blind items: a side that says "our forces" took a
# place is the taker, whoever the statement names as the side that lost it.
FEED = ("dev/types7-statement.feed.json", "json", "https://communiques7.example.org/releases", "Communiques 7")
REGISTER = "statement"

ITEMS = [
("sd-rsf-statement-madani", "2023-12-19 16:00", "Rapid Support Forces: Wad Madani is under our control",
"""The Rapid Support Forces announce to the Sudanese people that our forces have taken full control of the city of Wad Madani, the capital of Gezira state, after the collapse of the army's First Infantry Division. We call on the citizens to stay in their homes.""",
[(NSA, "SD", "Wad Madani", None, None, "Rapid Support Forces", "Sudan")],
"statement: 'our forces' are the announcing group's: a non-state group overtakes territory"),

("mm-kia-statement-bhamo-post", "2024-03-09 10:20", "Kachin Independence Army statement",
"""The Kachin Independence Army declares that its troops captured the junta outpost at Lwegel, on the border in Momauk township, on 7 March after two days of fighting. The remaining soldiers of the military council withdrew across the river. We lost no fighters.""",
[(NSA, "MM", "Lwegel", 0, "2024-03-07", "Kachin Independence Army", "Myanmar")],
"statement: 'its troops' after the group that declares: the group took the post"),

("et-endf-statement-lalibela", "2024-08-30 08:45", "Statement of the Ethiopian National Defense Force",
"""The Ethiopian National Defense Force announces that our units, together with the regional security forces, have restored full control over the town of Lalibela in North Wollo after driving out the extremist Fano bands. Order has been restored and the airport is open.""",
[(GOV, "ET", "Lalibela", None, None, "Ethiopia", "Fano")],
"statement: the announcing army's own units restored control: government regains, the group driven out is the target"),
]
