from common import *

# Wire copy written for the classifier's field rules (the acting side named by its
# nationality or force, foreign forces acting in another country, attributions,
# nights tied to a day), in the team's own words.
FEED = ("dev/fields-wire.rss.xml", "rss", "https://agencydesk.example.com/world", "Agency Desk: World Service")
REGISTER = "wire"

ITEMS = [
("ua-kharkiv-russian-air-force", "2024-05-20 09:10", "Russian jets bomb villages north of Kharkiv",
"""KYIV, May 20 (Agency) - Russian air forces carried out airstrikes on three villages in the Kharkiv region on {d-1}, killing four civilians, regional governor Oleh Syniehubov said.

Guided bombs hit houses in Lyptsi and Vovchansk, he said. Ukraine's defence ministry said its troops were holding positions along the border.""",
[(AIR, "UA", "Lyptsi", 4, "d-1", "Russia", "civilians")], "agentive nationality: Russian air forces act in Ukraine; the event's country is not the initiator"),

("so-jilib-us-strike", "2024-03-05 12:30", "U.S. strike kills militants near Jilib, Somalia says",
"""MOGADISHU, March 5 (Agency) - Five al Shabaab militants were killed by a U.S. air strike near Jilib in the Middle Juba region on {d-1}, Somalia's information ministry said.

U.S. Africa Command said the strike was carried out at the request of the Somali government and that no civilians were hurt.""",
[(AIR, "SO", "Jilib", 5, "d-1", "United States", "Al-Shabaab")], "passive toll: five militants were killed by an air strike; a foreign force's strike is not the host state's"),

("lb-tyre-strike-attributed", "2024-10-02 16:45", "Strike on car near Tyre kills two",
"""BEIRUT, Oct 2 (Agency) - A drone strike attributed to Israel hit a car on the coastal road south of Tyre on {d0}, killing two men, Lebanon's state news agency said.

Hezbollah did not immediately comment. The Israeli military said it was looking into the report.""",
[(AIR, "LB", "Tyre", 2, "d0", "Israel", None)], "attribution in the text's own voice names the initiator"),

("th-yala-bombs-overnight", "2024-04-11 08:20", "Bombs hit power poles in Yala",
"""BANGKOK, April 11 (Agency) - Insurgents set off bombs at eight electricity poles in Yala province overnight, cutting power to parts of the provincial capital, police said on {d0}. No one was hurt.""",
[(IED, "TH", "Yala", 0, "d0", "insurgents", None)], "overnight with no other day is the publication day; loose zero"),
]
