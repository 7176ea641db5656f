from common import *

# Legacy wire (ALL CAPS, translated radio and press of 1988-1991) written by helper tolls7
# (session of 2026-12-07) for issue 14, in our own words and without reading the blind
# items: datelines with their own day ("SAN SALVADOR, 14 NOV 89 (RADIO ...) --") published
# a day or more later, against which TODAY, YESTERDAY and LAST NIGHT count (SPEC.md: the
# dateline day stands for the publication day); tolls in the turns of translated copy
# ("LOST THEIR LIVES", "WERE LEFT DEAD", "THE BODIES OF 7"); a named day with its year.
FEED = ("dev/tolls7-legacy.rss.xml", "rss", "https://radiomonitor7.example.net/wire", "Radio Monitor Seven")
REGISTER = "legacy"

ITEMS = [
("sv-dateline-today-soyapango", "1989-11-16 09:30", "FIGHTING IN SOYAPANGO",
"""SAN SALVADOR, 14 NOV 89 (RADIO CADENA CUSCATLAN) -- [TEXT] ARMY UNITS AND FMLN URBAN COMMANDOS FOUGHT TODAY FOR CONTROL OF THE SOYAPANGO DISTRICT, EAST OF THE CAPITAL. THE ARMED FORCES PRESS OFFICE SAID SIX SOLDIERS AND 11 GUERRILLAS LOST THEIR LIVES IN THE FIGHTING, WHICH WENT ON UNTIL DUSK.""",
[(CL, "SV", "Soyapango", 17, "1989-11-14", "FMLN", "Military Forces of El Salvador")],
"TODAY is the dateline's day (14 Nov), not the publication day two days later; 'lost their lives' tolls both sides: 17"),

("pe-dateline-yesterday-ayacucho", "1990-03-07 14:00", "SENDERO ATTACK IN HUANTA",
"""LIMA, 5 MAR 90 (EFE) -- [TEXT] A COLUMN OF SHINING PATH GUERRILLAS YESTERDAY ATTACKED THE VILLAGE OF CCANO, IN HUANTA PROVINCE, AYACUCHO DEPARTMENT, AND KILLED 14 PEASANTS WHO BELONGED TO A CIVIL DEFENCE PATROL, THE POLITICAL-MILITARY COMMAND REPORTED. THE BODIES OF THE VICTIMS WERE TAKEN TO HUANTA.""",
[(CIV, "PE", "Huanta", 14, "1990-03-04", "Shining Path", "civilians")],
"YESTERDAY counts from the dateline's 5 Mar: 4 Mar"),

("co-dateline-last-night-medellin", "1989-08-23 10:15", "BOMB AT MEDELLIN BANK",
"""BOGOTA, 21 AUG 89 (INRAVISION TELEVISION) -- [TEXT] A POWERFUL DYNAMITE CHARGE EXPLODED LAST NIGHT IN FRONT OF A BANK BRANCH IN THE CENTRE OF MEDELLIN, ANTIOQUIA DEPARTMENT. POLICE SAID TWO WATCHMEN WERE LEFT DEAD AND NINE PASSERS-BY WERE INJURED. AUTHORITIES BLAMED THE EXTRADITABLES.""",
[(IED, "CO", "Medellin", 2, "1989-08-20", "The Extraditables", "civilians")],
"LAST NIGHT counts from the dateline's 21 Aug: 20 Aug; 'were left dead' is a toll, the injured no part of it"),

("gt-dateline-bodies-quiche", "1990-06-12 16:40", "BODIES FOUND AFTER ARMY CLASH",
"""GUATEMALA CITY, 11 JUN 90 (RADIO NACIONAL) -- [TEXT] THE NATIONAL DEFENCE MINISTRY REPORTED TODAY THAT ARMY TROOPS CLASHED WITH A URNG GUERRILLA UNIT NEAR NEBAJ, EL QUICHE DEPARTMENT, AND RECOVERED THE BODIES OF 7 INSURGENTS AFTER THE FIGHT. ONE SOLDIER WAS WOUNDED.""",
[(CL, "GT", "Nebaj", 7, "1990-06-11", "Military Forces of Guatemala", "URNG")],
"'the bodies of 7' is the toll of the clash; TODAY is the dateline day"),

("lk-colombo-named-day-history-none", "1991-04-02 08:00", "EASTER COMMEMORATION IN NEGOMBO",
"""COLOMBO, 1 APR 91 (SLBC) -- [TEXT] THOUSANDS OF CATHOLICS GATHERED TODAY IN NEGOMBO TO REMEMBER THE VICTIMS OF THE 1985 GOOD FRIDAY MASSACRE, WHEN GUNMEN KILLED 12 WORSHIPPERS AT A CHURCH IN THE TOWN. THE BISHOP CALLED FOR PEACE TALKS.""",
[],
"negative: a massacre on 'the 1985 Good Friday' is history, no Friday of this week"),

("ni-dateline-liquidated-contras", "1988-02-10 11:00", "EPS REPORTS COMBAT IN JINOTEGA",
"""MANAGUA, 8 FEB 88 (BARRICADA) -- [TEXT] UNITS OF THE SANDINIST PEOPLE'S ARMY LIQUIDATED 12 MERCENARIES OF THE FDN IN COMBAT YESTERDAY IN THE AREA OF WIWILI, JINOTEGA DEPARTMENT, THE MINISTRY OF DEFENCE REPORTED. THE EPS SUFFERED THREE WOUNDED.""",
[(CL, "NI", "Wiwili", 12, "1988-02-07", "Military Forces of Nicaragua", "FDN")],
"'LIQUIDATED 12' is a toll of 12; YESTERDAY counts from the dateline's 8 Feb"),
]
