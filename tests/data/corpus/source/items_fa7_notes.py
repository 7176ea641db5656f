from common import *

# Event-database notes written by helper fa7 for issue 14 (session of 2026-12-07), in our
# own words and without reading the blind items: judicial proceedings are not events.
FEED = ("dev/fa7-notes.rss.xml", "rss", "https://fa7-notes.example.org/events", "FA7 Notes")
REGISTER = "notes"

ITEMS = [
("ng-maiduguri-court-bh-sentence", "2024-03-08 08:00", "Nigeria: Borno",
"""On 5 March 2024, a Federal High Court in Maiduguri (Maiduguri, Borno) sentenced 12 Boko Haram members to prison terms for the 2014 abduction of schoolgirls in Chibok. No fatalities. Judicial proceeding; no event.""",
[],
"notes: a court sentence over an old abduction: no event"),

("ml-bamako-assize-verdict", "2024-11-20 08:00", "Mali: Bamako",
"""On 18 November 2024, the special assize court in Bamako (Bamako) convicted two men for the attack on the Radisson Blu hotel in which gunmen killed 20 guests and staff. No new violence. Court verdict.""",
[],
"notes: an assize verdict over a past hotel attack: no event"),

("cd-bunia-court-judge-killed", "2024-06-11 08:00", "DR Congo: Ituri",
"""On 9 June 2024, CODECO militia shot dead a magistrate of the military court on the road between Bunia and Komanda (Irumu, Ituri) as he returned from a hearing. 1 fatality.""",
[(CIV, "CD", "Bunia", 1, "2024-06-09", "CODECO", "civilians")],
"notes: a militia kills a magistrate on the road: one event (a near miss for court news)"),
]
