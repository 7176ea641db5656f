from common import *

# Liveblog entries written by helper events6 (session of 2026-12-07) for issue 14, in our
# own words and without reading the blind items: one act told twice in a blog's entries
# (a retaking and the fighting still going on there; a roadside bomb and the ambush that
# followed it, whose toll comes in a later entry; an interception and the launcher's
# claim of the same missile; a drone strike and the attacker's claim of it), a helicopter
# that only flew the wounded out, and background acts of earlier days.
FEED = ("dev/events6-liveblog.feed.json", "json", "https://tickerdesk.example.net/live", "Ticker Desk: Live")
REGISTER = "liveblog"

ITEMS = [
("ua-robotyne-retaken-fighting-live", "2025-06-11 15:30", "Ukraine live: troops retake Robotyne",
"""15:05 EEST - A brigade spokesman says fighting is still going on at the southern edge of Robotyne; two soldiers were wounded clearing houses.

11:20 EEST - Ukraine's General Staff says its troops have retaken the village of Robotyne in the Zaporizhzhia region after a night of fighting with Russian units.""",
[(GOV, "UA", "Robotyne", None, "d0", "Ukraine", "Russia")],
"a retaking and the fighting still going on at the same place: one event"),

("so-afgoye-bomb-ambush-live", "2025-02-18 14:00", "Somalia live: convoy hit near Afgoye",
"""13:40 EAT - A military official tells us six soldiers were killed in the ambush and four wounded. Al-Shabaab says it carried out the attack.

10:15 EAT - Gunmen opened fire on the convoy right after the blast; witnesses say the firefight lasted about an hour.

09:30 EAT - A roadside bomb has struck an army convoy on the road between Afgoye and Mogadishu, residents say.""",
[(IED, "SO", "Afgoye", 6, "d0", "al-Shabaab", "Somalia")],
"a roadside bomb and the firefight that follows it, the toll told of 'the ambush': one event, the bomb"),

("sa-jazan-intercept-claim-live", "2025-01-22 19:00", "Red Sea live: missile intercepted over Jazan",
"""18:30 AST - The Houthis' military spokesman says their forces fired a ballistic missile at Jazan airport.

16:50 AST - Saudi air defences intercepted and destroyed a ballistic missile over Jazan this afternoon, the coalition says. Fragments fell on an empty lot; no one was hurt.""",
[(DIS, "SA", "Jazan", 0, "d0", "Saudi Arabia", "Houthis")],
"an interception and the launcher's claim of firing that missile: one event, the interception"),

("ua-odesa-drone-claim-live", "2025-04-03 12:10", "Odesa live: drone hits apartment block",
"""11:45 EEST - Russia's defence ministry says it struck "a military facility" in Odesa overnight with attack drones.

08:20 EEST - Regional governor: a Russian drone hit a nine-storey apartment block in Odesa overnight, killing two residents and wounding seven.""",
[(AIR, "UA", "Odesa", 2, "d0", "Russia", "civilians")],
"a drone strike and the attacker's own claim of a strike on the same city that night: one event"),

("ml-boni-helicopter-evac-live", "2025-10-07 17:20", "Sahel live: attack on army post near Boni",
"""17:05 GMT - An army helicopter arrived in Boni in the afternoon to fly the wounded to Sevare, a local official says.

14:30 GMT - Jihadists attacked an army post at Boni in central Mali this morning; the army says four soldiers were killed and the attackers were pushed back.""",
[(CL, "ML", "Boni", 4, "d0", "jihadists", "Mali")],
"a helicopter that arrived to fly out the wounded is no air strike: one clash"),

("sd-el-obeid-shelling-background-live", "2025-05-20 13:00", "Sudan live: shelling on El Obeid",
"""12:40 CAT - Residents say RSF artillery shells fell on the Al-Qubba market in El Obeid this morning, killing five people.

12:45 CAT - The city was last shelled in March, when an attack on the same market killed 11.""",
[(SHL, "SD", "El Obeid", 5, "d0", "Rapid Support Forces", "civilians")],
"today's shelling and an earlier one told as background: one event"),
]
