from common import *

# Coder's notes written by helper tolls6 (session of 2026-12-07) for issue 14, in our own
# words and without reading the blind items: a day given as an ISO date, the attackers'
# dead told apart from the victims' (both counted), a victim named by kin.
FEED = ("dev/tolls6-notes.rss.xml", "rss", "https://eventnotes6.example.org/log", "Event Notes Six")
REGISTER = "notes"

ITEMS = [
("ne-tera-iso-date-assailants", "2024-09-20 09:00", "Niger: Tillaberi",
"""2024-09-17: Suspected IS Sahel militants attacked an army post at Tera (Tera, Tillaberi). Six soldiers were killed; the army reported that 11 assailants were killed in the fighting.""",
[(CL, "NE", "Tera", 17, "2024-09-17", "Islamic State Sahel", "Niger")],
"notes: ISO day; soldiers and the assailants told apart, both counted"),

("cd-oicha-father-of-seven", "2024-05-15 10:30", "DR Congo: North Kivu",
"""On 12 May 2024, suspected ADF militants killed a father of seven in his field near Oicha (Beni, North Kivu) and burned two houses.""",
[(CIV, "CD", "Oicha", 1, "2024-05-12", "ADF", "civilians")],
"notes: 'a father of seven' is one victim"),

("iq-tarmiyah-iso-date", "2025-01-08 08:20", "Iraq: Salah al-Din",
"""On 2025-01-06, an IED struck a vehicle of the PMF near Tarmiyah (Salah al-Din), killing 2 fighters and wounding 3.""",
[(IED, "IQ", "Tarmiyah", 2, "2025-01-06", None, "Popular Mobilization Forces")],
"notes: the ISO date is the day"),
]
