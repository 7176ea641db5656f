from common import *

# Liveblog updates written by helper cls-type in session 4 for issue 14, without reading
# the blind items: newest first, several incidents in one item, a toll rising through the
# entries, "yesterday" inside an entry, a recap of an old siege; and a liveblog of a
# summit and of a storm with no incident.
FEED = ("dev/s4-liveblog.feed.json", "json", "https://rollingnews.example.net/live", "Rolling News Live")
REGISTER = "liveblog"

ITEMS = [
("pk-quetta-station-live", "2024-11-09 16:45", "Quetta railway station blast: live updates",
"""16:30 PKT - Death toll rises to 26, including 14 soldiers, a provincial health official says. More than 60 people are being treated at the civil hospital.

12:10 PKT - Police say the blast at the railway station was carried out by a suicide bomber who joined the crowd waiting for the Peshawar-bound train.

09:05 PKT - A powerful explosion has ripped through the main railway station in Quetta. Ambulances are on the scene.""",
[(SUI, "PK", "Quetta", 26, "d0", None, None)],
"liveblog newest first: the latest toll on top, the act and its bomber in older entries"),

("ua-kharkiv-live-two", "2024-05-25 21:00", "Ukraine live: strike on Kharkiv hardware store; drones downed over Odesa",
"""20:40 - The regional governor says the toll from the guided bomb strike on the hardware store in Kharkiv has risen to 12, with 43 wounded. Rescuers are still searching the rubble.

17:15 - Ukraine's air force says 13 of 15 Shahed drones launched overnight were shot down over the Odesa and Mykolaiv regions.

16:02 - Two guided aerial bombs hit a large hardware store on the outskirts of Kharkiv this afternoon, starting a huge fire, the mayor says. About 200 people may have been inside.""",
[(AIR, "UA", "Kharkiv", 12, "d0", "Russia", "civilians"),
 (DIS, "UA", "Odesa", None, "d0", "Ukraine", "Russia")],
"liveblog: a guided bomb strike with a rising toll and drones shot down in another entry: two events"),

("sd-el-fasher-live", "2024-06-14 18:20", "Sudan live: RSF push into El Fasher",
"""18:05 EAT - The Sudanese army says its troops repelled an RSF assault on the eastern edge of El Fasher after hours of fighting; doctors at the Saudi hospital report 9 dead.

14:30 EAT - Recap: El Fasher, the last army-held state capital in Darfur, has been besieged by the RSF since May. Fighting there has killed hundreds.

11:00 EAT - Residents say heavy gunfire can be heard in the Abu Shouk and Al Wahda districts.""",
[(CL, "SD", "El Fasher", 9, "d0", "Rapid Support Forces", "Sudan")],
"liveblog: an assault repelled with a toll, a recap of the siege as background: one event"),

("ph-marawi-anniversary-live", "2024-10-17 10:00", "Marawi live: city marks seven years since liberation",
"""09:45 PHT - Officials lay wreaths at the Grand Mosque. The 2017 siege by Maute group fighters left more than 1,100 people dead, most of them militants.

08:30 PHT - Displaced families still wait to return to the most affected area, the mayor says.

07:00 PHT - Good morning and welcome to our coverage of the commemoration in Marawi City.""",
[], "liveblog of a commemoration: 'the 2017 siege' with its toll is history: negative"),

("nato-summit-live", "2024-07-10 19:30", "NATO summit live: leaders pledge air defence for Ukraine",
"""19:10 - Leaders sign off on a pledge to send five more Patriot-type air defence systems to Ukraine. The secretary general says Russia's attacks on hospitals will not break Ukraine's resolve.

15:40 - Protesters gather near the convention centre; police report no arrests.

12:00 - The summit opens with a minute of silence for the victims of Monday's missile strike on a children's hospital in Kyiv.""",
[], "liveblog of a summit: pledges, a protest, an earlier strike recalled: negative"),

("ps-rafah-live-yesterday", "2024-05-27 08:15", "Gaza live: dozens killed in strike on Rafah tent camp",
"""08:00 - The Gaza health ministry says 45 people were killed in yesterday's Israeli air strike on the displacement camp near the UN logistics base in Tal al-Sultan, west of Rafah.

07:20 - The Israeli military says it struck a Hamas compound in Rafah using precise munitions and is reviewing reports of civilian casualties.""",
[(AIR, "PS", "Rafah", 45, "d-1", "Israel", "civilians")],
"liveblog: 'yesterday's air strike' in an entry is the day before; one act told twice"),
]
