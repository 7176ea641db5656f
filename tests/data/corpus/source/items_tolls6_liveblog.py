from common import *

# Liveblog tolls written by helper tolls6 (session of 2026-12-07) for issue 14, in our own
# words and without reading the blind items: the attackers' dead added to the toll when
# told apart ("three attackers were also killed"), a victim named by his children ("a
# father of six": one person, not six), and "toll" as a road's fee ("toll plaza"), a
# false friend of the death toll.
FEED = ("dev/tolls6-liveblog.feed.json", "json", "https://tickerdesk6.example.net/live", "Ticker Desk: Live")
REGISTER = "liveblog"

ITEMS = [
("pk-lakki-marwat-attackers-also-live", "2025-04-17 18:00", "Khyber Pakhtunkhwa live: checkpoint attacked in Lakki Marwat",
"""06:10 PKT - Militants attacked a police checkpoint in Lakki Marwat before dawn, opening fire from two sides, police say.

09:45 PKT - Police: four constables were killed in the attack on the checkpoint.

13:20 PKT - Three attackers were also killed in the exchange of fire, the district police officer says; the others fled towards the hills.""",
[(CL, "PK", "Lakki Marwat", 7, "d0", "militants", "Pakistan")],
"the attackers' dead, told apart in a later update, add to the toll: 4 + 3"),

("ng-kauru-father-of-six-live", "2025-07-09 17:30", "Kaduna live: bandits raid Kauru villages",
"""16:55 WAT - Community leader: bandits killed a father of six and three herders when they raided Kauru in southern Kaduna overnight; about 40 cows were taken.

12:10 WAT - Reports of an attack on farming settlements in Kauru local government area; residents say armed men arrived on motorcycles.""",
[(CIV, "NG", "Kauru", 4, "d0", "bandits", "civilians")],
"'a father of six and three herders': four dead, the six are his children"),

("pk-peshawar-toll-plaza-live", "2025-10-02 16:00", "Peshawar live: bomb hits police van",
"""11:05 PKT - A roadside bomb went off next to a police van near the Chamkani toll plaza on the Peshawar ring road, killing two constables, police say.

12:40 PKT - The toll plaza at Kilometre 9 is closed to traffic while the bomb disposal squad searches the area.

15:30 PKT - No group has claimed the bombing so far.""",
[(IED, "PK", "Peshawar", 2, "d0", None, "Pakistan")],
"'toll plaza at Kilometre 9' is a road's fee booth, not a toll of nine"),

("so-mogadishu-hotel-attackers-live", "2025-02-22 21:00", "Mogadishu live: siege at beach hotel",
"""20:35 EAT - Security minister: the siege is over; 9 civilians and two soldiers were killed, and all five attackers are dead.

18:05 EAT - Gunfire continues inside the hotel on the seafront; special forces have entered the building.

16:20 EAT - Al-Shabaab fighters stormed a seafront hotel in Mogadishu's Abdiaziz district after a car bomb exploded at its gate, witnesses say.""",
[(IED, "SO", "Mogadishu", 16, "d0", "Al-Shabaab", "civilians")],
"newest first: 9 civilians and two soldiers, and the five attackers told apart: 16 (a car bomb and the assault after it: one act)"),

("ng-konduga-fatalities-rise-live", "2025-06-15 18:00", "Borno live: suicide bombing at Konduga mosque",
"""12:00 WAT - A suicide bomber blew himself up inside a mosque in Konduga during afternoon prayers, vigilantes say.

13:15 WAT - Police: 18 worshippers were killed and about 30 injured.

17:40 WAT - Fatalities rise to 23 as more of the injured die at the Maiduguri teaching hospital.""",
[(SUI, "NG", "Konduga", 23, "d0", None, "civilians")],
"'Fatalities rise to 23' is the latest toll; '17:40 WAT - Fatalities' is no count of 40"),

("mm-sagaing-number-killed-live", "2025-09-03 15:00", "Myanmar live: air strike on village school",
"""09:00 MMT - Military jets bombed a school in a village of Sagaing region during morning lessons, a local resistance group says.

12:30 MMT - National Unity Government: the number killed has reached 31, 20 of them children.""",
[(AIR, "MM", "Sagaing", 31, "d0", "Myanmar", "civilians")],
"'the number killed has reached 31': the toll, not the 20 children among them"),
]
