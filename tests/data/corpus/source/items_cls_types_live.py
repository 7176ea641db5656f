from common import *

# Liveblog updates written by helper cls-types for issue 14 after the blind split's
# liveblog type figure (0.552), in our own words and without reading the blind items:
# one-sided killings by armed groups, villages taken over, a device found and made
# safe, drones all shot down, perfect-tense recaps beside a new act, an ambush and its
# firefight, a retaking and its fighting, missiles against shells against drones; and
# negatives whose updates tell no new act.
FEED = ("dev/cls-types-live.feed.json", "json", "https://livewire.example.net/blog", "Livewire Blog")
REGISTER = "liveblog"

ITEMS = [
("barsalogho-villagers-live", "2025-06-14 15:10", "Burkina Faso live: villagers killed in Centre-Nord",
"""14:55 GMT - Update: Local officials now say 31 villagers were killed, among them several women. Survivors have fled to Kaya.

11:20 GMT - JNIM fighters on motorbikes rounded up men in the village of Dablo, Sanmatenga province, on Friday and shot them, a relative of one victim tells us.

09:05 GMT - Recap: the army has lost control of large parts of the north since 2022.""",
[(CIV, "BF", "Dablo", 31, "d-1", "JNIM", "civilians")],
"newest first: an armed group shooting rounded-up villagers is violence against civilians; the toll update on top"),

("cabo-delgado-villages-live", "2025-03-22 13:40", "Mozambique live: insurgents seize villages in Cabo Delgado",
"""13:25 GMT - Aid workers say hundreds of families are walking towards Macomia town.

10:45 GMT - Islamic State fighters took over control of the villages of Chai and Litamanda in Macomia district on Saturday morning after soldiers withdrew, residents say. No one is reported killed.""",
[(NSA, "MZ", "Chai", 0, "d0", "Islamic State Mozambique", None)],
"villages 'taken over' by a group: territory, not a clash"),

("gao-ied-dismantled-live", "2025-02-10 12:15", "Mali live: road north of Gao reopens",
"""12:00 GMT - Traffic moving again on the Gao-Bourem road.

09:30 GMT - Army engineers discovered and dismantled an improvised explosive device buried under the road near Tacharane early on Monday, the armed forces say. Nobody was hurt.""",
[(DIS, "ML", "Tacharane", 0, "d0", "Mali", None)],
"a device discovered and dismantled: disrupted weapons use"),

("kyiv-drones-downed-live", "2025-04-18 07:50", "Ukraine live: overnight drone attack on Kyiv region",
"""07:35 GMT - Air force: all 14 Shahed drones launched at Kyiv region overnight were shot down. No damage or casualties reported.

05:10 GMT - Air raid alert over in the capital.""",
[(DIS, "UA", "Kyiv", 0, "d0", "Ukraine", "Russia")],
"every drone shot down: one interception, not an air strike as well"),

("nabatieh-car-strike-live", "2025-05-09 16:30", "Lebanon live: drone strike on car in south",
"""16:10 GMT - Israeli drone strikes a car on the road outside Nabatieh, killing two men, Lebanon's health ministry says.

12:40 GMT - Recap: Israel has carried out hundreds of strikes in Lebanon since the November ceasefire, and more than 190 people have been killed, according to the ministry.""",
[(AIR, "LB", "Nabatieh", 2, "d0", "Israel", None)],
"a perfect-tense recap of strikes since the truce is no new act; one drone strike"),

("wad-madani-retaken-live", "2025-01-11 18:20", "Sudan live: army enters Wad Madani",
"""18:05 GMT - Update: Army says its troops retook Wad Madani, capital of Gezira state, after heavy fighting with the Rapid Support Forces on the city's eastern edge.

15:30 GMT - Residents report gunfire and the sound of artillery near the Hantoub bridge as soldiers advance on the city.""",
[(GOV, "SD", "Wad Madani", None, "d0", "Sudan", "Rapid Support Forces")],
"a retaking and the fighting for it: one event"),

("lower-shabelle-convoy-live", "2025-07-03 11:05", "Somalia live: convoy hit near Afgoye",
"""10:50 GMT - Military official: five soldiers were killed and four wounded.

09:15 GMT - A roadside bomb struck a military convoy outside Afgoye on Thursday morning, after which al-Shabaab gunmen opened fire on the troops, witnesses say.""",
[(IED, "SO", "Afgoye", 5, "d0", "al-Shabaab", "Somalia")],
"a roadside bomb and the gunfire after it: one event, the toll above it"),

("dnipro-missile-live", "2025-08-27 10:40", "Ukraine live: missile strike on Dnipro",
"""10:25 GMT - Regional head: the death toll from the missile strike on Dnipro has risen to six.

08:55 GMT - A Russian ballistic missile hit a five-storey apartment block in Dnipro at about 07:30 local time, the emergency service says.""",
[(SHL, "UA", "Dnipro", 6, "d0", "Russia", "civilians")],
"a ballistic missile: shelling/artillery/missile, not an air strike"),

("nyala-market-air-live", "2025-02-19 19:00", "Sudan live: air raid on Nyala",
"""18:40 GMT - Sudanese army warplanes bombed a livestock market in Nyala, South Darfur, this afternoon, killing at least 17 people, a local medical group says.

16:15 GMT - RSF says it will hold talks with tribal leaders in Nyala next week.""",
[(AIR, "SD", "Nyala", 17, "d0", "Sudan", "civilians")],
"warplanes bombing a market: an air strike"),

("zamfara-van-live", "2025-09-05 14:00", "Nigeria live: trader taken on Gusau road",
"""13:45 GMT - Police confirm the trader is still missing; a rescue team is searching the forest.

11:30 GMT - Gunmen intercepted the van of a grain trader on the Gusau-Tsafe road on Friday and took him away with his driver, a relative says.""",
[(ABD, "NG", "Gusau", None, "d0", None, "civilians")],
"gunmen 'intercepted' a van and took its men: an abduction, not disrupted weapons use"),

("kursk-recap-live", "2025-03-04 12:30", "Russia-Ukraine live: talks in Riyadh",
"""12:15 GMT - Delegations break for lunch; officials describe the morning as constructive.

10:00 GMT - Recap: Ukrainian forces have been fighting in Russia's Kursk region since August, and both sides have reported heavy losses there.""",
[], "talks with a perfect-tense recap of fighting since August: negative"),

("pow-swap-live", "2025-05-25 17:15", "Ukraine live: prisoner exchange completed",
"""17:00 GMT - Update: 303 Ukrainian servicemen are back home, President Zelensky says. Russia says it received the same number.

14:20 GMT - Buses carrying prisoners of war cross the border from Belarus.""",
[], "a prisoner exchange: negative"),

("kherson-demolition-live", "2025-06-30 09:45", "Kherson live: loud blasts expected this morning",
"""09:30 GMT - Military engineers begin controlled explosions of unexploded shells collected from the river bank. Residents are asked not to panic at the noise.

08:10 GMT - City administration closes the embankment until noon.""",
[], "controlled explosions of collected shells: negative"),

("airport-cyber-live", "2025-09-20 11:50", "Airport disruption live: check-in systems down",
"""11:35 GMT - A pro-Russian hacker group claims the cyber attack on the check-in software used at several European airports.

08:20 GMT - Long queues at Brussels and Berlin as airlines switch to manual check-in.""",
[], "a cyber attack: negative"),

("mulhouse-knife-live", "2025-02-22 18:30", "France live: knife attack in Mulhouse",
"""18:10 GMT - Police shot and wounded the man, who had stabbed two passers-by at a market, prosecutors say. He is under arrest.

17:20 GMT - Shoppers fled as a man armed with a knife lunged at people near the covered market.""",
[], "police shooting a lone knifeman: negative"),

("ituri-base-live", "2025-10-08 13:05", "DR Congo live: UN mission in Ituri",
"""12:50 GMT - MONUSCO says it will open a temporary base near Djugu because of continued attacks on displacement camps in the area.

10:15 GMT - Humanitarian flights to Bunia resume after the rains.""",
[], "a base opened because of continued attacks: negative"),
]

ITEMS += [
("gaza-since-dawn-live", "2025-07-15 13:20", "Gaza live: strikes across the Strip",
"""13:05 GMT - Israeli air strikes have killed at least 27 people across Gaza since dawn, the civil defence agency says, 9 of them in a school sheltering displaced families in Gaza City.

10:30 GMT - Recap: more than 58,000 people have been killed in Gaza since the war began, the health ministry says.""",
[(AIR, "PS", "Gaza City", 27, "d0", "Israel", "civilians")],
"a perfect tense 'since dawn' is today's act; the recap since the war began is not"),

("kharkiv-guided-live", "2025-11-21 09:50", "Kharkiv live: guided bombs and drones overnight",
"""09:35 GMT - Update: Governor Syniehubov says the toll from the guided bomb strike on the Kyivskyi district has risen to three.

07:15 GMT - Russian aircraft dropped two guided aerial bombs on a residential area of Kharkiv shortly after 06:00, damaging a clinic.

06:40 GMT - Air defences downed most of the drones launched at the city overnight, the air force says.""",
[(AIR, "UA", "Kharkiv", 3, "d0", "Russia", "civilians"),
 (DIS, "UA", "Kharkiv", None, "d0", "Ukraine", "Russia")],
"a guided bomb dropped by aircraft is an air strike; the drones downed are their own interception"),

("sumy-shelling-live", "2025-10-13 15:40", "Ukraine live: border villages under fire",
"""15:25 GMT - Sumy regional administration: Russian artillery shelled the border community of Bilopillia 40 times during the day. One man killed, two wounded.

11:05 GMT - Schools in Sumy switch to online lessons for the rest of the week.""",
[(SHL, "UA", "Bilopillia", 1, "d0", "Russia", "civilians")],
"artillery shelling of a community with a toll fragment: shelling"),

("pahalgam-film-live", "2025-05-17 19:00", "Cannes live: war drama premieres",
"""18:40 GMT - Standing ovation for 'The Long Ridge', a drama about a platoon cut off during the Kargil war, at its premiere tonight.

16:10 GMT - The director says the battle scenes were filmed over six weeks in Ladakh.""",
[], "a war film premiere in a festival blog: negative"),
]

ITEMS += [
("kinshasa-reaction-live", "2025-02-14 18:30", "DR Congo live: latest",
"""18:10 GMT - Kinshasa condemns what it calls the "barbaric" killing of civilians in Bukavu and calls on the UN Security Council to meet.

15:45 GMT - M23 fighters have entered Kavumu airport north of Bukavu after government troops and their Burundian allies left, witnesses say.

12:20 GMT - Yesterday's bombing of a rally in Bukavu: toll now 11, provincial officials say.""",
[(IED, "CD", "Bukavu", 11, "d-1", None, "civilians")],
"a bare headline; a condemnation on top, an airport entered after troops left (no fight: no event) and yesterday's bombing below"),

("odesa-port-live", "2025-03-09 08:45", "Ukraine live: Odesa port hit overnight",
"""08:30 GMT - Russia's defence ministry says it struck "military infrastructure" in Odesa region overnight with Kalibr missiles.

07:00 GMT - Governor: a cruise missile hit grain silos at the port of Pivdennyi; two workers killed. Air defences shot down four other missiles over the region.""",
[(SHL, "UA", "Pivdennyi", 2, "d0", "Russia", None),
 (DIS, "UA", "Odesa", None, "d0", "Ukraine", "Russia")],
"a cruise missile strike on a port and the missiles shot down: two events; the strike is shelling/missile"),

("sahel-convoy-live", "2025-05-03 16:00", "Burkina Faso live: army convoy ambushed near Djibo",
"""15:40 GMT - Security source: 22 soldiers and volunteers were killed in the ambush on the supply convoy. The attackers took two trucks.

13:10 GMT - JNIM claims the ambush in a message on its channels.

10:30 GMT - Heavy gunfire heard on the road between Djibo and Namsiguia, residents say.""",
[(CL, "BF", "Djibo", 22, "d0", "JNIM", "Burkina Faso")],
"an ambush of an army convoy: a clash, whoever claimed it"),

("tel-aviv-missile-live", "2025-06-16 05:50", "Israel-Iran live: missiles hit central Israel",
"""05:35 GMT - Magen David Adom: five people killed when a missile struck a residential building in Petah Tikva.

04:10 GMT - Sirens across central Israel as Iran fires a barrage of ballistic missiles; most were intercepted, the army says.""",
[(SHL, "IL", "Petah Tikva", 5, "d0", "Iran", "civilians"),
 (DIS, "IL", None, None, "d0", "Israel", "Iran")],
"a ballistic missile that struck a building: shelling/missile; the interception its own event"),
]
