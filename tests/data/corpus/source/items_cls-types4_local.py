from common import *

# Local press written by helper types for issue 14 (session of 2026-12-07), in our own
# words and without reading the blind items: a place taken back by a non-state group
# after the troops left (overtaken, not regained), a town retaken from insurgents by
# the army's militia allies (regained), a chief taken away, and a wedding attacked.
FEED = ("dev/cls-types4-local.rss.xml", "rss", "https://regionaldaily-t4.example.com/news", "Regional Daily")
REGISTER = "local"

ITEMS = [
("so-shabaab-retake-moqokori", "2024-04-10 08:00", "Al-Shabaab back in Moqokori after ATMIS pull-out",
"""BELEDWEYNE - Al-Shabaab fighters retook the town of Moqokori in Hiiraan region on {d-1}, hours after Somali government troops and their allies pulled out of the area, elders told this paper. The militants raised their flag over the district office and ordered traders to reopen their shops.

The town had been held by government forces since a clan-led offensive in 2022.""",
[(NSA, "SO", "Moqokori", None, "d-1", "Al-Shabaab", "Somalia")],
"a non-state group taking a town back after the troops left: non-state actor overtakes territory, not government regains"),

("cd-wazalendo-retake-kitshanga", "2024-02-21 10:30", "Wazalendo fighters chase M23 from Kitshanga",
"""GOMA - Wazalendo self-defence fighters allied to the army recaptured the locality of Kitshanga in Masisi territory from the M23 rebels on {d-1} after two days of fighting, civil society sources said. Displaced families were reported to be returning from the hills.""",
[(GOV, "CD", "Kitshanga", None, "d-1", "Wazalendo", "M23")],
"militias allied to the army retaking a place from rebels: government regains territory (their allies)"),

("ml-menaka-chief-taken-away", "2024-07-18 09:15", "Village chief taken away by gunmen in Menaka",
"""MENAKA - Armed men on motorbikes took away the chief of the village of Inekar in the Menaka region on {d-1} evening, residents said. They also took his two cattle herds. His family has had no news of him since.""",
[(ABD, "ML", "Inekar", None, "d-1", "armed men", "civilians")],
"'took away the chief of the village': an abduction with no weapon named"),

("ng-zamfara-wedding-live", "2024-09-02 11:00", "Bandits kill six at wedding in Zamfara, police say",
"""GUSAU - Bandits killed six at a wedding in Tsafe LGA of Zamfara State on {d-1} night, the state police command said on {d0}. The guests were shot as they gathered in the compound of the groom's family; several others were wounded.""",
[(CIV, "NG", "Tsafe", 6, "d-1", "bandits", "civilians")],
"'killed six at a wedding' told with the police as the source: attack on civilians, not a clash"),
]
