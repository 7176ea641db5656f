from common import *

# Local press written by helper falsealarms for issue 14 (session of 2026-12-07), in
# our own words and without reading the blind items: a robbery gang shot by police, an
# anniversary wreath-laying, and a new attack on a police post with an earlier one
# recalled.
FEED = ("dev/cls-fa-local.rss.xml", "rss", "https://falsealarm-local.example.pk/news", "False Alarm Local")
REGISTER = "local"

ITEMS = [
("ke-nakuru-robbers-shot", "2024-07-16 08:20", "Two suspected robbers shot dead by police in Nakuru",
"""NAKURU: Two suspected members of a gang behind a string of carjackings were shot dead by police on the outskirts of Nakuru town on {d-1} night, the county police commander said.

He said the suspects opened fire when officers flagged down their car. A pistol and ten rounds were recovered. Residents said the gang had terrorised boda boda riders for months.""",
[],
"local: a robbery gang shot by police: no event"),

("in-lethpora-anniversary", "2024-02-14 13:10", "CRPF pays homage to Pulwama martyrs on fifth anniversary",
"""SRINAGAR: Senior CRPF officers laid wreaths at the memorial at Lethpora on {d0}, five years after a suicide bomber rammed an explosives-laden car into a convoy on the highway there, killing 40 personnel.

Families of some of the men attended the ceremony. Officers said the force had since changed the way convoys move on the highway.""",
[],
"local: an anniversary of a suicide bombing five years old: no event"),

("pk-bannu-checkpost-constable", "2024-10-22 09:45", "Constable martyred in attack on Bannu checkpost",
"""BANNU: A police constable was martyred when unidentified gunmen opened fire on the Mamash Khel checkpost in Bannu district on {d-1} night, police said. The attackers fled after an exchange of fire lasting some twenty minutes.

In March, militants had stormed the same checkpost and killed three policemen. Police said a search operation was under way in the area.""",
[(CL, "PK", "Bannu", 1, "d-1", "gunmen", "Pakistan")],
"local: an attack on a police post with an earlier raid on it recalled: one event"),
]
