from common import *

# Liveblog toll updates written by helper tolls5 (session of 2026-12-07) for issue 14, in
# our own words and without reading the blind items: a toll told as "toll now N", "Toll
# at N" or "X toll rises to N" with no "death" or "the" before "toll"; updates told oldest
# first, where the last entry's toll is the latest; two incidents in one blog, each with
# its own update, the update naming its town; dead counted as "soldiers and auxiliaries"
# (one total for two nouns).
FEED = ("dev/tolls5-liveblog.feed.json", "json", "https://minutedesk.example.net/live", "Minute Desk: Live")
REGISTER = "liveblog"

ITEMS = [
("ml-gao-bus-mine-oldest-first-live", "2025-03-14 16:00", "Mali live: bus hits mine on Gao road",
"""08:20 GMT - A passenger bus ran over a landmine on the road from Gao to Ansongo this morning, local officials say.

10:45 GMT - Gao hospital: four dead so far and 15 wounded.

14:30 GMT - Toll now 11, a regional health official says. Most of the dead were traders going to the Ansongo market.""",
[(IED, "ML", "Gao", 11, "d0", None, "civilians")],
"oldest first: the last entry's bare 'Toll now 11' is the latest total"),

("pk-quetta-station-blast-live", "2025-11-09 17:30", "Quetta live: blast at railway station",
"""17:10 PKT - Railway station blast toll rises to 26, the provincial health department says.

13:40 PKT - At least 19 people killed in the blast on the platform, police say. The Baloch Liberation Army says it carried out the attack.

12:55 PKT - Bomb goes off at Quetta railway station as passengers wait for the morning train to Peshawar.""",
[(IED, "PK", "Quetta", 26, "d0", "Baloch Liberation Army", "civilians")],
"'X toll rises to 26', no article before 'toll': the latest figure"),

("ua-dnipro-bus-station-toll-at-live", "2025-06-24 18:30", "Ukraine live: missile hits Dnipro",
"""18:05 EET - Toll at nine, Dnipro regional administration says; 40 people in hospital, six of them in a grave state.

15:30 EET - A Russian missile hits a bus station in central Dnipro during rush hour; at least five dead, the regional governor says.""",
[(SHL, "UA", "Dnipro", 9, "d0", "Russia", "civilians")],
"newest first: 'Toll at nine' above the entry that tells the strike"),

("ng-gwoza-market-toll-from-live", "2025-08-02 18:45", "Borno live: blasts at Gwoza market",
"""18:20 WAT - Toll from this morning's bombing at the Gwoza cattle market now 17, a local government official says.

12:05 WAT - Two explosions at the cattle market in Gwoza; several traders feared dead, vigilantes say.""",
[(IED, "NG", "Gwoza", 17, "d0", None, "civilians")],
"'Toll from ... now 17' opening an entry"),

("ua-sumy-odesa-two-tolls-live", "2025-05-20 20:45", "Ukraine live: strikes on Sumy and Odesa",
"""20:15 EET - Sumy toll now eight, the regional military administration says.

18:40 EET - Odesa: three people killed as a Russian drone hits a warehouse in the port district, the governor says.

14:05 EET - A Russian ballistic missile struck a university building in the centre of Sumy; two dead reported.""",
[(SHL, "UA", "Sumy", 8, "d0", "Russia", "civilians"), (AIR, "UA", "Odesa", 3, "d0", "Russia", "civilians")],
"two incidents; the update naming Sumy belongs to Sumy's strike, not to the Odesa entry below it"),

("so-afgooye-two-attacks-oldest-first-live", "2025-04-08 17:00", "Somalia live: checkpoint attack and roadside bomb",
"""09:10 EAT - Al-Shabaab fighters attack an army checkpoint on the outskirts of Afgooye; heavy gunfire reported.

11:30 EAT - Separately, a roadside bomb hits a police vehicle in Baidoa, killing two officers.

15:45 EAT - Afgooye checkpoint attack: toll rises to seven soldiers, an army officer says.""",
[(CL, "SO", "Afgooye", 7, "d0", "Al-Shabaab", "Somalia"), (IED, "SO", "Baidoa", 2, "d0", None, "Somalia")],
"oldest first, two incidents: the last update names Afgooye, its toll is the checkpoint attack's"),

("bf-diapaga-post-soldiers-and-auxiliaries-live", "2025-09-12 19:00", "Burkina Faso live: army post attacked in the east",
"""18:30 GMT - Security source: 14 soldiers and auxiliaries were killed when JNIM fighters attacked the army post at Diapaga before dawn.

11:15 GMT - Residents of Diapaga report gunfire from the direction of the military post.""",
[(CL, "BF", "Diapaga", 14, "d0", "JNIM", "Burkina Faso")],
"'14 soldiers and auxiliaries were killed': one count for both nouns, 14"),

("sy-idlib-market-update-live", "2025-10-21 16:30", "Syria live: strike on Idlib market",
"""UPDATE 16:10 - Civil defence: toll of the air strike on the vegetable market in Ariha climbs to 12, among them three children.

UPDATE 13:25 - Warplanes strike a crowded vegetable market in Ariha, south of Idlib; the civil defence counts five dead so far.""",
[(AIR, "SY", "Ariha", 12, "d0", None, "civilians")],
"'toll of the air strike ... climbs to 12': the latest total"),

("ps-gaza-school-war-toll-live", "2025-08-05 16:30", "Gaza live: strike on school shelter",
"""16:05 GMT - Gaza toll now above 61,000, the health ministry says.

14:10 GMT - An Israeli strike on a school sheltering displaced families in Gaza City kills nine people, the civil defence agency says.""",
[(AIR, "PS", "Gaza City", 9, "d0", "Israel", "civilians")],
"the war's toll in an update of its own is not the day's strike's: 9"),

("sd-el-fasher-war-toll-oldest-first-live", "2025-06-17 18:00", "Sudan live: shelling of El Fasher",
"""10:15 GMT - RSF shells hit the Abu Shouk camp outside El Fasher, killing six people, the camp's coordinators say.

13:30 GMT - US envoy: war toll now at least 150,000 across Sudan.

16:50 GMT - Aid agencies warn of famine in North Darfur.""",
[(SHL, "SD", "Abu Shouk", 6, "d0", "Rapid Support Forces", "civilians")],
"oldest first: the war's toll told after the act does not close it: 6"),

("ye-taiz-market-two-updates-live", "2025-02-11 19:20", "Yemen live: shelling of Taiz market",
"""19:00 GMT - Toll now 12, says the health office in Taiz.

16:35 GMT - Toll rises to eight, a hospital director says.

13:50 GMT - Houthi shells land on a crowded market in the Bir Basha area of Taiz; witnesses say there are dead and wounded.""",
[(SHL, "YE", "Taiz", 12, "d0", "Houthis", "civilians")],
"two bare toll updates newest first, both above the entry that tells the act: the newest, 12"),
]
