from common import *

# Event-database notes written by helper cls-types for issue 14 (session 6) without
# reading the blind items: a barrage partly intercepted and partly landing (two events)
# and one stopped whole.
FEED = ("dev/cls-types-wave-notes.rss.xml", "rss", "https://codingdesk.example.org/notes", "Coding Desk Notes")
REGISTER = "notes"

ITEMS = [
("sy-qamishli-rockets", "2024-08-12 10:00", "SYR-Hasakah",
"""On 9 August 2024, an unidentified armed group fired rockets at the US base at Qasrak (Tal Tamr, Al-Hasakah). Several rockets were shot down by the base's defences; two landed and one struck a storage building. No fatalities reported.""",
[(SHL, "SY", "Qasrak", 0, "2024-08-09", "Unidentified Armed Group (Syria)", "United States"), (DIS, "SY", "Qasrak", 0, "2024-08-09", "United States", None)],
"rockets partly shot down and partly striking: two events"),

("ye-marib-missile-down", "2023-03-20 10:00", "Yemen: Marib",
"""On 18 March 2023, Houthi forces fired a ballistic missile towards Marib city (Marib City, Marib). The missile was intercepted by the air defences of the government forces. Fatalities: 0.""",
[(DIS, "YE", "Marib", 0, "2023-03-18", "Yemen", "Houthis")],
"one missile fired and intercepted: one interception"),
]
