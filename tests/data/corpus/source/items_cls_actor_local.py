from common import *

# Local press written for issue 14's actor and toll rules (cls-actor): attackers named
# as the text calls them, passive tolls, ages beside tolls, and negatives. In the
# team's own words, without reading the blind split.
FEED = ("dev/cls-actor-local.atom.xml", "atom", "https://districtdaily.example.in/news", "District Daily")
REGISTER = "local"

ITEMS = [
("ng-katsina-armed-men-abduct", "2024-07-09 07:40", "Armed men abduct 14 travellers on Funtua road",
"""KATSINA: Armed men on {d-1} blocked the Funtua-Gusau road near Bakori Local Government Area and abducted fourteen travellers from two buses, the police command said.

The spokesman said a 45-year-old driver who tried to escape was shot dead. Tactical teams and local vigilantes were combing the forest to rescue the victims.""",
[(CIV, "NG", "Bakori", 1, "d-1", "armed men", "civilians")], "attackers named as the text calls them; an age beside a toll"),

("in-sukma-maoists-ied", "2024-03-26 11:15", "Two jawans killed in IED blast in Sukma",
"""RAIPUR: Two CRPF jawans were killed and three injured when Maoists triggered an IED under their vehicle near Jagargunda in Sukma district on {d0}, police said.

A 29-year-old constable from Bihar was among the dead. The injured were airlifted to Raipur. Security forces launched a search of the area.""",
[(IED, "IN", "Jagargunda", 2, "d0", "CPI (Maoist)", "India")], "Maoists as the initiator; an age that is no toll"),

("pk-bajaur-militants-killed-by-strike", "2024-08-14 09:05", "Five militants killed in Bajaur operation",
"""PESHAWAR: Five militants were killed by security forces in an intelligence-based operation in the Mamund tehsil of Bajaur district on {d-1}, the military's media wing said.

It said weapons and explosives were recovered from the hideout and a clearance operation was under way.""",
[(CL, "PK", "Mamund", 5, "d-1", "Pakistan", "militants")], "passive toll with 'killed by security forces': the forces are the initiator, the dead are the toll"),

("ke-marsabit-herders-talks", "2024-11-05 16:30", "Elders meet to end Marsabit cattle feud",
"""MARSABIT: Elders from the Borana and Gabra communities met in Marsabit town on {d0} to end a feud over pasture that has seen armed raiders steal hundreds of cattle in recent years.

The county commissioner said police reservists would patrol the watering points during the dry season. No fresh attacks were reported.""",
[], "negative: raiders named in peace talks"),

("in-manipur-arms-surrender", "2024-09-30 13:50", "Militants surrender arms in Imphal East",
"""IMPHAL: Twenty-two militants of a proscribed group surrendered with rifles and grenades before the Assam Rifles and police in Imphal East on {d0}, officials said.

The chief minister welcomed the surrender and said the cadres would be rehabilitated under a state scheme.""",
[], "negative: a surrender of arms, no act of violence"),
]
