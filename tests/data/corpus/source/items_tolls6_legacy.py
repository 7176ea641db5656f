from common import *

# Legacy wire (all capitals, 1980s-90s monitoring style) written by helper tolls6 (session
# of 2026-12-07) for issue 14, in our own words and without reading the blind items: a
# retaking told with how long the rebels "had held" the town (that "since" dates the
# holding, not the retaking); the attackers' dead told apart, added to the toll; "toll
# road" as a false friend of the death toll.
FEED = ("dev/tolls6-legacy.rss.xml", "rss", "https://telexrecords6.example.net/wire", "Telex Records Six")
REGISTER = "legacy"

ITEMS = [
("ao-cuito-held-since-saturday", "1992-11-10 14:30", "GOVERNMENT FORCES RECAPTURE CUITO CUANAVALE",
"""LUANDA, 10 NOV (ANGOP) -- [TEXT] GOVERNMENT FORCES TODAY RECAPTURED THE TOWN OF CUITO CUANAVALE IN CUANDO CUBANGO PROVINCE, WHICH UNITA REBELS HAD HELD SINCE SATURDAY, AFTER FIGHTING THAT LASTED MOST OF THE NIGHT, A MILITARY COMMUNIQUE SAID.""",
[(GOV, "AO", "Cuito Cuanavale", None, "d0", "Military Forces of Angola", "UNITA")],
"the retaking is today's; 'had held since Saturday' dates the rebels' holding"),

("ph-samar-attackers-also-killed", "1989-05-22 09:10", "FIVE SOLDIERS KILLED IN SAMAR AMBUSH",
"""MANILA, 22 MAY (PNA) -- [TEXT] COMMUNIST NEW PEOPLE'S ARMY GUERRILLAS AMBUSHED AN ARMY PATROL NEAR THE TOWN OF CATUBIG IN NORTHERN SAMAR YESTERDAY, KILLING FIVE SOLDIERS AND A CIVILIAN GUIDE. THE MILITARY SAID THREE OF THE ATTACKERS WERE ALSO KILLED IN THE ONE-HOUR FIREFIGHT.""",
[(CL, "PH", "Catubig", 9, "d-1", "New People's Army", "Military Forces of Philippines")],
"five soldiers and a guide, and three attackers told apart: 9"),

("co-toll-road-patrol-ambush", "1990-08-14 11:45", "GUERRILLAS AMBUSH PATROL ON TOLL ROAD",
"""BOGOTA, 14 AUG (EFE) -- [TEXT] ELN GUERRILLAS YESTERDAY AMBUSHED A POLICE PATROL ON THE TOLL ROAD TO 3 OIL TOWNS OF ARAUCA DEPARTMENT, KILLING TWO POLICEMEN, POLICE SAID. THE ATTACKERS ESCAPED TOWARDS THE VENEZUELAN BORDER.""",
[(CL, "CO", "Arauca", 2, "d-1", "ELN", "Police Forces of Colombia")],
"'the toll road to 3 oil towns' is no toll of three; two policemen killed"),

("sv-father-of-five-mayor", "1989-03-18 16:20", "MAYOR OF SAN ISIDRO ASSASSINATED",
"""SAN SALVADOR, 18 MAR (RADIO YSU) -- [TEXT] AN URBAN COMMANDO OF THE FMLN TODAY ASSASSINATED THE MAYOR OF SAN ISIDRO, CABANAS DEPARTMENT, A FATHER OF FIVE, AS HE LEFT MASS, THE ARMED FORCES PRESS OFFICE REPORTED.""",
[(CIV, "SV", "San Isidro", 1, "d0", "FMLN", "civilians")],
"'a father of five' is the mayor, one dead"),
]
