from common import *

# Tolls of the main event, written by helper cls-tolls for issue 14 (session 6) without
# reading the blind items: zeros stated apart from the act ("No damage or casualties
# reported.", "no passers-by were hurt") and closing every act told before them, and
# killings by gunfire told actively with the victims after the verb ("machine-gunned",
# "gunned down", "shot dead"), "assassinated", "causing the death of", a part of the dead
# given after a comma ("four of them women"), and a toll stated only in the headline.
FEED = ("dev/cls-tolls.rss.xml", "rss", "https://tollsdesk.example.org/notes", "Tolls Desk")
REGISTER = "notes"

ITEMS = [
("ru-kaluga-drones-none", "2024-07-19 09:00", "Russia: Kaluga",
"""On 17 July 2024, the Russian defence ministry said air defence units brought down four Ukrainian drones over Kaluga region (Kaluga). No damage or casualties reported.""",
[(DIS, "RU", "Kaluga", 0, "2024-07-17", "Russia", "Ukraine")],
"an interception closed by 'no damage or casualties': 0"),

("sy-conoco-rockets-none", "2024-02-06 10:00", "SYR-Deir ez-Zor",
"""On 4 February 2024, an unidentified armed group fired several rockets at the Conoco gas field base (Khasham, Deir ez-Zor). Two rockets hit an empty yard inside the base; the others fell in open ground. No injuries or fatalities reported.""",
[(SHL, "SY", "Conoco gas field", 0, "2024-02-04", "Unidentified Armed Group (Syria)", None)],
"a rocket attack closed by 'no injuries or fatalities': 0"),

("co-cauca-farmhands-machinegunned", "2024-03-11 08:00", "Colombia: Cauca",
"""On 9 March 2024, unidentified gunmen machine-gunned five farmhands at a coffee farm near Suarez (Suarez, Cauca). The attackers fled on motorbikes. 5 fatalities.""",
[(CIV, "CO", "Suarez", 5, "2024-03-09", "unidentified gunmen", "civilians")],
"'machine-gunned five farmhands': a killing by gunfire, 5"),

("ng-katsina-traders-gunned-down", "2024-05-23 08:00", "Nigeria: Katsina",
"""On 21 May 2024, bandits gunned down four traders returning from the weekly market at Danmusa (Danmusa, Katsina). Police said a search was under way.""",
[(CIV, "NG", "Danmusa", 4, "2024-05-21", "bandits", "civilians")],
"'gunned down four traders' told actively, no closing count: 4"),

("ml-douentza-assassinated", "2024-10-16 08:00", "Mali: Mopti",
"""On 14 October 2024, unidentified armed men assassinated three village chiefs near Boni (Douentza, Mopti) as they returned from a meeting with the prefect.""",
[(CIV, "ML", "Boni", 3, "2024-10-14", "armed men", "civilians")],
"'assassinated three village chiefs' read as a killing: 3"),

("mz-macomia-bus-mine", "2024-04-09 08:00", "Mozambique: Cabo Delgado",
"""On 7 April 2024, a minibus hit a landmine on the road between Macomia and Oasse (Macomia, Cabo Delgado), causing the death of six passengers, two of them children. Insurgents had laid mines on the road the week before.""",
[(IED, "MZ", "Macomia", 6, "2024-04-07", None, "civilians")],
"'causing the death of six passengers, two of them children': 6, not 8"),

("af-kunduz-mosque-toll-rose", "2024-11-04 09:00", "Afghanistan: Kunduz",
"""On 1 November 2024, a bomb hidden in a water cooler exploded during Friday prayers at a mosque in Imam Sahib (Imam Sahib, Kunduz). ISKP claimed. The toll went from 12 on the day to 19 by 3 November.""",
[(IED, "AF", "Imam Sahib", 19, "2024-11-01", "Islamic State Khorasan", "civilians")],
"a toll that 'went from 12 on the day to 19': the later figure"),

("cm-mayo-tsanaga-market-toll", "2024-12-02 09:00", "Cameroon: Far North",
"""On 29 November 2024, two female suicide bombers blew themselves up at the weekly market of Mozogo (Mayo-Tsanaga, Far North). Local officials first counted 6 dead. A day later the prefect said the toll had risen to 14. Residents blamed Boko Haram for the attack.""",
[(SUI, "CM", "Mozogo", 14, "2024-11-29", "Boko Haram", "civilians")],
"a risen toll told between the act and a later mention of it ('the attack'): 14"),
]
