from common import *

# Liveblog updates written for the date rules (helper cls-date): entries stamped with a
# time of day are told on the day the blog is published, so an act they report without
# another day is that day's; and liveblogs of things that are not incidents.
FEED = ("dev/cls-date-live.feed.json", "json", "https://datedesk.example.org/live", "Date Desk: Live")
REGISTER = "liveblog"

ITEMS = [
("odesa-port-drones-live", "2024-10-09 10:45", "Odesa live: drones hit port, two dead",
"""10:30 GMT — Port authority: a container ship under a Panamanian flag was damaged at the quay. No crew hurt.

08:55 GMT — Governor Kiper: two port workers killed, five wounded as drones hit port infrastructure in Odesa.

07:10 GMT — Explosions heard across the city; air raid alert still on.""",
[(AIR, "UA", "Odesa", 2, "d0", "Russia", "civilians")], "entry stamps: the act is the publication day's"),

("khuzdar-bus-gunmen-live", "2025-03-04 13:20", "Balochistan live: gunmen attack passenger bus",
"""[1305 GMT] Provincial government spokesman says the wounded have been flown to Quetta.

[1140 GMT] Police in Khuzdar: gunmen stopped a passenger bus on the national highway and opened fire, killing five passengers. Attackers fled into the hills.""",
[(CIV, "PK", "Khuzdar", 5, "d0", "gunmen", "civilians")], "bracketed stamps"),

("ghana-election-live", "2024-12-07 18:30", "Ghana votes live: counting under way",
"""18:10 GMT — Polls have closed in most regions; counting has started in Accra.

15:45 GMT — Electoral commission: turnout high, voting extended in a handful of stations where kits arrived late.

11:20 GMT — Queues in Kumasi since dawn. Observers report a calm vote.""",
[], "an election"),

("manila-typhoon-live", "2024-11-14 09:00", "Typhoon live: storm makes landfall in northern Luzon",
"""08:40 GMT — Weather bureau: the typhoon has weakened slightly after landfall in Cagayan.

06:15 GMT — Two people killed by a landslide in Benguet, disaster officials say.

04:00 GMT — Storm makes landfall with winds of 185 km/h.""",
[], "a storm with a toll"),
]
