from common import *

# ALL-CAPS legacy wire written in session 10 for issue 14's initiator figure
# (cls-actors4): the group named late (a claim "IN A TELEPHONE CALL TO A RADIO
# STATION", police who "ATTRIBUTED" the act in a closing paragraph), a war between two
# states told by one side's communique ("THE ENEMY"), and acronyms of the period. In the
# team's own words, without reading the blind split.
FEED = ("dev/cls-actors4-legacy.rss.xml", "rss", "https://teletype-archive.example.org/wire", "Teletype Archive")
REGISTER = "legacy"

ITEMS = [
("pe-huancayo-bank-call", "1989-06-14 18:00", "BANK BRANCH DYNAMITED IN HUANCAYO",
"""LIMA, 14 JUN 89 (RADIO PANAMERICANA) -- [TEXT] A DYNAMITE CHARGE DESTROYED THE FRONT OF A STATE BANK BRANCH IN THE CENTRE OF HUANCAYO, JUNIN DEPARTMENT, EARLY TODAY. A NIGHT WATCHMAN WAS KILLED AND TWO PASSERS-BY WERE INJURED, THE POLICE REPORTED.

LATER IN THE MORNING A MAN WHO SAID HE SPOKE FOR THE TUPAC AMARU REVOLUTIONARY MOVEMENT TELEPHONED A LOCAL RADIO STATION AND SAID HIS ORGANIZATION WAS RESPONSIBLE FOR THE EXPLOSION.""",
[(IED, "PE", "Huancayo", 1, "1989-06-14", "MRTA", None)], "legacy: a claim by telephone in the second paragraph names the group"),

("iq-basra-enemy-shelling", "1987-01-20 16:00", "IRAQI COMMUNIQUE ON ENEMY SHELLING OF BASRA",
"""BAGHDAD, 20 JAN 87 (INA) -- [TEXT] A MILITARY SPOKESMAN SAID THAT THE ENEMY SHELLED RESIDENTIAL QUARTERS OF BASRA WITH LONG-RANGE ARTILLERY THIS MORNING, KILLING NINE CIVILIANS, AMONG THEM FOUR CHILDREN, AND WOUNDING 22.

THE SPOKESMAN SAID THE WOUNDED WERE TAKEN TO HOSPITALS IN THE CITY AND THAT FIRE BRIGADES PUT OUT BLAZES IN THREE STREETS.""",
[(SHL, "IQ", "Basra", 9, "1987-01-20", "Iran", "civilians")], "legacy: an Iraqi communique of the Iran-Iraq war, 'the enemy' is Iran"),

("sv-usulutan-attributed-fmln", "1990-02-08 20:00", "MAYOR KILLED IN USULUTAN",
"""SAN SALVADOR, 8 FEB 90 (ACAN-EFE) -- [TEXT] THE MAYOR OF THE TOWN OF JIQUILISCO, USULUTAN DEPARTMENT, WAS SHOT DEAD TODAY BY MEN WHO WAITED FOR HIM OUTSIDE THE TOWN HALL, LOCAL SOURCES SAID.

THE ARMED FORCES PRESS COMMITTEE ATTRIBUTED THE MURDER TO URBAN COMMANDOS OF THE FMLN, WHICH HAS KILLED SEVERAL MAYORS SINCE LAST YEAR.""",
[(CIV, "SV", "Jiquilisco", 1, "1990-02-08", "FMLN", "civilians")], "legacy: the killers are named only by an attribution in a second paragraph"),
]
