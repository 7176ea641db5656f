from common import *

# Wire copy written for issue 14's actor and toll rules (cls-actor): unnamed attackers
# that a later claim or the story's one named group names, forces named by their
# acronym, attackers named as the text calls them, and negatives that name armed groups
# without any new act. In the team's own words, without reading the blind split.
FEED = ("dev/cls-actor-wire.rss.xml", "rss", "https://deskwire.example.net/world", "Desk Wire: World")
REGISTER = "wire"

ITEMS = [
("ne-tahoua-claim-names-attackers", "2024-06-12 10:30", "Soldiers killed in attack on post near Tassara",
"""NIAMEY, June 12 (Agency) - Jihadist fighters on motorbikes attacked an army post near Tassara in Niger's Tahoua region on {d-1}, killing nine soldiers, the defence ministry said.

The ministry said the attackers withdrew towards the Malian border. The Islamic State Sahel later claimed the attack in a statement on its Amaq channel.""",
[(CL, "NE", "Tassara", 9, "d-1", "Islamic State Sahel", "Niger")], "unnamed attackers named by the group that later claims the attack"),

("so-afgoye-mortars-one-group", "2024-02-07 15:10", "Mortars hit market in Afgoye",
"""MOGADISHU, Feb 7 (Agency) - Mortar rounds fired by militants struck a livestock market in Afgoye, west of Mogadishu, on {d0}, killing three traders and wounding eleven, a district official said.

Al-Shabaab, which holds villages along the Shabelle river, has shelled the town several times this year.""",
[(SHL, "SO", "Afgoye", 3, "d0", "Al-Shabaab", "civilians")], "the one armed group the story names is who the unnamed militants are"),

("et-amhara-endf-drone", "2024-09-03 08:45", "Drone strike kills 11 at bus station in Amhara",
"""ADDIS ABABA, Sept 3 (Agency) - An ENDF drone struck a bus station in the town of Bure in West Gojjam zone on {d-1}, killing eleven people, two health workers told the agency.

The federal government has been fighting Fano militiamen in the region for more than a year. A government spokesman did not answer calls.""",
[(AIR, "ET", "Bure", 11, "d-1", "Ethiopia", "civilians")], "a state force named by its acronym (ENDF) is its state"),

("ml-fama-wagner-talks", "2024-04-18 12:00", "Mali junta and Algeria hold talks on northern security",
"""BAMAKO, April 18 (Agency) - Officials from Mali's military government met Algerian diplomats in Bamako on {d0} to discuss security along their border, where FAMa units and the Katiba Macina have fought for years.

No new clashes were reported. The two sides agreed to meet again next month, a joint statement said.""",
[], "negative: armed groups named in talks, no new act"),

("pe-shining-path-anniversary", "2024-05-17 09:00", "Peru marks anniversary of Shining Path's first attack",
"""LIMA, May 17 (Agency) - Peruvians on {d0} marked 44 years since the Shining Path burned ballot boxes in the Andean village of Chuschi, the act that began a war that killed nearly 70,000 people.

Relatives of the victims laid flowers at a memorial in Lima. Historians say the group's remnants now protect drug trafficking in the VRAEM valleys.""",
[], "negative: an anniversary with a big historical toll and a named group"),

("ug-updf-exercise", "2024-10-22 14:20", "UPDF and Kenyan troops hold joint drill",
"""KAMPALA, Oct 22 (Agency) - UPDF soldiers and Kenya Defence Forces troops began a two-week joint exercise near Moroto on {d0}, firing live rounds in a mock assault on a hill post.

Army officers said the drill would prepare the two forces for operations against cattle raiders along the border. No one was hurt.""",
[], "negative: a drill by forces named by their acronyms"),
]
