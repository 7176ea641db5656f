from common import *

# Wire copy written by helper splits for issue 14 (session 8) without reading the blind
# items: one act told twice (the blast, then the bomber; a launch, then its interception)
# is one event, with the more specific type and the stated toll.
FEED = ("dev/cls-splits-wire.rss.xml", "rss", "https://onewire.example.com/world", "One Wire: World")
REGISTER = "wire"

ITEMS = [
("af-ghazni-truck-bomber", "2024-09-12 11:00", "Suicide truck bomber hits army base in Ghazni",
"""A suicide bomber drove a truck packed with explosives into the gate of an army base in Ghazni city on {d-1}, killing 12 soldiers, provincial officials said.

The bomb tore through the outer wall and set fire to two barracks. Police said the attacker had posed as a fuel trader.""",
[(SUI, "AF", "Ghazni", 12, "d-1", None, "Afghanistan")],
"the bomber and the bomb are one act: one suicide bombing holding the toll"),

("sa-jazan-drone-downed", "2024-03-06 09:30", "Saudi defences down Houthi drone over Jazan",
"""Saudi air defences intercepted and destroyed a drone over the city of Jazan on {d-1}, the coalition said.

The Houthis' military spokesman said the group had launched a drone at Jazan airport. There were no reports of damage.""",
[(DIS, "SA", "Jazan", None, "d-1", "Saudi Arabia", "Houthis")],
"the launch the Houthis claim is the drone that was shot down: one interception"),
]
