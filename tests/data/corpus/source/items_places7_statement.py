from common import *

# Statements written by helper places7 (issue 14, places), without reading the blind split:
# a foreign force's own words about its strike abroad, where its home country is named as
# the reason or the base. The team's own words; places are real, events invented or simplified.
FEED = ("dev/places7-statement.rss.xml", "rss", "https://releases7.example.int/statements", "Releases Seven")
REGISTER = "statement"

ITEMS = [
("ir-irgc-erbil-strike", "2024-01-16 09:00", "IRGC statement on strikes in the Kurdistan region",
"""The Islamic Revolutionary Guard Corps announces that in response to the crimes against the security of the Islamic Republic of Iran, its forces on {d-1} targeted the headquarters of spies and anti-Iranian terrorist groups in Erbil with ballistic missiles. The strike destroyed the targeted buildings.""",
[(SHL, "IQ", "Erbil", None, "d-1", "Iran", None)],
"statement: a foreign state's missile strike; the reason names Iran"),

("pk-ispr-afghan-border-posts", "2024-12-29 09:00", "ISPR: infiltration bid foiled in North Waziristan",
"""Security forces foiled an attempt by a group of khwarij to infiltrate across the Pakistan-Afghanistan border in the general area of Ghulam Khan, North Waziristan, on the night of {d-2}. In the ensuing exchange of fire, 6 khwarij were sent to hell. Pakistan expects the Interim Afghan Government to ensure effective border management on its side.""",
[(CL, "PK", "Ghulam Khan", 6, "d-2", "Pakistan", "Pakistani Taliban")],
"statement: Pakistan's own border area, Afghanistan named as the neighbour"),

("ua-genstaff-crimea-strike", "2024-09-22 09:00", "General Staff: a strike on an ammunition depot",
"""On the night of {d-1}, units of the Defence Forces struck an ammunition depot of the occupiers near Oktiabrske in the temporarily occupied Crimea. Secondary detonations were recorded. The Defence Forces of Ukraine will continue to do everything to end the Russian aggression.""",
[(SHL, "UA", "Oktiabrske", None, "d-1", "Ukraine", "Russia")],
"statement: a strike by Ukraine in Crimea (UA by convention); Russia named as the aggressor"),
]
