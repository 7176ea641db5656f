from common import *

# Statements written by helper cls-types for issue 14 (session 6) without reading the
# blind items: an operation where the other side fired first and troops retaliated (a
# clash, not one-sided violence), and an armed group's killing of a civilian the army
# reports (violence against civilians).
FEED = ("dev/cls-types-onesided-statement.rss.xml", "rss", "https://defence-press.example.int/statements", "Defence Press")
REGISTER = "statement"

ITEMS = [
("in-rajouri-contact", "2024-11-19 09:30", "Ace of Spades Division: operation in Rajouri",
"""Acting on specific intelligence, troops of the Indian Army and the Special Operations Group launched a search in the Kalakote forests of Rajouri on Monday.

The terrorists fired at the search party. Own troops retaliated and the firefight continued through the night. One terrorist was eliminated and a soldier laid down his life.""",
[(CL, "IN", "Rajouri", 1, "d-1", "India", "Militants")],
"terrorists fired first and troops retaliated: a clash; 'eliminated' is no toll, the soldier is"),

("co-army-cauca-civilian", "2025-02-11 16:00", "Army condemns killing of farmer in Cauca",
"""The National Army condemns the murder of a farmer in the rural area of Suárez, Cauca, carried out on Monday by members of the Jaime Martínez structure of the FARC dissidents, who shot him in front of his family.

Our troops are deployed in the area to protect the population.""",
[(CIV, "CO", "Suárez", 1, "d-1", "FARC dissidents", "civilians")],
"an armed group shooting a farmer: violence against civilians"),
]
