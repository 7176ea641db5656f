from common import *

# Liveblog updates written by helper cls-live for issue 14: newest first, a toll
# update standing above the older update that tells its act (the toll belongs to
# that act), and negatives whose toll updates tell no new act.
FEED = ("dev/cls-live-a.feed.json", "json", "https://nowdesk.example.org/live", "Now Desk Live")
REGISTER = "liveblog"

ITEMS = [
("mogadishu-hotel-live", "2025-03-11 16:20", "Mogadishu live: siege at seafront hotel over",
"""16:05 GMT - Update: Health ministry puts the number of dead at 14, most of them guests. Dozens wounded taken to Madina hospital.

13:30 GMT - Police say the last gunmen have been killed and the building cleared.

10:50 GMT - Al-Shabaab fighters storm the Lido Beach hotel after a suicide car bomb at the gate. Heavy gunfire, witnesses say.""",
[(SUI, "SO", "Lido Beach", 14, "d0", "al-Shabaab", None)],
"newest first: the toll update tops the blog, the act is told at the bottom"),

("kharkiv-glide-bomb-live", "2025-04-02 11:40", "Kharkiv live: glide bombs hit city centre",
"""11:25 GMT - Regional governor: five dead, 31 hurt. Two children among the injured.

10:10 GMT - Russian glide bombs hit a shopping street in central Kharkiv, Ukraine's emergency service says. Fire in several shops.""",
[(AIR, "UA", "Kharkiv", 5, "d0", "Russia", "civilians")],
"a fragment toll update above its strike"),

("goma-shelling-live", "2025-01-27 18:10", "DR Congo live: fighting reaches Goma",
"""17:55 GMT - Toll from this morning's shelling of the Mugunga camp now 9, the UN says.

15:20 GMT - Talks in Nairobi postponed; East African leaders to meet on Wednesday.

08:40 GMT - Shells land in the Mugunga displacement camp west of Goma as M23 rebels push towards the airport.""",
[(SHL, "CD", "Mugunga", 9, "d0", "M23", "civilians")],
"toll update two updates above the act, talks between them"),

("jenin-raid-live", "2025-02-04 09:30", "West Bank live: Israeli raid in Tammun",
"""09:15 GMT - Palestinian health ministry: three killed overnight.

07:50 GMT - Israeli army says its aircraft struck a group of militants in Tammun, near Tubas, overnight.

06:30 GMT - Recap: the army's operation in the northern West Bank is in its third week.""",
[(AIR, "PS", "Tammun", 3, "d0", "Israel", None)],
"toll fragment above the strike it counts"),

("quetta-station-live", "2025-11-09 13:00", "Quetta live: blast at railway station",
"""12:45 GMT - Update: 21 confirmed dead, provincial health officials say; hospitals declare emergency.

11:20 GMT - Railway services from Quetta suspended until further notice.

10:05 GMT - Suicide bomber blows himself up on the crowded platform of Quetta railway station as a train for Peshawar is boarding, police say.""",
[(SUI, "PK", "Quetta", 21, "d0", None, "civilians")],
"toll at the top, suspension between, the bombing below"),

("caracas-vote-live", "2025-07-28 20:00", "Venezuela election live: polls close",
"""19:40 GMT - Opposition says its witnesses were kept out of several counting centres.

17:10 GMT - Queues still long in Petare as polls close.

12:30 GMT - Recap: at least 25 people died in the unrest after the last vote, rights groups say.""",
[], "election blog; an old toll as recap: negative"),

("cairo-quake-drill-live", "2025-09-15 14:00", "Egypt live: nationwide emergency drill",
"""13:45 GMT - Drill over. Civil defence says the 'casualty figures' of 40 dead were part of the exercise scenario.

11:15 GMT - Sirens sound in Cairo and Alexandria as the exercise begins; no cause for alarm, ministry says.""",
[], "a drill with staged tolls: negative"),

("manila-ferry-live", "2025-08-03 07:30", "Philippines live: ferry capsizes off Mindoro",
"""07:10 GMT - Coast guard: 11 bodies recovered, 40 rescued. Search continues.

05:20 GMT - Passenger ferry capsizes in rough seas off Calapan, Oriental Mindoro, after its engine fails.""",
[], "an accident with a toll update above it: negative"),
]
