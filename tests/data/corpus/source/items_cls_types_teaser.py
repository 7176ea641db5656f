from common import *

# RSS teasers (headline plus one sentence) written by helper cls-types for issue 14
# after the blind split's first figures, in our own words and without reading the
# blind items: event types told in headline-ese, headlines of two clauses, acts told
# twice, and genre and homonym false friends.
FEED = ("dev/cls-types-teaser.rss.xml", "rss", "https://headlines.example.org/rss", "Headlines Today")
REGISTER = "teaser"

ITEMS = [
("mopti-herders-teaser", "2025-04-12 09:10", "Militiamen kill 11 Fulani herders in central Mali",
"""Dozo hunters attacked a herders' camp near Bankass in Mopti region on Friday, local associations said.""",
[(CIV, "ML", "Bankass", 11, "d-1", "Dozo militia", "civilians")],
"teaser: a militia killing herders is violence against civilians"),

("middle-shabelle-teaser", "2025-03-02 07:30", "Al-Shabaab takes over three villages in Middle Shabelle",
"""The militants took over control of the villages near Adale on Saturday after government forces pulled back, elders said.""",
[(NSA, "SO", "Adale", None, "d-1", "al-Shabaab", None)],
"teaser: villages taken over by a group: territory"),

("damboa-ied-teaser", "2025-05-20 12:00", "Troops find and disarm roadside bomb on Damboa road",
"""Soldiers discovered an explosive device planted on the Maiduguri-Damboa highway on Tuesday and made it safe, the army said.""",
[(DIS, "NG", "Damboa", None, "d0", "Nigeria", None)],
"teaser: a bomb found and made safe: disrupted weapons use"),

("jazan-drone-teaser", "2025-01-15 20:45", "Saudi air defences shoot down Houthi drone over Jazan",
"""The drone was brought down before it reached the city, the coalition said on Wednesday; no damage was reported.""",
[(DIS, "SA", "Jazan", 0, "d0", "Saudi Arabia", "Houthis")],
"teaser: a drone shot down: disrupted weapons use"),

("zaporizhzhia-missile-teaser", "2025-10-02 08:20", "Russian missile hits Zaporizhzhia apartment block, killing 4",
"""Rescuers searched the rubble through the night, the regional governor said.""",
[(SHL, "UA", "Zaporizhzhia", 4, "d0", "Russia", "civilians")],
"teaser: a missile strike is shelling/artillery/missile"),

("poonch-shelling-teaser", "2025-05-08 06:40", "Cross-border shelling kills 3 in Poonch",
"""Pakistani artillery shells landed on homes in a border village of Jammu and Kashmir's Poonch district overnight, officials said.""",
[(SHL, "IN", "Poonch", 3, "d0", "Pakistan", "civilians")],
"teaser: artillery shells on homes: shelling"),

("jilib-drone-teaser", "2025-08-14 15:00", "Drone strike kills al-Shabaab commander near Jilib",
"""US Africa Command said its strike on Wednesday targeted a senior militant in Middle Juba region.""",
[(AIR, "SO", "Jilib", 1, "d-1", "United States", "al-Shabaab")],
"teaser: a drone strike, 'its strike' by the US: one air strike"),

("tsafe-van-teaser", "2025-11-03 10:15", "Gunmen intercept trader's van, abduct him in Zamfara",
"""The trader and his driver were taken into the forest off the Tsafe road on Sunday, police said.""",
[(ABD, "NG", "Tsafe", None, "d-1", "gunmen", "civilians")],
"teaser: 'intercepted' a van: abduction, not disrupted weapons use"),

("kidal-retaken-teaser", "2025-11-14 18:00", "Malian army retakes Anefis after heavy fighting with rebels",
"""Troops took back the town in Kidal region on Thursday after a gun battle with separatist fighters, the army said.""",
[(GOV, "ML", "Anefis", None, "d-1", "Mali", "separatist rebels")],
"teaser: a retaking and its gun battle: one event"),

("kech-bomb-teaser", "2025-09-11 07:45", "Four police killed as bomb and gunfire hit patrol in Kech",
"""A remote-controlled bomb struck a police van in Balochistan's Kech district on Wednesday before attackers opened fire, officials said.""",
[(IED, "PK", "Kech", 4, "d-1", "attackers", "Pakistan")],
"teaser: a bomb and the gunfire after it: one event with the toll"),

("tillaberi-village-teaser", "2025-07-21 09:30", "Gunmen kill 19 in Tillaberi village raid",
"""Armed men on motorcycles stormed the village of Banibangou in western Niger on Sunday, shooting residents, local sources said.""",
[(CIV, "NE", "Banibangou", 19, "d-1", "gunmen", "civilians")],
"teaser: gunmen storming a village and shooting residents: attack on civilians"),

("wargame-review-teaser", "2025-03-18 14:00", "Review: 'Frontline Command' is a brutal, brilliant war game",
"""Every airstrike costs you supplies and every lost battalion stays lost in this grinding strategy game.""",
[], "a war game review: negative"),

("stalingrad-book-teaser", "2025-01-27 11:00", "Book review: a new history of the siege that killed a million",
"""The author follows three soldiers through the shelling and street fighting of Stalingrad in the winter of 1942.""",
[], "a history book review: negative"),

("waterloo-dig-teaser", "2025-06-18 16:30", "Archaeologists unearth remains of soldiers at Waterloo field hospital",
"""The dig found bones and musket balls from the 1815 battle, in which some 50,000 men were killed or wounded.""",
[], "archaeology of a 19th-century battle: negative"),

("mosul-bridge-teaser", "2025-04-06 08:50", "Engineers blow up damaged Mosul bridge in controlled demolition",
"""The span, left unsafe since the war, was brought down with explosives on Saturday, the city council said.""",
[], "a controlled demolition: negative"),

("uae-swap-teaser", "2025-02-05 19:20", "Russia and Ukraine swap 150 prisoners each in UAE-brokered deal",
"""Soldiers captured in Kursk region were among those returned, Kyiv said.""",
[], "a prisoner exchange: negative"),

("denmark-cyber-teaser", "2025-09-28 13:10", "Hackers claim cyber attack on Danish ministry websites",
"""A pro-Russian group said it knocked the sites offline for several hours on Sunday.""",
[], "a cyber attack: negative"),

("hamburg-knife-teaser", "2025-05-23 20:05", "Police shoot knife-wielding man at Hamburg station",
"""Officers opened fire after the man injured three people on a platform, police said; his life is not in danger.""",
[], "police shooting a lone knifeman: negative"),
]

ITEMS += [
("zamfara-torched-teaser", "2025-06-09 08:15", "Bandits torch Zamfara village, 9 dead",
"""Residents of Kairu in Maru local government area said the attackers set homes ablaze on Sunday night and shot those who fled.""",
[(CIV, "NG", "Kairu", 9, "d-1", "bandits", "civilians")],
"teaser: bandits burning a village and shooting residents: attack on civilians"),

("kunar-outpost-teaser", "2025-08-30 06:50", "Pakistani Taliban storm border post in Kurram; 6 soldiers dead",
"""TTP fighters overran a frontier post in Kurram district overnight and were beaten back after hours of fighting, security officials said.""",
[(CL, "PK", "Kurram", 6, "d0", "Tehrik-i-Taliban Pakistan", "Pakistan")],
"teaser: a post stormed and the attackers beaten back: a clash, no territory kept"),

("beni-adf-teaser", "2025-09-09 17:30", "ADF rebels hack 18 to death at funeral in North Kivu",
"""The attackers struck mourners in Ntoyo village, Lubero territory, on Monday night, a local official said.""",
[(CIV, "CD", "Ntoyo", 18, "d-1", "Allied Democratic Forces", "civilians")],
"teaser: an armed group killing mourners: attack on civilians"),

("sennar-drone-teaser", "2025-03-27 11:40", "RSF drones pound Sennar power station",
"""Kamikaze drones set the plant alight early on Thursday, cutting electricity to the state, the power company said; no casualties were reported.""",
[(AIR, "SD", "Sennar", 0, "d0", "Rapid Support Forces", None)],
"teaser: drones 'pound' a station: an air/drone strike, not shelling"),

("kramatorsk-rockets-teaser", "2025-04-03 09:00", "Rocket barrage on Kramatorsk kills two",
"""Multiple rocket launchers fired on the city centre overnight, the regional governor said.""",
[(SHL, "UA", "Kramatorsk", 2, "d0", None, "civilians")],
"teaser: a rocket barrage: shelling/artillery/missile"),

("dera-checkpoint-teaser", "2025-10-21 07:05", "Militants attack police checkpoint in Dera Ismail Khan; 3 policemen killed",
"""The attack on the checkpoint in Kulachi tehsil late on Monday was repulsed after an exchange of fire, police said.""",
[(CL, "PK", "Kulachi", 3, "d-1", "militants", "Pakistan")],
"teaser: an attack on a police checkpoint repulsed: a clash"),

("derna-floods-teaser", "2025-09-12 10:00", "Dam bursts kill 40 as storm batters eastern Libya",
"""Floodwater swept through two districts of Derna overnight, the Red Crescent said.""",
[], "teaser: a flood toll: negative"),

("kiev-parade-teaser", "2025-08-24 12:20", "Captured Russian tanks paraded in Kyiv on Independence Day",
"""Crowds lined Khreshchatyk to see armour seized on the front over the past year.""",
[], "teaser: a parade of captured armour: negative"),

("gaza-aid-teaser", "2025-07-29 15:45", "UN says Gaza aid convoys blocked at Kerem Shalom",
"""Trucks carrying flour waited for a third day at the crossing, the World Food Programme said.""",
[], "teaser: blocked aid convoys: negative"),
]
