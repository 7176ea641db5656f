from common import *

# Local press written by helper cls-false for issue 14 (session 6) without reading the
# blind items: a new act told beside a pattern of earlier ones ("have attacked buses
# several times this year") or beside what a place was used for ("used to stage
# attacks"): only the new act is an event.
FEED = ("dev/cls-false-local.atom.xml", "atom", "https://subcontinent-gulf.example.pk/regional", "Regional Desk: South Asia and the Gulf")
REGISTER = "local"

ITEMS = [
("ke-mandera-shopkeeper", "2024-08-21 07:45", "Shopkeeper shot dead in Mandera town",
"""MANDERA: Gunmen shot dead a shopkeeper outside his kiosk in Mandera town on {d-1} night, police said.

Al-Shabaab fighters have attacked buses on the Mandera-Elwak road several times this year, and traders say many of them now close before dusk.""",
[(CIV, "KE", "Mandera", 1, "d-1", "gunmen", "civilians")],
"a killing told beside a pattern of bus attacks over the year: one event"),

("ng-shiroro-camp", "2024-10-14 12:10", "Troops clash with bandits in Shiroro",
"""MINNA: Troops clashed with bandits at their camp near Kurebe in Shiroro Local Government Area of Niger State on {d-1}, killing seven of them, the army said.

The camp had been used by the gang to stage attacks on farming communities along the Kaduna river.""",
[(CL, "NG", "Kurebe", 7, "d-1", "Nigeria", "bandits")],
"a clash at a camp, and what the camp was used for: one event"),

("ua-kupiansk-stalls", "2024-07-03 15:00", "Traders reopen stalls in Kupiansk market",
"""KUPIANSK: About thirty stalls were open in the central market on {d0}, the most since spring, the city administration said.

Russian forces have shelled the town centre many times this year, and most of the people who lived here before the war have left. Traders said they now work only in the morning.""",
[],
"a market story with shelling told only as a pattern of the year: no event"),

("in-bijapur-ied-road-party", "2024-05-09 19:20", "Two jawans hurt in IED blast in Bijapur",
"""RAIPUR: Two CRPF jawans were injured when Maoists triggered an IED while a road-opening party was securing the Bijapur-Awapalli road on {d0}, police said.

The Maoists have repeatedly targeted road-opening parties in the district, police added.""",
[(IED, "IN", "Bijapur", None, "d0", "Maoists", "India")],
"an IED told beside a pattern of attacks on road parties: one event"),
]
