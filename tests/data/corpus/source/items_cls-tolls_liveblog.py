from common import *

# Liveblog updates written by helper tollsdates for issue 14 (session 10), in our own
# words and without reading the blind items: tolls that rise through the day ("Toll now
# four", "has risen to seven"), told without "death" before "toll", the latest figure
# against the first, the wounded beside the dead, "dozens" (no number), the attackers'
# dead beside their victims' (both counted), a part of the dead given vaguely, the toll of a war beside the day's, an age
# beside a count, and an earlier act named in the background; dates from entry stamps,
# "yesterday" in an entry and a toll update about yesterday's strike.
FEED = ("dev/tollsdates-liveblog.feed.json", "json", "https://runningdesk.example.org/live", "Running Desk: Live")
REGISTER = "liveblog"

ITEMS = [
("ua-kharkiv-glide-toll-live", "2025-04-12 17:00", "Kharkiv live: glide bomb hits block of flats",
"""16:40 EET - Regional governor: the number of dead from the glide bomb strike on the block of flats in the Kyivskyi district has risen to seven. Rescuers are still searching the rubble.

13:15 EET - Toll now four, with 21 injured, the emergency service says.

11:05 EET - A Russian glide bomb hit a nine-storey block of flats in Kharkiv's Kyivskyi district; at least two people were killed, the mayor says.""",
[(AIR, "UA", "Kharkiv", 7, "d0", "Russia", "civilians")],
"a toll that rises through three updates, newest first: the latest figure, 7"),

("so-bakara-car-bomb-live", "2025-02-20 15:30", "Mogadishu live: blast at Bakara market",
"""15:10 EAT - Police spokesman: six people died in the Bakara market blast; 32 others are being treated for wounds at Medina and Erdogan hospitals.

13:45 EAT - Ambulance service says it has carried more than 30 wounded from the market.

12:30 EAT - A car bomb parked near shops went off at Bakara market in Mogadishu. Al-Shabaab claims it on its radio station.""",
[(IED, "SO", "Bakara market", 6, "d0", "Al-Shabaab", "civilians")],
"the wounded told in every update, the dead once: 6"),

("sd-omdurman-market-dozens-live", "2025-01-28 19:40", "Sudan live: shells hit Omdurman market",
"""19:20 GMT - Activists in Omdurman say dozens were killed when shells hit the Sabreen market in the afternoon. No figure yet from the health ministry.

17:05 GMT - Sudan's foreign minister arrives in Cairo for talks on aid corridors.""",
[(SHL, "SD", "Omdurman", None, "d0", None, "civilians")],
"'dozens were killed': no number, null"),

("pk-bannu-cantonment-live", "2025-03-05 15:00", "Bannu live: attack on cantonment",
"""14:30 PKT - Army media wing: all six attackers who stormed the Bannu cantonment were killed by troops. Five soldiers and eight civilians lost their lives in the attack, it says.

11:10 PKT - Two vehicles packed with explosives were driven into the outer wall of the Bannu cantonment and blew up, then gunmen tried to force their way in, police say.

09:50 PKT - Loud blasts heard across Bannu city.""",
[(SUI, "PK", "Bannu", 19, "d0", None, "Pakistan")],
"the attackers' dead and their victims' told apart: 6 + 5 + 8 = 19"),

("ua-odesa-port-missile-live", "2025-05-16 14:30", "Odesa live: missile strike on port district",
"""Update 14:05: At least nine dead and 40 wounded in Odesa after the overnight missile strike on the port district, the regional governor says.

Update 09:20: Missile hits the port area of Odesa overnight; three people confirmed dead so far.""",
[(SHL, "UA", "Odesa", 9, "d0", "Russia", "civilians")],
"'Update HH:MM:' stamps; the later 'at least nine dead' against the first three"),

("cd-djugu-lala-site-live", "2025-06-03 18:00", "Ituri live: militia attack on displaced site",
"""17:30 CAT - Civil society in Djugu: the toll of the CODECO raid on the Lala site rises to 23, among them seven children.

12:10 CAT - Local officials say at least 15 displaced people lost their lives when CODECO militiamen attacked the Lala site for displaced families in Djugu territory overnight.""",
[(CIV, "CD", "Djugu", 23, "d0", "CODECO", "civilians")],
"'lost their lives', then a risen toll with a part of it: 23"),

("ye-marib-camp-missile-live", "2025-03-18 10:40", "Yemen live: missile hits camp for displaced",
"""10:20 GMT - The government says the Houthi ballistic missile that struck a camp for displaced families in Marib yesterday evening killed five people, a child among them.

08:00 GMT - UN envoy to brief the Security Council later today.""",
[(SHL, "YE", "Marib", 5, "d-1", "Houthis", "civilians")],
"'yesterday evening' in an entry: the day before, 5"),

("ng-konduga-mosque-live", "2025-07-11 17:10", "Borno live: bombers hit mosque",
"""16:45 WAT - Borno police: two suicide bombers blew themselves up at a mosque in Konduga during evening prayers, killing eight worshippers. The attack comes a week after a bombing at a market in Gwoza killed 12.

15:30 WAT - Governor Zulum cancels a visit to Bama.""",
[(SUI, "NG", "Konduga", 8, "d0", None, "civilians")],
"an earlier act's dead in the background ('killed 12') is not this event's: 8"),

("sy-manbij-car-bomb-live", "2025-02-03 21:15", "Syria live: car bomb in Manbij",
"""21:00 GMT - Monitoring group: 14 people were killed by the car bomb in the Manbij vegetable market this afternoon. More than 600,000 people have been killed in Syria since the war began in 2011.

18:20 GMT - Car bomb goes off near the vegetable market on the outskirts of Manbij.""",
[(IED, "SY", "Manbij", 14, "d0", None, "civilians")],
"the toll of the war beside the day's: 14"),

("ua-zaporizhzhia-yesterday-toll-live", "2025-09-24 09:55", "Ukraine live: toll rises in Zaporizhzhia",
"""09:40 EET - Zaporizhzhia: toll from yesterday's Russian missile strike on the city's industrial district now 13, the regional governor says; 29 people remain in hospital.

08:15 EET - Air raid alert over most of eastern Ukraine.""",
[(SHL, "UA", "Zaporizhzhia", 13, "d-1", "Russia", "civilians")],
"an update about yesterday's strike: its day is the day before, its toll 13"),

("sd-kadugli-clinic-drone-live", "2025-08-08 16:20", "Sudan live: drone hits clinic in Kadugli",
"""16:00 GMT - A 48-year-old nurse and two patients were killed when an RSF drone hit a clinic in Kadugli, South Kordofan, medics say.

14:10 GMT - Aid convoy reaches El Obeid after a week's delay.""",
[(AIR, "SD", "Kadugli", 3, "d0", "Rapid Support Forces", "civilians")],
"an age in the count: a nurse and two patients, 3"),

("bf-dori-convoy-soldiers-and-volunteers-live", "2025-10-14 15:50", "Burkina live: convoy ambushed near Dori",
"""15:40 GMT - Security source: 11 soldiers and several volunteers were killed in the ambush on the fuel convoy near Dori. The attackers burned four tankers.

12:30 GMT - Gunfire heard on the road from Dori to Seytenga, residents say.""",
[(CL, "BF", "Dori", None, "d0", None, "Burkina Faso")],
"'11 soldiers and several volunteers were killed': a part of the dead vague, the total null"),

("lb-nabatieh-strike-first-last-live", "2025-04-02 20:30", "Lebanon live: strike on Nabatieh",
"""20:10 GMT - Health ministry, final count: the Israeli strike on a building in Nabatieh killed 6 people, not 4 as first reported.

17:45 GMT - Israeli strike flattens a building in Nabatieh; 4 dead, civil defence says.""",
[(AIR, "LB", "Nabatieh", 6, "d0", "Israel", "civilians")],
"a corrected figure against the first one: 6"),
]
