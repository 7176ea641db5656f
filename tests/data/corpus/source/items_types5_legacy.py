from common import *

# Legacy ALL-CAPS wire written by helper types5 for issue 14 (session of 2026-12-07), in
# our own words and without reading the blind items: barracks "mortared", a town
# "recovered" by the army, the "assassination" of a mayor told by its noun, guerrilla
# "harassment" of a post, an "air bombardment" with no aircraft named, policemen
# "captured" at a roadblock (people, not territory), a bomb and the gunfire after it
# (one act), and negatives: rebels who "regularly ambush" patrols (a habit, no act),
# a monthly tally of guerrilla actions and a denial with no act told as fact.
FEED = ("dev/types5-legacy.rss.xml", "rss", "https://monitor-wire.example.org/archive", "Monitor Wire Archive")
REGISTER = "legacy"

ITEMS = [
("pe-ayacucho-barracks-mortared", "1989-06-14 08:10", "GUERRILLAS MORTAR AYACUCHO BARRACKS",
"""LIMA, 14 JUN (RADIO PROGRAMAS) -- [TEXT] SENDERO LUMINOSO GUERRILLAS LAST NIGHT MORTARED THE LOS CABITOS ARMY BARRACKS ON THE EDGE OF AYACUCHO CITY FROM A HILLSIDE ABOVE THE AIRPORT, THE POLITICO-MILITARY COMMAND REPORTED. TWO SOLDIERS WERE WOUNDED AND A FUEL STORE CAUGHT FIRE. THE ATTACKERS ESCAPED IN THE DARKNESS.""",
[(SHL, "PE", "Ayacucho", None, "d-1", "Sendero Luminoso", "Military Forces of Peru")],
"barracks 'mortared' from a hillside: shelling, told by the verb of the weapon"),

("co-army-recovered-town", "1991-03-04 12:20", "ARMY RECOVERS TOWN HELD BY FARC",
"""BOGOTA, 4 MAR (INRAVISION) -- [TEXT] ARMY TROOPS OF THE 4TH BRIGADE TODAY RECOVERED THE TOWN OF SAN VICENTE DEL CAGUAN, WHICH FARC GUERRILLAS HAD HELD SINCE FRIDAY, AFTER FIGHTING THAT LASTED MOST OF THE MORNING, A BRIGADE SPOKESMAN SAID. THE TOWN'S MAYOR RETURNED TO HIS OFFICE THIS AFTERNOON.""",
[(GOV, "CO", "San Vicente del Caguan", None, "d0", "Military Forces of Colombia", "FARC")],
"a town 'recovered' by the army after fighting the guerrillas who held it: government regains territory"),

("sv-usulutan-mayor-assassination", "1989-11-02 15:45", "FMLN BLAMED FOR ASSASSINATION OF USULUTAN MAYOR",
"""SAN SALVADOR, 2 NOV (RADIO CADENA YSKL) -- [TEXT] THE ARMED FORCES PRESS OFFICE TODAY BLAMED AN URBAN COMMANDO OF THE FMLN FOR THE ASSASSINATION OF THE MAYOR OF USULUTAN, WHO WAS SHOT SEVERAL TIMES AS HE LEFT HIS HOME YESTERDAY MORNING. HIS DRIVER WAS ALSO WOUNDED.""",
[(CIV, "SV", "Usulutan", 1, "d-1", "FMLN", "civilians")],
"the 'assassination' of a mayor told by its noun: violence against a civilian"),

("gt-quiche-post-harassment", "1990-08-21 10:05", "GUERRILLA HARASSMENT OF ARMY DETACHMENT IN QUICHE",
"""GUATEMALA CITY, 21 AUG (RADIO NACIONAL) -- [TEXT] UNITS OF THE GUATEMALAN NATIONAL REVOLUTIONARY UNITY (URNG) YESTERDAY SUBJECTED THE MILITARY DETACHMENT OF CHAJUL IN QUICHE DEPARTMENT TO TWO HOURS OF HARASSMENT WITH RIFLES AND GRENADE LAUNCHERS, THE ARMY PUBLIC RELATIONS OFFICE SAID. ONE SOLDIER AND THREE GUERRILLAS DIED IN THE EXCHANGE.""",
[(CL, "GT", "Chajul", 4, "d-1", "URNG", "Military Forces of Guatemala")],
"guerrilla 'harassment' of a post, answered by the soldiers: an armed clash"),

("ao-huambo-air-bombardment", "1990-02-09 06:30", "UNITA RADIO REPORTS AIR BOMBARDMENT OF VILLAGES",
"""(VORGAN) -- [TEXT] AN AIR BOMBARDMENT BY THE LUANDA REGIME YESTERDAY AFTERNOON DESTROYED PART OF THE VILLAGE OF CHINGUAR IN HUAMBO PROVINCE AND KILLED SIX PEASANTS, THE BLACK COCKEREL RADIO SAID. THE RADIO SAID THE VILLAGE HAD NO MILITARY PRESENCE.""",
[(AIR, "AO", "Chinguar", 6, "d-1", "Angola", "civilians")],
"an 'air bombardment' with no aircraft named: an air strike, not shelling"),

("lk-batticaloa-police-captured", "1990-06-12 09:40", "TIGERS CAPTURE POLICEMEN AT ROADBLOCK",
"""COLOMBO, 12 JUN (SLBC) -- [TEXT] LTTE CADRES YESTERDAY CAPTURED FOUR POLICEMEN AT A ROADBLOCK NEAR KALKUDAH IN BATTICALOA DISTRICT AND TOOK THEM TO AN UNKNOWN DESTINATION, A DEFENCE MINISTRY SPOKESMAN SAID. THEIR FAMILIES HAVE APPEALED TO THE INTERNATIONAL RED CROSS.""",
[(ABD, "LK", "Kalkudah", None, "d-1", "LTTE", "Police Forces of Sri Lanka")],
"policemen 'captured' at a roadblock and taken away: an abduction, not a place taken"),

("pk-kurram-mine-then-fire", "1988-09-27 13:00", "LANDMINE AND GUNFIRE KILL FIVE SOLDIERS IN KURRAM",
"""ISLAMABAD, 27 SEP (PPI) -- [TEXT] A LANDMINE BLEW UP AN ARMY JEEP NEAR PARACHINAR IN KURRAM AGENCY THIS MORNING AND THE MEN WHO PLANTED IT THEN OPENED FIRE ON THE SURVIVORS FROM A RIDGE, AN OFFICIAL SAID. FIVE SOLDIERS DIED IN THE ATTACK.""",
[(IED, "PK", "Parachinar", 5, "d0", "unidentified attackers", "Military Forces of Pakistan")],
"a mine and the gunfire after it on the survivors: one act, the bomb, with its toll"),

("ph-samar-regularly-ambush", "1989-04-18 07:15", "SAMAR GOVERNOR ASKS FOR MORE TROOPS",
"""MANILA, 18 APR (PNA) -- [TEXT] THE GOVERNOR OF NORTHERN SAMAR TODAY ASKED MALACANANG FOR TWO MORE BATTALIONS, SAYING NEW PEOPLE'S ARMY REBELS REGULARLY AMBUSH ARMY PATROLS AND RAID TOWN HALLS IN THE INTERIOR OF THE PROVINCE. HE SAID FARMERS ROUTINELY PAY REVOLUTIONARY TAXES TO THE GUERRILLAS.""",
[], "rebels who 'regularly ambush' patrols: a habit told in the present, no act: negative"),

("co-monthly-tally-actions", "1991-10-01 16:20", "ARMY GIVES SEPTEMBER TALLY OF GUERRILLA ACTIONS",
"""BOGOTA, 1 OCT (EFE) -- [TEXT] GUERRILLAS CARRIED OUT 41 ATTACKS ON POLICE POSTS AND DYNAMITED THE CANO LIMON PIPELINE NINE TIMES IN SEPTEMBER, THE ARMED FORCES COMMAND SAID TODAY IN ITS MONTHLY REPORT. THE REPORT SAID 63 GUERRILLAS AND 22 SOLDIERS DIED DURING THE MONTH.""",
[], "a month's tally of attacks and bombings told as numbers: no single act: negative"),
("lb-shellfire-green-line", "1989-05-09 06:50", "SHELLFIRE ACROSS GREEN LINE KILLS SEVEN",
"""BEIRUT, 9 MAY (VOICE OF LEBANON) -- [TEXT] SHELLFIRE BETWEEN THE ARMY UNITS LOYAL TO GENERAL AOUN AND SYRIAN TROOPS ACROSS THE GREEN LINE LAST NIGHT KILLED SEVEN CIVILIANS IN EAST BEIRUT, THE POLICE SAID. SHELLS ALSO FELL ON THE PORT OF JOUNIEH.""",
[(SHL, "LB", "Beirut", 7, "d-1", "Syria", "civilians")],
"'shellfire' across a front line with a toll: shelling"),

("ir-aerial-attacks-ahvaz", "1987-02-12 09:30", "IRAQI AERIAL ATTACKS ON AHVAZ",
"""NICOSIA, 12 FEB (IRNA) -- [TEXT] IRAQI WARPLANES YESTERDAY CARRIED OUT AERIAL ATTACKS ON RESIDENTIAL AREAS OF AHVAZ, KILLING 14 PEOPLE, THE IRANIAN NEWS AGENCY REPORTED FROM TEHRAN.""",
[(AIR, "IR", "Ahvaz", 14, "d-1", "Iraq", "civilians")],
"'aerial attacks' on a city: an air strike"),
]
