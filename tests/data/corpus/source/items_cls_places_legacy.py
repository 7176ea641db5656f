from common import *

# Legacy ALL-CAPS wire written by helper cls-places (issue 14) for place cases, without
# reading the blind items: a capital's dateline on an act in a province ("MANILA" on a
# Mindanao ambush), "THE CAPTURE OF" and "THE SHELLING OF" a town in a headline whose body
# names no place, a foreign embassy or company in the capital where a bomb went off, a
# province named "NORTHERN ..." in capitals; and false friends (an embassy's statement, a
# company's sale). The team's own words; places are real, events invented.
FEED = ("dev/cls-places-legacy.rss.xml", "rss", "https://wirevault.example.net/archive", "Wire Vault")
REGISTER = "legacy"

ITEMS = [
("pe-lima-japanese-firm-bomb", "1991-05-20 14:00", "BOMB DAMAGES JAPANESE FIRM OFFICES IN LIMA",
"""LIMA, 20 MAY 91 (RADIO PROGRAMAS) -- [TEXT] A CAR BOMB EXPLODED LAST NIGHT OUTSIDE THE OFFICES OF A JAPANESE COMPANY IN THE MIRAFLORES DISTRICT, INJURING THREE WATCHMEN AND SHATTERING WINDOWS ALONG THE AVENUE. THE POLICE ATTRIBUTED THE ATTACK TO THE SHINING PATH. THE JAPANESE EMBASSY SAID NO JAPANESE CITIZENS WERE HURT.""",
[(IED, "PE", "Miraflores", 0, "1991-05-19", "Shining Path", None)],
"legacy: a Japanese company and embassy in Lima; no death (0)"),

("ph-davao-dateline-manila-ambush", "1988-08-09 09:00", "NPA REBELS AMBUSH ARMY PATROL IN DAVAO DEL NORTE",
"""MANILA, 9 AUG 88 (PNA) -- [TEXT] FIVE SOLDIERS WERE KILLED YESTERDAY WHEN COMMUNIST NEW PEOPLE'S ARMY REBELS AMBUSHED AN ARMY PATROL IN THE HILLS OF DAVAO DEL NORTE PROVINCE, THE MILITARY SAID. THE REBELS ESCAPED WITH THE SOLDIERS' RIFLES.""",
[(CL, "PH", "Davao del Norte", 5, "1988-08-08", "New People's Army", "Philippines")],
"legacy: a province in capitals, Manila dateline"),

("ao-capture-of-cuito-headline", "1993-09-14 10:00", "UNITA ANNOUNCES CAPTURE OF CUITO",
"""JOHANNESBURG, 13 SEP 93 (SAPA) -- [TEXT] THE UNITA RADIO, VORGAN, SAID TODAY THAT ITS FORCES HAD TAKEN THE BESIEGED TOWN AFTER THE LAST GOVERNMENT DEFENDERS FLED. THERE WAS NO CONFIRMATION FROM LUANDA, WHERE A MILITARY SPOKESMAN SAID FIGHTING WAS CONTINUING.""",
[(NSA, "AO", "Cuito", None, None, "UNITA", "Angola")],
"legacy: 'capture of' a town named only in the headline; Johannesburg dateline"),

("lb-shelling-of-zahle-headline", "1989-04-18 15:00", "SYRIAN SHELLING OF ZAHLE KILLS NINE",
"""NICOSIA, 18 APR 89 (VOICE OF LEBANON) -- [TEXT] NINE PEOPLE WERE KILLED AND 30 WOUNDED TODAY WHEN SYRIAN ARTILLERY POSITIONS IN THE BEKAA POUNDED RESIDENTIAL QUARTERS OF THE TOWN, THE RADIO SAID. THE CHRISTIAN MILITIA REPLIED WITH ROCKETS.""",
[(SHL, "LB", "Zahle", 9, "1989-04-18", "Syria", "civilians")],
"legacy: 'shelling of' a town named only in the headline; Nicosia dateline"),

("us-embassy-statement-none", "1990-02-02 11:00", "US EMBASSY DENIES REPORT OF TROOP BUILDUP",
"""TEGUCIGALPA, 2 FEB 90 (RADIO AMERICA) -- [TEXT] THE US EMBASSY TODAY DENIED A NEWSPAPER REPORT THAT MORE US TROOPS WOULD BE SENT TO THE PALMEROLA BASE, SAYING THE NUMBER OF PERSONNEL WOULD REMAIN UNCHANGED.""",
[],
"negative: an embassy's statement"),
]
