from common import *

# Radio bulletins and regional desk items written by helper merge7 for issue 20 (session
# of 2026-12-07), without reading the blind split: a side that "drove into", "entered" or
# "now holds" a town, or is "now in control of" one the gazetteer does not list, told by
# a correspondent; with a bulletin where troops enter a town nobody held.
FEED = ("dev/merge7-local.rss.xml", "rss", "https://merge7-harbour.example.org/bulletins", "Merge7 Harbour Radio")
REGISTER = "local"

ITEMS = [
("sd-drove-into-unlisted", "2024-10-02 19:00", "Sudan: fighters reach Abu Hujar",
"""Our reporter in Gedaref says paramilitary Rapid Support Forces fighters drove into Abu Hujar on {d0} morning after the army garrison left. Families are crossing the river to the east, he says.""",
[(NSA, "SD", "Abu Hujar", None, "d0", "Rapid Support Forces", None)],
"radio: fighters 'drove into' a town the gazetteer may not list"),

("ml-now-in-control-unlisted", "2024-10-03 19:00", "Mali: jihadists hold Dioura",
"""This is the evening bulletin. In central Mali, fighters of the JNIM are now in control of Dioura, local officials tell us, after soldiers withdrew from the camp there on {d-1}.""",
[(NSA, "ML", "Dioura", None, "d-1", "JNIM", "Mali")],
"radio: 'now in control of' a town named without 'the town of'"),

("mm-troops-entered", "2024-10-04 19:00", "Myanmar: army back in Hpakant",
"""Our correspondent in Myitkyina says junta troops entered Hpakant on {d-1} after three days of fighting, and Kachin Independence Army fighters pulled back into the jade mines.""",
[(GOV, "MM", "Hpakant", None, "d-1", "Myanmar", "Kachin Independence Army")],
"radio: troops 'entered' a town after a battle: the town regained"),

("cd-m23-now-hold", "2024-10-05 19:00", "DR Congo: rebels hold Nyanzale",
"""In North Kivu, the army has pulled out of Nyanzale and M23 rebels now hold the town, a civil society leader in Rutshuru tells us. He says the fighting ended on {d-1} evening.""",
[(NSA, "CD", "Nyanzale", None, "d-1", "M23", "Democratic Republic of the Congo")],
"radio: rebels that 'now hold' a town the army left"),

("ng-troops-enter-for-vote", "2024-10-06 19:00", "Nigeria: soldiers deployed for Edo vote",
"""Soldiers entered Benin City on {d-1} to guard polling stations ahead of Saturday's governorship election, the army says. Residents say the streets are calm.""",
[],
"negative: soldiers who enter a city at peace to guard a vote take nothing"),
]
