from common import *

# Database notes written in session 12 for issue 14's initiator figure (actors6): a named
# group's own "forces" or "troops" (never the state of the place), the sender of a
# weapon that was stopped, and two sides joined by "and" with a word between ("troops and
# Macawisley fighters"). In the team's own words, without reading the blind split.
FEED = ("dev/actors6-notes.feed.json", "json", "https://codebook.example.org/notes", "Codebook: Notes")
REGISTER = "notes"

ITEMS = [
("sd-omdurman-rsf-troops-shell", "2024-07-16 09:00", "Sudan: Khartoum",
"""On 14 July 2024, RSF troops shelled the Al-Thawra neighbourhood of Omdurman (Karari, Khartoum) with artillery, hitting a market. 9 fatalities.""",
[(SHL, "SD", "Omdurman", 9, "2024-07-14", "Rapid Support Forces", "civilians")], "notes: 'RSF troops' are the group's own, not Sudan's forces"),

("ly-tarhuna-lna-forces", "2024-08-21 09:00", "Libya: Tarhuna",
"""On 19 August 2024, LNA forces clashed with an armed group near Tarhuna (Tarhuna, Murqub). 3 fatalities.""",
[(CL, "LY", "Tarhuna", 3, "2024-08-19", "Libyan National Army", "armed group")], "notes: 'LNA forces' are the group, never Libya's state"),

("ye-taiz-houthi-forces-missile-down", "2024-04-03 09:00", "Yemen: Taizz",
"""On 1 April 2024, Houthi forces launched a drone towards government positions near Taizz city (Al Mudhaffar, Taizz). The drone was shot down by the air defences of the government forces. Fatalities: 0.""",
[(DIS, "YE", "Taizz", 0, "2024-04-01", "Yemen", "Houthis")], "notes: the group that launched the weapon that was stopped is the side hit"),

("so-bulo-burde-sna-and-macawisley", "2024-11-05 09:00", "Somalia: Hiraan",
"""On 3 November 2024, SNA troops and Macawisley fighters regained control of Bulo Burde (Bulo Burto, Hiraan) after a short fight with Al Shabaab, who withdrew north. 4 fatalities.""",
[(GOV, "SO", "Bulo Burde", 4, "2024-11-03", "Somalia", "Al-Shabaab")], "notes: the state's troops named first, a clan militia joined to them by 'and'"),
]
