from common import *

# Liveblog updates written by helper fa6 for issue 14 (session of 2026-12-07), in our
# own words and without reading the blind items.
FEED = ("dev/fa6-liveblog.feed.json", "json", "https://fa6-live.example.org/live", "FA6 Live")
REGISTER = "liveblog"

ITEMS = [
("gaza-truce-talks-live", "2024-05-06 20:00", "Gaza ceasefire talks live: Hamas says it accepts proposal",
"""19:40 GMT - Israel's war cabinet says the proposal is far from its demands but it will send a delegation to Cairo.

17:15 GMT - Hamas says it has told Egyptian and Qatari mediators it accepts their proposal for a truce, which would pause the fighting for six weeks and free hostages in stages.

15:00 GMT - Crowds in Rafah cheer as news of the Hamas statement spreads; some fire into the air in celebration.""",
[],
"liveblog: truce talks and celebratory fire: no event"),

("ua-exchange-live", "2024-06-25 16:00", "Russia-Ukraine war live: 90 prisoners come home in exchange",
"""15:30 GMT - Zelensky posts photos of the freed men wrapped in flags and says the work to bring everyone home continues.

13:05 GMT - Ukraine's coordination headquarters confirms 90 Ukrainian prisoners of war have returned in an exchange mediated by the UAE; Russia received the same number.

11:20 GMT - Kyiv's military administration says the capital had a quiet night, with no air raid alert.""",
[],
"liveblog: a prisoner exchange and a quiet night: no event"),

("us-cyber-attack-live", "2024-07-19 14:00", "Global IT outage live: airlines, banks hit",
"""13:10 GMT - Microsoft says a faulty update from security firm CrowdStrike caused the crash; the company insists it was not a cyber attack.

11:45 GMT - Airports in Berlin and Amsterdam suspend check-in as screens go blank across Europe.

09:30 GMT - Banks in Australia and New Zealand report their systems are down.""",
[],
"liveblog: an IT outage, no cyber attack: no event"),

("kp-missile-launch-live", "2024-01-14 10:00", "North Korea fires missile - live updates",
"""09:40 GMT - Japan's defence ministry says the missile flew about 1,000 km and fell outside its exclusive economic zone.

08:55 GMT - KCNA later says the launch was a test of a new solid-fuel hypersonic warhead.

07:30 GMT - South Korea's Joint Chiefs of Staff say North Korea fired a ballistic missile from the Pyongyang area into the East Sea.""",
[],
"liveblog: a missile test into the sea: no event"),

("il-lebanon-warning-live", "2024-09-19 21:00", "Middle East live: Hezbollah leader vows punishment",
"""20:30 GMT - Nasrallah says Israel will face "a just punishment" for the pager blasts and that the front with northern Israel will not stop until the war in Gaza ends.

18:10 GMT - Israel's defence minister says a new phase of the war is beginning and that the centre of gravity is moving north.

16:00 GMT - Airlines extend their suspension of flights to Beirut.""",
[],
"liveblog: vows and warnings: no event"),

("ua-odesa-port-strike-live", "2024-10-10 12:00", "Ukraine live: missile hits ship in Odesa port",
"""11:30 GMT - The Panama-flagged container ship was hit by a Russian ballistic missile as it docked in Odesa, killing eight people, the regional governor says.

10:00 GMT - Zelensky calls for more air defence after the strike.""",
[(SHL, "UA", "Odesa", 8, "d0", "Russia", None)],
"liveblog: a missile hits a ship in port: one event"),
]
