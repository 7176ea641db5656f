from common import *

# Wire copy written by helper tollsdates for issue 14 (session 10) without reading the
# blind items: a vow told on one day for an act of another ("vowed on Thursday to
# respond"), an earlier attack named in the background, a toll of a month beside the
# event's, and an act dated by a weekday with a dateline a day before publication.
FEED = ("dev/tollsdates-wire.rss.xml", "rss", "https://tollwire.example.net/world", "Toll Wire: World")
REGISTER = "wire"

ITEMS = [
("tr-hakkari-vow-car-bomb", "2025-03-14 16:00", "Turkey vows to hunt down bombers after Hakkari attack",
"""ANKARA, {m0} (Agency) - Turkey's interior minister vowed on {d0} to hunt down those behind a car bomb that killed four soldiers in Yuksekova in Hakkari province on {d-2}.

The bomb went off as a military vehicle passed on the road to the border, the governor's office said. No group has claimed the attack.

The minister said operations in the area would continue "until the last terrorist is caught".""",
[(IED, "TR", "Yuksekova", 4, "d-2", None, "Turkey")],
"the vow's day is not the bombing's: d-2"),

("pk-quetta-police-last-weeks-bombing", "2025-11-18 13:30", "Gunmen kill three policemen in Quetta",
"""QUETTA, Pakistan, {m0} (Agency) - Gunmen on motorcycles shot dead three policemen guarding a polio vaccination team on the outskirts of Quetta on {d0}, officials said.

The attack came a week after last {d-7}'s suicide bombing at the city's railway station, which killed 26 people, most of them soldiers.

The Balochistan government said the vaccination drive would go on under more protection.""",
[(CIV, "PK", "Quetta", 3, "d0", None, "Pakistan")],
"last week's bombing and its toll are background: 3 on d0"),

("so-jilib-strike-month-toll", "2025-07-09 10:00", "US strike kills al-Shabaab fighters in Jilib",
"""NAIROBI, {m0} (Agency) - A U.S. air strike killed seven al-Shabaab fighters near Jilib in Somalia's Middle Juba region on {d-1}, the U.S. Africa Command said.

It was the ninth such strike this month. Strikes in June killed more than 60 militants, according to AFRICOM figures.

Al-Shabaab did not comment.""",
[(AIR, "SO", "Jilib", 7, "d-1", "United States", "Al-Shabaab")],
"a month's toll beside the event's: 7"),

("ng-zurmi-dateline-sunday", "2025-08-26 06:00", "Bandits kill 11 villagers in Zamfara",
"""GUSAU, Nigeria, {m-1} (Agency) - Bandits on motorcycles stormed a village in Zurmi local government area of Zamfara State on {d-2} and killed 11 villagers, a local official said on {d-1}.

Residents buried the dead on {d-1} morning. Police said troops had been sent to the area.""",
[(CIV, "NG", "Zurmi", 11, "d-2", "bandits", "civilians")],
"a weekday against a dateline a day before publication; the burial day is not the act's"),
]
