from common import *

# Translated copy written by helper types for issue 14 (session of 2026-12-07), in our
# own words and without reading the blind items: a place taken by a foreign state's
# army and told as "liberated" in the army's own words (ACLED: a foreign force's
# capture is non-state actor overtakes territory), a place taken back by the country's
# own army, and a drone of the enemy shot down.
FEED = ("dev/cls-types3-translated.rss.xml", "rss", "https://perevedeno.example.net/news", "Perevedeno: News in English")
REGISTER = "translated"

ITEMS = [
("ua-ru-liberated-settlement", "2024-09-04 11:30", "The Ministry of Defence of Russia announced the liberation of a settlement in the Donetsk direction",
"""Units of the armed forces of the Russian Federation liberated on {d-1} the settlement of Karlivka in the Pokrovsk direction, the Ministry of Defence of Russia informs. According to the ministry, the enemy lost in this direction up to 400 servicemen over the day.

The Ukrainian side did not comment on the loss of the settlement.""",
[(NSA, "UA", "Karlivka", None, "d-1", "Russia", "Ukraine")],
"a foreign army's capture told as 'liberated' in its own words: non-state actor overtakes territory"),

("ua-kupiansk-returned-control", "2024-10-22 08:15", "Defenders returned under control a village near Kupiansk",
"""The units of the Armed Forces of Ukraine returned under their control on {d-1} the village of Synkivka north of Kupiansk of the Kharkiv oblast, after heavy fights with the occupiers, the General Staff informs. The enemy retreated to the positions near the border.""",
[(GOV, "UA", "Synkivka", None, "d-1", "Ukraine", "Russia")],
"the country's own army retaking a village from a foreign army: government regains territory"),

("ua-sumy-drone-downed", "2024-11-06 06:40", "Over Sumy a drone of the enemy was shot down",
"""In the night the forces of air defence shot down over the city of Sumy an attack drone of the enemy of the type Shahed, the regional military administration informs. The debris fell on an empty field; nobody was injured.""",
[(DIS, "UA", "Sumy", 0, "d0", "Ukraine", "Russia")],
"a drone of the enemy shot down, nobody hurt: disrupted weapons use"),
]
